"""The `tomoni` command: the same services as the GUI, without Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from tomoni_desktop import __version__
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.i18n import Translate, resolve_language, translator
from tomoni_desktop.core.logs import configure_logging
from tomoni_desktop.core.paths import log_path

log = logging.getLogger("tomoni_desktop.cli")
_catalogue: Translate = translator("en")


def translate(context: str, text: str) -> str:
    """The message in the chosen language; lupdate finds every translate("cli", ...) call."""
    return _catalogue(context, text)


def _path(text: str) -> Path:
    return Path(text).expanduser()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tomoni", description="Tomoni Desktop from the command line."
    )
    parser.add_argument("--version", action="version", version=f"tomoni {__version__}")
    parser.add_argument("--lang", choices=("id", "en"), help="language of messages (default: id)")
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo", help="write a demo school into a new database")
    demo.add_argument("--db", type=_path, required=True)
    demo.add_argument("--students", type=int, default=None)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(run=cmd_demo)

    db = commands.add_parser("db", help="the database's schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    status = db_commands.add_parser("status", help="schema revision, node id, row counts")
    status.add_argument("--db", type=_path, required=True)
    status.set_defaults(run=cmd_db_status)
    upgrade = db_commands.add_parser("upgrade", help="back up, then upgrade to this version")
    upgrade.add_argument("--db", type=_path, required=True)
    upgrade.set_defaults(run=cmd_db_upgrade)

    backup = commands.add_parser("backup", help="make a verified backup now")
    backup.add_argument("--db", type=_path, required=True)
    backup.add_argument("--to", type=_path, default=None, help="folder (default: the setting)")
    backup.set_defaults(run=cmd_backup)

    restore = commands.add_parser("restore", help="put a backup in place of the database")
    restore.add_argument("backup_file", type=_path)
    restore.add_argument("--db", type=_path, required=True)
    restore.set_defaults(run=cmd_restore)
    return parser


def cmd_demo(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.lifecycle import open_for_use
    from tomoni_desktop.services.demo import DEFAULT_STUDENTS, build_demo_school

    opened = open_for_use(args.db, create=True)
    try:
        with opened.database.session() as session:
            summary = build_demo_school(
                session, students=args.students or DEFAULT_STUDENTS, seed=args.seed
            )
    finally:
        opened.database.close()
    print(
        translate(
            "cli",
            "Demo school written to {path}: {classes} classes, {students} pupils, {teachers} teachers.",
        ).format(
            path=opened.database.path,
            classes=summary.classes,
            students=summary.students,
            teachers=summary.teachers,
        )
    )
    return 0


def cmd_db_status(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.status import database_status

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
    from tomoni_desktop.core.lifecycle import open_for_use

    opened = open_for_use(args.db)
    opened.database.close()
    result = opened.upgrade
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


def cmd_backup(args: argparse.Namespace) -> int:
    from tomoni_desktop.core import backup as backups
    from tomoni_desktop.core.database import require_tomoni_file
    from tomoni_desktop.core.lifecycle import backup_plan_of

    require_tomoni_file(args.db)
    plan = backup_plan_of(args.db)
    info = backups.create_backup(args.db, args.to or plan.folder, "manual", plan.keep)
    print(translate("cli", "Backup written and verified: {path}").format(path=info.path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from tomoni_desktop.core import backup as backups
    from tomoni_desktop.core.lifecycle import backup_plan_of, open_for_use

    if not args.backup_file.is_file():
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=args.backup_file
        )
    plan = backup_plan_of(args.db)
    saved = backups.restore_backup(args.backup_file, args.db, plan.folder, plan.keep)
    # Opening migrates an older backup and gives the restored database a new node id.
    opened = open_for_use(args.db)
    opened.database.close()
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging()
    global _catalogue
    _catalogue = translator(resolve_language(args.lang))
    try:
        return args.run(args)
    except TomoniError as error:
        log.info("command failed: %s", error.english(), exc_info=True)
        print(
            translate("cli", "Error: {message}").format(message=error.translated(translate)),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error in tomoni %s", " ".join(sys.argv[1:]))
        print(
            translate("cli", "Unexpected error; the details are in {log}").format(log=log_path()),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
