"""One app per database file: a lock beside it (`NAME.sqlite3.lock`) that the app holds while
it has the file open, and that the commands which replace the file (restore, upgrade,
recover) must be able to take.

Without it, a restore from one window while another had the file open silently lost the
second window's later saves. The lock is the operating system's (filelock: fcntl on Linux,
msvcrt on Windows), so a crashed app never leaves it held.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, DatabaseError


class AlreadyOpen(DatabaseError):
    """An app already has the database open."""


def lock_file(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _take(database: Path, refused: str) -> FileLock:
    """The file's lock, taken now or refused with the message `refused` (another app has it)."""
    database.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_file(Path(database).expanduser().resolve())), timeout=0)
    try:
        lock.acquire()
    except Timeout as error:
        raise AlreadyOpen(refused, path=database.name) from error
    return lock


def hold_for_app(database: Path) -> FileLock:
    """Taken at the app's start and held until it ends; refused when another app has it."""
    return _take(
        database,
        QT_TRANSLATE_NOOP(
            "errors",
            "Tomoni Desktop already has {path} open in another window. Use that window, "
            "or close it and start again.",
        ),
    )


@contextmanager
def nobody_has_it_open(database: Path) -> Iterator[None]:
    """For a command that replaces the file: refused while an app has it open, and holds the
    lock while it works, so no app opens the file halfway."""
    lock = _take(
        database,
        QT_TRANSLATE_NOOP(
            "errors", "Tomoni Desktop has {path} open. Close the app first, then run this again."
        ),
    )
    try:
        yield
    finally:
        lock.release()
