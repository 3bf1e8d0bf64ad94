"""Opening the SQLite file: what kind of file it is, the engine and its pragmas, sessions."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from tomoni_desktop.core import cipher
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, DatabaseError

# "TOMN": written into the SQLite header so we can tell our files from any other database.
APPLICATION_ID = 0x544F4D4E
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

if TYPE_CHECKING:
    from tomoni_desktop.core.access import Actor


class FileKind(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"  # a zero-byte file or a SQLite file with nothing in it yet
    TOMONI = "tomoni"
    OTHER_SQLITE = "other_sqlite"
    NOT_SQLITE = "not_sqlite"
    LOCKED = "locked"  # encrypted, and nobody has signed in to give its key


def inspect_file(path: Path) -> FileKind:
    """Reads only the 100-byte header, so any file can be judged without opening it."""
    if not path.exists():
        return FileKind.MISSING
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."), path=path
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            path=path,
            reason=error.strerror or str(error),
        ) from error
    if not header:
        return FileKind.EMPTY
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return _encrypted_kind(path)
    application_id = int.from_bytes(header[68:72], "big")
    if application_id == APPLICATION_ID:
        return FileKind.TOMONI
    # After a crash the newest header may still sit in the -wal file: ask SQLite itself.
    read_id, tables = _read_through_wal(path)
    if read_id == APPLICATION_ID:
        return FileKind.TOMONI
    if read_id == 0 and tables == 0:
        return FileKind.EMPTY
    return FileKind.OTHER_SQLITE


def _encrypted_kind(path: Path) -> FileKind:
    """A header that is not SQLite's: ours encrypted (with its key file beside it), or not a
    database at all."""
    from tomoni_desktop.core.keyfile import key_file

    if not key_file(path).exists():
        return FileKind.NOT_SQLITE
    if cipher.key_of(path) is None:
        return FileKind.LOCKED
    found = read_only(path, "PRAGMA application_id")
    return FileKind.TOMONI if found and found[0][0][0] == APPLICATION_ID else FileKind.NOT_SQLITE


def read_only(path: Path, *statements: str) -> list[list[tuple]] | None:
    """Each statement's rows, read without writing anything; None if SQLite cannot read it
    (an encrypted file is read with the key this process has for it)."""
    try:
        connection = cipher.connect(path, read_only=True)
    except Exception:  # noqa: BLE001 - sqlite3's or SQLCipher's error: not readable
        return None
    try:
        return [connection.execute(statement).fetchall() for statement in statements]
    except Exception:  # noqa: BLE001
        return None
    finally:
        connection.close()


def _read_through_wal(path: Path) -> tuple[int | None, int | None]:
    found = read_only(path, "PRAGMA application_id", "SELECT count(*) FROM sqlite_master")
    if found is None:
        return None, None
    return found[0][0][0], found[1][0][0]


def require_tomoni_file(path: Path) -> None:
    """Raises the teacher's message unless `path` is an existing Tomoni database."""
    kind = inspect_file(path)
    if kind is FileKind.MISSING:
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=path)
    if kind is FileKind.LOCKED:
        raise locked(path)
    if kind is not FileKind.TOMONI:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Tomoni Desktop database."), path=path
        )
    if not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "No permission to read and write {path}."), path=path
        )


class DatabaseLocked(DatabaseError):
    """The file is encrypted and nobody has signed in to give its key."""


def locked(path: Path) -> DatabaseLocked:
    return DatabaseLocked(
        QT_TRANSLATE_NOOP(
            "errors", "{path} is encrypted: sign in with your PIN to open it (--as NAME)."
        ),
        path=path.name,
    )


def _configure_sqlite(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that DDL
    # in a migration is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk before it returns; a laptop whose battery dies loses nothing.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # What is deleted or overwritten (a key once kept in clear, a purged pupil) is zeroed,
    # not left in free pages for anyone who copies the file.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


# Execution option of a connection that will write (every unit of work): its transaction
# takes the write lock at BEGIN. A plain BEGIN reads first and asks for the lock at the first
# write, which SQLite refuses at once, without waiting, once another writer has committed.
WRITES = "tomoni_writes"


# Execution option of a connection whose writer checks every reference itself at the end
# (PRAGMA foreign_key_check) before it commits: SQLite's check at each row is left off for
# that transaction. An import of 100,000 pupils spent 0.3 s in it; the check at the end
# reads them all in 0.02 s.
REFERENCES_AT_END = "tomoni_references_at_end"


def _begin(connection) -> None:
    options = connection.get_execution_options()
    # before every BEGIN, as SQLite changes it only outside a transaction
    checked = "OFF" if options.get(REFERENCES_AT_END, False) else "ON"
    connection.exec_driver_sql(f"PRAGMA foreign_keys = {checked}")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITES, False) else "BEGIN")


class DatabaseBusy(DatabaseError):
    """Another program held the write lock for longer than we wait."""


class DatabaseDamaged(DatabaseError):
    """SQLite found the file damaged (a bad stick, a dying disk, power cut at the wall);
    `health` (core/health.py) says what is still readable, when it was checked."""

    def __init__(self, message: str, health: Any = None, **params: Any) -> None:
        self.health = health
        super().__init__(message, **params)


def damaged(path: Path) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is damaged. Close the app and open it again to recover it "
            "from a backup.",
        ),
        path=path.name,
    )


def translate_sqlite_error(error: BaseException, path: Path) -> DatabaseError | None:
    """The teacher's message for an SQLite failure that is not a bug: busy or damaged."""
    words = str(getattr(error, "orig", error)).lower()
    if "database is locked" in words or "database is busy" in words:
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "Another Tomoni Desktop window or command is writing to {path}. Nothing was "
                "saved: wait until it has finished, then try again.",
            ),
            path=path.name,
        )
    # sqlite3's (or SQLCipher's) words for a damaged file
    if "malformed" in words or "file is not a database" in words or "corrupt" in words:
        return damaged(path)
    return None


def make_engine(path: Path) -> Engine:
    from tomoni_desktop.core.files import make_private

    make_private(path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
    # hide_parameters: a failing statement's values (names, NISNs, phones) stay out of its
    # error, and so out of tomoni.log
    key = cipher.key_of(path)
    if key is None:
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    else:  # SQLCipher: the key before anything else on every new connection
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True, module=cipher.dbapi())
        statement = cipher.pragma(key)
        event.listen(engine, "connect", lambda dbapi, _record: dbapi.execute(statement))
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "rollback", _forget_issued)
    return engine


def mark_as_tomoni(engine: Engine) -> None:
    """Stamp our id into the file header and checkpoint, so the main file carries it at once."""
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    checkpoint(engine)


def checkpoint(engine: Engine) -> None:
    """Move the WAL into the main file and empty it: no older page stays in the -wal file."""
    raw = engine.raw_connection()  # outside any transaction, so the checkpoint can finish
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


# Set on a connection whose transaction issued change ids (sync/state.py); the unit of work
# notes the counter beside the database after its commit (core/node.py). A rollback drops it.
ISSUED_INFO = "tomoni_issued_counter"


def _forget_issued(connection) -> None:
    connection.info.pop(ISSUED_INFO, None)


INCLUDE_DELETED = "include_deleted"
ALL_ROWS = {INCLUDE_DELETED: True}  # execution options that show tombstones too


def _hide_tombstones(state: ORMExecuteState) -> None:
    """Every ORM select leaves out deleted rows unless it asks for them with
    `.execution_options(include_deleted=True)` (SQLAlchemy's examples/extending_query)."""
    from tomoni_desktop.core.models.base import SyncedRecord

    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get(INCLUDE_DELETED, False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(
                SyncedRecord,
                lambda cls: cls.deleted_at.is_(None),
                include_aliases=True,
            )
        )


@dataclass
class Database:
    """An open database: its file, engine and a factory of short sessions."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session] = field(init=False)
    # The person signed in (core/access.py); None on a computer without profiles.
    actor: Actor | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.session_factory, "do_orm_execute", _hide_tombstones)

    @classmethod
    def open(cls, path: Path) -> Database:
        return cls(path=path, engine=make_engine(path))

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()

    def reopen(self) -> None:
        """A new engine for the same file (after it was encrypted in place)."""
        self.engine.dispose()
        self.engine = make_engine(self.path)
        self.session_factory.configure(bind=self.engine)
