"""A district hub: one PostgreSQL database holding many schools, each in a schema of its own
named by its school id (docs/scaling.md).

A school's schema is a whole school database (the same tables, migrations, capture and
sync), reached through the district's URL with its `search_path`; the hub joins each
school with that school's join file, as a laptop would, so each school's data stays
sealed to its own keys. Laptops of every school sync with one address: the district
server reads which school a request claims from its certificate and hands it to that
school's hub, which checks the signature against the school's office key. The district's
report reads every school's schema.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tomoni_desktop.core.database import Database
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.postgres import with_schema
from tomoni_desktop.core.unit_of_work import Units, run_unit
from tomoni_desktop.reports.district_report import SchoolFigures
from tomoni_desktop.services import sync
from tomoni_desktop.services.school.database import open_server_database
from tomoni_desktop.services.sync.network import Hub, answer, request_headers
from tomoni_desktop.sync import keys
from tomoni_desktop.sync.lan import claimed_school

SCHEMA_PREFIX = "school_"
LOOK_AGAIN_S = 10.0  # how often the schools are listed again for a school not known yet


class DistrictError(TomoniError):
    """The district's database cannot do what was asked; nothing was changed."""


def schema_of(school_id: str) -> str:
    """A school's schema: its id's 32 hex digits (a name PostgreSQL takes unquoted)."""
    return SCHEMA_PREFIX + uuid.UUID(school_id).hex


def school_url(district: str, school_id: str) -> str:
    return with_schema(district, schema_of(school_id))


def _district_engine(district: str):
    from tomoni_desktop.core.postgres import make_server_engine

    return make_server_engine(district)


def district_schools(district: str) -> list[str]:
    """The ids of the schools the district holds (those whose schema has been made)."""
    engine = _district_engine(district)
    try:
        with engine.connect() as connection:
            return _school_ids(connection)
    finally:
        engine.dispose()


def _school_ids(connection) -> list[str]:
    names = connection.exec_driver_sql(
        "SELECT schema_name FROM information_schema.schemata "
        "WHERE schema_name LIKE ? ORDER BY schema_name",
        (SCHEMA_PREFIX + "%",),
    ).scalars()
    return [str(uuid.UUID(name[len(SCHEMA_PREFIX) :])) for name in names]


@dataclass(frozen=True)
class AddedSchool:
    school_id: str
    school_name: str
    schema: str


def add_school(district: str, join_file: Path, passphrase: str) -> AddedSchool:
    """Give a school its schema in the district and join it with the school's join file
    (made by that school's office for the district hub). A wrong passphrase or file is
    refused before anything is made."""
    secrets = keys.read_join_file(join_file, passphrase)
    schema = schema_of(secrets.school_id)
    if secrets.school_id in district_schools(district):
        raise DistrictError(
            QT_TRANSLATE_NOOP("errors", "{school} is already in this district hub."),
            school=secrets.school_name,
        )
    engine = _district_engine(district)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    finally:
        engine.dispose()
    database = open_server_database(school_url(district, secrets.school_id)).database
    try:
        run_unit(database, lambda uow: sync.join_school(uow, join_file, passphrase))
    finally:
        database.close()
    return AddedSchool(secrets.school_id, secrets.school_name, schema)


class DistrictHub:
    """The WSGI application of a district hub: each request goes to the hub of the school
    its certificate names; a school the district does not hold is refused as a stranger."""

    def __init__(self, district: str) -> None:
        self.district = district
        self.lock = threading.Lock()
        self.hubs: dict[str, Hub] = {}
        self.databases: list[Database] = []
        self.schools = set(district_schools(district))
        self.looked_at = time.monotonic()
        if not self.schools:
            raise DistrictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The district database holds no school yet: add one with "
                    "`tomoni hub add-school` first.",
                )
            )

    def _hub(self, school_id: str) -> Hub | None:
        with self.lock:  # each school's database is opened (and migrated) once
            hub = self.hubs.get(school_id)
            if hub is not None:
                return hub
            # a school added while serving is found; a stranger asks the server at most so often
            if school_id not in self.schools and time.monotonic() - self.looked_at > LOOK_AGAIN_S:
                self.schools = set(district_schools(self.district))
                self.looked_at = time.monotonic()
            if school_id not in self.schools:
                return None
            # one connection kept a school: a district's many schools stay inside the
            # server's max_connections (a school's hub works on one bundle at a time)
            url = school_url(self.district, school_id)
            database = open_server_database(url, connections=1).database
            self.databases.append(database)
            hub = self.hubs[school_id] = Hub(Units(database))
            return hub

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        school_id = claimed_school(request_headers(environ))
        hub = self._hub(school_id) if school_id else None
        if hub is None:
            return answer(start_response, "401 Unauthorized", {"refused": "stranger"})
        return hub(environ, start_response)

    def close(self) -> None:
        for database in self.databases:
            database.close()


# ---------------------------------------------------------------- the district's report


FIGURES = """
SELECT
  COALESCE(
    (SELECT name FROM {s}.schools WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1),
    -- before the school's first bundle: the name its join file gave
    (SELECT value::json ->> 'school_name' FROM {s}.local_settings
       WHERE key = 'sync_identity' AND value LIKE '{{%'),
    ''),
  (SELECT count(*) FROM {s}.students WHERE deleted_at IS NULL AND left_on IS NULL
     AND merged_into_id IS NULL),
  (SELECT count(*) FROM {s}.worksheet_copies WHERE deleted_at IS NULL),
  (SELECT count(DISTINCT copy_id) FROM {s}.copy_returns WHERE deleted_at IS NULL),
  (SELECT count(*) FROM {s}.visit_outcomes WHERE deleted_at IS NULL),
  (SELECT count(*) FILTER (WHERE mark = 'S') FROM {s}.attendance_entries
     WHERE deleted_at IS NULL),
  (SELECT count(*) FILTER (WHERE mark = 'I') FROM {s}.attendance_entries
     WHERE deleted_at IS NULL),
  (SELECT count(*) FILTER (WHERE mark = 'A') FROM {s}.attendance_entries
     WHERE deleted_at IS NULL),
  (SELECT count(score) FROM {s}.assessment_results WHERE deleted_at IS NULL),
  (SELECT avg(score)::float FROM {s}.assessment_results WHERE deleted_at IS NULL)
"""


def district_report(district: str) -> list[SchoolFigures]:
    """Every school's figures, read from its own schema, by school name."""
    engine = _district_engine(district)
    found = []
    try:
        with engine.connect() as connection:
            for school_id in _school_ids(connection):
                row = connection.exec_driver_sql(FIGURES.format(s=schema_of(school_id))).one()
                name, pupils, out, back, visits, sick, excused, absent, scores, average = row
                found.append(
                    SchoolFigures(
                        school_id,
                        name or "",
                        pupils,
                        out,
                        back,
                        visits,
                        sick,
                        excused,
                        absent,
                        scores,
                        average,
                    )
                )
    finally:
        engine.dispose()
    return sorted(found, key=lambda figures: figures.name)
