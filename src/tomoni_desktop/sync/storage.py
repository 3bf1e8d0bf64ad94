"""What sync asks of the database engine that plain SQL cannot say the same way everywhere."""

from __future__ import annotations

from sqlalchemy import Connection


def first_broken_reference(connection: Connection) -> str | None:
    """The first table with a row that points at a missing row, or None.

    SQLite checks foreign keys at each statement only while they are on; an import writes
    parents and children in any order, so it checks them all once at the end. PostgreSQL
    checks each statement itself, so there is nothing left to find by then.
    """
    if connection.dialect.name != "sqlite":
        return None
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    return None if broken is None else str(broken[0])
