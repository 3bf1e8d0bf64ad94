"""Sync commands: init-school, invite, join, revoke, laptops, export, import, push, pull;
and the hub (serve)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tomoni_desktop.cli.common import open_signed_in, read_passphrase, translate
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.postgres import is_server_url
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.sync.lan import DEFAULT_PORT  # light: the rest is imported when used


def add_sync_commands(commands) -> None:
    sync = commands.add_parser("sync", help="exchange data between laptops and the office")
    actions = sync.add_subparsers(dest="sync_command", required=True)

    def command(name: str, help_text: str, run, database_help: str = "the database"):
        parser = actions.add_parser(name, help=help_text)
        parser.add_argument("--db", type=database_location, required=True, help=database_help)
        parser.set_defaults(run=run)
        return parser

    passphrase_help = "a file whose first line is the school passphrase (else it is asked)"
    init = command("init-school", "make this computer the office: the school's keys", cmd_init)
    init.add_argument("--passphrase-file", type=Path, help=passphrase_help)
    invite = command("invite", "write a join file for a laptop", cmd_invite, "the office's")
    invite.add_argument("--out", type=Path, required=True)
    invite.add_argument("--name", help="the laptop's name, such as its owner's")
    invite.add_argument("--passphrase-file", type=Path, help=passphrase_help)
    join = command("join", "join the school with a join file", cmd_join, "made if missing")
    join.add_argument("file", type=Path)
    join.add_argument("--passphrase-file", type=Path, help=passphrase_help)
    revoke = command("revoke", "remove a laptop from the school for good", cmd_revoke)
    revoke.add_argument("node", help="the laptop's id (or its start) or its name")
    command("laptops", "list the laptops this computer knows", cmd_laptops)
    export = command("export", "write a sync bundle", cmd_export)
    export.add_argument("--to", type=Path, required=True, help="a file, or a folder (a stick)")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--for", dest="for_member", help="the laptop it is for (default: office)")
    which.add_argument("--full", action="store_true", help="everything, not only what is new")
    importing = command("import", "read sync bundles", cmd_import)
    importing.add_argument("files", type=Path, nargs="+")
    importing.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    hub_help = "the hub's address, such as http://192.168.1.10:8750"
    push = command("push", "send the school's hub what it lacks, over the LAN", cmd_push)
    push.add_argument("--hub", required=True, help=hub_help)
    pull = command("pull", "take from the school's hub what this laptop lacks", cmd_pull)
    pull.add_argument("--hub", required=True, help=hub_help)


DEFAULT_LISTEN = f"0.0.0.0:{DEFAULT_PORT}"


def add_hub_commands(commands) -> None:
    hub = commands.add_parser("hub", help="the school's hub: laptops sync with it over the LAN")
    actions = hub.add_subparsers(dest="hub_command", required=True)
    serve = actions.add_parser("serve", help="serve the office's database to the laptops")
    serve.add_argument(
        "--db",
        type=database_location,
        required=True,
        help="the office's database, or a PostgreSQL hub's (postgresql://user@host/name)",
    )
    serve.add_argument("--listen", default=DEFAULT_LISTEN, help="HOST:PORT (default %(default)s)")
    serve.add_argument(
        "--district", action="store_true", help="a district's database: every school it holds"
    )
    serve.set_defaults(run=cmd_hub_serve)
    district_help = "the district's PostgreSQL database (postgresql://user@host/name)"
    add = actions.add_parser("add-school", help="give a school its place in a district hub")
    add.add_argument("--db", required=True, help=district_help)
    add.add_argument("file", type=Path, help="the join file the school's office made for it")
    add.add_argument("--passphrase-file", type=Path, help="the school's passphrase, in a file")
    add.set_defaults(run=cmd_hub_add_school)
    report = actions.add_parser("report", help="the district's figures, school by school")
    report.add_argument("--db", required=True, help=district_help)
    report.add_argument("--out", type=Path, help="also write them as a PDF")
    report.set_defaults(run=cmd_hub_report)


def _passphrase(path: Path | None, confirm: bool = False) -> str:
    return read_passphrase(path, translate("cli", "School passphrase: "), confirm)


def database_location(text: str) -> Path | str:
    """A database file's path, or a PostgreSQL server's URL (a hub's database)."""
    return text if is_server_url(text) else Path(text)


def _open(location: Path | str, create: bool = False):
    if isinstance(location, str):  # a hub's: no profiles sign in on a server
        from tomoni_desktop.services.school.database import open_server_database

        return open_server_database(location).database
    return open_signed_in(location, create=create)


def cmd_init(args: argparse.Namespace) -> int:
    from tomoni_desktop.services import sync

    database = _open(args.db)
    try:
        passphrase = _passphrase(args.passphrase_file, confirm=True)
        with unit_of_work(database) as uow:
            identity = sync.make_office(uow, passphrase)
    finally:
        database.close()
    print(
        translate("cli", "This computer is now the office of {school}.").format(
            school=identity.school_name
        )
    )
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    from tomoni_desktop.services import sync

    database = _open(args.db)
    try:
        name = args.name or args.out.stem
        passphrase = _passphrase(args.passphrase_file)
        with unit_of_work(database) as uow:
            member = sync.invite_laptop(uow, args.out, passphrase, name)
    finally:
        database.close()
    print(
        translate("cli", "Join file for {name} ({id}) written to {path}.").format(
            name=name, id=member[:8], path=args.out
        )
    )
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from tomoni_desktop.services import sync

    database = _open(args.db, create=True)
    try:
        passphrase = _passphrase(args.passphrase_file)
        with unit_of_work(database) as uow:
            identity = sync.join_school(uow, args.file, passphrase)
    finally:
        database.close()
    print(
        translate("cli", "This laptop ({name}) has joined {school}.").format(
            name=identity.name, school=identity.school_name
        )
    )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from tomoni_desktop.services import sync

    database = _open(args.db)
    try:
        with unit_of_work(database) as uow:
            peer = sync.revoke_laptop(uow, args.node)
    finally:
        database.close()
    print(
        translate(
            "cli", "{name} ({id}) is removed; its new bundles will be refused everywhere."
        ).format(name=peer.name, id=peer.member_id[:8])
    )
    return 0


def cmd_laptops(args: argparse.Namespace) -> int:
    from tomoni_desktop.services import sync

    database = _open(args.db)
    try:
        with unit_of_work(database) as uow:
            peers = sync.list_peers(uow)
    finally:
        database.close()
    for peer in peers:
        state = translate("cli", "removed") if peer.removed else ""
        name = peer.name or translate("cli", "the office")
        print(f"{peer.member_id[:8]}  {name:<30} {peer.role:<7} {peer.last_bundle_at} {state}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tomoni_desktop.services import sync

    database = _open(args.db)
    try:
        member = None
        if args.for_member:
            with unit_of_work(database) as uow:
                member = sync.find_peer(uow, args.for_member).member_id
        result = sync.export_bundle(Units(database), to=args.to, for_member=member, full=args.full)
    finally:
        database.close()
    print(
        translate("cli", "{rows} rows written to {path} ({size} KB).").format(
            rows=result.rows, path=result.path, size=max(1, result.size // 1024)
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from tomoni_desktop.services import sync

    database = _open(args.db)
    try:
        results = sync.import_bundles(Units(database), list(args.files), dry_run=args.dry_run)
    finally:
        database.close()
    refused = 0
    for path, result in zip(args.files, results, strict=True):
        if isinstance(result, TomoniError):
            refused += 1
            print(result.translated(translate), file=sys.stderr)
        else:
            _say_imported(path.name, result, args.dry_run)
    return 1 if refused else 0


def _say_imported(name: str, result, dry_run: bool = False) -> None:
    if result.already:
        print(translate("cli", "{name} was imported before; nothing to do.").format(name=name))
        return
    report = result.report
    line = translate(
        "cli",
        "{name} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, "
        "{conflicts} conflicts.",
    ).format(
        name=name,
        sender=result.sender or translate("cli", "the office"),
        new=report.new,
        updated=report.updated,
        unchanged=report.unchanged,
        conflicts=report.conflicts,
    )
    if dry_run:
        line += " " + translate("cli", "(dry run: nothing was written)")
    print(line)


def cmd_push(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.sync.network import push_to_hub

    database = _open(args.db)
    try:
        pushed = push_to_hub(Units(database), args.hub)
    finally:
        database.close()
    print(translate("cli", "{rows} rows sent to {url}.").format(rows=pushed.rows, url=args.hub))
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.sync.network import pull_from_hub

    database = _open(args.db)
    try:
        pulled = pull_from_hub(Units(database), args.hub)
    finally:
        database.close()
    report = pulled.report
    print(
        translate(
            "cli",
            "From the hub at {url}: {new} new, {updated} updated, {unchanged} unchanged, "
            "{conflicts} conflicts.",
        ).format(
            url=args.hub,
            new=report.new,
            updated=report.updated,
            unchanged=report.unchanged,
            conflicts=report.conflicts,
        )
    )
    return 0


def cmd_hub_serve(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.sync.network import hub_server

    host, _, port = args.listen.rpartition(":")
    if not host or not port.isdigit():
        print(
            translate("cli", "--listen takes HOST:PORT, such as {example}.").format(
                example=DEFAULT_LISTEN
            ),
            file=sys.stderr,
        )
        return 2
    if args.district:
        from tomoni_desktop.services.sync.district import DistrictHub
        from tomoni_desktop.services.sync.network import serve

        if not isinstance(args.db, str):
            raise TomoniError(
                QT_TRANSLATE_NOOP("errors", "--district takes a PostgreSQL database's address.")
            )
        district = DistrictHub(args.db)
        try:
            _serve(serve(district, host, int(port)), host)
        finally:
            district.close()
        return 0
    database = _open(args.db)
    try:
        _serve(hub_server(Units(database), host, int(port)), host)
    finally:
        database.close()
    return 0


def _serve(server, host: str) -> None:
    print(
        translate("cli", "Serving the school's hub at http://{host}:{port} (Ctrl+C stops).").format(
            host=host, port=server.effective_port
        ),
        flush=True,
    )
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def cmd_hub_add_school(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.sync.district import add_school

    added = add_school(args.db, args.file, _passphrase(args.passphrase_file))
    print(
        translate("cli", "{school} now syncs through this district hub.").format(
            school=added.school_name
        )
    )
    return 0


def cmd_hub_report(args: argparse.Namespace) -> int:
    from tomoni_desktop.services.sync.district import district_report

    figures = district_report(args.db)
    heads = [
        translate("cli", "School"),
        translate("cli", "Pupils"),
        translate("cli", "Worksheets out"),
        translate("cli", "Returned"),
        translate("cli", "Home visits"),
        "S",
        "I",
        "A",
        translate("cli", "Average score"),
    ]
    lines = [
        [
            f.name,
            str(f.pupils),
            str(f.copies_out),
            "-" if f.returned_share is None else f"{f.copies_back} ({f.returned_share:.0%})",
            str(f.visits),
            str(f.sick),
            str(f.excused),
            str(f.absent),
            "-" if f.average_score is None else f"{f.average_score:.1f}",
        ]
        for f in figures
    ]
    widths = [max(len(row[i]) for row in [heads, *lines]) for i in range(len(heads))]
    for row in [heads, *lines]:
        print(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    if args.out is not None:
        from tomoni_desktop.reports.district_report import write_district_report

        write_district_report(figures, args.out)
        print(translate("cli", "Written to {path}.").format(path=args.out))
    return 0
