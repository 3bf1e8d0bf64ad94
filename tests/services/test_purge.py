"""A pupil's personal data deleted (end of retention, a lawful request): blank everywhere,
on every computer, whatever older edit arrives later; the figures stay."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import String, Text, func, select

from tests.sync.helpers import call, make_laptop, make_office, send
from tomoni_desktop.core.access import NotAllowed
from tomoni_desktop.core.models import (
    AttendanceEntry,
    AttendanceMark,
    Base,
    ContactEntry,
    Enrollment,
    Guardian,
    Student,
)
from tomoni_desktop.core.personal import NOT_PERSONAL, PERSONAL, rows_of_purged
from tomoni_desktop.core.unit_of_work import run_flow, unit_of_work
from tomoni_desktop.services.roster.purge import due_for_purge, purge_pupils
from tomoni_desktop.services.school import profiles
from tomoni_desktop.sync.state import HISTORY
from tomoni_desktop.sync.tables import synced_tables

TODAY = date(2026, 11, 30)
BOOKKEEPING = {"id", "created_at", "updated_at", "deleted_at"}

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def _leads_to_a_pupil(table) -> bool:
    if table.name == "students" or "student_id" in table.c:
        return True
    return any("student_id" in key.column.table.c for c in table.columns for key in c.foreign_keys)


def test_every_text_about_a_pupil_is_either_personal_or_a_category():
    for name in synced_tables():
        table = Base.metadata.tables[name]
        if not _leads_to_a_pupil(table):
            continue
        texts = {
            c.name
            for c in table.columns
            if isinstance(c.type, String | Text)  # dates of events are no one's without a name
            and c.name not in BOOKKEEPING
            and not c.foreign_keys
        }
        listed = set(PERSONAL.get(name, ())) | set(NOT_PERSONAL.get(name, ()))
        assert texts <= listed, f"{name}: classify {sorted(texts - listed)} in core/personal.py"
    for name, columns in PERSONAL.items():
        assert set(columns) <= set(Base.metadata.tables[name].c.keys()), name
        rows_of_purged(name)  # every listed table leads to a pupil


def _pupil_with_contacts(database) -> uuid.UUID:
    with unit_of_work(database) as uow:
        return (
            uow.session.scalars(
                select(ContactEntry.student_id).where(ContactEntry.note != "").limit(1)
            ).first()
            or uow.session.scalars(select(Student.id).limit(1)).one()
        )


def _personal_values(database, pupil: uuid.UUID) -> list:
    with unit_of_work(database) as uow:
        student = uow.session.get(Student, pupil)
        guardians = uow.session.scalars(select(Guardian).where(Guardian.student_id == pupil))
        notes = uow.session.scalars(
            select(ContactEntry.note).where(ContactEntry.student_id == pupil)
        ).all()
        values = [student.full_name, student.nisn, student.address, student.village]
        for guardian in guardians:
            values += [guardian.name, guardian.mobile, guardian.whatsapp]
        return [v for v in values + list(notes) if v]


def _history_of_purged(database) -> list[tuple]:
    """Lines of history (with the "made" lines rows keep) of any purged pupil's rows."""
    with database.engine.connect() as connection:
        return [
            tuple(line)
            for table in PERSONAL
            for line in connection.exec_driver_sql(
                f"SELECT table_name, row_id, person FROM ({HISTORY}) AS h WHERE table_name = ? "
                f"AND row_id IN (SELECT p.id FROM ({rows_of_purged(table)}) AS p)",
                (table,),
            )
        ]


def _history_text(database) -> str:
    with unit_of_work(database) as uow:
        rows = uow.connection.exec_driver_sql("SELECT changes FROM sync_history").fetchall()
        dirty = uow.connection.exec_driver_sql("SELECT old_value FROM sync_dirty").fetchall()
    return " ".join(r[0] for r in rows) + " ".join(str(r[0]) for r in dirty)


def test_a_purge_blanks_the_pupil_everywhere_and_keeps_the_figures(tmp_path):
    office = make_office(tmp_path, students=12, attendance=True)
    laptop = make_laptop(office, tmp_path, "Laptop Bu Sari")
    send(office, laptop, tmp_path / "first")
    pupil = _pupil_with_contacts(office)
    with unit_of_work(office) as uow:
        class_id = uow.session.scalars(
            select(Enrollment.class_id).where(Enrollment.student_id == pupil)
        ).first()
        # a mark without a note: the purge leaves it as it is, and who made it is forgotten
        uow.session.add(
            AttendanceEntry(
                student_id=pupil, class_id=class_id, day=TODAY, mark=AttendanceMark.SICK
            )
        )
    with unit_of_work(office) as uow:
        name = uow.session.get(Student, pupil).full_name
        marks = uow.session.scalar(
            select(func.count())
            .select_from(AttendanceEntry)
            .where(AttendanceEntry.student_id == pupil)
        )
    # Offline, before it hears of the purge, the laptop edits the pupil's address.
    with unit_of_work(laptop) as uow:
        uow.session.get(Student, pupil).address = "Jl. Baru No. 5, Mantadulu"
    with unit_of_work(office) as uow:  # a change with the old name in the history
        uow.session.get(Student, pupil).notes = f"{name} pindah rumah"

    assert _history_of_purged(office) == []  # nobody purged yet
    assert call(office, purge_pupils, [pupil], TODAY) == 1
    assert _personal_values(office, pupil) == []
    assert name not in _history_text(office)
    assert _history_of_purged(office) == []  # nor who made the pupil's records
    with unit_of_work(office) as uow:
        student = uow.session.get(Student, pupil)
        assert student.purged_on == TODAY and student.gender is not None
        assert (
            uow.session.scalar(  # the figures stay
                select(func.count())
                .select_from(AttendanceEntry)
                .where(AttendanceEntry.student_id == pupil)
            )
            == marks
        )
        assert uow.session.scalar(
            select(func.count()).select_from(Enrollment).where(Enrollment.student_id == pupil)
        )

    send(office, laptop, tmp_path / "purge")  # the purge reaches the laptop
    assert _personal_values(laptop, pupil) == []
    assert name not in _history_text(laptop) and "Jl. Baru" not in _history_text(laptop)
    assert _history_of_purged(laptop) == []
    send(laptop, office, tmp_path / "back")  # the laptop's older edit brings nothing back
    assert _personal_values(office, pupil) == []
    assert "Jl. Baru" not in _history_text(office)


def test_purging_is_the_offices_and_pupils_are_due_years_after_they_left(tmp_path):
    office = make_office(tmp_path, students=8)
    with unit_of_work(office) as uow:
        first, second = uow.session.scalars(select(Student).order_by(Student.id).limit(2))
        first.left_on, second.left_on = date(2021, 6, 20), date(2024, 6, 20)
        ids = [first.id, second.id]
    with unit_of_work(office) as uow:
        assert [p.student_id for p in due_for_purge(uow, 5, TODAY)] == [ids[0]]
        assert [p.student_id for p in due_for_purge(uow, 2, TODAY)] == ids
        assert due_for_purge(uow, 0, TODAY) == []

    done = run_flow(
        office, lambda units: profiles.set_up_sign_in_here(units, "Kantor", "240617", "240617")
    ).result
    with unit_of_work(office) as uow:
        teacher = uow.session.scalars(select(Student.school_id)).first()
        assert teacher is not None
        head = profiles.add_profile(
            uow, "Pak Kepala", profiles.ProfileRole.HEAD, None, "580314", "580314", by=done.actor
        )
    with unit_of_work(office) as uow:
        office.actor = profiles.sign_in(uow, head.id, "580314").actor
    with pytest.raises(NotAllowed):
        call(office, purge_pupils, ids, TODAY)
    office.actor = done.actor
    assert call(office, purge_pupils, ids, TODAY) == 2
    with unit_of_work(office) as uow:
        assert due_for_purge(uow, 2, TODAY) == []


def _states_text(database) -> str:
    with unit_of_work(database) as uow:
        rows = uow.connection.exec_driver_sql("SELECT state FROM sync_rows").fetchall()
    return " ".join(r[0] for r in rows if r[0])  # a row one dot wrote keeps no text


def test_a_purge_also_forgets_a_value_kept_beside_one_already_blank(tmp_path):
    """Two computers edited a pupil's village without seeing each other: the newer, blank,
    is shown and the older is kept beside it (a plain field, not a conflict). Purging
    blanks nothing there, yet the kept value must go too, here and on every laptop."""
    office = make_office(tmp_path, students=6)
    laptop = make_laptop(office, tmp_path, "Laptop Pak Amir")
    send(office, laptop, tmp_path / "first")
    with unit_of_work(office) as uow:
        pupil = uow.session.scalars(select(Student.id).order_by(Student.id).limit(1)).one()
    with unit_of_work(laptop) as uow:
        uow.session.get(Student, pupil).village = "Desa Pertama Sekali"
    with unit_of_work(office) as uow:  # later, and blank
        uow.session.get(Student, pupil).village = ""
    send(laptop, office, tmp_path / "concurrent")
    assert "Desa Pertama Sekali" in _states_text(office)  # kept beside the shown blank

    assert call(office, purge_pupils, [pupil], TODAY) == 1
    assert "Desa Pertama Sekali" not in _states_text(office)
    send(office, laptop, tmp_path / "purge")
    assert "Desa Pertama Sekali" not in _states_text(laptop)
    assert _personal_values(laptop, pupil) == []
