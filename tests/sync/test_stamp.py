"""Stamping captured writes: a page at a time gives what one pass gives, and a new row's
state is what the general packing makes of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson

from tests.sync.helpers import make_laptop, make_office, open_school, send
from tomoni_desktop.sync import stamp as stamping
from tomoni_desktop.sync.packing import pack, read_stored
from tomoni_desktop.sync.state import HISTORY, load_states
from tomoni_desktop.sync.tables import synced_tables

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def test_a_new_rows_state_is_what_packing_makes_of_every_field_written_once():
    node = "a" * 32
    for table in synced_tables().values():
        written = {"c": {node: 5}, "f": {name: [[node, 5, 99]] for name in table.fields}}
        kept = read_stored(None, node, 5, 99, table.fields)  # a row kept as its one dot
        assert orjson.dumps(kept) == orjson.dumps(pack(written))


def _stamped(path, page, monkeypatch):
    monkeypatch.setattr(stamping, "PAGE", page)
    database = open_school(path)
    try:
        with database.engine.begin() as connection:
            assert stamping.stamp(connection) == 16
            return {
                "rows": connection.exec_driver_sql(
                    "SELECT table_name, row_id, state, conflicts FROM sync_rows ORDER BY 1, 2"
                ).fetchall(),
                "nodes": connection.exec_driver_sql(
                    "SELECT * FROM sync_row_nodes ORDER BY 1, 2, 3"
                ).fetchall(),
                "history": connection.exec_driver_sql(
                    "SELECT table_name, row_id, changes, node, counter, clock, person "
                    f"FROM ({HISTORY}) AS h WHERE NOT arrived ORDER BY seq, counter"
                ).fetchall(),
                "left": connection.exec_driver_sql("SELECT COUNT(*) FROM sync_dirty").scalar(),
            }
    finally:
        database.close()


def test_stamping_three_rows_at_a_time_gives_what_one_pass_gives(tmp_path, monkeypatch):
    """New rows in many tables and edits of rows already stamped (some twice, one column
    back and forth), stamped with pages of 3 rows and of 2,000."""
    office = make_office(tmp_path)
    laptop = make_laptop(office, tmp_path)
    send(office, laptop, tmp_path / "a")
    path = Path(str(laptop.engine.url.database))
    laptop.close()
    office.close()
    database = open_school(path)
    with database.engine.begin() as connection:
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(students)")]
        chosen = ", ".join("?" if name == "id" else f'"{name}"' for name in columns)
        for n in range(5):  # new pupils, copied from the first under new ids
            connection.exec_driver_sql(
                f"INSERT INTO students SELECT {chosen.replace('?', repr(f'{n + 1:032x}'))} FROM students "
                "ORDER BY id LIMIT 1"
            )
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Mahalona', notes = 'pindah' WHERE id IN "
            "(SELECT id FROM students ORDER BY id DESC LIMIT 7)"
        )
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Wawondula' WHERE id IN "
            "(SELECT id FROM students ORDER BY id DESC LIMIT 2)"
        )
        connection.exec_driver_sql(
            "UPDATE guardians SET mobile = '+6281234567890' WHERE id IN "
            "(SELECT id FROM guardians ORDER BY id DESC LIMIT 4)"
        )
        before = connection.exec_driver_sql("SELECT COUNT(*) FROM sync_dirty").scalar()
    database.close()
    assert before > 10
    for suffix in ("", ".node"):
        shutil.copy(f"{path}{suffix}", tmp_path / f"copy.sqlite3{suffix}")
    small = _stamped(path, 3, monkeypatch)
    whole = _stamped(tmp_path / "copy.sqlite3", 2000, monkeypatch)
    assert small == whole
    assert small["left"] == 0
    edited = [h for h in small["history"] if h[2] != "{}"]
    assert len(edited) == 11  # 7 pupils and 4 guardians: one history entry each
    assert len(small["history"]) == 16  # and the 5 new pupils


def test_a_pupil_one_dot_wrote_is_stored_small_and_read_whole(tmp_path):
    """Both ends of a sync keep a new pupil's state without its field names (a fifth of
    the size), and read it back with every field at the pupil's dot; an edit gives the
    state a second dot, and then its fields are listed."""
    office = make_office(tmp_path, students=3)
    laptop = make_laptop(office, tmp_path)
    send(office, laptop, tmp_path / "a")
    table = synced_tables()["students"]
    for database in (office, laptop):
        with database.engine.begin() as connection:
            pupil, text, node, counter, clock = connection.exec_driver_sql(
                "SELECT row_id, state, node, counter, clock FROM sync_rows "
                "WHERE table_name = 'students' ORDER BY row_id LIMIT 1"
            ).one()
            assert text is None and len(node) == 32 and counter > 0 and clock > 0
            assert not connection.exec_driver_sql(  # its context is its dot: no line
                "SELECT 1 FROM sync_row_nodes WHERE row_id = ?", (pupil,)
            ).first()
            state = load_states(connection, "students", [pupil])[pupil]
            assert state["f"].keys() == set(table.fields)
            assert len({tuple(siblings[0][:2]) for siblings in state["f"].values()}) == 1
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Wawondula' WHERE id = ?", (pupil,)
        )
        stamping.stamp(connection)
        text, node = connection.exec_driver_sql(
            "SELECT state, node FROM sync_rows WHERE row_id = ?", (pupil,)
        ).one()
        assert '"village"' in text and node is None
        lines = connection.exec_driver_sql(
            "SELECT COUNT(*) FROM sync_row_nodes WHERE row_id = ?", (pupil,)
        ).scalar()
        assert lines == 2  # the office's dot and this laptop's
        state = load_states(connection, "students", [pupil])[pupil]
        assert state["f"]["village"][0][0] != state["f"]["full_name"][0][0]
    send(laptop, office, tmp_path / "b")
    with office.engine.begin() as connection:
        assert (
            connection.exec_driver_sql(
                "SELECT village FROM students WHERE id = ?", (pupil,)
            ).scalar()
            == "Wawondula"
        )
    laptop.close()
    office.close()
