"""What sync asks of the database engine that plain SQL cannot say the same way everywhere.

Sync carries a row's values as SQLite keeps them (an id as 32 hex digits, a time as text,
a truth as 0 or 1), and a laptop reads and writes them as they are. The hub's PostgreSQL
has types of its own for those columns: the readers and writers here turn its values into
sync's and back, one function per column, found from the metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any
from uuid import UUID

from sqlalchemy import Column, Connection, types

Convert = Callable[[Any], Any]


def on_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def first_broken_reference(connection: Connection) -> str | None:
    """The first table with a row that points at a missing row, or None.

    SQLite checks foreign keys at each statement only while they are on; an import writes
    parents and children in any order, so it checks them all once at the end. PostgreSQL
    checks each statement itself, so there is nothing left to find by then.
    """
    if not on_sqlite(connection):
        return None
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    return None if broken is None else str(broken[0])


def _uuid_hex(value: UUID | None) -> str | None:
    return None if value is None else value.hex


def _time_text(value: datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _truth_number(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _truth(value: int | None) -> bool | None:
    return None if value is None else bool(value)


# Each PostgreSQL kind whose value is not sync's: how it becomes sync's in Python (a row
# read) and in SQL (a capture trigger's old value, a row id), side by side so they agree
UUID_HEX_SQL = "replace({}::text, '-', '')"
SERVER_KINDS: tuple[tuple[type, Convert, str], ...] = (
    (types.Uuid, _uuid_hex, UUID_HEX_SQL),
    (types.Boolean, _truth_number, "{}::int"),
    (types.DateTime, _time_text, "to_char({}, 'YYYY-MM-DD HH24:MI:SS.US')"),
    (types.Date, _date_text, "to_char({}, 'YYYY-MM-DD')"),
)


def carried_sql(column: Column, expression: str) -> str:
    """PostgreSQL SQL for `expression` (a value of `column`'s type) as sync carries it."""
    from tomoni_desktop.sync.tables import base_type

    kind = base_type(column)
    for server_kind, _read, sql in SERVER_KINDS:
        if isinstance(kind, server_kind):
            return sql.format(expression)
    return expression


@cache
def _server_readers(table: str) -> dict[str, Convert]:
    from tomoni_desktop.sync.tables import base_type, synced_tables

    readers: dict[str, Convert] = {}
    for column in synced_tables()[table].table.columns:
        kind = base_type(column)
        for server_kind, read, _sql in SERVER_KINDS:
            if isinstance(kind, server_kind):
                readers[column.name] = read
                break
    return readers


@cache
def _server_writers(table: str) -> dict[str, Convert]:
    from tomoni_desktop.sync.tables import base_type, synced_tables

    # PostgreSQL casts text to its uuid, time and date types by itself; a number is no truth
    return {
        column.name: _truth
        for column in synced_tables()[table].table.columns
        if isinstance(base_type(column), types.Boolean)
    }


def value_readers(connection: Connection, table: str) -> dict[str, Convert]:
    """Per column, how the engine's value becomes sync's (none on SQLite: they are)."""
    return {} if on_sqlite(connection) else _server_readers(table)


def value_writers(connection: Connection, table: str) -> dict[str, Convert]:
    """Per column, how sync's value becomes the engine's (none on SQLite)."""
    return {} if on_sqlite(connection) else _server_writers(table)


def rows_as_carried(connection: Connection, table: str) -> list[tuple]:
    """Every row of a synced table, its values as sync carries them, in id order: two
    databases (on either engine) that hold the same data give the same list."""
    from tomoni_desktop.sync.tables import synced_tables

    columns = synced_tables()[table].columns
    listed = ", ".join(f'"{c}"' for c in columns)
    readers = value_readers(connection, table)
    rows: list[tuple] = [
        tuple(readers[c](v) if c in readers else v for c, v in zip(columns, row, strict=True))
        for row in connection.exec_driver_sql(f'SELECT {listed} FROM "{table}"')
    ]
    return sorted(rows)
