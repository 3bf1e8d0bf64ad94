"""Roster commands: import dapodik, import csv, export roster."""

from __future__ import annotations

import argparse
from pathlib import Path

from tomoni_desktop.cli.common import open_school, translate
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.unit_of_work import unit_of_work


def add_roster_commands(commands):
    """The import and export commands; returns the export kinds, for other areas'."""
    importing = commands.add_parser("import", help="import pupils from a file")
    kinds = importing.add_subparsers(dest="import_kind", required=True)
    for kind, help_text in (
        ("dapodik", "the Dapodik pupil list (.xlsx)"),
        ("csv", "a CSV file with the columns of the README"),
    ):
        command = kinds.add_parser(kind, help=help_text)
        command.add_argument("file", type=Path)
        command.add_argument("--db", type=Path, required=True)
        command.add_argument("--class", dest="class_name", help="import only this class")
        command.add_argument(
            "--dry-run", action="store_true", help="show the preview, write nothing"
        )
        command.add_argument(
            "--skip-problems",
            action="store_true",
            help="import the good rows, leave problem rows out",
        )
        for flag, meaning in (
            ("--same-child", "the row's NISN belongs to a pupil here: it is that child, corrected"),
            ("--other-child", "the row's NISN belongs to a pupil here: it is another child"),
        ):
            command.add_argument(
                flag, type=int, action="append", default=[], metavar="ROW", help=meaning
            )
        command.add_argument(
            "--overwrite-corrections",
            action="store_true",
            help="let the file overwrite what was corrected by hand since the last import",
        )
        command.set_defaults(run=cmd_import, source=kind)

    export = commands.add_parser("export", help="write the roster to a file")
    what = export.add_subparsers(dest="export_kind", required=True)
    roster = what.add_parser("roster", help="the pupils, to .csv or .xlsx")
    roster.add_argument("--db", type=Path, required=True)
    roster.add_argument("--out", type=Path, required=True)
    roster.add_argument("--class", dest="class_name")
    roster.set_defaults(run=cmd_export_roster)
    pupil = what.add_parser(
        "pupil", help="everything the school holds about one pupil (PDF, and JSON beside it)"
    )
    pupil.add_argument("--db", type=Path, required=True)
    pupil.add_argument("--pupil", required=True, help="the pupil's NISN or full name")
    pupil.add_argument("--out", type=Path, required=True)
    pupil.set_defaults(run=cmd_export_pupil)
    export.description = "write the roster, or a class's grades, to a file"
    return what


def cmd_import(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.roster.applying import apply_import
    from tomoni_desktop.services.roster.files import read_roster_file
    from tomoni_desktop.services.roster.importing import NisnDecision, RowKind, plan_import

    records = read_roster_file(args.file, args.source)
    decisions = {row: NisnDecision.SAME_CHILD for row in args.same_child}
    decisions |= {row: NisnDecision.OTHER_CHILD for row in args.other_child}
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            plan = plan_import(
                uow,
                school.school_year_id,
                records,
                args.source,
                args.file.name,
                args.class_name,
                decisions,
            )
            print(
                translate(
                    "cli",
                    "{file}: {new} new, {updated} updated, {unchanged} unchanged, "
                    "{duplicate} listed twice, {problem} with problems.",
                ).format(
                    file=args.file.name,
                    **{kind.value: plan.count(kind) for kind in RowKind},
                )
            )
            for level, name in plan.new_classes:
                print(
                    translate("cli", "  new class: {name} (level {level})").format(
                        name=name, level=level
                    )
                )
            refused = translate("cli", "  row {row}, column {column}: {message}")
            to_check = translate("cli", "  row {row}, column {column}, check: {message}")
            for line, problem in [(refused, p) for p in plan.problems] + [
                (to_check, w) for row in plan.rows for w in row.warnings
            ]:
                print(
                    line.format(
                        row=problem.row,
                        column=problem.column,
                        message=problem.error.translated(translate),
                    )
                )
            for row in plan.undecided:
                print(
                    translate(
                        "cli",
                        "  row {row}: is this {name}? Import again with --same-child {row} "
                        "or --other-child {row}.",
                    ).format(row=row.record.row, name=row.nisn_owner)
                )
            for row, change in plan.corrections:
                line = (
                    translate(
                        "cli",
                        "  row {row}, {field}: the file's {new} would replace the correction {old}",
                    )
                    if args.overwrite_corrections
                    else translate(
                        "cli",
                        "  row {row}, {field}: the correction {old} is kept (the file says {new})",
                    )
                )
                print(
                    line.format(
                        row=row.record.row, field=change.field, old=change.old, new=change.new
                    )
                )
            if args.dry_run:
                print(translate("cli", "Dry run: nothing was written."))
                return 0
            if plan.count(RowKind.PROBLEM) and not args.skip_problems:
                raise TomoniError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        # the number after a colon: one English form fits 1 and 2
                        "Rows with problems: {count}; nothing was written. Mend the file, or "
                        "use --skip-problems to import the other rows.",
                    ),
                    count=plan.count(RowKind.PROBLEM),
                )
            result = apply_import(uow, plan, overwrite_corrections=args.overwrite_corrections)
    finally:
        database.close()
    print(
        translate(
            "cli",
            "Imported: {new} new, {updated} updated, {unchanged} unchanged, {left_out} left out, "
            "{classes} new classes.",
        ).format(
            new=result.new,
            updated=result.updated,
            unchanged=result.unchanged,
            left_out=result.left_out,
            classes=result.classes_created,
        )
    )
    return 0


def cmd_export_roster(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.roster.files import export_roster

    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            count = export_roster(uow, school.school_year_id, args.out, args.class_name)
    finally:
        database.close()
    print(translate("cli", "{count} pupils written to {path}").format(count=count, path=args.out))
    return 0


def cmd_export_pupil(args: argparse.Namespace) -> int:
    """A parent's request: every record about the child, as PDF and JSON."""
    from datetime import date

    from tomoni_desktop.cli.common import check_report_pdf
    from tomoni_desktop.services.roster.everything import write_everything
    from tomoni_desktop.services.roster.students import find_pupil

    check_report_pdf(args.out)
    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            pupil = find_pupil(uow, school.school_year_id, args.pupil)
            pages = write_everything(uow, pupil.id, args.out, date.today())
    finally:
        database.close()
    print(
        translate("cli", "Everything about {name}: {pages} page(s): {path}, and {json}").format(
            name=pupil.full_name, pages=pages, path=args.out, json=args.out.with_suffix(".json")
        )
    )
    return 0
