"""One child entered on two laptops: listed as a duplicate, merged once, and the merge holds
everywhere, even for work entered for the other record before the merge arrived."""

from __future__ import annotations

import uuid

from tests.sync.helpers import dump, make_laptop, make_office, send
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.sync.duplicates import find_duplicates, merge_students

NEW_PUPIL = (
    "INSERT INTO students (id, school_id, nisn, full_name, gender, birth_place, birth_date, "
    "religion, address, rt, rw, dusun, village, kecamatan, phone_access, signal, notes, "
    "created_at, updated_at) SELECT ?, id, NULL, 'Andi Baso', 'L', ?, '2013-05-02', '', '', '', "
    "'', '', ?, '', 'none', 'none', '', '2026-10-01 08:00:00.000000', "
    "'2026-10-01 08:00:00.000000' FROM schools"
)
NEW_GUARDIAN = (
    "INSERT INTO guardians (id, student_id, name, relation, mobile, whatsapp, is_primary, "
    "created_at, updated_at) VALUES (?, ?, ?, 'mother', NULL, NULL, 1, "
    "'2026-10-01 08:00:00.000000', '2026-10-01 08:00:00.000000')"
)

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def test_a_child_entered_on_two_laptops_becomes_one_everywhere(tmp_path):
    office = make_office(tmp_path, students=6)
    first, second = make_laptop(office, tmp_path), make_laptop(office, tmp_path)
    for laptop in (first, second):
        send(office, laptop, tmp_path / "a")
    andi_1, andi_2 = uuid.uuid4().hex, uuid.uuid4().hex
    with first.engine.begin() as connection:
        connection.exec_driver_sql(NEW_PUPIL, (andi_1, "Malili", "Lera"))
        connection.exec_driver_sql(NEW_GUARDIAN, (uuid.uuid4().hex, andi_1, "Hasnah"))
    with second.engine.begin() as connection:
        connection.exec_driver_sql(NEW_PUPIL, (andi_2, "", ""))
    send(first, office, tmp_path / "b")
    send(second, office, tmp_path / "c")
    with unit_of_work(office) as uow:
        (group,) = find_duplicates(uow)
        assert {p.id.hex for p in group.pupils} == {andi_1, andi_2}
        assert group.reason == "name-and-birth-date"
        merge_students(
            uow, uuid.UUID(andi_2), uuid.UUID(andi_1)
        )  # keep the second; fill from the first
    # Before the merge reaches it, the first laptop adds a guardian to its own record.
    late_guardian = uuid.uuid4().hex
    with first.engine.begin() as connection:
        connection.exec_driver_sql(NEW_GUARDIAN, (late_guardian, andi_1, "La Ode Baso"))
    send(office, first, tmp_path / "d")
    send(first, office, tmp_path / "e")
    send(office, second, tmp_path / "f")
    send(office, first, tmp_path / "g")
    for database in (office, first, second):
        with unit_of_work(database) as uow:
            connection = uow.connection
            assert find_duplicates(uow) == []
            kept = connection.exec_driver_sql(
                "SELECT birth_place, village FROM students WHERE id = ?", (andi_2,)
            ).first()
            guardians = {
                name
                for (name,) in connection.exec_driver_sql(
                    "SELECT name FROM guardians WHERE student_id = ?", (andi_2,)
                )
            }
        assert kept == ("Malili", "Lera")  # empty fields filled from the other record
        assert guardians == {"Hasnah", "La Ode Baso"}  # both guardians, the late one too
    assert dump(office) == dump(first) == dump(second)
