"""Capture on the hub's PostgreSQL: the triggers of capture.py, in PL/pgSQL.

Generated from the same metadata, one function per synced table. They note what SQLite's
triggers note, with each old value as sync carries it (32 hex digits for an id, the text of
a time, 0/1 for a truth), written as JSON: `stamp()` reads it back with `old_value`.
PostgreSQL's trigger conditions cannot look into another table, so whether capture is off
(`sync_quiet`) is asked inside the function.
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection

from tomoni_desktop.sync.capture import PG_NOW, PREFIX, QUIET, _quote
from tomoni_desktop.sync.storage import carried_sql
from tomoni_desktop.sync.tables import SyncedTable, decode_value, encode_value


def wire_sql(table: SyncedTable, column: str, value: str) -> str:
    """SQL for `value` (an expression of `column`'s type) as sync carries it; a file's
    bytes as a bundle carries them, {"$b": base64}."""
    if column in table.binary:
        return f"jsonb_build_object('$b', translate(encode({value}, 'base64'), E'\\n', ''))"
    return carried_sql(table.table.c[column], value)


def _old_json(table: SyncedTable, column: str) -> str:
    expression = wire_sql(table, column, f"OLD.{_quote(column)}")
    return f"convert_to(to_jsonb({expression})::text, 'UTF8')"


def function_statements(table: SyncedTable) -> list[str]:
    name, literal = _quote(table.name), "'" + table.name + "'"
    function = _quote(f"{PREFIX}{table.name}")
    changes = "\n      UNION ALL ".join(
        f"SELECT '{field}', {_old_json(table, field)} "
        f"WHERE OLD.{_quote(field)} IS DISTINCT FROM NEW.{_quote(field)}"
        for field in table.fields
    )
    insert = "INSERT INTO sync_dirty (table_name, row_id, column_name, old_value, changed_at)"
    body = f"""
BEGIN
  IF NOT {QUIET} THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    {insert}
    VALUES ({literal}, replace(NEW.id::text, '-', ''), NULL, NULL, {PG_NOW});
  ELSIF TG_OP = 'UPDATE' THEN
    {insert}
    SELECT {literal}, replace(NEW.id::text, '-', ''), x.column_name, x.old_value, {PG_NOW}
    FROM (
      {changes}
    ) AS x (column_name, old_value);
  ELSE
    -- Deleting would lose the row for every other laptop: a tombstone (deleted_at) is used.
    RAISE EXCEPTION 'synced rows are never deleted; set deleted_at';
  END IF;
  RETURN NULL;
END"""
    return [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
        f"AS $tomoni${body}$tomoni$",
        f"DROP TRIGGER IF EXISTS {function} ON {name}",
        f"CREATE TRIGGER {function} AFTER INSERT OR UPDATE OR DELETE ON {name} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def install_server_triggers(connection: Connection, tables: list[SyncedTable]) -> None:
    for table in tables:
        for statement in function_statements(table):
            connection.exec_driver_sql(statement)


def old_value(stored: bytes | None) -> Any:
    """An old value a trigger noted, as sync carries it."""
    return None if stored is None else decode_value(orjson.loads(stored))


def stored_old_value(value: Any) -> bytes:
    """The form `old_value` reads: for a write noted by hand (capture.note_write)."""
    return orjson.dumps(encode_value(value))
