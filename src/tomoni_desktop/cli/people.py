"""Who signs in on this computer: `tomoni people set-up | add | list | reset-pin | remove`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tomoni_desktop.cli.common import open_signed_in, read_passphrase, translate
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.unit_of_work import run_flow, run_unit, unit_of_work

ROLES = ("homeroom", "subject", "counsellor", "head", "office")  # core.models.ProfileRole


def add_people_commands(commands) -> None:
    people = commands.add_parser("people", help="who signs in on this computer, and their role")
    actions = people.add_subparsers(dest="action", required=True)
    set_up = actions.add_parser("set-up", help="the office's profile first; prints a recovery code")
    set_up.add_argument("--db", type=Path, required=True)
    set_up.add_argument("--name", required=True)
    set_up.add_argument("--new-pin-file", type=Path, default=None)
    set_up.set_defaults(run=cmd_set_up)
    add = actions.add_parser("add", help="add a person (the office only)")
    add.add_argument("--db", type=Path, required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--teacher", help="the teacher's name or NIP (homeroom and subject roles)")
    add.add_argument("--new-pin-file", type=Path, default=None)
    add.set_defaults(run=cmd_add)
    listing = actions.add_parser("list", help="the people who sign in here")
    listing.add_argument("--db", type=Path, required=True)
    listing.set_defaults(run=cmd_list)
    reset = actions.add_parser("reset-pin", help="a new PIN for someone (the office only)")
    reset.add_argument("--db", type=Path, required=True)
    reset.add_argument("name")
    reset.add_argument("--new-pin-file", type=Path, default=None)
    reset.set_defaults(run=cmd_reset)


def _new_pin(path: Path | None) -> str:
    return read_passphrase(path, translate("cli", "New PIN: "), confirm=True).strip()


def _person(uow, name: str):
    from tomoni_desktop.services.school.profiles import profiles_of

    wanted = " ".join(name.split()).casefold()
    for row in profiles_of(uow):
        if row.name.casefold() == wanted:
            return row
    raise TomoniError(
        QT_TRANSLATE_NOOP("errors", "No one called {name} signs in on this computer."), name=name
    )


def cmd_set_up(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.school.database import open_database
    from tomoni_desktop.services.school.profiles import set_up_sign_in_here

    pin = _new_pin(args.new_pin_file)
    database = open_database(args.db).database
    try:
        done = run_flow(
            database, lambda units: set_up_sign_in_here(units, args.name, pin, pin)
        ).result
    finally:
        database.close()
    print(translate("cli", "Sign-in is set up; {name} is the office.").format(name=args.name))
    print(
        translate(
            "cli",
            "Recovery code (write it down and keep it locked away; it is shown only now): {code}",
        ).format(code=done.recovery_code)
    )
    return 0


def _teacher_id(uow, text: str | None):
    from sqlalchemy import or_, select

    from tomoni_desktop.core.models import Teacher

    if not text:
        return None
    found = uow.session.scalars(
        select(Teacher.id).where(or_(Teacher.name == text, Teacher.nip == text))
    ).all()
    if len(found) != 1:
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "No single teacher is called {name} or has that NIP."),
            name=text,
        )
    return found[0]


def cmd_add(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.models import ProfileRole
    from tomoni_desktop.services.school.profiles import add_profile

    database = open_signed_in(args.db)
    try:
        pin = _new_pin(args.new_pin_file)

        def work(uow):
            teacher = _teacher_id(uow, args.teacher)
            return add_profile(uow, args.name, ProfileRole(args.role), teacher, pin, pin)

        row = run_unit(database, work).result
    finally:
        database.close()
    print(translate("cli", "Added {name}.").format(name=row.name))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.school.profiles import profiles_of

    database = open_signed_in(args.db)
    try:
        with unit_of_work(database) as uow:
            rows = profiles_of(uow)
    finally:
        database.close()
    for row in rows:
        print(f"{row.name}\t{row.role.value}\t{row.teacher_name}")
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.school.profiles import reset_pin

    database = open_signed_in(args.db)
    try:
        pin = _new_pin(args.new_pin_file)
        run_unit(database, lambda uow: reset_pin(uow, _person(uow, args.name).id, pin, pin))
    finally:
        database.close()
    print(translate("cli", "A new PIN is set for {name}.").format(name=args.name))
    return 0


def add_register_commands(commands) -> None:
    found = commands.add_parser(
        "register", help="what left this computer; the letters when a stick was lost"
    )
    actions = found.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="every file with children's data written here")
    listing.add_argument("--db", type=Path, required=True)
    listing.set_defaults(run=cmd_register_list)
    lost = actions.add_parser("lost", help="the principal's page and the families' letters")
    lost.add_argument("--db", type=Path, required=True)
    lost.add_argument("--entry", action="append", default=[], help="an id from 'register list'")
    lost.add_argument("--stick", help="every file written to the stick of this name")
    lost.add_argument("--lost-on", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    lost.add_argument("--how", default="", help="what happened, in the letters' words")
    lost.add_argument("--out", type=Path, required=True)
    lost.set_defaults(run=cmd_register_lost)


def cmd_register_list(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.school.register import register_of

    database = open_signed_in(args.db)
    try:
        with unit_of_work(database) as uow:
            entries = register_of(uow)
    finally:
        database.close()
    for e in entries:
        pupils = f"all {e.pupil_count}" if e.everyone else str(e.pupil_count)
        where = e.medium or e.folder
        print(
            f"{e.id}\t{e.made_at:%Y-%m-%d %H:%M}\t{e.person or '-'}\t{e.kind.value}\t{pupils}\t"
            f"{'encrypted' if e.encrypted else 'plain'}\t{where}\t{e.file_name}"
        )
    return 0


def cmd_register_lost(args: argparse.Namespace) -> int:
    from tomoni_desktop.cli.common import check_report_pdf
    from tomoni_desktop.services.school.register import register_of, write_lost_notice

    check_report_pdf(args.out)
    database = open_signed_in(args.db)
    try:
        with unit_of_work(database) as uow:
            ids = list(args.entry)
            if args.stick:
                ids += [e.id for e in register_of(uow) if e.medium == args.stick]
            pages = write_lost_notice(uow, ids, args.out, args.lost_on, args.how)
    finally:
        database.close()
    print(
        translate(
            "cli", "The principal's page and the families' letters, {pages} pages: {path}"
        ).format(pages=pages, path=args.out)
    )
    return 0


def add_purge_command(commands) -> None:
    purge = commands.add_parser(
        "purge", help="delete pupils' personal data on every computer (the office only)"
    )
    purge.add_argument("--db", type=Path, required=True)
    purge.add_argument("--pupil", action="append", default=[], help="name or NISN")
    purge.add_argument("--due", action="store_true", help="the pupils past the retention")
    purge.add_argument("--yes", action="store_true", help="yes, it cannot be undone")
    purge.set_defaults(run=cmd_purge)


def cmd_purge(args: argparse.Namespace) -> int:
    from tomoni_desktop.cli.common import open_school
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.services.roster.purge import due_for_purge, purge_pupils
    from tomoni_desktop.services.roster.students import find_pupil

    if not args.yes:
        raise TomoniError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Deleting personal data cannot be undone: add --yes to say you mean it.",
            )
        )
    database, school = open_school(args.db)
    today = date.today()
    try:

        def work(uow) -> int:
            ids = [
                find_pupil(uow, school.school_year_id, text, include_left=True).id
                for text in args.pupil
            ]
            if args.due:
                years = load_settings(uow.session).retention_years
                ids += [p.student_id for p in due_for_purge(uow, years, today)]
            return purge_pupils(uow, ids, today)

        count = run_unit(database, work).result
    finally:
        database.close()
    print(translate("cli", "The personal data of {count} pupils was deleted.").format(count=count))
    return 0
