"""The `tomoni` command: the same services as the GUI, without Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from tomoni_desktop import __version__
from tomoni_desktop.cli.attendance import add_attendance_reports
from tomoni_desktop.cli.common import set_acting, set_language, translate
from tomoni_desktop.cli.database import (
    cmd_backup,
    cmd_db_check,
    cmd_db_recover,
    cmd_db_status,
    cmd_db_upgrade,
    cmd_demo,
    cmd_restore,
)
from tomoni_desktop.cli.grades import add_grade_commands, add_grade_reports
from tomoni_desktop.cli.people import (
    add_people_commands,
    add_purge_command,
    add_register_commands,
)
from tomoni_desktop.cli.pickups import add_pickup_commands
from tomoni_desktop.cli.roster import add_roster_commands
from tomoni_desktop.cli.sync import add_hub_commands, add_sync_commands
from tomoni_desktop.cli.worksheets import add_worksheet_commands
from tomoni_desktop.core.errors import TomoniError
from tomoni_desktop.core.files import clear_leftovers, keep_private
from tomoni_desktop.core.i18n import resolve_language
from tomoni_desktop.core.logs import configure_logging
from tomoni_desktop.core.paths import log_path

log = logging.getLogger("tomoni_desktop.cli")


def _path(text: str) -> Path:
    return Path(text).expanduser()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tomoni", description="Tomoni Desktop from the command line."
    )
    parser.add_argument("--version", action="version", version=f"tomoni {__version__}")
    parser.add_argument("--lang", choices=("id", "en"), help="language of messages (default: id)")
    parser.add_argument(
        "--as", dest="acting", metavar="NAME", help="who is acting, where sign-in is set up"
    )
    parser.add_argument(
        "--pin-file", type=_path, default=None, help="the PIN in the first line of a file"
    )
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
    check = db_commands.add_parser("check", help="SQLite's check of the file: damaged or not")
    check.add_argument("--db", type=_path, required=True)
    check.add_argument("--full", action="store_true", help="the full check (slower)")
    check.set_defaults(run=cmd_db_check)
    recover = db_commands.add_parser(
        "recover", help="salvage what can be read of a damaged database into a new file"
    )
    recover.add_argument("--db", type=_path, required=True)
    recover.set_defaults(run=cmd_db_recover)

    backup = commands.add_parser("backup", help="make a verified backup now")
    backup.add_argument("--db", type=_path, required=True)
    backup.add_argument("--to", type=_path, default=None, help="folder (default: the setting)")
    backup.add_argument(
        "--set-passphrase",
        action="store_true",
        help="from now on encrypt every backup with a passphrase (asked, or --passphrase-file)",
    )
    backup.add_argument("--passphrase-file", type=_path, default=None)
    backup.set_defaults(run=cmd_backup)

    restore = commands.add_parser("restore", help="put a backup in place of the database")
    restore.add_argument("backup_file", type=_path)
    restore.add_argument("--db", type=_path, required=True)
    restore.add_argument(
        "--passphrase-file", type=_path, default=None, help="for an encrypted backup"
    )
    restore.set_defaults(run=cmd_restore)
    export_kinds = add_roster_commands(commands)
    add_worksheet_commands(commands)
    report_kinds = add_pickup_commands(commands)
    add_grade_reports(report_kinds, export_kinds)
    add_attendance_reports(report_kinds)
    add_grade_commands(commands)
    add_sync_commands(commands)
    add_hub_commands(commands)
    add_people_commands(commands)
    add_register_commands(commands)
    add_purge_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app: a PDF is drawn in a child process
    parser = build_parser()
    args = parser.parse_args(argv)
    keep_private()
    clear_leftovers()  # what a crash left half-written (an export, a bundle)
    configure_logging()
    set_language(resolve_language(args.lang))
    set_acting(args.acting, args.pin_file)
    try:
        return args.run(args)
    except TomoniError as error:
        log.info("command failed: %s", error.log_text())  # no pupil's name or phone in it
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
