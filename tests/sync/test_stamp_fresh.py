"""Rows no stamp has seen, stamped in SQL: the same states, history, counters and clocks
as the row-at-a-time path, and the same bundle lines out of them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from tests.sync.helpers import open_school
from tomoni_desktop.core.node import COUNTER_KEY
from tomoni_desktop.core.settings import read_setting
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.demo.school import build_demo_school
from tomoni_desktop.sync import stamp as stamping
from tomoni_desktop.sync.exchange import export_rows
from tomoni_desktop.sync.packing import read_stored, wire_row
from tomoni_desktop.sync.state import HISTORY, load_packed, load_rows
from tomoni_desktop.sync.tables import synced_tables


def _school_with_new_rows(path: Path) -> None:
    """A demo school of every table no stamp has seen; some rows edited after they were
    made (several notes, the last by someone signed in), one note of a row since gone."""
    database = open_school(path)
    with unit_of_work(database) as uow:
        build_demo_school(
            uow, students=6, seed=5, today=date(2026, 9, 15), worksheets=True, attendance=True
        )
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Mahalona' WHERE id IN "
            "(SELECT id FROM students ORDER BY id LIMIT 3)"
        )
        connection.exec_driver_sql(
            "UPDATE sync_dirty SET person = 'Sri Wahyuningsih' WHERE column_name = 'village'"
        )
        connection.exec_driver_sql(  # a later note of the same row, a second later
            "UPDATE sync_dirty SET changed_at = '2026-09-15T08:00:01.250Z' "
            "WHERE seq = (SELECT MAX(seq) FROM sync_dirty)"
        )
        connection.exec_driver_sql(
            "INSERT INTO sync_dirty (table_name, row_id, column_name, changed_at) "
            "VALUES ('students', ?, NULL, 'not a time')",
            ("f" * 32,),
        )
    database.close()


def _stamp_and_read(path: Path) -> dict:
    database = open_school(path)
    try:
        with database.engine.begin() as connection:
            stamped = stamping.stamp(connection)
            return {
                "stamped": stamped,
                "rows": connection.exec_driver_sql(
                    "SELECT table_name, row_id, state, conflicts, node, counter, clock "
                    "FROM sync_rows ORDER BY 1, 2"
                ).fetchall(),
                "nodes": connection.exec_driver_sql(
                    "SELECT * FROM sync_row_nodes ORDER BY 1, 2, 3"
                ).fetchall(),
                "history": connection.exec_driver_sql(
                    "SELECT table_name, row_id, changes, node, counter, clock, arrived, person "
                    f"FROM ({HISTORY}) AS h ORDER BY seq, counter"
                ).fetchall(),
                "settings": [
                    read_setting(connection, key)
                    for key in (COUNTER_KEY, "sync_clock", "sync_vector")
                ],
                "left": connection.exec_driver_sql("SELECT COUNT(*) FROM sync_dirty").scalar(),
            }
    finally:
        database.close()


def test_new_rows_stamped_in_sql_are_stamped_as_the_general_path_stamps_them(tmp_path, monkeypatch):
    """State text, context lines, history (person, clock), counter and clock: the same,
    whether new rows take the SQL path or the row-at-a-time one."""
    path = tmp_path / "sekolah.sqlite3"
    _school_with_new_rows(path)
    for suffix in ("", ".node"):
        shutil.copy(f"{path}{suffix}", tmp_path / f"copy.sqlite3{suffix}")
    in_sql = _stamp_and_read(path)
    monkeypatch.setattr(stamping, "_stamp_fresh", lambda *_: (0, False))
    by_row = _stamp_and_read(tmp_path / "copy.sqlite3")
    assert in_sql == by_row
    assert in_sql["stamped"] > 100 and in_sql["left"] == 0
    tables = {table for table, *_ in in_sql["rows"]}
    assert tables >= {"students", "worksheets", "attendance_entries"}
    people = {row[7] for row in in_sql["history"] if row[0] == "students"}
    assert people == {"", "Sri Wahyuningsih"}
    clocks = [row[5] for row in in_sql["history"]]
    assert clocks == sorted(set(clocks))  # one clock each, rising


def test_new_rows_and_edits_stamped_together_keep_every_edit(tmp_path, monkeypatch):
    """Fresh rows go first by SQL, edits after by the general path: each row ends with the
    fields and history the general path alone gives it, under other counters."""

    def shape(result: dict) -> tuple:
        fields = {}
        for table, row_id, text, conflicts, *dot in result["rows"]:
            state = read_stored(text, *dot, synced_tables()[table].fields)
            dots = state["d"]
            fields[table, row_id] = (
                len(dots),
                sorted((name, len(s)) for name, s in state["f"].items()),
                conflicts,
            )
        history = sorted((t, r, changes, person) for t, r, changes, *_, person in result["history"])
        return fields, history, result["left"], result["stamped"]

    path = tmp_path / "sekolah.sqlite3"
    _school_with_new_rows(path)
    _stamp_and_read(path)
    database = open_school(path)
    with database.engine.begin() as connection:
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(students)")]
        for n in range(4):
            chosen = ", ".join(repr(f"{n + 1:032x}") if c == "id" else f'"{c}"' for c in columns)
            connection.exec_driver_sql(
                f"INSERT INTO students SELECT {chosen} FROM students ORDER BY id LIMIT 1"
            )
        connection.exec_driver_sql(
            "UPDATE guardians SET mobile = '+6281234567890' WHERE id IN "
            "(SELECT id FROM guardians ORDER BY id LIMIT 2)"
        )
    database.close()
    for suffix in ("", ".node"):
        shutil.copy(f"{path}{suffix}", tmp_path / f"copy.sqlite3{suffix}")
    in_sql = _stamp_and_read(path)
    monkeypatch.setattr(stamping, "_stamp_fresh", lambda *_: (0, False))
    by_row = _stamp_and_read(tmp_path / "copy.sqlite3")
    assert shape(in_sql) == shape(by_row)
    assert in_sql["stamped"] == 6 and in_sql["left"] == 0
    # the same counter and vector at the end (the clock follows the order of the walls)
    assert in_sql["settings"][::2] == by_row["settings"][::2]


def test_a_row_kept_as_its_dot_leaves_in_the_line_its_state_would_make(tmp_path):
    """The export writes a row kept as its dot straight from the dot and its values: the
    same bundle line wire_row makes of the row's state read back whole."""
    path = tmp_path / "sekolah.sqlite3"
    _school_with_new_rows(path)
    _stamp_and_read(path)
    database = open_school(path)
    try:
        with database.engine.begin() as connection:
            lines = list(export_rows(connection, None, frozenset()))
            kept = dict(
                connection.exec_driver_sql(
                    "SELECT row_id, table_name FROM sync_rows WHERE state IS NULL"
                ).fetchall()
            )
            assert len(kept) > 100
            for line in lines:
                if line["id"] not in kept:
                    continue
                table = synced_tables()[line["t"]]
                state = load_packed(connection, table.name, [line["id"]])[line["id"]]
                values = load_rows(connection, table.name, [line["id"]])[line["id"]]
                assert line == wire_row(table.name, line["id"], state, values, table.binary)
    finally:
        database.close()
