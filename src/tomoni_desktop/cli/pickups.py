"""Pickup commands: record the copies that came back, by their pickup codes."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tomoni_desktop.cli.common import (
    check_report_pdf,
    check_suffix,
    counted,
    open_school,
    translate,
    write_noted,
)
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.models import ReturnWay
from tomoni_desktop.core.unit_of_work import unit_of_work


def add_pickup_commands(commands):
    """The pickup, round and report commands; returns the report kinds, for other areas'."""
    pickup = commands.add_parser("pickup", help="record copies that came back, by pickup code")
    pickup.add_argument("codes", nargs="+", metavar="CODE", help='e.g. K7M-Q2P (or "k7mq2p")')
    pickup.add_argument("--db", type=Path, required=True)
    pickup.add_argument(
        "--how",
        choices=[way.value for way in ReturnWay],
        default=ReturnWay.VISIT.value,
        help="home visit (default), brought to school, by a classmate, photo on WhatsApp",
    )
    pickup.add_argument("--date", type=_day, default=None, help="dd-mm-yyyy (default: today)")
    pickup.add_argument("--class", dest="class_name", help="say when a code is of another class")
    pickup.set_defaults(run=cmd_pickup)

    rounds = commands.add_parser("round", help="home-visit rounds: plan one, list them")
    what = rounds.add_subparsers(dest="round_command", required=True)
    plan = what.add_parser("plan", help="plan a class's round for a day and print its route sheet")
    plan.add_argument("--db", type=Path, required=True)
    plan.add_argument("--class", dest="class_name", required=True)
    plan.add_argument("--date", type=_day, default=None, help="dd-mm-yyyy (default: today)")
    plan.add_argument("--out", type=Path, required=True)
    plan.add_argument("--paper", choices=("A4", "F4"), help="default: the Settings' paper size")
    plan.set_defaults(run=cmd_round_plan)
    listing = what.add_parser("list", help="the rounds of this school year")
    listing.add_argument("--db", type=Path, required=True)
    listing.set_defaults(run=cmd_round_list)

    report = commands.add_parser("report", help="printed reports")
    kinds = report.add_subparsers(dest="report_kind", required=True)
    outstanding = kinds.add_parser("outstanding", help="a class's paper worksheets not back yet")
    outstanding.add_argument("--db", type=Path, required=True)
    outstanding.add_argument("--class", dest="class_name", required=True)
    outstanding.add_argument("--out", type=Path, required=True)
    outstanding.add_argument(
        "--paper", choices=("A4", "F4"), help="default: the Settings' paper size"
    )
    outstanding.set_defaults(run=cmd_report_outstanding)
    return kinds


def _day(text: str) -> date:
    from tomoni_desktop.core.errors import ValidationError
    from tomoni_desktop.io.cleaning import parse_date

    try:
        day = parse_date(text, "date")
    except ValidationError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a date; write it as dd-mm-yyyy").format(value=text)
        )
    return day


def cmd_pickup(args: argparse.Namespace) -> int:
    """All codes in one unit of work: a refused code (a day before the hand-out) writes none."""
    from tomoni_desktop.services.pickups.recording import Recorded, record_codes
    from tomoni_desktop.services.roster.files import find_class

    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            class_id = (
                find_class(uow, school.school_year_id, args.class_name).id
                if args.class_name
                else None
            )
            results = record_codes(
                uow,
                args.codes,
                returned_on=args.date or date.today(),
                way=ReturnWay(args.how),
                class_id=class_id,
            )
    finally:
        database.close()
    lines = {
        Recorded.RETURNED: translate(
            "cli", "{code}: returned, {pupil} ({class_name}), {worksheet}"
        ),
        Recorded.OTHER_CLASS: translate(
            "cli",
            "{code}: returned, {pupil} of class {class_name} (not the class given), {worksheet}",
        ),
        Recorded.REPLY: translate(
            "cli", "{code}: reply to the letter recorded, {pupil} ({class_name})"
        ),
        Recorded.ALREADY: translate(
            "cli", "{code}: already returned on {day}, {pupil} ({class_name})"
        ),
        Recorded.UNKNOWN: translate(
            "cli", "{code}: no copy or letter has this code; check it on the paper"
        ),
        Recorded.MALFORMED: translate(
            "cli", "{code}: not a pickup code (six letters and digits, like K7M-Q2P)"
        ),
    }
    already_replied = translate(
        "cli", "{code}: the reply to this letter was recorded on {day}, {pupil} ({class_name})"
    )
    for result in results:
        words = lines[result.outcome]
        if result.outcome is Recorded.ALREADY and result.letter_id is not None:
            words = already_replied
        line = words.format(
            code=result.code,
            pupil=result.pupil,
            class_name=result.class_name,
            worksheet=result.worksheet,
            day=result.returned_on.strftime("%d-%m-%Y") if result.returned_on else "",
        )
        if result.recorded and result.late:
            line += " " + translate("cli", "(late: due {day})").format(
                day=result.due_on.strftime("%d-%m-%Y") if result.due_on else ""
            )
        print(line)
    recorded = sum(1 for r in results if r.recorded or r.outcome is Recorded.REPLY)
    print(counted.codes_recorded(recorded, len(results)))
    missing = [r.code for r in results if r.outcome in (Recorded.UNKNOWN, Recorded.MALFORMED)]
    if missing:
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "Not recorded, check these codes: {codes}"),
            codes=", ".join(missing),
        )
    return 0


def cmd_round_plan(args: argparse.Namespace) -> int:
    """Propose, keep and print in one unit of work: no round is kept without its sheet."""
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.route_sheet import write_route_sheet
    from tomoni_desktop.services.pickups.rounds import propose_round, save_round
    from tomoni_desktop.services.roster.files import find_class
    from tomoni_desktop.services.school.register import Leaving, note_left

    check_suffix(
        args.out,
        ".pdf",
        QT_TRANSLATE_NOOP("errors", "The route sheet is a PDF: name the file .pdf, not {name}."),
    )
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            school_class = find_class(uow, school.school_year_id, args.class_name)
            plan = save_round(uow, propose_round(uow, school_class.id, args.date or date.today()))
            paper = args.paper or load_settings(uow.session).paper_size
            pages = write_route_sheet(plan, args.out, paper)
            pupils = [pupil for stop in plan.stops for pupil, _name in stop.pupils]
            note_left(uow, Leaving.ROUTE_SHEET, args.out, pupils=pupils)
    finally:
        database.close()
    print(
        translate(
            "cli",
            "Round of class {name} on {day}: {stops}, {collect}, {deliver} to deliver; "
            "route sheet of {pages}: {path}",
        ).format(
            name=plan.class_name,
            day=plan.planned_on.strftime("%d-%m-%Y"),
            stops=counted.houses(len(plan.stops)),
            collect=counted.copies_to_collect(plan.copies_to_collect),
            deliver=plan.copies_to_deliver,
            pages=counted.pages(pages),
            path=args.out,
        )
    )
    return 0


def cmd_round_list(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.pickups.rounds import list_rounds

    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            rows = list_rounds(uow, school.school_year_id)
    finally:
        database.close()
    line = translate("cli", "{day}  {name}: {stops} houses, {visited} visited")
    for row in rows:
        print(
            line.format(
                day=row.planned_on.strftime("%d-%m-%Y"),
                name=row.class_name,
                stops=row.stops,
                visited=row.visited,
            )
        )
    if not rows:
        print(translate("cli", "No rounds planned yet."))
    return 0


def cmd_report_outstanding(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.outstanding_report import write_outstanding_report
    from tomoni_desktop.services.pickups.outstanding import outstanding_report
    from tomoni_desktop.services.roster.files import find_class
    from tomoni_desktop.services.school.register import Leaving

    check_report_pdf(args.out)
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            school_class = find_class(uow, school.school_year_id, args.class_name)
            report = outstanding_report(uow, school_class.id, date.today())
            paper = args.paper or load_settings(uow.session).paper_size
        pages = write_noted(
            database,
            Leaving.OUTSTANDING,
            args.out,
            lambda: write_outstanding_report(report, args.out, paper),
            classes=[school_class.id],
        )
    finally:
        database.close()
    print(
        translate(
            "cli",
            "Class {name}: {count}, {late} past their due date; {pages}: {path}",
        ).format(
            name=report.class_name,
            count=counted.copies_not_back(len(report.rows)),
            late=sum(1 for row in report.rows if row.missing),
            pages=counted.pages(pages),
            path=args.out,
        )
    )
    return 0
