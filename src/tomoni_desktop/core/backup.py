"""Backups with SQLite's online backup API, each verified before it counts."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tomoni_desktop.core.database import FileKind, inspect_file, read_only
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, DatabaseError
from tomoni_desktop.core.progress import Progress

log = logging.getLogger(__name__)

_NAME = re.compile(r"^tomoni-(\d{8}-\d{6}-\d{6})(?:-([a-z-]+))?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S-%f"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    reason: str
    size: int


def backup_name(moment: datetime, reason: str) -> str:
    suffix = f"-{reason}" if reason else ""
    return f"tomoni-{moment.astimezone(UTC).strftime(_STAMP)}{suffix}.sqlite3"


def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return BackupInfo(path, created, match.group(2) or "", path.stat().st_size)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Newest first; only files this app named, so a teacher's own files are never touched."""
    if not backup_dir.is_dir():
        return []
    found = [info for p in backup_dir.iterdir() if p.is_file() and (info := parse_backup_name(p))]
    return sorted(found, key=lambda info: info.created_at, reverse=True)


def integrity_ok(path: Path) -> bool:
    found = read_only(path, "PRAGMA integrity_check")
    return found is not None and found[0][:1] == [("ok",)]


def verify_backup(path: Path) -> None:
    if inspect_file(path) is not FileKind.TOMONI:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Tomoni Desktop backup."), path=path
        )
    if not integrity_ok(path):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged and cannot be used."),
            path=path,
        )


PAGES_PER_STEP = 1024  # about 4 MB between two looks at progress and cancel


def _copy_database(source: Path, target: Path, progress: Progress | None = None) -> None:
    """SQLite's online backup, a step at a time; `progress` may raise to stop it (cancel)."""
    source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    target_connection = sqlite3.connect(target)

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    try:
        source_connection.backup(target_connection, pages=PAGES_PER_STEP, progress=step)
        # A backup is one plain file: no -wal beside it that could be left behind.
        target_connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        target_connection.close()
        source_connection.close()


def create_backup(
    database: Path,
    backup_dir: Path,
    reason: str = "",
    keep: int = DEFAULT_KEEP,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy `database` into `backup_dir`, check it, then keep only the newest `keep`."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot create the backup folder {path}: {reason}"),
            path=backup_dir,
            reason=error.strerror or str(error),
        ) from error
    final = backup_dir / backup_name(datetime.now(UTC), reason)
    partial = final.with_name(final.name + ".partial")
    try:
        _copy_database(database, partial, progress)
        if not integrity_ok(partial):
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "The backup failed its check and was not kept.")
            )
        partial.replace(final)
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot write the backup to {path}: {reason}"),
            path=backup_dir,
            reason=error.strerror or str(error),
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    prune_backups(backup_dir, keep)
    log.info("backup written: %s", final)
    return parse_backup_name(final)  # type: ignore[return-value]


def prune_backups(backup_dir: Path, keep: int) -> list[Path]:
    removed = []
    for info in list_backups(backup_dir)[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def last_backup_time(backup_dir: Path) -> datetime | None:
    newest = list_backups(backup_dir)
    return newest[0].created_at if newest else None


def backup_due_today(backup_dir: Path, now: datetime | None = None) -> bool:
    """One automatic backup a day (UTC days are close enough to decide "once a day")."""
    last = last_backup_time(backup_dir)
    now = now or datetime.now(UTC)
    return last is None or last.date() < now.date()


def restore_backup(
    backup_file: Path,
    database: Path,
    backup_dir: Path,
    keep: int,
    progress: Progress | None = None,
) -> BackupInfo | None:
    """Put `backup_file` in place of `database`, saving the current one as a backup first.

    The caller must have closed its connections. Returns the backup of the replaced database.
    """
    verify_backup(backup_file)
    saved = None
    if inspect_file(database) is FileKind.TOMONI:
        saved = create_backup(database, backup_dir, reason="before-restore", keep=max(keep, 1) + 1)
    partial = database.with_name(database.name + ".restoring")
    try:
        _copy_database(backup_file, partial, progress)  # a cancel here changes nothing
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        partial.replace(database)
    finally:
        partial.unlink(missing_ok=True)
    return saved
