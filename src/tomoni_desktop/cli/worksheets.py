"""Worksheet commands: the packet of a class's paper worksheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from tomoni_desktop.cli.common import counted, open_school, translate
from tomoni_desktop.core.unit_of_work import unit_of_work


def add_worksheet_commands(commands) -> None:
    packet = commands.add_parser("packet", help="print the paper worksheets of a class as one PDF")
    packet.add_argument("--db", type=Path, required=True)
    packet.add_argument("--class", dest="class_name", required=True)
    packet.add_argument("--worksheet", help="title or id (default: every one out on paper)")
    packet.add_argument("--out", type=Path, required=True)
    packet.add_argument("--paper", choices=("A4", "F4"), help="default: the Settings' paper size")
    packet.add_argument("--new-sheet", action="store_true", help="each pupil starts on a new sheet")
    packet.add_argument(
        "--with-letters",
        action="store_true",
        help="the letters still waiting for a reply from these families follow the packet",
    )
    packet.set_defaults(run=cmd_packet)


def cmd_packet(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.roster.files import find_class
    from tomoni_desktop.services.school.register import Leaving, note_left
    from tomoni_desktop.services.worksheets.packets import make_packet

    database, school = open_school(args.db)
    try:
        with unit_of_work(database) as uow:
            school_class = find_class(uow, school.school_year_id, args.class_name)
            result = make_packet(
                uow,
                school_class.id,
                args.out,
                worksheet=args.worksheet,
                paper=args.paper,
                new_sheet_per_pupil=args.new_sheet,
                with_letters=args.with_letters,
            )
            note_left(uow, Leaving.PACKET, args.out, classes=[school_class.id])
    finally:
        database.close()
    print(
        translate(
            "cli",
            "Packet for class {name}: {pupils}, {copies}, {pages}, {path}",
        ).format(
            name=school_class.name,
            pupils=counted.pupils(result.pupils),
            copies=counted.worksheets(result.copies),
            pages=counted.pages(result.pages),
            path=args.out,
        )
    )
    if result.letters:
        print(
            translate("cli", "With {count} letters to the same families.").format(
                count=result.letters
            )
        )
    return 0
