"""Grade reports from the command line: the pupils' progress reports and the leger."""

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
from tomoni_desktop.core.unit_of_work import unit_of_work


def add_grade_commands(commands) -> None:
    """`tomoni grades export|import`: a class's grades in one subject, through Excel."""
    grades = commands.add_parser("grades", help="a class's grades in a subject, to and from Excel")
    what = grades.add_subparsers(dest="grades_command", required=True)
    export = what.add_parser("export", help="write the grades to an .xlsx to fill in")
    importing = what.add_parser("import", help="read the grades back (all of them, or none)")
    for parser in (export, importing):
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--class", dest="class_name", required=True)
        parser.add_argument("--subject", required=True, help='e.g. "Matematika" or "MTK"')
    export.add_argument("--out", type=Path, required=True)
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="say what would change")
    export.set_defaults(run=cmd_grades_export)
    importing.set_defaults(run=cmd_grades_import)


def _class_and_subject(uow, school, args):
    from sqlalchemy import func, select

    from tomoni_desktop.core.models import Subject
    from tomoni_desktop.services.roster.files import find_class

    school_class = find_class(uow, school.school_year_id, args.class_name)
    wanted = args.subject.strip().casefold()
    subject = uow.session.scalars(
        select(Subject).where(
            Subject.school_id == school.school_id,
            (func.lower(Subject.name) == wanted) | (func.lower(Subject.short_name) == wanted),
        )
    ).first()
    if subject is None:
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "The school has no subject called {name}."),
            name=args.subject,
        )
    return school_class, subject


def cmd_grades_export(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.grades.exchange import export_grade_sheet

    check_suffix(
        args.out,
        ".xlsx",
        QT_TRANSLATE_NOOP("errors", "Grades go to an Excel file: name it .xlsx, not {name}."),
    )
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            school_class, subject = _class_and_subject(uow, school, args)
            written = export_grade_sheet(
                uow, school_class.id, subject.id, school.semester_id, args.out
            )
    finally:
        database.close()
    print(
        translate("cli", "{pupils} x {assessments} written: {path}").format(
            pupils=counted.pupils(written.pupils),
            assessments=counted.assessments(written.assessments),
            path=args.out,
        )
    )
    return 0


def cmd_grades_import(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.grades.exchange import import_grade_sheet

    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            school_class, subject = _class_and_subject(uow, school, args)
            changes = import_grade_sheet(
                uow,
                school_class.id,
                subject.id,
                school.semester_id,
                args.file,
                dry_run=args.dry_run,
            )
    finally:
        database.close()
    for change in changes:
        print(
            f"{change.pupil} · {change.assessment}: {change.before or '-'} → {change.after or '-'}"
        )
    print(
        (
            translate("cli", "Dry run: {count} results would change; nothing was written.")
            if args.dry_run
            else translate("cli", "{count} results changed.")
        ).format(count=len(changes))
    )
    return 0


def add_grade_reports(kinds, exports) -> None:
    progress = kinds.add_parser(
        "progress", help="a class's progress reports for parents (one sheet a pupil)"
    )
    leger = kinds.add_parser("leger", help="the leger nilai of a class, or of every class")
    missing = kinds.add_parser(
        "missing", help="a class's missing scores per subject, to chase before the reports"
    )
    for parser in (progress, leger, missing):
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--out", type=Path, required=True)
        parser.add_argument("--paper", choices=("A4", "F4"), help="default: the Settings' paper")
    progress.add_argument("--class", dest="class_name", required=True)
    missing.add_argument("--class", dest="class_name", required=True)
    missing.set_defaults(run=cmd_report_missing)
    leger.add_argument("--class", dest="class_name", help="default: every class of the year")
    progress.set_defaults(run=cmd_report_progress)
    leger.set_defaults(run=cmd_report_leger)
    erapor = exports.add_parser(
        "erapor", help="a class's final scores and descriptions for e-Rapor (.xlsx)"
    )
    erapor.add_argument("--db", type=Path, required=True)
    erapor.add_argument("--class", dest="class_name", required=True)
    erapor.add_argument("--out", type=Path, required=True)
    erapor.set_defaults(run=cmd_export_erapor)


def cmd_export_erapor(args: argparse.Namespace) -> int:
    from tomoni_desktop.reports.erapor import write_erapor
    from tomoni_desktop.services.school.register import Leaving

    check_suffix(
        args.out,
        ".xlsx",
        QT_TRANSLATE_NOOP("errors", "e-Rapor reads Excel files: name the file .xlsx, not {name}."),
    )
    [report], sheets = _reports(
        args, False, Leaving.ERAPOR, lambda reports, _paper: write_erapor(reports[0], args.out)
    )
    missing = sum(1 for p in report.pupils for r in p.results if r.score is None)
    print(
        translate(
            "cli",
            "Class {name}: {subjects} for e-Rapor ({sheets}), {missing}: {path}",
        ).format(
            name=report.class_name,
            subjects=counted.subjects(len(report.subjects)),
            sheets=counted.sheets(sheets),
            missing=counted.missing_final_scores(missing),
            path=args.out,
        )
    )
    return 0


def _reports(args: argparse.Namespace, every_class: bool, kind, write):
    """`write(reports, paper)` of the class reports asked for, noted in the register."""
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.services.grades.reports import class_reports
    from tomoni_desktop.services.roster.editing import classes_of_year
    from tomoni_desktop.services.roster.files import find_class

    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            if args.class_name or not every_class:
                class_ids = [find_class(uow, school.school_year_id, args.class_name).id]
            else:
                class_ids = [
                    class_id for class_id, _n in classes_of_year(uow, school.school_year_id)
                ]
            reports = class_reports(uow, class_ids, school.semester_id, date.today())
            paper = getattr(args, "paper", None) or load_settings(uow.session).paper_size
        written = write_noted(
            database, kind, args.out, lambda: write(reports, paper), classes=class_ids
        )
    finally:
        database.close()
    return reports, written


def cmd_report_progress(args: argparse.Namespace) -> int:
    from tomoni_desktop.reports.progress_report import write_progress_reports
    from tomoni_desktop.services.school.register import Leaving

    check_report_pdf(args.out)
    [report], pages = _reports(
        args,
        False,
        Leaving.PROGRESS_REPORTS,
        lambda reports, paper: write_progress_reports(reports[0], args.out, paper),
    )
    missing = sum(1 for p in report.pupils for r in p.results if r.score is None)
    print(
        translate(
            "cli",
            "Class {name}: progress reports of {pupils}, {pages}, {missing}: {path}",
        ).format(
            name=report.class_name,
            pupils=counted.pupils(len(report.pupils)),
            pages=counted.pages(pages),
            missing=counted.missing_final_scores(missing),
            path=args.out,
        )
    )
    return 0


def cmd_report_missing(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.missing_report import write_missing_report
    from tomoni_desktop.services.grades.recap import missing_report
    from tomoni_desktop.services.roster.files import find_class
    from tomoni_desktop.services.school.register import Leaving

    check_report_pdf(args.out)
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            school_class = find_class(uow, school.school_year_id, args.class_name)
            report = missing_report(uow, school_class.id, school.semester_id, date.today())
            paper = args.paper or load_settings(uow.session).paper_size
        pages = write_noted(
            database,
            Leaving.MISSING_SCORES,
            args.out,
            lambda: write_missing_report(report, args.out, paper),
            classes=[school_class.id],
        )
    finally:
        database.close()
    print(
        translate("cli", "Class {name}: {count}, {pages}: {path}").format(
            name=report.class_name,
            count=counted.missing_or_hand_set(len(report.lines)),
            pages=counted.pages(pages),
            path=args.out,
        )
    )
    return 0


def cmd_report_leger(args: argparse.Namespace) -> int:
    from tomoni_desktop.reports.leger import write_leger
    from tomoni_desktop.services.school.register import Leaving

    check_report_pdf(args.out)
    reports, pages = _reports(
        args, True, Leaving.LEGER, lambda found, paper: write_leger(found, args.out, paper)
    )
    print(
        translate("cli", "Leger of {classes}, {pages}: {path}").format(
            classes=counted.classes(len(reports)),
            pages=counted.pages(pages),
            path=args.out,
        )
    )
    return 0
