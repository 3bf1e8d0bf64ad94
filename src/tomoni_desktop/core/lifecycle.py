"""Start-up of a database for use: create or upgrade (backup first), then know our node."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.backup_crypto import BackupKeys
from tomoni_desktop.core.database import Database, FileKind, inspect_file, read_only
from tomoni_desktop.core.migrate import UpgradeResult, open_or_create
from tomoni_desktop.core.node import ensure_node_id
from tomoni_desktop.core.paths import default_backup_dir
from tomoni_desktop.core.settings import AppSettings, load_settings


@dataclass(frozen=True)
class BackupPlan:
    folder: Path
    keep: int
    keys: BackupKeys | None = None  # a backup passphrase is set: backups are encrypted


def backup_plan_of(path: Path) -> BackupPlan:
    """Read the backup settings straight from the file: it may still be at an old schema."""
    folder, keep = default_backup_dir(path), backups.DEFAULT_KEEP
    if inspect_file(path) is not FileKind.TOMONI:
        return BackupPlan(folder, keep)
    found = read_only(
        path,
        "SELECT key, value FROM local_settings WHERE key IN "
        "('backup_dir', 'backups_to_keep', 'backup_public_key', 'backup_sealed_key')",
    )
    rows = dict(found[0]) if found else {}
    if rows.get("backup_dir"):
        folder = Path(rows["backup_dir"])
    if rows.get("backups_to_keep", "").isdigit():
        keep = int(rows["backups_to_keep"])
    keys = BackupKeys.from_settings(
        rows.get("backup_public_key", ""), rows.get("backup_sealed_key", "")
    )
    return BackupPlan(folder, keep, keys)


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    upgrade: UpgradeResult
    settings: AppSettings
    created: bool


def open_for_use(path: Path, create: bool = False) -> OpenedDatabase:
    """Open `path` for the app or the CLI: refuse what is not ours, migrate safely."""
    from tomoni_desktop.core.health import require_healthy

    path = path.expanduser().resolve()
    require_healthy(path)  # a damaged file is neither upgraded nor written to
    was_new = inspect_file(path) in (FileKind.MISSING, FileKind.EMPTY)
    plan = backup_plan_of(path)
    database, result = open_or_create(path, plan.folder, plan.keep, create=create, keys=plan.keys)
    with database.session() as session:
        ensure_node_id(session, path)
        settings = load_settings(session)
    return OpenedDatabase(database, result, settings, created=was_new and create)


def open_server_for_use(url: str, connections: int = 5) -> OpenedDatabase:
    """A hub's PostgreSQL database, made current by the same migrations as a laptop's file.
    Its backups are the server's own (pg_dump and the like), so none is written here."""
    from sqlalchemy.exc import OperationalError

    from tomoni_desktop.core.migrate import (
        HEAD_REVISION,
        check_not_newer,
        current_revision,
        upgrade_engine,
    )
    from tomoni_desktop.core.postgres import (
        make_server_engine,
        no_server_driver,
        side_path,
        unreachable,
    )

    try:
        engine = make_server_engine(url, connections)
    except ImportError as error:  # PostgreSQL's driver is not in the laptop's build
        raise no_server_driver() from error
    database = Database(path=side_path(url), engine=engine)
    try:
        revision = current_revision(database.engine)
        check_not_newer(revision, database.path)
        if revision != HEAD_REVISION:
            upgrade_engine(database.engine)
        with database.session() as session:
            ensure_node_id(session, database.path)
            settings = load_settings(session)
    except OperationalError as error:
        database.close()
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        raise unreachable(url, reason) from error
    except BaseException:
        database.close()
        raise
    return OpenedDatabase(
        database, UpgradeResult(revision, HEAD_REVISION, None), settings, revision is None
    )


def backup_now(database: Database, reason: str = "") -> backups.BackupInfo:
    with database.session() as session:
        settings = load_settings(session)
    return backups.create_backup(
        database.path,
        settings.backup_folder(database.path),
        reason,
        settings.backups_to_keep,
        keys=settings.backup_keys,
    )


def daily_backup_if_due(database: Database) -> backups.BackupInfo | None:
    with database.session() as session:
        settings = load_settings(session)
    folder = settings.backup_folder(database.path)
    if not backups.backup_due_today(folder):
        return None
    return backups.create_backup(
        database.path, folder, "daily", settings.backups_to_keep, keys=settings.backup_keys
    )
