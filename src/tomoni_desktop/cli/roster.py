"""Roster commands: import dapodik, import csv, export roster."""

from __future__ import annotations

import argparse
from pathlib import Path

from tomoni_desktop.cli.common import translate
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError


def add_roster_commands(commands) -> None:
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
        command.add_argument(
            "--overwrite-corrections",
            action="store_true",
            help="let the file overwrite what was corrected by hand since the last import",
        )
        command.set_defaults(run=cmd_import, source=kind)

    packet = commands.add_parser("packet", help="print the paper worksheets of a class as one PDF")
    packet.add_argument("--db", type=Path, required=True)
    packet.add_argument("--class", dest="class_name", required=True)
    packet.add_argument("--worksheet", help="title or id (default: every one out on paper)")
    packet.add_argument("--out", type=Path, required=True)
    packet.add_argument("--paper", choices=("A4", "F4"), help="default: the Settings' paper size")
    packet.add_argument("--new-sheet", action="store_true", help="each pupil starts on a new sheet")
    packet.set_defaults(run=cmd_packet)

    export = commands.add_parser("export", help="write the roster to a file")
    what = export.add_subparsers(dest="export_kind", required=True)
    roster = what.add_parser("roster", help="the pupils, to .csv or .xlsx")
    roster.add_argument("--db", type=Path, required=True)
    roster.add_argument("--out", type=Path, required=True)
    roster.add_argument("--class", dest="class_name")
    roster.set_defaults(run=cmd_export_roster)


def _open(path: Path):
    from tomoni_desktop.core.lifecycle import open_for_use
    from tomoni_desktop.services.school import school_context

    opened = open_for_use(path)
    with opened.database.session() as session:
        school = school_context(session)
    if school is None:
        opened.database.close()
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "This database has no school yet; set it up first.")
        )
    return opened.database, school


def cmd_import(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.roster_apply import apply_import
    from tomoni_desktop.services.roster_files import read_roster_file
    from tomoni_desktop.services.roster_import import RowKind, plan_import

    records = read_roster_file(args.file, args.source)
    database, school = _open(args.db)
    try:
        with database.session() as session:
            plan = plan_import(
                session,
                school.school_year_id,
                records,
                args.source,
                args.file.name,
                args.class_name,
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
            for problem in plan.problems:
                print(
                    translate("cli", "  row {row}, column {column}: {message}").format(
                        row=problem.row,
                        column=problem.column,
                        message=problem.error.translated(translate),
                    )
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
                        "{count} rows have problems; nothing was written. Mend the file, or "
                        "use --skip-problems to import the other rows.",
                    ),
                    count=plan.count(RowKind.PROBLEM),
                )
            result = apply_import(session, plan, overwrite_corrections=args.overwrite_corrections)
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
    from tomoni_desktop.services.roster_files import export_roster

    database, school = _open(args.db)
    try:
        with database.session() as session:
            count = export_roster(session, school.school_year_id, args.out, args.class_name)
    finally:
        database.close()
    print(translate("cli", "{count} pupils written to {path}").format(count=count, path=args.out))
    return 0


def cmd_packet(args: argparse.Namespace) -> int:
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.packet import write_packet
    from tomoni_desktop.services.packets import packet_data
    from tomoni_desktop.services.roster_files import find_class

    if args.out.suffix.lower() != ".pdf":
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "The packet is a PDF: name the file .pdf, not {name}."),
            name=args.out.name,
        )
    database, school = _open(args.db)
    try:
        with database.session() as session:
            school_class = find_class(session, school.school_year_id, args.class_name)
            data = packet_data(session, school_class.id, args.worksheet)
            settings = load_settings(session)
            paper = args.paper or settings.paper_size
    finally:
        database.close()
    result = write_packet(
        data, args.out, paper=paper, new_sheet_per_pupil=args.new_sheet, habits=settings.habit_list
    )
    print(
        translate(
            "cli",
            "Packet for class {name}: {pupils} pupils, {copies} worksheets, {pages} pages, {path}",
        ).format(
            name=data.class_name,
            pupils=result.pupils,
            copies=result.copies,
            pages=result.pages,
            path=args.out,
        )
    )
    return 0
