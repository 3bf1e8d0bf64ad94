"""What sync knows of a row, read without writing anything: its history, the values of its
fields that are still concurrent, and the rows whose grade fields are in conflict.

Edits made here and not yet stamped (captured, waiting for the next bundle) are read from
`sync_dirty` as they are, so a read never has to issue change ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, select

from tomoni_desktop.core.models.sync_state import SyncDirty, SyncRow
from tomoni_desktop.sync.merge import distinct
from tomoni_desktop.sync.packing import unpack, with_shown_values
from tomoni_desktop.sync.state import HISTORY, clock_time, load_rows, node_of, read_packed
from tomoni_desktop.sync.tables import decode_value


@dataclass(frozen=True)
class RowChange:
    when: datetime
    node: str
    arrived: bool  # from a bundle, not made here
    changes: dict[str, tuple[Any, Any]]  # field: (before, after); empty: the record was made
    person: str = ""  # who was signed in, where sign-in is set up


def row_changes(connection: Connection, table: str, row_id: str) -> list[RowChange]:
    """Newest first: every change of the row this computer knows, stamped or not yet."""
    found = [
        RowChange(
            clock_time(clock),
            node,
            bool(arrived),
            {
                name: (decode_value(old), decode_value(new))
                for name, (old, new) in orjson.loads(changes).items()
                if name != "updated_at"
            },
            person,
        )
        for changes, node, clock, arrived, person in connection.exec_driver_sql(
            f"SELECT changes, node, clock, arrived, person FROM ({HISTORY}) AS h "
            "WHERE table_name = ? AND row_id = ? ORDER BY clock DESC, seq DESC",
            (table, row_id),
        )
    ]
    return _pending(connection, table, row_id) + found


def _pending(connection: Connection, table: str, row_id: str) -> list[RowChange]:
    dirty = connection.execute(
        select(SyncDirty.column_name, SyncDirty.old_value, SyncDirty.changed_at, SyncDirty.person)
        .where(SyncDirty.table_name == table, SyncDirty.row_id == row_id)
        .order_by(SyncDirty.seq)
    ).all()
    if not dirty:
        return []
    current = load_rows(connection, table, [row_id]).get(row_id, {})
    made = any(column is None for column, _old, _at, _person in dirty)
    changes: dict[str, tuple[Any, Any]] = {}
    for column, old, _at, _person in dirty:
        if column is not None and column not in changes and column != "updated_at":
            changes[column] = (old, current.get(column))
    when = _moment(dirty[-1][2])
    person = dirty[-1][3] or ""
    return [RowChange(when, node_of(connection), False, {} if made else changes, person)]


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Sibling:
    value: Any
    node: str
    when: datetime


def _concurrent(table: str, state: str, row: dict[str, Any]) -> dict[str, list[Sibling]]:
    """Fields holding more than one value, each value once (merge.distinct). The shown
    sibling's value is the row's own (the state keeps only the values that are not shown)."""
    found = {}
    fields = unpack(read_packed(table, state), decode_value)["f"]
    for field, siblings in with_shown_values(fields, row).items():
        if len(siblings) > 1:
            values = distinct(siblings)
            if len(values) > 1:
                found[field] = [Sibling(decode_value(s[3]), s[0], clock_time(s[2])) for s in values]
    return found


def concurrent_siblings(connection: Connection, table: str, row_id: str) -> dict[str, list]:
    """Per field, every value no edit has superseded yet, the shown one first."""
    found = connection.execute(
        select(SyncRow.state).where(SyncRow.table_name == table, SyncRow.row_id == row_id)
    ).scalar()
    if not found:
        return {}
    return _concurrent(table, found, load_rows(connection, table, [row_id]).get(row_id, {}))


def rows_in_conflict(connection: Connection) -> Iterator[tuple[str, str, dict[str, list]]]:
    """(table, row id, concurrent siblings per field) of every row with a grade conflict
    whose row is here."""
    found = connection.execute(
        select(SyncRow.table_name, SyncRow.row_id, SyncRow.state)
        .where(SyncRow.conflicts > 0)
        .order_by(SyncRow.table_name, SyncRow.row_id)
    ).all()
    for table, row_id, state in found:
        row = load_rows(connection, table, [row_id]).get(row_id)
        if row is not None and state is not None:  # a row in conflict has two dots or more
            yield table, row_id, _concurrent(table, state, row)
