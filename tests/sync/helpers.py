"""An office and laptops on disk, joined as a real school would, for the sync tests."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from tomoni_desktop.core.database import Database
from tomoni_desktop.core.lifecycle import open_for_use
from tomoni_desktop.services import sync
from tomoni_desktop.services.demo import build_demo_school
from tomoni_desktop.sync.tables import synced_tables

PASSPHRASE = "kebun kakao di tepi sungai"
_names = itertools.count(1)


def open_school(path: Path) -> Database:
    return open_for_use(path, create=True).database


def make_office(folder: Path, students: int = 12, worksheets: bool = False) -> Database:
    database = open_school(folder / "kantor.sqlite3")
    with database.session() as session:
        build_demo_school(
            session, students=students, seed=3, today=date(2026, 9, 15), worksheets=worksheets
        )
    sync.make_office(database, PASSPHRASE)
    return database


def make_laptop(office: Database, folder: Path, name: str | None = None) -> Database:
    name = name or f"Laptop {next(_names)}"
    join_file = folder / f"{name}.tomoni-join"
    sync.invite_laptop(office, join_file, PASSPHRASE, name)
    database = open_school(folder / f"{name}.sqlite3")
    sync.join_school(database, join_file, PASSPHRASE)
    return database


def send(source: Database, target: Database, folder: Path, **options) -> sync.ImportResult:
    """Export from `source` (for its default reader unless told) and import at `target`."""
    folder.mkdir(parents=True, exist_ok=True)
    result = sync.export_bundle(source, to=folder, **options)
    return sync.import_bundle(target, result.path)


def dump(database: Database) -> dict[str, list[tuple]]:
    """Every synced row, as stored: two databases that show the same data dump equal."""
    out = {}
    with database.engine.connect() as connection:
        for name, table in synced_tables().items():
            columns = ", ".join(f'"{c}"' for c in table.columns)
            out[name] = connection.exec_driver_sql(
                f'SELECT {columns} FROM "{name}" ORDER BY id'
            ).fetchall()
    return out
