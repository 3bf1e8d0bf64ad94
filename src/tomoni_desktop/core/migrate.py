"""Bringing a database to the schema of this version: backup first, never lose data."""

from __future__ import annotations

import logging
import shutil
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.backup_crypto import BackupKeys
from tomoni_desktop.core.database import (
    Database,
    FileKind,
    inspect_file,
    mark_as_tomoni,
    require_tomoni_file,
)
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, DatabaseError
from tomoni_desktop.core.files import in_progress
from tomoni_desktop.core.paths import migrations_dir

log = logging.getLogger(__name__)

# The newest revision this version knows. Comparing with it at start-up avoids importing
# Alembic when nothing needs doing; a test checks it equals the migrations' head.
HEAD_REVISION = "0023_made_lines"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(connection=None):
    from alembic.config import Config

    # Alembic's own default is the sys.stdout of when it was imported, which may since have
    # been closed (a test's captured output): what it prints goes to today's.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def upgrade_engine(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.connect() as connection:
        command.upgrade(_alembic_config(connection), target)


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None
    # The last upgrade was cut short (the laptop switched off between two steps) and this
    # one finished it: each step is a transaction, so the file was consistent in between.
    resumed: bool = False

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def create_database(path: Path) -> Database:
    """A new, empty Tomoni database at `path`, at the newest schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    database = Database.open(path)
    mark_as_tomoni(database.engine)
    upgrade_engine(database.engine)
    return database


def check_not_newer(revision: str | None, path: Path) -> None:
    if revision is None or revision == HEAD_REVISION:
        return
    if revision not in known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was made by a newer version of Tomoni Desktop. "
                "Install the newer version to open it.",
            ),
            path=path,
        )


def upgrade_mark(path: Path) -> Path:
    """Beside the database while an upgrade runs: found at a start, the last one was cut."""
    return path.with_name(path.name + ".upgrading")


def upgrade_database(path: Path, backup_dir: Path, keep: int) -> UpgradeResult:
    """Upgrade `path` in place. On failure the backup is put back and the error says so."""
    require_tomoni_file(path)
    mark = upgrade_mark(path)
    resumed = mark.exists()
    database = Database.open(path)
    try:
        revision = current_revision(database.engine)
        check_not_newer(revision, path)
        if revision == HEAD_REVISION:
            mark.unlink(missing_ok=True)
            return UpgradeResult(revision, revision, None, resumed)
        if revision is None:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "{path} is not a Tomoni Desktop database."),
                path=path,
            )
    finally:
        database.close()

    saved = backups.create_backup(path, backup_dir, reason="before-upgrade", keep=keep)
    mark.write_text(f"{revision}\n", encoding="ascii")
    database = Database.open(path)
    try:
        upgrade_engine(database.engine)
    except Exception as error:
        log.exception("migration of %s failed; restoring %s", path, saved.path)
        database.close()
        _put_back(saved.path, path)
        mark.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Updating the database failed; it was put back as it was before. "
                "Details are in the log. ({reason})",
            ),
            reason=type(error).__name__,
        ) from error
    finally:
        database.close()
    mark.unlink(missing_ok=True)
    if resumed:
        log.warning("the interrupted upgrade of %s was completed", path)
    return UpgradeResult(revision, HEAD_REVISION, saved.path, resumed)


def _put_back(saved: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with in_progress(path.with_name(path.name + ".restoring")) as temporary:
        shutil.copy2(saved, temporary)
        temporary.replace(path)


def open_or_create(
    path: Path, backup_dir: Path, keep: int, create: bool, keys: BackupKeys | None = None
) -> tuple[Database, UpgradeResult]:
    """Start-up: make a new database if asked, else back up and upgrade; then open it."""
    kind = inspect_file(path)
    if kind in (FileKind.MISSING, FileKind.EMPTY) and create:
        database = create_database(path)
        return database, UpgradeResult(None, HEAD_REVISION, None)
    result = upgrade_database(path, backup_dir, keep)
    if keys is not None and result.backup is not None:
        # kept plain while the upgrade could still need it put back; sealed once it is done
        info = backups.parse_backup_name(result.backup)
        if info is not None and not info.encrypted:
            result = replace(result, backup=backups.seal_backup(info, keys).path)
    return Database.open(path), result
