"""An office and laptops on disk, joined as a real school would, for the sync tests."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from tomoni_desktop.core.database import Database
from tomoni_desktop.core.unit_of_work import Units, run_unit, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.services.demo.school import build_demo_school
from tomoni_desktop.services.school.database import open_database
from tomoni_desktop.sync.storage import rows_as_carried
from tomoni_desktop.sync.tables import synced_tables

PASSPHRASE = "kebun kakao di tepi sungai"
OFFICE_SERVER: str | None = None  # a PostgreSQL cluster: offices are made there (conftest.py)
_names = itertools.count(1)


def call(database: Database, service, *args, **options):
    """Run one use case in a unit of work of its own, as the GUI's runner and the CLI do."""
    return run_unit(database, lambda uow: service(uow, *args, **options)).result


def open_school(path: Path) -> Database:
    return open_database(path, create=True).database


def make_office(
    folder: Path,
    students: int = 12,
    worksheets: bool = False,
    attendance: bool = False,
    seed: int = 3,
    npsn: str | None = None,  # another NPSN: another school (its id is made from it)
    name: str | None = None,
) -> Database:
    database = _office_database(folder)
    with unit_of_work(database) as uow:
        build_demo_school(
            uow,
            students=students,
            seed=seed,
            today=date(2026, 9, 15),
            worksheets=worksheets,
            attendance=attendance,
            **({"npsn": npsn} if npsn else {}),
            **({"name": name} if name else {}),
        )
    call(database, sync.make_office, PASSPHRASE)
    return database


def _office_database(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)  # join files and sticks are written there
    if OFFICE_SERVER is None:
        return open_school(folder / "kantor.sqlite3")
    from tests.hub.postgres import new_database
    from tomoni_desktop.services.school.database import open_server_database

    return open_server_database(new_database(OFFICE_SERVER)).database


def make_laptop(office: Database, folder: Path, name: str | None = None) -> Database:
    name = name or f"Laptop {next(_names)}"
    join_file = folder / f"{name}.tomoni-join"
    call(office, sync.invite_laptop, join_file, PASSPHRASE, name)
    database = open_school(folder / f"{name}.sqlite3")
    call(database, sync.join_school, join_file, PASSPHRASE)
    return database


def send(source: Database, target: Database, folder: Path, **options) -> sync.ImportResult:
    """Export from `source` (for its default reader unless told) and import at `target`."""
    folder.mkdir(parents=True, exist_ok=True)
    result = sync.export_bundle(Units(source), to=folder, **options)
    return call(target, sync.import_bundle, result.path)


def every_row(database: Database):
    """Stamp what `database` has written, then (its identity, the manifest, every bundle row)
    of a full export, as rows to spoil or rewrite before they are signed."""
    from tomoni_desktop.sync import protocol
    from tomoni_desktop.sync.identity import load_identity
    from tomoni_desktop.sync.stamp import stamp

    with database.engine.begin() as connection:
        stamp(connection)
        identity = load_identity(connection)
        assert identity is not None
        manifest, rows = protocol.export_payload(connection, identity, None, full=True)
        return identity, manifest, list(rows)


def dump(database: Database) -> dict[str, list[tuple]]:
    """Every synced row, with its values as sync carries them: two databases that show the
    same data dump equal (a hub's PostgreSQL as well as a laptop's SQLite)."""
    with database.engine.connect() as connection:
        return {name: rows_as_carried(connection, name) for name in synced_tables()}
