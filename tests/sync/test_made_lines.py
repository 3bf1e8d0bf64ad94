"""A row new here that one dot made keeps its "made" line of history with it (sync_rows),
not in sync_history, until the row is next written: then sync_history gets it, before the
line of that change. A row's history reads the same either way, on both engines."""

from __future__ import annotations

import uuid

from tests.sync.helpers import make_laptop, make_office, send
from tomoni_desktop.core.database import Database
from tomoni_desktop.sync.history import row_changes

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def _read(database: Database, pupil: str) -> tuple[list[tuple], int, tuple]:
    """The pupil's history as read (arrived, fields changed, person), newest first; its
    lines in sync_history itself; and the "made" line its sync_rows line keeps."""
    with database.engine.connect() as connection:
        history = [
            (change.arrived, sorted(change.changes), change.person)
            for change in row_changes(connection, "students", pupil)
        ]
        lines = connection.exec_driver_sql(
            "SELECT COUNT(*) FROM sync_history WHERE table_name = 'students' AND row_id = ?",
            (pupil,),
        ).scalar()
        kept = connection.exec_driver_sql(
            "SELECT made_arrived, made_by FROM sync_rows "
            "WHERE table_name = 'students' AND row_id = ?",
            (pupil,),
        ).one()
    return history, lines, tuple(kept)


def test_a_new_rows_made_line_stays_with_it_until_the_row_is_next_written(tmp_path):
    office = make_office(tmp_path, students=4)
    with office.engine.begin() as connection:
        found = connection.exec_driver_sql("SELECT id FROM students ORDER BY id LIMIT 1").scalar()
        pupil = found.hex if isinstance(found, uuid.UUID) else found
        connection.exec_driver_sql(  # made by someone signed in
            "UPDATE sync_dirty SET person = 'Bu Sari' WHERE row_id = ?", (pupil,)
        )
    laptop = make_laptop(office, tmp_path, "Laptop Bu Ani")
    send(office, laptop, tmp_path / "a")

    made_here = [(False, [], "Bu Sari")]
    assert _read(office, pupil) == (made_here, 0, (False, "Bu Sari"))
    arrived = [(True, [], "Bu Sari")]  # the person travels with the bundle
    assert _read(laptop, pupil) == (arrived, 0, (True, "Bu Sari"))

    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Mahalona' WHERE id = ?", (pupil,)
        )
    send(laptop, office, tmp_path / "b")  # the laptop's export stamps the edit
    edit = ["village"]  # the history leaves updated_at out
    assert _read(laptop, pupil) == ([(False, edit, ""), *arrived], 2, (None, None))
    assert _read(office, pupil) == ([(True, edit, ""), *made_here], 2, (None, None))
    send(office, laptop, tmp_path / "c")  # nothing new for the laptop's pupil: as it was
    assert _read(laptop, pupil) == ([(False, edit, ""), *arrived], 2, (None, None))
    laptop.close()
