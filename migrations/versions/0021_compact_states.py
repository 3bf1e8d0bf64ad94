"""A row one dot wrote whole keeps no field names in its state (sync/packing.py, `stored`):
the states already kept are written so too, which gives back about 400 bytes a row. A
version before this one would read such a state wrong; it refuses the database instead.

The fields are the table's columns but its id, read from the database itself, so this
revision does not depend on the models as they are later.

Revision ID: 0021_compact_states
Revises: 0020_big_counters
Create Date: 2026-11-30 23:00:00
"""

import json
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_compact_states"
down_revision: str | None = "0020_big_counters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PAGE = 2000


def _text(state: dict) -> str:
    return json.dumps(state, separators=(",", ":"))


def _compact(state: dict, fields: set[str]) -> dict | None:
    written = state.get("f")
    if (
        written is None
        or len(state.get("d", ())) != 1
        or "u" in state
        or written.keys() != fields
        or any(entries != [0] for entries in written.values())
    ):
        return None
    return {"c": state["c"], "d": state["d"]}


def _whole(state: dict, fields: set[str]) -> dict | None:
    if "f" in state:
        return None
    return {**state, "f": {name: [0] for name in sorted(fields)}}


def _rewrite(change: Callable[[dict, set[str]], dict | None]) -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    tables = bind.execute(sa.text("SELECT DISTINCT table_name FROM sync_rows")).scalars().all()
    for table in tables:
        if not inspector.has_table(table):
            continue
        fields = {column["name"] for column in inspector.get_columns(table)} - {"id"}
        after = ""
        while True:
            page = bind.execute(
                sa.text(
                    "SELECT row_id, state FROM sync_rows WHERE table_name = :table "
                    "AND row_id > :after ORDER BY row_id LIMIT :page"
                ),
                {"table": table, "after": after, "page": PAGE},
            ).all()
            if not page:
                break
            changed = [
                {"table": table, "row": row_id, "state": _text(new)}
                for row_id, text in page
                if (new := change(json.loads(text), fields)) is not None
            ]
            if changed:
                bind.execute(
                    sa.text(
                        "UPDATE sync_rows SET state = :state "
                        "WHERE table_name = :table AND row_id = :row"
                    ),
                    changed,
                )
            after = page[-1][0]


def upgrade() -> None:
    _rewrite(_compact)


def downgrade() -> None:
    _rewrite(_whole)
