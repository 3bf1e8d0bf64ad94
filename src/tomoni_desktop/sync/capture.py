"""Capture of every write to a synced table, however it is made: triggers, on SQLite and on
the hub's PostgreSQL alike.

The triggers are generated from the model metadata and made again after every migration
(a batch migration rebuilds tables, and their triggers with them). They note which row and
which column changed, with the old value, in `sync_dirty`; `stamp()` later gives those
changes their dots. An import writes with capture off (a row in `sync_quiet`, inside its own
transaction, so no other connection ever sees capture off). A synced row is never deleted.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

from tomoni_desktop.sync.storage import UUID_HEX_SQL, on_sqlite
from tomoni_desktop.sync.tables import synced_tables

PREFIX = "tomoni_sync_"
QUIET = "NOT EXISTS (SELECT 1 FROM sync_quiet)"
NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
# The same text on PostgreSQL: UTC to the millisecond, as stamp() reads it
PG_NOW = "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"


def now_sql(connection: Connection) -> str:
    return NOW if on_sqlite(connection) else PG_NOW


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def trigger_statements(table: str, fields: tuple[str, ...]) -> list[str]:
    name = _quote(table)
    literal = "'" + table + "'"
    changes = "\n  UNION ALL ".join(
        f"SELECT {literal}, NEW.id, '{field}', OLD.{_quote(field)}, {NOW} "
        f"WHERE OLD.{_quote(field)} IS NOT NEW.{_quote(field)}"
        for field in fields
    )
    return [
        f"CREATE TRIGGER {PREFIX}insert_{table} AFTER INSERT ON {name} WHEN {QUIET}\n"
        f"BEGIN\n  INSERT INTO sync_dirty (table_name, row_id, column_name, old_value, changed_at)"
        f"\n  VALUES ({literal}, NEW.id, NULL, NULL, {NOW});\nEND",
        f"CREATE TRIGGER {PREFIX}update_{table} AFTER UPDATE ON {name} WHEN {QUIET}\n"
        f"BEGIN\n  INSERT INTO sync_dirty (table_name, row_id, column_name, old_value, changed_at)"
        f"\n  {changes};\nEND",
        # Deleting would lose the row for every other laptop: a tombstone (deleted_at) is used.
        f"CREATE TRIGGER {PREFIX}delete_{table} BEFORE DELETE ON {name} WHEN {QUIET}\n"
        f"BEGIN\n  SELECT RAISE(ABORT, 'synced rows are never deleted; set deleted_at');\nEND",
    ]


def install_capture(connection: Connection) -> None:
    """(Re)make the triggers of every synced table, and note rows no stamp has seen yet
    (made before capture existed) as new. Runs inside the caller's transaction."""
    existing = set(inspect(connection).get_table_names())
    if "sync_dirty" not in existing:
        return  # an old schema: the migration comes first
    if not on_sqlite(connection):
        from tomoni_desktop.sync.server_capture import install_server_triggers

        install_server_triggers(
            connection, [t for t in synced_tables().values() if t.name in existing]
        )
    else:
        _install_sqlite_triggers(connection, existing)
    now = now_sql(connection)
    for table in synced_tables().values():
        if table.name not in existing:
            continue
        connection.exec_driver_sql(
            "INSERT INTO sync_dirty (table_name, row_id, column_name, old_value, changed_at) "
            f"SELECT ?, {row_id_sql(connection, 't.id')}, NULL, NULL, {now} "
            f"FROM {_quote(table.name)} AS t "
            "WHERE NOT EXISTS (SELECT 1 FROM sync_rows AS s "
            f"WHERE s.table_name = ? AND s.row_id = {row_id_sql(connection, 't.id')}) "
            "AND NOT EXISTS (SELECT 1 FROM sync_dirty AS d "
            f"WHERE d.table_name = ? AND d.row_id = {row_id_sql(connection, 't.id')})",
            (table.name, table.name, table.name),
        )


def row_id_sql(connection: Connection, column: str) -> str:
    """A row's id as sync keeps it (32 hex digits): PostgreSQL's uuid type writes dashes."""
    return column if on_sqlite(connection) else UUID_HEX_SQL.format(column)


def _install_sqlite_triggers(connection: Connection, existing: set[str]) -> None:
    wanted = {}
    for table in synced_tables().values():
        if table.name in existing:
            for statement in trigger_statements(table.name, table.fields):
                wanted[statement.split()[2]] = statement
    present: dict[str, str] = dict(
        connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'tomoni\\_sync\\_%' ESCAPE '\\'"
        ).fetchall()
    )
    if present != wanted:  # made again only when the schema or this version changed them
        for name in present:
            connection.exec_driver_sql(f"DROP TRIGGER {_quote(name)}")
        for statement in wanted.values():
            connection.exec_driver_sql(statement)


def note_write(connection: Connection, table: str, row_id: str, column: str, old) -> None:
    """Note a write the triggers cannot see (one that left the value as it was) as an edit
    made here, for the next stamp."""
    if not on_sqlite(connection):
        from tomoni_desktop.sync.server_capture import stored_old_value

        old = stored_old_value(old)
    connection.exec_driver_sql(
        "INSERT INTO sync_dirty (table_name, row_id, column_name, old_value, changed_at) "
        f"VALUES (?, ?, ?, ?, {now_sql(connection)})",
        (table, row_id, column, old),
    )


class quiet:
    """Capture off inside the caller's transaction: for the import's own writes."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.lifted: list[str] = []

    def __enter__(self) -> quiet:
        self.connection.exec_driver_sql("INSERT INTO sync_quiet (id) VALUES (1)")
        return self

    def lift(self, table: str) -> None:
        """A table that takes many new rows loses its insert trigger until the end: even
        quiet, SQLite runs it for each row (half the time of inserting 100,000 pupils). The
        drop is part of the transaction, which holds the write lock, so no other writer
        ever meets the table without it, and a rollback brings it back."""
        if on_sqlite(self.connection) and table not in self.lifted:
            self.connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PREFIX}insert_{table}")
            self.lifted.append(table)

    def __exit__(self, failed, *_exc) -> None:
        # After a failure the rollback undoes everything here (PostgreSQL refuses every
        # statement until then)
        if failed is not None:
            if on_sqlite(self.connection):
                self.connection.exec_driver_sql("DELETE FROM sync_quiet")
            return
        tables = synced_tables()
        for name in self.lifted:
            insert = trigger_statements(name, tables[name].fields)[0]
            self.connection.exec_driver_sql(insert)
        self.connection.exec_driver_sql("DELETE FROM sync_quiet")
