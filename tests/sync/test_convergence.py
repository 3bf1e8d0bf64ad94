"""Property 1 (convergence) and 2 (idempotence) of design/sync.md, as a Hypothesis test.

Four real databases (the office and three laptops, joined with real keys) take random edits,
deletes, new pupils and grade entries, and exchange random bundles — full or incremental,
for the right reader or the wrong one — delivered late, twice, out of order, or never. After
everyone has finally seen everything, all four hold the same rows and the same field states.
The payloads go through JSON exactly as in a bundle; the encryption is tested in
test_bundle.py. TOMONI_SYNC_SCHEDULES sets how many schedules run (500 by default).
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.helpers import dump, make_laptop, make_office, send
from tomoni_desktop.core.database import Database
from tomoni_desktop.sync import identity as members
from tomoni_desktop.sync import protocol
from tomoni_desktop.sync.packing import read_stored
from tomoni_desktop.sync.stamp import stamp
from tomoni_desktop.sync.tables import synced_tables

NODES = 4
SCHEDULES = int(os.environ.get("TOMONI_SYNC_SCHEDULES", "500"))
FIELDS = ("village", "notes", "full_name")
VALUES = ("Mahalona", "Pasi-pasi", "Lera", "Bue", "Wawondula")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """An office and three laptops that have each received the school once."""
    folder = tmp_path_factory.mktemp("school")
    office = make_office(folder, students=6, worksheets=True)
    laptops = [make_laptop(office, folder, f"Laptop {n}") for n in range(1, NODES)]
    for laptop in laptops:
        send(office, laptop, folder / "stick")
    for database in (office, *laptops):
        database.close()
    return folder


class School:
    def __init__(self, template: Path, folder: Path) -> None:
        shutil.copytree(
            template, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("stick")
        )
        names = ["kantor", *(f"Laptop {n}" for n in range(1, NODES))]
        self.nodes = [Database.open(folder / f"{name}.sqlite3") for name in names]
        self.identities = []
        for database in self.nodes:
            with database.engine.connect() as connection:
                self.identities.append(members.load_identity(connection))
        with self.nodes[0].engine.connect() as connection:
            self.students = [
                r[0] for r in connection.exec_driver_sql("SELECT id FROM students ORDER BY id")
            ]
            self.copies = [
                r[0]
                for r in connection.exec_driver_sql("SELECT id FROM worksheet_copies ORDER BY id")
            ]
            self.school = connection.exec_driver_sql("SELECT id FROM schools").scalar()
        self.bundles: list[str] = []

    def close(self) -> None:
        for database in self.nodes:
            database.close()

    def write(self, node: int, sql: str, *args) -> None:
        with self.nodes[node].engine.begin() as connection:
            connection.exec_driver_sql(sql, args)

    def export(self, node: int, full: bool, reader: int | None) -> str:
        database, identity = self.nodes[node], self.identities[node]
        with database.engine.begin() as connection:
            stamp(connection)
        with database.engine.connect() as connection, connection.begin():
            target = None if reader is None else self.identities[reader].member_id
            manifest, rows = protocol.export_payload(connection, identity, target, full)
            return json.dumps(
                {"sender": identity.member_id, "manifest": manifest, "rows": list(rows)}
            )

    def deliver(self, payload: str, node: int) -> None:
        bundle = json.loads(payload)
        identity = self.identities[node]
        if bundle["sender"] == identity.member_id:
            return
        with self.nodes[node].engine.begin() as connection:
            protocol.apply_payload(
                connection,
                identity,
                str(uuid.uuid4()),  # each delivery new: a copy delivered twice merges twice
                bundle["sender"],
                bundle["manifest"],
                iter(bundle["rows"]),
                "test.tomoni",
            )

    def state(self, node: int) -> tuple:
        with self.nodes[node].engine.connect() as connection:
            states = {
                (t, r): (read_stored(s, *dot, synced_tables()[t].fields), c)
                for t, r, s, c, *dot in connection.exec_driver_sql(
                    "SELECT table_name, row_id, state, conflicts, node, counter, clock "
                    "FROM sync_rows"
                )
            }
        return dump(self.nodes[node]), states


def operations(nodes: int):
    """One step of a schedule among `nodes` databases."""
    node = st.integers(0, nodes - 1)
    return st.one_of(
        st.tuples(
            st.just("edit"),
            node,
            st.integers(0, 5),
            st.sampled_from(FIELDS),
            st.sampled_from(VALUES),
        ),
        st.tuples(st.just("delete"), node, st.integers(0, 5)),
        st.tuples(st.just("score"), node, st.integers(0, 40), st.integers(0, 100)),
        st.tuples(st.just("add"), node, st.sampled_from(VALUES)),
        st.tuples(st.just("export"), node, st.booleans(), st.none() | node),
        st.tuples(st.just("deliver"), st.integers(0, 50), node, st.booleans()),
    )


@settings(
    max_examples=SCHEDULES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(schedule=st.lists(operations(NODES), max_size=24))
def test_any_schedule_of_bundles_ends_with_every_laptop_equal(template, tmp_path_factory, schedule):
    school = School(template, tmp_path_factory.mktemp("run"))
    try:
        run_schedule(school, schedule)
    finally:
        school.close()


def run_schedule(school: School, schedule: list) -> None:
    """Play the schedule, then let everyone see everything through the office (node 0):
    every node ends with the same rows and the same field states."""
    nodes = len(school.nodes)
    for step, op in enumerate(schedule):
        kind = op[0]
        if kind == "edit":
            _, n, s, name, value = op
            school.write(
                n,
                f"UPDATE students SET {name} = ? WHERE id = ?",
                f"{value} {step}",
                school.students[s],
            )
        elif kind == "delete":
            school.write(
                op[1],
                "UPDATE students SET deleted_at = '2026-10-01 08:00:00.000000' WHERE id = ?",
                school.students[op[2]],
            )
        elif kind == "score":
            copies = school.copies
            school.write(
                op[1],
                "UPDATE worksheet_copies SET score = ? WHERE id = ?",
                op[3],
                copies[op[2] % len(copies)],
            )
        elif kind == "add":
            new = uuid.uuid5(uuid.NAMESPACE_OID, f"{op[1]}-{step}").hex
            school.write(
                op[1],
                "INSERT INTO students (id, school_id, full_name, gender, "
                "birth_place, religion, address, rt, rw, dusun, village, kecamatan, "
                "phone_access, signal, notes, created_at, updated_at) VALUES "
                "(?, ?, ?, 'L', '', '', '', '', '', '', ?, '', 'none', 'none', '', "
                "'2026-10-01 08:00:00.000000', '2026-10-01 08:00:00.000000')",
                new,
                school.school,
                f"Anak {step}",
                op[2],
            )
        elif kind == "export":
            _, n, full, reader = op
            school.bundles.append(school.export(n, full, None if reader == n else reader))
        elif kind == "deliver" and school.bundles:
            _, b, n, twice = op
            payload = school.bundles[b % len(school.bundles)]
            school.deliver(payload, n)
            if twice:  # idempotence: the same bundle again changes nothing
                before = school.state(n)
                school.deliver(payload, n)
                assert school.state(n) == before
    # Finally everyone sees everything, through the office as a school would.
    for _round in range(2):
        for n in range(1, nodes):
            school.deliver(school.export(n, False, 0), 0)
        everything = school.export(0, False, None)
        for n in range(1, nodes):
            school.deliver(everything, n)
    states = [school.state(n) for n in range(nodes)]
    for other in states[1:]:
        assert other[0] == states[0][0]
        assert other[1] == states[0][1]
