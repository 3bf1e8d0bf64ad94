"""Reading a record's history writes nothing: edits not yet stamped are shown as they are."""

from __future__ import annotations

import uuid

from tests.sync.helpers import make_office
from tomoni_desktop.core.settings import read_setting
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.sync.inbox import pupil_history
from tomoni_desktop.sync.stamp import stamp

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def test_history_shows_an_unstamped_edit_without_stamping_it(tmp_path):
    office = make_office(tmp_path, students=4)
    with office.engine.begin() as connection:
        stamp(connection)  # the school as a bundle would have left it
    with office.engine.begin() as connection:
        pupil = connection.exec_driver_sql("SELECT id FROM students ORDER BY id LIMIT 1").scalar()
        pupil = uuid.UUID(str(pupil)).hex  # as sync keeps it (PostgreSQL reads a uuid)
        connection.exec_driver_sql("UPDATE students SET village = 'Lera' WHERE id = ?", (pupil,))
    with office.engine.connect() as connection:
        counter_before = read_setting(connection, "sync_counter")
        waiting = connection.exec_driver_sql("SELECT count(*) FROM sync_dirty").scalar()
    with unit_of_work(office) as uow:
        entries = pupil_history(uow, uuid.UUID(pupil))
    newest = entries[0]
    assert newest.changes["village"][1] == "Lera" and not newest.arrived
    with office.engine.connect() as connection:
        assert read_setting(connection, "sync_counter") == counter_before  # no dot issued
        assert connection.exec_driver_sql("SELECT count(*) FROM sync_dirty").scalar() == waiting
    office.close()
