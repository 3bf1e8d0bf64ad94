"""Backups with SQLite's online backup API, each verified before it counts, and encrypted once
the school has set a backup passphrase (core/backup_crypto.py)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tomoni_desktop.core import cipher, keyfile
from tomoni_desktop.core.backup_crypto import BackupKeys, decrypt_file, encrypt_file, is_encrypted
from tomoni_desktop.core.database import FileKind, inspect_file, read_only
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, DatabaseError
from tomoni_desktop.core.files import in_progress
from tomoni_desktop.core.progress import Progress

log = logging.getLogger(__name__)

_NAME = re.compile(r"^tomoni-(\d{8}-\d{6}-\d{6})(?:-([a-z-]+))?\.(sqlite3|tomoni-backup)$")
ENCRYPTED_SUFFIX = ".tomoni-backup"
_STAMP = "%Y%m%d-%H%M%S-%f"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    reason: str
    size: int
    encrypted: bool = False


def backup_name(moment: datetime, reason: str, encrypted: bool = False) -> str:
    suffix = f"-{reason}" if reason else ""
    kind = ENCRYPTED_SUFFIX if encrypted else ".sqlite3"
    return f"tomoni-{moment.astimezone(UTC).strftime(_STAMP)}{suffix}{kind}"


def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    encrypted = match.group(3) == ENCRYPTED_SUFFIX[1:]
    return BackupInfo(path, created, match.group(2) or "", path.stat().st_size, encrypted)


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
    """SQLite's online backup, a step at a time; `progress` may raise to stop it (cancel).
    An encrypted database gives an encrypted copy under the same key."""
    key = cipher.key_of(source)
    source_connection = cipher.connect(source, read_only=True)
    target_connection = cipher.connect(target, key=key)
    if key is not None:
        cipher.remember(target, key)

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
    keys: BackupKeys | None = None,
) -> BackupInfo:
    """Copy `database` into `backup_dir`, check it, then keep only the newest `keep`.
    With `keys` (a backup passphrase is set) the copy is kept encrypted only."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot create the backup folder {path}: {reason}"),
            path=backup_dir,
            reason=error.strerror or str(error),
        ) from error
    final = backup_dir / backup_name(datetime.now(UTC), reason, encrypted=keys is not None)
    partial = final.with_name(final.name + ".partial")
    plain = final.with_name(final.name + ".plain")
    # Whole copies of every child's data: a killed backup's are deleted at the next start.
    with in_progress(plain), in_progress(partial):
        _write_backup(database, final, plain, partial, backup_dir, progress, keys)
    prune_backups(backup_dir, keep)
    log.info("backup written: %s", final)
    return parse_backup_name(final)  # type: ignore[return-value]


def _write_backup(
    database: Path,
    final: Path,
    plain: Path,
    partial: Path,
    backup_dir: Path,
    progress: Progress | None,
    keys: BackupKeys | None,
) -> None:
    try:
        _copy_database(database, plain, progress)
        if not integrity_ok(plain):
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "The backup failed its check and was not kept.")
            )
        if keys is None:
            plain.replace(final)
        else:
            encrypt_file(plain, partial, keys)
            partial.replace(final)
        keyfile.copy(database, final)  # an encrypted database's backup opens with a PIN
        if cipher.key_of(database) is not None:
            cipher.remember(final, cipher.key_of(database))  # type: ignore[arg-type]
    except OSError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot write the backup to {path}: {reason}"),
            path=backup_dir,
            reason=error.strerror or str(error),
        ) from error
    finally:
        partial.unlink(missing_ok=True)
        plain.unlink(missing_ok=True)


def seal_backup(info: BackupInfo, keys: BackupKeys) -> BackupInfo:
    """A plain backup encrypted in its place (same time and kind; the plain file goes)."""
    stem = info.path.name.removesuffix(".sqlite3")
    target = info.path.with_name(stem + ENCRYPTED_SUFFIX)
    with in_progress(target.with_name(target.name + ".partial")) as partial:
        encrypt_file(info.path, partial, keys)
        partial.replace(target)
    info.path.unlink()
    if keyfile.key_file(info.path).exists():
        keyfile.key_file(info.path).replace(keyfile.key_file(target))
    return parse_backup_name(target)  # type: ignore[return-value]


def prune_backups(backup_dir: Path, keep: int) -> list[Path]:
    removed = []
    for info in list_backups(backup_dir)[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)
        keyfile.key_file(info.path).unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def newest_good_backup(backup_dir: Path, database: Path) -> BackupInfo | None:
    """The newest backup that passes its check (one sealed with the backup passphrase is
    checked as it is restored); a backup made here opens with the database's key."""
    key = cipher.key_of(database)
    for info in list_backups(backup_dir):
        if info.encrypted:
            return info
        if key is not None and keyfile.key_file(info.path).exists():
            cipher.remember(info.path, key)
        if inspect_file(info.path) is FileKind.TOMONI and integrity_ok(info.path):
            return info
        log.warning("backup %s failed its check; an older one is offered", info.path)
    return None


def last_backup_time(backup_dir: Path) -> datetime | None:
    newest = list_backups(backup_dir)
    return newest[0].created_at if newest else None


def backup_due_today(backup_dir: Path, now: datetime | None = None) -> bool:
    """One automatic backup a day (UTC days are close enough to decide "once a day")."""
    last = last_backup_time(backup_dir)
    now = now or datetime.now(UTC)
    return last is None or last.date() < now.date()


class PassphraseNeeded(DatabaseError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "This backup is encrypted: give the backup passphrase.")
        )


def check_passphrase(backup_file: Path, passphrase: str | None) -> None:
    """Refused before anything is closed: an encrypted backup without its passphrase, or with
    a wrong one (only the key is opened here; the data is checked as it is restored)."""
    if not is_encrypted(backup_file):
        verify_backup(backup_file)
        return
    if not passphrase:
        raise PassphraseNeeded()
    from tomoni_desktop.core.backup_crypto import check_backup_passphrase

    check_backup_passphrase(backup_file, passphrase)


@contextmanager
def opened_backup(backup_file: Path, work_dir: Path, passphrase: str | None) -> Iterator[Path]:
    """The backup as a plain, verified database file: itself, or (encrypted) opened into a
    private file in `work_dir` that is gone afterwards."""
    if not is_encrypted(backup_file):
        verify_backup(backup_file)
        yield backup_file
        return
    if not passphrase:
        raise PassphraseNeeded()
    plain = work_dir / f".{backup_file.name}.opening"
    key = cipher.key_of(backup_file)
    if key is not None:
        cipher.remember(plain, key)
    with in_progress(plain):
        decrypt_file(backup_file, plain, passphrase)
        verify_backup(plain)
        yield plain


@dataclass(frozen=True)
class Replaced:
    """What a restore did with the database it replaced."""

    backup: BackupInfo | None  # saved as a verified backup
    set_aside: Path | None = None  # damaged: moved aside under a name that says so


def restore_backup(
    backup_file: Path,
    database: Path,
    backup_dir: Path,
    keep: int,
    progress: Progress | None = None,
    passphrase: str | None = None,
    keys: BackupKeys | None = None,
) -> Replaced:
    """Put `backup_file` in place of `database`, saving the current one as a backup first
    (encrypted with `keys` when given), or setting it aside when it is damaged.

    The caller must have closed its connections.
    """
    key = cipher.key_of(database)
    if (
        key is not None
        and cipher.key_of(backup_file) is None
        and keyfile.key_file(backup_file).exists()
    ):
        cipher.remember(backup_file, key)  # made here: the same key opens it
    from tomoni_desktop.core.health import examine, set_aside

    with opened_backup(backup_file, database.parent, passphrase) as plain:
        saved, aside = None, None
        health = examine(database, full=False)
        if health is not None and health.ok:
            saved = create_backup(
                database, backup_dir, reason="before-restore", keep=max(keep, 1) + 1, keys=keys
            )
        elif health is not None:
            aside = set_aside(database)  # damaged: kept for a technician, not copied
        with in_progress(database.with_name(database.name + ".restoring")) as partial:
            _copy_database(plain, partial, progress)  # a cancel here changes nothing
            for suffix in ("-wal", "-shm"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
            partial.replace(database)
            keyfile.copy(backup_file, database)  # the restored file's own key file, or none
            restored_key = cipher.key_of(partial)
            if restored_key is None:
                cipher.forget(database)
            else:
                cipher.remember(database, restored_key)
    return Replaced(saved, aside)
