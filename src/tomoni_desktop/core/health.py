"""A damaged database (a bad USB stick, a dying disk, a laptop switched off at the wall):
found at start, set aside instead of overwritten, and what can still be read salvaged.

SQLite's own checks say whether the file is whole: `quick_check` at every start (a few
milliseconds for a school), the full `integrity_check` after an unclean shutdown (a -wal
file left behind) or when asked. Salvage reads every table row by row, stepping over what
cannot be read, into a new file at the newest schema; the changes lost with the damaged
pages come back from the office with its next bundle, because the salvaged file says it
knows nothing yet (sync_vector) and is a new node (core/node.py).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tomoni_desktop.core import cipher, keyfile
from tomoni_desktop.core.database import DatabaseDamaged, FileKind, inspect_file
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP
from tomoni_desktop.core.progress import Progress

log = logging.getLogger(__name__)
PROBLEMS_SHOWN = 20  # SQLite's first lines of a failed check: enough to find the damage
READ_BATCH = 500
LONGEST_SKIP = 1 << 24  # rowids stepped over, doubling, past an unreadable page


@dataclass(frozen=True)
class Health:
    """What SQLite's check said, and (for a damaged file) how many rows of each table can
    still be read (None: the table cannot be read at all)."""

    ok: bool
    problems: tuple[str, ...] = ()
    readable: dict[str, int | None] = field(default_factory=dict)
    full: bool = False  # integrity_check, not quick_check

    @property
    def schema_readable(self) -> bool:
        return bool(self.readable)


def _connect(path: Path) -> sqlite3.Connection:
    return cipher.connect(path, read_only=True)


def unclean_shutdown(path: Path) -> bool:
    """A -wal file beside the database: the last program to use it did not close it (SQLite
    folds the WAL back and deletes it when the last connection closes)."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def check(path: Path, full: bool = False) -> Health:
    """SQLite's check of the file; for a damaged one, what is still readable."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = _connect(path)
        try:
            lines = [row[0] for row in connection.execute(f"PRAGMA {pragma}({PROBLEMS_SHOWN})")]
        finally:
            connection.close()
    except Exception as error:  # noqa: BLE001 - sqlite3's or SQLCipher's: not readable
        lines = [str(error)]
    if lines == ["ok"]:
        return Health(True, full=full)
    return Health(False, tuple(lines), readable_rows(path), full)


def readable_rows(path: Path) -> dict[str, int | None]:
    """Rows of each table that read, stepping over damaged pages (None: not one row)."""
    counts: dict[str, int | None] = {}
    try:
        connection = _connect(path)
    except Exception:  # noqa: BLE001
        return counts
    try:
        try:
            tables = _tables(connection)
        except Exception:  # noqa: BLE001 - the schema page itself is damaged
            return counts
        for table in tables:
            try:
                read = sum(len(batch) for batch in _read_table(connection, table, ["*"]))
            except Exception:  # noqa: BLE001
                read = 0
            counts[table] = read if read or not _unreadable(connection, table) else None
    finally:
        connection.close()
    return counts


def _tables(connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def ours(path: Path) -> bool:
    """A file this app has opened before (its node file or key file beside it): when its
    header no longer says SQLite, it is damaged, not someone else's file."""
    from tomoni_desktop.core.node import node_file

    return node_file(path).exists() or keyfile.key_file(path).exists()


def examine(path: Path, full: bool | None = None) -> Health | None:
    """SQLite's check of a file of ours (the full one when `full`, or by default after an
    unclean shutdown); None for a file that is not ours to judge (missing, empty, another
    program's). Ours with its header gone is damaged, not someone else's file."""
    kind = inspect_file(path)
    if kind is FileKind.NOT_SQLITE and ours(path):
        return Health(False, ("file is not a database",))
    if kind is not FileKind.TOMONI:
        return None
    return check(path, full=unclean_shutdown(path) if full is None else full)


def require_healthy(path: Path) -> None:
    """Raises DatabaseDamaged for a file of ours that SQLite finds damaged."""
    health = examine(path)
    if health is not None and not health.ok:
        raise damaged_error(path, health)


def damaged_error(path: Path, health: Health) -> DatabaseDamaged:
    log.error("database %s is damaged: %s", path, "; ".join(health.problems[:5]))
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is damaged: problems SQLite's check found: {count}. Restore "
            "the newest backup, or salvage what can still be read (tomoni db recover).",
        ),
        health,
        path=path.name,
        count=len(health.problems),
    )


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged database (and its -wal, whose pages may be the good ones) out of the
    way under a name that says what it is; its key file is copied, so it still opens."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    keyfile.copy(path, aside)
    for suffix in ("-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            source.replace(aside.with_name(aside.name + suffix))
    path.replace(aside)
    key = cipher.key_of(path)
    if key is not None:
        cipher.remember(aside, key)
    log.warning("damaged database %s set aside as %s", path, aside)
    return aside


@dataclass(frozen=True)
class Salvaged:
    rows: dict[str, int]  # rows copied, per table
    unreadable: tuple[str, ...]  # tables of which nothing could be read
    dropped: int  # rows left out because what they point at was lost


def _columns(connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _read_table(source, table: str, columns: list[str]):
    """Every row that reads, in rowid order, stepping over pages that do not."""
    names = ", ".join(c if c == "*" else f'"{c}"' for c in columns)
    last, skip = 0, 1
    while True:
        try:
            batch = source.execute(
                f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?',
                (last, READ_BATCH),
            ).fetchall()
        except sqlite3.DatabaseError:
            batch = None
        except Exception as error:  # noqa: BLE001 - SQLCipher's own DatabaseError class
            if "DatabaseError" not in type(error).__name__:
                raise
            batch = None
        if batch is None:  # an unreadable page: try further on
            if skip > LONGEST_SKIP:
                return
            last, skip = last + skip, skip * 2
            continue
        if not batch:
            return
        skip = 1
        yield [row[1:] for row in batch]
        last = batch[-1][0]


def salvage(damaged: Path, target: Path, progress: Progress | None = None) -> Salvaged:
    """Copy what can be read of `damaged` into a new database at `target` (newest schema,
    same key). Rows that point at a lost row are left out (sync brings both back)."""
    from tomoni_desktop.core.migrate import create_database

    key = cipher.key_of(damaged)
    if key is not None:
        cipher.remember(target, key)
    create_database(target).close()
    rows: dict[str, int] = {}
    unreadable: list[str] = []
    source = _connect(damaged)
    destination = cipher.connect(target)
    try:
        destination.execute("PRAGMA foreign_keys = OFF")
        try:
            source_tables = set(_tables(source))
        except Exception:  # noqa: BLE001 - no schema: nothing can be found
            source_tables = set()
        wanted = [t for t in _tables(destination) if t != "alembic_version"]
        for number, table in enumerate(wanted):
            if progress is not None:
                progress(number, len(wanted))
            if table not in source_tables:
                unreadable.append(table)
                continue
            try:
                readable = set(_columns(source, table))
                columns = [c for c in _columns(destination, table) if c in readable]
            except Exception:  # noqa: BLE001
                unreadable.append(table)
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            copied = 0
            destination.execute("BEGIN")
            if table == "local_settings":  # the empty file's own settings give way
                destination.execute("DELETE FROM local_settings")
            for batch in _read_table(source, table, columns):
                destination.executemany(
                    f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', batch
                )
                copied += len(batch)
            destination.execute("COMMIT")
            rows[table] = copied
            if not copied and _unreadable(source, table):
                unreadable.append(table)
        destination.execute("BEGIN")
        dropped = _drop_orphans(destination)
        # Knows nothing yet: the next bundle from the office brings everything; and a new
        # node, so no change id the damaged file issued is issued again.
        destination.execute(
            "DELETE FROM local_settings WHERE key IN ('sync_vector', 'node_id', 'sync_counter')"
        )
        destination.execute("COMMIT")
    finally:
        source.close()
        destination.close()
    return Salvaged(rows, tuple(unreadable), dropped)


def _unreadable(source, table: str) -> bool:
    try:
        source.execute(f'SELECT * FROM "{table}" ORDER BY rowid LIMIT 1').fetchall()
    except Exception:  # noqa: BLE001
        return True
    return False


def _drop_orphans(connection) -> int:
    """Delete rows whose foreign keys point at a row that was not salvaged, until none."""
    dropped = 0
    while True:
        found = connection.execute("PRAGMA foreign_key_check").fetchall()
        if not found:
            return dropped
        for table, rowid, _parent, _index in {row[:4] for row in found}:
            if rowid is not None:
                connection.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                dropped += 1


@dataclass(frozen=True)
class Recovered:
    salvaged: Salvaged
    set_aside: Path


def recover(path: Path, progress: Progress | None = None) -> Recovered:
    """Salvage `path` into a new file, set the damaged one aside, put the new one in place.
    The caller holds the instance lock (no app has the file open)."""
    from tomoni_desktop.core.files import in_progress

    with in_progress(path.with_name(path.name + ".recovering")) as partial:
        for suffix in ("-wal", "-shm"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        salvaged = salvage(path, partial, progress)
        aside = set_aside(path)
        partial.replace(path)
        key = cipher.key_of(partial)
        if key is not None:
            cipher.remember(path, key)
    return Recovered(salvaged, aside)
