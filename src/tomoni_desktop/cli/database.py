"""Database commands: demo, db status, db upgrade, backup, restore."""

from __future__ import annotations

import argparse

from tomoni_desktop.cli.common import (
    counted,
    open_signed_in,
    read_passphrase,
    translate,
    unlock_if_locked,
    unlock_if_locked_file,
)
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.unit_of_work import unit_of_work


def cmd_demo(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.demo.school import DEFAULT_STUDENTS, build_demo_school
    from tomoni_desktop.services.school.database import open_database

    opened = open_database(args.db, create=True)
    try:
        with unit_of_work(opened.database) as uow:
            summary = build_demo_school(
                uow, students=args.students or DEFAULT_STUDENTS, seed=args.seed
            )
    finally:
        opened.database.close()
    print(
        translate(
            "cli",
            "Demo school written to {path}: {classes}, {students}, {teachers}.",
        ).format(
            path=opened.database.path,
            classes=counted.classes(summary.classes),
            students=counted.pupils(summary.students),
            teachers=counted.teachers(summary.teachers),
        )
    )
    return 0


def cmd_db_status(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.school.status import database_status

    unlock_if_locked(args.db)
    status = database_status(args.db)
    print(translate("cli", "Database: {path}").format(path=status.path))
    print(
        translate("cli", "Schema revision: {revision} (newest: {head})").format(
            revision=status.revision or "-", head=status.head
        )
    )
    if status.revision != status.head:
        print(translate("cli", "An upgrade is pending: run tomoni db upgrade."))
    print(translate("cli", "Node id: {node}").format(node=status.node_id or "-"))
    if status.school:
        print(translate("cli", "School: {school}").format(school=status.school))
    print(translate("cli", "Rows:"))
    width = max(len(name) for name in status.row_counts)
    for name, count in status.row_counts.items():
        print(f"  {name:<{width}}  {count:>8}")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.instance import nobody_has_it_open
    from tomoni_desktop.services.school.database import open_database

    unlock_if_locked(args.db)
    with nobody_has_it_open(args.db):
        opened = open_database(args.db)
        opened.database.close()
    result = opened.upgrade
    if result.resumed:
        print(translate("cli", "The last upgrade was interrupted; it has now been completed."))
    if not result.changed:
        print(
            translate("cli", "Already up to date ({revision}).").format(revision=result.to_revision)
        )
    else:
        print(
            translate("cli", "Upgraded from {old} to {new}; backup: {backup}").format(
                old=result.from_revision, new=result.to_revision, backup=result.backup
            )
        )
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from tomoni_desktop.core import backup as backups
    from tomoni_desktop.core.health import examine
    from tomoni_desktop.core.lifecycle import backup_plan_of

    unlock_if_locked(args.db)
    if not args.db.exists():
        raise TomoniError(QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=args.db)
    health = examine(args.db, full=args.full)
    if health is None:  # an empty file or another program's: not ours to judge
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Tomoni Desktop database."), path=args.db
        )
    if health.ok:
        print(translate("cli", "The database is whole: SQLite's check found no problem."))
        return 0
    print(translate("cli", "The database is DAMAGED. SQLite's check says:"))
    for line in health.problems:
        print(f"  {line}")
    _print_readable(health.readable)
    newest = backups.newest_good_backup(backup_plan_of(args.db).folder, args.db)
    if newest is None:
        print(translate("cli", "No good backup was found in the backup folder."))
    else:
        print(
            translate("cli", "Newest good backup: {path} ({when})").format(
                path=newest.path, when=newest.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        )
    print(
        translate(
            "cli",
            "Restore it (tomoni restore), or salvage what can be read (tomoni db recover). "
            "Changes already sent in sync bundles come back from the office with its next bundle.",
        )
    )
    return 1


def _print_readable(readable: dict[str, int | None]) -> None:
    if not readable:
        print(translate("cli", "Nothing can be read: the list of tables itself is damaged."))
        return
    print(translate("cli", "Still readable (rows per table):"))
    width = max(len(name) for name in readable)
    for name, count in readable.items():
        shown = translate("cli", "unreadable") if count is None else str(count)
        print(f"  {name:<{width}}  {shown:>10}")


def cmd_db_recover(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.health import recover
    from tomoni_desktop.core.instance import nobody_has_it_open

    if not args.db.exists():
        raise TomoniError(QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=args.db)
    unlock_if_locked(args.db)
    with nobody_has_it_open(args.db):
        recovered = recover(args.db)
    salvaged = recovered.salvaged
    print(
        translate("cli", "Salvaged {rows} rows into a new {path}.").format(
            rows=sum(salvaged.rows.values()), path=args.db
        )
    )
    if salvaged.unreadable:
        print(
            translate("cli", "Could not be read at all: {tables}").format(
                tables=", ".join(salvaged.unreadable)
            )
        )
    if salvaged.dropped:
        print(
            translate("cli", "{count} rows were left out: what they belong to was lost.").format(
                count=salvaged.dropped
            )
        )
    _say_set_aside(recovered.set_aside)
    print(
        translate(
            "cli",
            "Sync with the office next: its bundle brings back everything it has, including "
            "what was lost here.",
        )
    )
    return 0


def _say_set_aside(path) -> None:
    print(translate("cli", "The damaged database was moved aside as {path}").format(path=path))


def cmd_backup(args: argparse.Namespace) -> int:
    from tomoni_desktop.core import backup as backups
    from tomoni_desktop.core.database import require_tomoni_file
    from tomoni_desktop.core.lifecycle import backup_plan_of

    unlock_if_locked(args.db)
    require_tomoni_file(args.db)
    if args.set_passphrase:
        from tomoni_desktop.core.backup_crypto import check_new_passphrase, make_backup_keys
        from tomoni_desktop.core.settings import save_settings
        from tomoni_desktop.core.unit_of_work import unit_of_work

        passphrase = read_passphrase(
            args.passphrase_file, translate("cli", "Backup passphrase: "), confirm=True
        )
        check_new_passphrase(passphrase, passphrase)
        public, sealed = make_backup_keys(passphrase).to_settings()
        database = open_signed_in(args.db)
        try:
            with unit_of_work(database) as uow:
                save_settings(uow.session, backup_public_key=public, backup_sealed_key=sealed)
        finally:
            database.close()
        print(translate("cli", "From now on every backup is encrypted with this passphrase."))
    plan = backup_plan_of(args.db)
    info = backups.create_backup(
        args.db, args.to or plan.folder, "manual", plan.keep, keys=plan.keys
    )
    _note_backup(args.db, info)
    print(translate("cli", "Backup written and verified: {path}").format(path=info.path))
    return 0


def _note_backup(path, info) -> None:
    """A backup made by hand is a copy that may leave: noted in the register, as the person
    signed in (a file that will not open as a database is backed up all the same)."""
    from tomoni_desktop.core.errors import DatabaseError
    from tomoni_desktop.services.school.register import Leaving, note_left

    try:
        database = open_signed_in(path)
    except DatabaseError:
        return
    try:
        with unit_of_work(database) as uow:
            note_left(uow, Leaving.BACKUP, info.path, everyone=True, encrypted=info.encrypted)
    finally:
        database.close()


def _office_may_restore(path) -> None:
    """Where sign-in is set up, restoring is the office's. A file that does not open as a
    database (damaged, or not there yet) cannot say who may: it is replaced as before."""
    from tomoni_desktop.core import access
    from tomoni_desktop.core.errors import DatabaseError

    if not path.exists():
        return
    try:
        database = open_signed_in(path)
    except DatabaseError:
        return
    try:
        access.require_office(database.actor)
    finally:
        database.close()


def _unlock_backup(backup, database) -> None:
    """A backup of an encrypted database opens with the key of the database it was made
    from: this computer's, if it opens it; else (another computer's backup, a new laptop)
    the PIN of one of the people in the backup's own key file."""
    from tomoni_desktop.core import cipher, keyfile
    from tomoni_desktop.core.backup_crypto import is_encrypted
    from tomoni_desktop.core.database import read_only

    if not keyfile.key_file(backup).exists() or cipher.key_of(backup) is not None:
        return
    here = cipher.key_of(database)
    if here is not None:
        cipher.remember(backup, here)
        if is_encrypted(backup) or read_only(backup, "PRAGMA application_id"):
            return  # (a passphrase-sealed one is tried with it once opened)
        cipher.forget(backup)
    unlock_if_locked_file(backup)


def cmd_restore(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.school.database import restore_from_backup

    if not args.backup_file.is_file():
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=args.backup_file
        )
    from tomoni_desktop.core.backup_crypto import is_encrypted
    from tomoni_desktop.core.instance import nobody_has_it_open

    _office_may_restore(args.db)
    _unlock_backup(args.backup_file, args.db)
    passphrase = None
    if is_encrypted(args.backup_file):
        passphrase = read_passphrase(args.passphrase_file, translate("cli", "Backup passphrase: "))
    with nobody_has_it_open(args.db):
        restored = restore_from_backup(args.db, args.backup_file, passphrase=passphrase)
        restored.opened.database.close()
    saved = restored.replaced
    if restored.set_aside:
        _say_set_aside(restored.set_aside)
    print(
        translate("cli", "Restored {backup} into {path}.").format(
            backup=args.backup_file, path=args.db
        )
    )
    if saved:
        print(
            translate("cli", "The database it replaced was kept as {path}").format(path=saved.path)
        )
    return 0
