"""The database as a whole: opening it for use, backups, and putting a backup back.

These are flows around units of work rather than one: they open, close or replace the file.
Opening installs sync's capture after any migration (the migration may have rebuilt tables),
so core never reaches up into sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tomoni_desktop.core import access
from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.areas import EVERYTHING, Area
from tomoni_desktop.core.database import DatabaseDamaged
from tomoni_desktop.core.health import Health
from tomoni_desktop.core.lifecycle import (
    OpenedDatabase,
    backup_plan_of,
    open_for_use,
    open_server_for_use,
)
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.settings import AppSettings, load_settings
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services.school import register
from tomoni_desktop.services.school.setup import SchoolContext, school_context
from tomoni_desktop.sync.capture import install_capture


@dataclass(frozen=True)
class OpenSchool:
    opened: OpenedDatabase
    school: SchoolContext | None  # None: the first-run setup is still to do
    replaced: backups.BackupInfo | None = None  # a restore keeps the data it replaced here
    set_aside: Path | None = None  # ... or, when it was damaged, moves it here


def open_database(path: Path, create: bool = False) -> OpenedDatabase:
    """Open `path` for the app or the CLI: refuse what is not ours, back up, migrate, know
    our node, and capture every write for sync."""
    opened = open_for_use(path, create=create)
    with unit_of_work(opened.database) as uow:
        install_capture(uow.connection)
    return opened


def open_server_database(url: str, connections: int = 5) -> OpenedDatabase:
    """A hub's PostgreSQL database (`postgresql://…`), migrated and capturing like a file."""
    opened = open_server_for_use(url, connections)
    with unit_of_work(opened.database) as uow:
        install_capture(uow.connection)
    return opened


def open_school(path: Path, demo: bool = False, progress: Progress | None = None) -> OpenSchool:
    """The app's start: the database (made if missing), with the demo school written into
    an empty one when asked."""
    opened = open_database(path, create=True)
    key = None
    with unit_of_work(opened.database) as uow:
        school = school_context(uow)
        if school is None and demo:
            from tomoni_desktop.services.demo.people import add_demo_people
            from tomoni_desktop.services.demo.school import build_demo_school

            build_demo_school(uow, progress=progress)
            key = add_demo_people(uow)  # the app's demo shows sign-in and roles too
            school = school_context(uow)
    if key is not None:  # and its file is encrypted, as a school's is once people sign in
        from tomoni_desktop.services.school.profiles import encrypt_database

        encrypt_database(opened.database, key)
    return OpenSchool(opened, school)


@dataclass(frozen=True)
class DamagedSchool:
    """The start found the database damaged: what is readable, and the backup to offer."""

    path: Path
    health: Health | None
    newest_backup: backups.BackupInfo | None


def open_school_or_damage(
    path: Path, demo: bool = False, progress: Progress | None = None
) -> OpenSchool | DamagedSchool:
    """The app's start: the school, or (damaged) what the teacher needs to choose from."""
    try:
        return open_school(path, demo, progress)
    except DatabaseDamaged as error:
        path = path.expanduser().resolve()
        folder = backup_plan_of(path).folder
        return DamagedSchool(path, error.health, backups.newest_good_backup(folder, path))


def check_database(path: Path) -> bool:
    """SQLite's full check of the file (read beside the app's own connections)."""
    from tomoni_desktop.core.health import check

    return check(path, full=True).ok


def salvage_school(path: Path, progress: Progress | None = None) -> OpenSchool:
    """What can be read of a damaged database, in a new file in its place (the damaged one
    set aside), opened for use; the app holds the file's instance lock."""
    from tomoni_desktop.core.health import recover

    recovered = recover(path, progress)
    opened = open_database(path)
    with unit_of_work(opened.database) as uow:
        return OpenSchool(opened, school_context(uow), set_aside=recovered.set_aside)


def back_up(
    units: Units,
    reason: str = "manual",
    progress: Progress | None = None,
    folder: Path | None = None,
):
    """A verified backup now, into the folder of the settings or `folder` (a stick); cancel
    leaves nothing. Encrypted when a backup passphrase is set."""
    database = units.database
    settings = _settings(units)
    info = backups.create_backup(
        database.path,
        folder or settings.backup_folder(database.path),
        reason,
        settings.backups_to_keep,
        progress,
        keys=settings.backup_keys,
    )
    if reason == "manual" or register.medium_of(info.path.parent):
        # Made by a person, or onto a stick: a copy of every child's data that may leave.
        with units.unit() as uow:
            register.note_left(
                uow, register.Leaving.BACKUP, info.path, everyone=True, encrypted=info.encrypted
            )
    units.changes.add(Area.BACKUPS)
    return info


def set_backup_passphrase(units: Units, passphrase: str, again: str) -> AppSettings:
    """From now on every backup is encrypted; restoring one asks for this passphrase. Backups
    made before keep what they were (the ones made under an earlier passphrase keep it)."""
    from tomoni_desktop.core.backup_crypto import check_new_passphrase, make_backup_keys
    from tomoni_desktop.core.settings import save_settings

    access.require_office(units.database.actor)
    check_new_passphrase(passphrase, again)
    public, sealed = make_backup_keys(passphrase).to_settings()
    with units.unit() as uow:
        settings = save_settings(uow.session, backup_public_key=public, backup_sealed_key=sealed)
    units.changes.add(Area.SETTINGS)
    return settings


def encrypt_old_backups(units: Units) -> int:
    """The plain backups of the folder sealed with the school's backup key (asked for after a
    passphrase is set: an old copy of every child's data must not stay readable)."""
    access.require_office(units.database.actor)
    settings = _settings(units)
    keys = settings.backup_keys
    if keys is None:
        return 0
    sealed = 0
    for info in backups.list_backups(settings.backup_folder(units.database.path)):
        if not info.encrypted:
            backups.seal_backup(info, keys)
            sealed += 1
    units.changes.add(Area.BACKUPS)
    return sealed


def daily_backup(units: Units) -> backups.BackupInfo | None:
    """The day's automatic backup, if none was made today."""
    folder = _settings(units).backup_folder(units.database.path)
    if backups.backup_due_today(folder):
        return back_up(units, "daily")
    return None


def list_backups(units: Units) -> list[backups.BackupInfo]:
    return backups.list_backups(_settings(units).backup_folder(units.database.path))


def last_backup_time(units: Units) -> datetime | None:
    return backups.last_backup_time(_settings(units).backup_folder(units.database.path))


def _settings(units: Units) -> AppSettings:
    with units.unit() as uow:
        return load_settings(uow.session)


def restore_from_backup(
    path: Path,
    backup_file: Path,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> OpenSchool:
    """Put `backup_file` in place of the database at `path` (closed) and open it again.

    The data it replaces is kept as a backup first; the restored database becomes a new sync
    node (core/node.py), so no change id it issued before is issued again.
    """
    plan = backup_plan_of(path)
    replaced = backups.restore_backup(
        backup_file, path, plan.folder, plan.keep, progress, passphrase, plan.keys
    )
    opened = open_database(path)
    with unit_of_work(opened.database) as uow:
        return OpenSchool(opened, school_context(uow), replaced.backup, replaced.set_aside)


def restore_database(
    units: Units,
    backup_file: Path,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> OpenSchool:
    """The app's restore: the open database is closed, replaced and opened again. Refused or
    cancelled, the database stays as it was (its engine opens new connections when asked)."""
    access.require_office(units.database.actor)
    backups.check_passphrase(backup_file, passphrase)  # refused before anything is closed
    database = units.database
    database.close()
    restored = restore_from_backup(database.path, backup_file, progress, passphrase)
    units.changes |= EVERYTHING
    return restored
