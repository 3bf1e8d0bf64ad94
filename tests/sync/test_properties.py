"""design/sync.md's properties 2, 4, 5, 6, 9 and 10, capture of every kind of write, and
every synced table round-tripping."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import date

import pytest
from sqlalchemy import update

from tests.sync.helpers import call, dump, make_laptop, make_office, open_school, send
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.models import Base, Student, WorksheetCopy
from tomoni_desktop.core.settings import write_setting
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.services.sync.inbox import (
    concurrent_values,
    list_conflicts,
    resolve_conflict,
    row_history,
)
from tomoni_desktop.sync import protocol
from tomoni_desktop.sync.state import node_of
from tomoni_desktop.sync.tables import base_type, synced_tables

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def _sql(database: Database, statement: str, *args):
    with database.engine.begin() as connection:
        return connection.exec_driver_sql(statement, args)


def _first(database: Database, table: str) -> str:
    with database.engine.connect() as connection:
        return _first_id(connection, table)


def _first_id(connection, table: str) -> str:
    """The smallest id, as sync keeps it (PostgreSQL reads a uuid, and has no MIN of one)."""
    found = connection.exec_driver_sql(f'SELECT id FROM "{table}" ORDER BY id LIMIT 1').scalar()
    return uuid.UUID(str(found)).hex


@pytest.fixture
def school(tmp_path):
    office = make_office(tmp_path, students=8, worksheets=True)
    laptops = [make_laptop(office, tmp_path) for _ in range(2)]
    for laptop in laptops:
        send(office, laptop, tmp_path / "stick")
    yield office, laptops
    for database in (office, *laptops):
        database.close()


def _fill_empty_tables(database: Database) -> None:
    """One row in each synced table the demo leaves empty, made from the metadata alone."""
    from sqlalchemy import types

    with database.engine.begin() as connection:
        for name, table in synced_tables().items():
            if connection.exec_driver_sql(f'SELECT COUNT(*) FROM "{name}"').scalar():
                continue
            values = {"id": uuid.uuid4().hex}
            for column in table.table.columns:
                if column.name == "id":
                    continue
                keys = list(column.foreign_keys)
                kind = base_type(column)
                if keys:
                    values[column.name] = _first_id(connection, keys[0].column.table.name)
                elif column.nullable:
                    values[column.name] = None
                elif isinstance(kind, types.DateTime):
                    values[column.name] = "2026-10-01 08:00:00.000000"
                elif isinstance(kind, types.Date):
                    values[column.name] = "2026-10-01"
                elif isinstance(kind, types.Boolean):
                    values[column.name] = True
                elif isinstance(kind, types.Integer):
                    values[column.name] = 1
                elif isinstance(kind, types.Enum):
                    values[column.name] = kind.enums[0]
                else:
                    values[column.name] = "x"
            columns = ", ".join(f'"{c}"' for c in values)
            marks = ", ".join("?" * len(values))
            connection.exec_driver_sql(
                f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', tuple(values.values())
            )


def test_every_synced_table_round_trips(tmp_path):
    office = make_office(tmp_path, students=4, worksheets=True)
    _fill_empty_tables(office)
    laptop = make_laptop(office, tmp_path)
    send(office, laptop, tmp_path / "stick")
    copied = dump(laptop)
    assert set(copied) == {t.name for t in Base.metadata.sorted_tables if t.info["sync"]}
    for name, rows in dump(office).items():
        assert rows and copied[name] == rows, name


def test_writes_are_captured_however_they_are_made(school):
    office, (laptop, _) = school
    pupil = _first(laptop, "students")
    with laptop.session() as session:  # the ORM
        student = session.get(Student, uuid.UUID(pupil))
        student.notes = "lewat ORM"
        session.commit()
        session.execute(update(WorksheetCopy).values(collected_on=date(2026, 10, 2)))  # bulk
        session.commit()
    _sql(laptop, "UPDATE guardians SET name = 'lewat SQL' WHERE student_id = ?", pupil)
    result = send(laptop, office, laptop.path.parent / "stick2")
    assert result.report.updated >= 3
    assert dump(office) == dump(laptop)
    with pytest.raises(Exception, match="never deleted"):
        _sql(laptop, "DELETE FROM students WHERE id = ?", pupil)


def test_importing_again_or_an_older_bundle_changes_nothing(school, tmp_path):
    office, (laptop, _) = school
    _sql(laptop, "UPDATE students SET village = 'Lera'")
    old = sync.export_bundle(Units(laptop), to=tmp_path / "old.tomoni")
    _sql(laptop, "UPDATE students SET village = 'Bue'")
    new = sync.export_bundle(Units(laptop), to=tmp_path / "new.tomoni")
    call(office, sync.import_bundle, new.path)
    before = dump(office)
    assert call(office, sync.import_bundle, new.path).already
    late = call(office, sync.import_bundle, old.path)
    assert late.report.updated == 0 and late.report.new == 0
    assert dump(office) == before


def test_an_incremental_bundle_gives_the_same_result_as_a_full_one(school, tmp_path):
    office, (first, second) = school
    _sql(first, "UPDATE students SET dusun = 'Dusun II' WHERE id = ?", _first(first, "students"))
    send(first, office, tmp_path / "a")
    send(second, office, tmp_path / "a")  # the office learns what the second laptop has
    _sql(
        office, "UPDATE guardians SET name = 'Pak Ruslan' WHERE id = ?", _first(office, "guardians")
    )
    twin = second.path.with_name("twin.sqlite3")
    second.engine.dispose()
    shutil.copy(second.path, twin)
    shutil.copy(
        second.path.with_name(second.path.name + ".node"), twin.with_name("twin.sqlite3.node")
    )
    twin_db = Database.open(twin)
    incremental = sync.export_bundle(Units(office), to=tmp_path / "inc.tomoni")
    full = sync.export_bundle(Units(office), to=tmp_path / "full.tomoni", full=True)
    assert incremental.rows < full.rows
    call(second, sync.import_bundle, incremental.path)
    call(twin_db, sync.import_bundle, full.path)
    assert dump(second) == dump(twin_db) == dump(office)
    twin_db.close()


def test_concurrent_scores_are_a_conflict_until_a_person_decides(school, tmp_path):
    office, (first, second) = school
    copy = _first(office, "worksheet_copies")
    _sql(first, "UPDATE worksheet_copies SET score = 80 WHERE id = ?", copy)
    _sql(second, "UPDATE worksheet_copies SET score = 65 WHERE id = ?", copy)
    send(first, office, tmp_path / "a")
    result = send(second, office, tmp_path / "b")
    assert result.report.conflicts == 1
    with unit_of_work(office) as uow:
        (conflict,) = list_conflicts(uow)
    assert {v.value for v in conflict.values} == {80, 65}
    assert len({v.laptop for v in conflict.values}) == 2  # who entered each value
    # Everyone sees the same conflict; the office decides (keeping the shown value is enough).
    for laptop in (first, second):
        send(office, laptop, tmp_path / "c")
        with unit_of_work(laptop) as uow:
            assert len(list_conflicts(uow)) == 1
    with unit_of_work(first) as uow:
        resolve_conflict(
            uow, "worksheet_copies", uuid.UUID(copy), "score", conflict.values[0].value
        )
    send(first, office, tmp_path / "d")
    send(office, second, tmp_path / "e")
    for database in (office, first, second):
        with unit_of_work(database) as uow:
            assert list_conflicts(uow) == []
    assert dump(office) == dump(second) == dump(first)


def test_the_same_score_from_two_laptops_agrees_and_a_later_score_merges_alike_everywhere(
    school, tmp_path
):
    """Two laptops enter the same score without seeing each other: that is agreement, not a
    conflict. The first then enters another score having seen only its own: the second's
    equal score was never seen by it, so that is a conflict, wherever and in whatever
    order the bundles meet (the merge kept every dot of the equal value)."""
    office, (first, second) = school
    copy = _first(office, "worksheet_copies")
    for laptop, hour in ((second, "08"), (first, "09")):  # the first's 80 ranks higher
        _sql(laptop, "UPDATE worksheet_copies SET score = 80 WHERE id = ?", copy)
        _sql(laptop, f"UPDATE sync_dirty SET changed_at = '2027-01-01T{hour}:00:00.000Z'")
    send(first, office, tmp_path / "a")
    assert send(second, office, tmp_path / "b").report.conflicts == 0
    with unit_of_work(office) as uow:
        assert list_conflicts(uow) == []  # the same value twice is one value
    _sql(first, "UPDATE worksheet_copies SET score = 90 WHERE id = ?", copy)
    send(first, office, tmp_path / "c")  # the office: 80 (second) beside 90 (first)
    send(second, first, tmp_path / "d", for_member=None, full=True)  # the other order
    for database in (office, first):
        with unit_of_work(database) as uow:
            (conflict,) = list_conflicts(uow)
        assert {value.value for value in conflict.values} == {80, 90}
    send(office, second, tmp_path / "e")
    send(first, office, tmp_path / "f")
    send(office, first, tmp_path / "g")
    send(office, second, tmp_path / "h")
    for database in (office, first, second):  # and it stays one until a person decides
        with unit_of_work(database) as uow:
            assert len(list_conflicts(uow)) == 1
    assert dump(office) == dump(first) == dump(second)


def test_plain_fields_take_the_newest_edit_and_keep_the_other_visible(school, tmp_path):
    office, (first, second) = school
    pupil = _first(office, "students")
    _sql(first, "UPDATE students SET address = 'Jl. Poros Tomoni 1' WHERE id = ?", pupil)
    _sql(second, "UPDATE students SET address = 'Jl. Sumber Alam 7' WHERE id = ?", pupil)
    send(first, office, tmp_path / "a")
    result = send(second, office, tmp_path / "b")
    assert result.report.conflicts == 0
    shown = _sql(office, "SELECT address FROM students WHERE id = ?", pupil).scalar()
    with unit_of_work(office) as uow:
        others = concurrent_values(uow, "students", uuid.UUID(pupil))
        history = row_history(uow, "students", uuid.UUID(pupil))
    kept = {value for value, _laptop, _when in others["address"]}
    assert {shown} | kept == {"Jl. Poros Tomoni 1", "Jl. Sumber Alam 7"}
    assert any("address" in entry.changes and entry.arrived for entry in history)


def test_a_wrong_clock_cannot_undo_an_edit_it_has_seen(school, tmp_path):
    office, (first, second) = school
    pupil = _first(office, "students")
    _sql(first, "UPDATE students SET village = 'Pertama' WHERE id = ?", pupil)
    send(first, second, tmp_path / "a", for_member=None, full=True)
    # The second laptop's clock is five years behind; it edits after seeing the first edit.
    with second.engine.begin() as connection:
        write_setting(connection, "sync_clock", "0")
    _sql(second, "UPDATE students SET village = 'Kedua' WHERE id = ?", pupil)
    _sql(second, "UPDATE sync_dirty SET changed_at = '2021-01-01T00:00:00.000Z'")
    send(second, office, tmp_path / "b", full=True)
    send(first, office, tmp_path / "c", full=True)
    assert _sql(office, "SELECT village FROM students WHERE id = ?", pupil).scalar() == "Kedua"
    with office.engine.connect() as connection:
        state = json.loads(
            connection.exec_driver_sql(
                "SELECT state FROM sync_rows WHERE row_id = ?", (pupil,)
            ).scalar()
        )
    assert len(state["f"]["village"]) == 1  # superseded, not concurrent


def test_fields_a_newer_version_adds_are_kept_and_passed_on(school, tmp_path):
    office, (first, second) = school
    pupil = _first(first, "students")
    _sql(first, "UPDATE students SET notes = 'baru' WHERE id = ?", pupil)
    with first.engine.begin() as connection:
        from tomoni_desktop.sync.stamp import stamp

        stamp(connection)
        identity = sync.members.load_identity(connection)
        own_node = node_of(connection)
        manifest, rows = protocol.export_payload(connection, identity, full=True)
        rows = list(rows)
    for row in rows:
        if row["id"] == pupil:  # compact: the office's dot and this laptop's
            row["d"].append([own_node, row["c"][own_node], 1])
            row["v"]["favourite_colour"] = "hijau"
            row["i"]["favourite_colour"] = len(row["d"]) - 1
    with office.engine.begin() as connection:
        protocol.apply_payload(
            connection,
            sync.members.load_identity(connection),
            str(uuid.uuid4()),
            identity.member_id,
            manifest,
            iter(rows),
            "newer.tomoni",
        )
    send(office, second, tmp_path / "a", full=True)
    with second.engine.begin() as connection:
        identity = sync.members.load_identity(connection)
        _manifest, again = protocol.export_payload(connection, identity, full=True)
        passed = [r for r in again if r["id"] == pupil][0]
    assert passed["v"]["favourite_colour"] == "hijau"
    assert passed["d"][passed["i"]["favourite_colour"]][0] == own_node


def test_a_field_a_newer_version_adds_to_a_compact_row_is_kept_and_passed_on(school, tmp_path):
    """A row one dot wrote whole travels compact, its values alone; a field this version
    does not know is kept beside it and passed on the same way."""
    office, (first, second) = school
    with first.engine.begin() as connection:
        identity = sync.members.load_identity(connection)
        manifest, rows = protocol.export_payload(connection, identity, full=True)
        pupil = next(row for row in rows if row["t"] == "students")
    assert "v" in pupil and len(pupil["d"]) == 1
    pupil["id"] = uuid.uuid4().hex  # a pupil the office has not seen
    pupil["v"]["favourite_colour"] = "hijau"
    with office.engine.begin() as connection:
        report = protocol.apply_payload(
            connection,
            sync.members.load_identity(connection),
            str(uuid.uuid4()),
            identity.member_id,
            manifest,
            iter([pupil]),
            "newer.tomoni",
        )
    assert report.new == 1
    send(office, second, tmp_path / "a", full=True)
    with second.engine.begin() as connection:
        identity = sync.members.load_identity(connection)
        _manifest, again = protocol.export_payload(connection, identity, full=True)
        passed = next(r for r in again if r["id"] == pupil["id"])
    assert passed["v"]["favourite_colour"] == "hijau"
    assert passed["v"]["full_name"] == pupil["v"]["full_name"]


def test_a_whole_row_is_told_apart_from_one_to_look_at_field_by_field(school):
    """The import's quick test of a compact row: every field, nothing else, each valid."""
    _office, (first, _second) = school
    with first.engine.begin() as connection:
        identity = sync.members.load_identity(connection)
        _manifest, rows = protocol.export_payload(connection, identity, full=True)
        row = next(row for row in rows if row["t"] == "guardians")["v"]
    table = synced_tables()["guardians"]
    assert table.whole_and_valid(row)
    some = dict(row)
    some.pop(table.fields[-1])
    assert not table.whole_and_valid(some)  # valid, but looked at field by field
    assert not table.whole_and_valid({**row, "favourite_colour": "hijau"})
    assert not table.whole_and_valid({**row, "relation": ["a list"]})
    assert not table.whole_and_valid({**row, "name": "A" * 5000})


def test_a_bundle_that_needs_a_newer_reader_is_refused(school, tmp_path, monkeypatch):
    office, (laptop, _) = school
    monkeypatch.setattr(protocol, "READER_VERSION", 2)
    made = sync.export_bundle(Units(laptop), to=tmp_path / "newer.tomoni")
    monkeypatch.setattr(protocol, "READER_VERSION", 1)
    before = dump(office)
    with pytest.raises(sync.BundleRejected, match="newer version"):
        call(office, sync.import_bundle, made.path)
    assert dump(office) == before


def test_a_restored_or_copied_database_is_a_new_node(school, tmp_path):
    office, (laptop, _) = school
    _sql(laptop, "UPDATE students SET village = 'Sebelum'")
    send(laptop, office, tmp_path / "a")
    laptop.engine.dispose()
    copy = tmp_path / "salinan.sqlite3"
    shutil.copy(laptop.path, copy)  # without the .node file beside it
    copied = open_school(copy)
    with laptop.engine.connect() as a, copied.engine.connect() as b:
        node_a = a.exec_driver_sql("SELECT value FROM local_settings WHERE key='node_id'").scalar()
        node_b = b.exec_driver_sql("SELECT value FROM local_settings WHERE key='node_id'").scalar()
    assert node_a != node_b
    _sql(laptop, "UPDATE students SET village = 'Laptop'")
    _sql(copied, "UPDATE students SET village = 'Salinan'")
    send(laptop, office, tmp_path / "b")
    send(copied, office, tmp_path / "c")
    with office.engine.connect() as connection:
        states = [
            json.loads(s)
            for (s,) in connection.exec_driver_sql(
                "SELECT state FROM sync_rows WHERE table_name = 'students'"
            )
        ]
    # Both edits were kept as concurrent values: no dot was issued twice.
    assert all(len(s["f"]["village"]) == 2 for s in states)
    copied.close()
