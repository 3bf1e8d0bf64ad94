"""Attendance and families from the command line: the principal's weekly page, letters with
reply slips, a meeting's sign-in sheet and the online lesson schedule."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tomoni_desktop.cli.common import check_report_pdf, counted, open_school, translate, write_noted
from tomoni_desktop.core.unit_of_work import unit_of_work


def add_attendance_reports(kinds) -> None:
    """`tomoni report week`: one page for the principal, per class and per village."""
    from tomoni_desktop.cli.pickups import _day

    week = kinds.add_parser("week", help="the principal's page of a week (default: this week)")
    week.add_argument("--db", type=Path, required=True)
    week.add_argument("--out", type=Path, required=True)
    week.add_argument("--week", type=_day, default=None, help="any day of the week, dd-mm-yyyy")
    week.add_argument("--paper", choices=("A4", "F4"), help="default: the Settings' paper size")
    week.set_defaults(run=cmd_report_week)

    letters = kinds.add_parser(
        "letters", help="letters to families with a reply slip (kept, then printed)"
    )
    letters.add_argument("--db", type=Path, required=True)
    letters.add_argument("--out", type=Path, required=True)
    letters.add_argument("--class", dest="class_name", required=True)
    letters.add_argument("--kind", choices=("absence", "summons", "results"), required=True)
    letters.add_argument(
        "--pupil", action="append", default=[], help="a name or NISN; repeat; default: the class"
    )
    letters.add_argument("--about", type=_day, help="the absence, or the day to come: dd-mm-yyyy")
    letters.add_argument("--note", default="", help="the teacher's own words")
    letters.add_argument("--paper", choices=("A4", "F4"))
    letters.set_defaults(run=cmd_report_letters)

    sign_in = kinds.add_parser("sign-in", help="the sign-in sheet of a class's next meeting")
    sign_in.add_argument("--db", type=Path, required=True)
    sign_in.add_argument("--out", type=Path, required=True)
    sign_in.add_argument("--class", dest="class_name", required=True)
    sign_in.add_argument("--paper", choices=("A4", "F4"))
    sign_in.set_defaults(run=cmd_report_sign_in)

    schedule = kinds.add_parser("schedule", help="the online lessons of the classes, for parents")
    schedule.add_argument("--db", type=Path, required=True)
    schedule.add_argument("--out", type=Path, required=True)
    schedule.add_argument("--class", dest="class_name", help="default: every class")
    schedule.add_argument("--paper", choices=("A4", "F4"))
    schedule.set_defaults(run=cmd_report_schedule)


def cmd_report_week(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.week_page import write_week_page
    from tomoni_desktop.services.school.register import Leaving
    from tomoni_desktop.services.school.week import week_page

    check_report_pdf(args.out)
    today = date.today()
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            page = week_page(uow, school.school_year_id, args.week or today, today)
            paper = args.paper or load_settings(uow.session).paper_size
        pages = write_noted(
            database,
            Leaving.WEEK_PAGE,
            args.out,
            lambda: write_week_page(page, args.out, paper),
            pupils=[],  # figures per class and village, no names
        )
    finally:
        database.close()
    total = page.total
    print(
        translate(
            "cli",
            "Week of {first}: {classes}, {returned}, {overdue} overdue, {absent}, {cases}; "
            "{pages}: {path}",
        ).format(  # each number with its own plural (English: "1 class")
            first=page.first.strftime("%d-%m-%Y"),
            classes=counted.classes(len(page.classes)),
            returned=counted.copies_back(total.returned),
            overdue=total.overdue,
            absent=counted.days_absent(total.absent_days),
            cases=counted.open_cases(total.open_cases),
            pages=counted.pages(pages),
            path=args.out,
        )
    )
    return 0


def _pupils_named(uow, school_year_id, class_id, names: list[str]):
    """The class's pupils by name or NISN (every pupil when none is named)."""
    from tomoni_desktop.services.roster.students import find_pupil, list_students

    if not names:
        return [row.id for row in list_students(uow, school_year_id, class_id)]
    return [find_pupil(uow, school_year_id, name, class_id).id for name in names]


def cmd_report_letters(args: argparse.Namespace) -> int:
    """Kept and printed in one unit of work: no letter is kept without its paper."""
    from tomoni_desktop.core.models import LetterKind
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.letters import write_letters as print_letters
    from tomoni_desktop.services.parents.letters import (
        letters_to_print,
        pupils_of_letters,
        write_letters,
    )
    from tomoni_desktop.services.roster.files import find_class
    from tomoni_desktop.services.school.register import Leaving, note_left

    check_report_pdf(args.out)
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            class_id = find_class(uow, school.school_year_id, args.class_name).id
            written = write_letters(
                uow,
                class_id,
                LetterKind(args.kind),
                _pupils_named(uow, school.school_year_id, class_id, args.pupil),
                date.today(),
                about_on=args.about,
                note=args.note,
            )
            letters = letters_to_print(uow, written)
            paper = args.paper or load_settings(uow.session).paper_size
            pages = print_letters(letters, args.out, paper)
            note_left(uow, Leaving.LETTERS, args.out, pupils=pupils_of_letters(uow, written))
    finally:
        database.close()
    print(
        translate("cli", "{count}, {pages}: {path}").format(
            count=counted.letters(len(letters)),
            pages=counted.pages(pages),
            path=args.out,
        )
    )
    for letter in letters:
        print(f"  {letter.code}  {letter.pupil}")
    return 0


def cmd_report_sign_in(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.meeting_sheets import write_sign_in_sheet
    from tomoni_desktop.services.parents.meetings import meetings_of, sign_in_sheet
    from tomoni_desktop.services.roster.files import find_class
    from tomoni_desktop.services.school.register import Leaving

    check_report_pdf(args.out)
    today = date.today()
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            class_id = find_class(uow, school.school_year_id, args.class_name).id
            coming = [m for m in meetings_of(uow, class_id) if m.held_on >= today]
            if not coming:
                raise TomoniError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Class {name} has no meeting planned: plan one first."
                    ),
                    name=args.class_name,
                )
            sheet = sign_in_sheet(uow, coming[-1].meeting_id)  # the nearest
            paper = args.paper or load_settings(uow.session).paper_size
        pages = write_noted(
            database,
            Leaving.SIGN_IN_SHEET,
            args.out,
            lambda: write_sign_in_sheet(sheet, args.out, paper),
            classes=[class_id],
        )
    finally:
        database.close()
    print(
        translate("cli", "Meeting of {name} on {day}: {families}, {pages}: {path}").format(
            name=sheet.class_name,
            day=sheet.held_on.strftime("%d-%m-%Y"),
            families=counted.families(len(sheet.families)),
            pages=counted.pages(pages),
            path=args.out,
        )
    )
    return 0


def cmd_report_schedule(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.meeting_sheets import write_schedules
    from tomoni_desktop.services.parents.schedule import schedules_to_print
    from tomoni_desktop.services.roster.editing import classes_of_year
    from tomoni_desktop.services.roster.files import find_class
    from tomoni_desktop.services.school.register import Leaving

    check_report_pdf(args.out)
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            if args.class_name:
                class_ids = [find_class(uow, school.school_year_id, args.class_name).id]
            else:
                class_ids = [c for c, _name in classes_of_year(uow, school.school_year_id)]
            schedules = schedules_to_print(uow, school.school_year_id, class_ids, date.today())
            paper = args.paper or load_settings(uow.session).paper_size
        pages = write_noted(
            database,
            Leaving.SCHEDULE,
            args.out,
            lambda: write_schedules(schedules, args.out, paper),
            classes=class_ids,
        )
    finally:
        database.close()
    lessons = sum(len(s.lessons) for s in schedules)
    print(
        translate("cli", "{classes}, {lessons}, {pages}: {path}").format(
            classes=counted.classes(len(schedules)),
            lessons=counted.lessons_a_week(lessons),
            pages=counted.pages(pages),
            path=args.out,
        )
    )
    return 0
