"""hand-outs: the due day asked for is kept as a date, not as a sentence

Revision ID: 0006_due_asked_on
Revises: 0005_sync_people
Create Date: 2026-11-29 19:30:00

Older versions wrote "14/12/2026 → 15/12/2026: 14/12/2026 Minggu" into `due_note`. The
first date of such a note becomes `due_asked_on`; the note itself stays as it was (the
column is kept so bundles from laptops not yet updated still merge).
"""

import re
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0006_due_asked_on"
down_revision: str | None = "0005_sync_people"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ASKED = re.compile(r"^\s*(\d{2})/(\d{2})/(\d{4})")


def upgrade() -> None:
    with op.batch_alter_table("hand_outs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("due_asked_on", sa.Date(), nullable=True))
    connection = op.get_bind()
    notes = connection.execute(
        sa.text("SELECT id, due_note FROM hand_outs WHERE due_note IS NOT NULL AND due_note != ''")
    ).fetchall()
    for row_id, note in notes:
        found = _ASKED.match(note)
        if found:
            day, month, year = (int(part) for part in found.groups())
            connection.execute(
                sa.text("UPDATE hand_outs SET due_asked_on = :asked WHERE id = :id"),
                {"asked": date(year, month, day), "id": row_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("hand_outs", schema=None) as batch_op:
        batch_op.drop_column("due_asked_on")
