"""Attendance from the command line: the principal's weekly page."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tomoni_desktop.cli.common import check_report_pdf, open_school, translate
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


def cmd_report_week(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.week_page import write_week_page
    from tomoni_desktop.services.school.week import week_page

    check_report_pdf(args.out)
    today = date.today()
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            page = week_page(uow, school.school_year_id, args.week or today, today)
            paper = args.paper or load_settings(uow.session).paper_size
    finally:
        database.close()
    pages = write_week_page(page, args.out, paper)
    total = page.total
    print(
        translate(
            "cli",
            "Week of {first}: {classes} classes, {returned} copies back, {overdue} overdue, "
            "{absent} days absent, {cases} open cases; {pages} page(s): {path}",
        ).format(
            first=page.first.strftime("%d-%m-%Y"),
            classes=len(page.classes),
            returned=total.returned,
            overdue=total.overdue,
            absent=total.absent_days,
            cases=total.open_cases,
            pages=pages,
            path=args.out,
        )
    )
    return 0
