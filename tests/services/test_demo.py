"""The demo school is realistic and reproducible."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_DAY
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.migrate import create_database
from tomoni_desktop.core.models import (
    Base,
    Enrollment,
    Guardian,
    PhoneAccess,
    SchoolClass,
    Signal,
    Student,
    Subject,
    Teacher,
    TeacherRole,
)
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.demo.school import build_demo_school
from tomoni_desktop.services.school.setup import school_context

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


@pytest.fixture
def default_demo(database):
    with unit_of_work(database) as uow:
        summary = build_demo_school(uow, seed=1, today=DEMO_DAY)
    return database, summary


def test_default_demo_has_nine_classes_of_about_32(default_demo):
    database, summary = default_demo
    with unit_of_work(database) as uow:
        session = uow.session
        classes = session.scalars(
            select(SchoolClass).order_by(SchoolClass.level, SchoolClass.name)
        ).all()
        assert [c.name for c in classes] == [
            "VII A",
            "VII B",
            "VII C",
            "VIII A",
            "VIII B",
            "VIII C",
            "IX A",
            "IX B",
            "IX C",
        ]
        sizes = Counter(e.class_id for e in session.scalars(select(Enrollment)))
        assert all(30 <= size <= 34 for size in sizes.values())
        assert all(c.homeroom_teacher_id for c in classes)
    assert summary.students == sum(sizes.values())


def test_demo_pupils_look_like_tomoni(default_demo):
    database, _ = default_demo
    with unit_of_work(database) as uow:
        session = uow.session
        pupils = session.scalars(select(Student)).all()
        by_id = {p.id: p for p in pupils}
        no_phone = sum(p.phone_access is PhoneAccess.NONE for p in pupils) / len(pupils)
        assert 0.30 <= no_phone <= 0.50
        assert any(p.signal is Signal.WEAK for p in pupils)
        assert any(p.signal is Signal.NONE for p in pupils)
        assert len({p.village for p in pupils}) >= 10
        assert len({p.religion for p in pupils}) >= 4
        assert all(p.nisn is None or (len(p.nisn) == 10 and p.nisn.isdigit()) for p in pupils)
        class_of = {e.student_id: e.class_id for e in session.scalars(select(Enrollment))}
        sharing = [p for p in pupils if p.phone_access is PhoneAccess.SHARED]
        assert sharing
        for pupil in sharing:
            buddy = by_id[pupil.shares_phone_with_id]
            assert buddy.phone_access is PhoneAccess.OWN
            assert class_of[buddy.id] == class_of[pupil.id]
        guardians = session.scalars(select(Guardian)).all()
        numbers = [g.mobile for g in guardians if g.mobile]
        assert numbers and all(n.startswith("+628") and 11 <= len(n) <= 15 for n in numbers)
        primaries = Counter(g.student_id for g in guardians if g.is_primary)
        assert set(primaries.values()) == {1} and len(primaries) == len(pupils)


def test_demo_has_teachers_of_every_role_and_the_smp_subjects(default_demo):
    database, _ = default_demo
    with unit_of_work(database) as uow:
        session = uow.session
        roles = set().union(*(t.roles for t in session.scalars(select(Teacher))))
        assert roles == set(TeacherRole)
        subjects = {s.name for s in session.scalars(select(Subject))}
        assert {"Matematika", "Bahasa Indonesia", "IPA", "IPS", "PJOK", "Informatika"} <= subjects
        context = school_context(uow)
        assert context.school_year == "2026/2027" and context.my_class_name == "VII A"


def dump(database) -> dict[str, list[tuple]]:
    with database.engine.connect() as connection:
        return {
            table.name: sorted(map(tuple, connection.execute(select(table)).all()), key=repr)
            for table in Base.metadata.sorted_tables
            if table.info["sync"]
        }


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    made = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        database = create_database(tmp_path / f"{name}.sqlite3")
        with unit_of_work(database) as uow:
            build_demo_school(uow, students=120, seed=seed, today=DEMO_DAY)
        made.append(dump(database))
        database.close()
    assert made[0] == made[1]
    assert made[0]["students"] != made[2]["students"]


def test_larger_demo_schools_get_more_classes(database):
    with unit_of_work(database) as uow:
        summary = build_demo_school(uow, students=900, seed=2, today=DEMO_DAY)
    assert summary.students == 900 and summary.classes == 30


@pytest.mark.parametrize("students", [0, -3, 100_000])
def test_demo_size_is_checked(database, students):
    with unit_of_work(database) as uow, pytest.raises(ValidationError):
        build_demo_school(uow, students=students)


def test_demo_refuses_a_database_that_has_a_school(demo_database):
    with (
        unit_of_work(demo_database) as uow,
        pytest.raises(ValidationError, match="already has a school"),
    ):
        build_demo_school(uow)


def test_demo_hands_out_a_typed_and_a_pdf_worksheet(default_demo):
    from tomoni_desktop.core.models import Channel, HandOut, Worksheet, WorksheetCopy

    database, _ = default_demo
    with unit_of_work(database) as uow:
        session = uow.session
        worksheets = session.scalars(select(Worksheet)).all()
        assert {w.source_file_id is not None for w in worksheets} == {True, False}
        assert next(w for w in worksheets if w.source_file_id).page_count == 4
        hand_outs = session.scalars(select(HandOut)).all()
        assert len(hand_outs) == 3 * 2 + 3  # maths and science to VII A-C, poetry to VIII A-C
        copies = session.scalars(select(WorksheetCopy)).all()
        assert {c.channel for c in copies} == {Channel.PAPER, Channel.WHATSAPP}
        assert all(h.due_on.weekday() != 6 for h in hand_outs)


def test_a_demo_that_fails_half_way_writes_nothing(database, monkeypatch):
    import tomoni_desktop.services.demo.worksheets as demo_worksheets

    def broken(*_args, **_kwargs):
        raise OSError("no holiday calendar")

    monkeypatch.setattr(demo_worksheets, "hand_out_worksheet", broken)
    with unit_of_work(database) as uow:
        session = uow.session
        with pytest.raises(OSError):
            build_demo_school(uow, students=30, today=DEMO_DAY)
        session.rollback()
    with database.engine.connect() as connection:
        for table in ("schools", "students", "worksheets", "stored_files"):
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0, table


def test_the_demo_keeps_a_register_with_a_case_and_calls_waiting(default_demo):
    """Every class's register on every school day before the demo's day; the homeroom
    teacher's class has a case (its first step done) and two absences awaiting a call."""
    from tomoni_desktop.core.models import FollowUpCase, RegisterDay, Semester
    from tomoni_desktop.services.attendance.follow_up import follow_up_queue

    database, _summary = default_demo
    with unit_of_work(database) as uow:
        context = school_context(uow)
        semester = uow.session.get(Semester, context.semester_id)
        taken = uow.session.scalars(select(RegisterDay.day)).all()
        assert len(taken) % 9 == 0 and max(taken) < DEMO_DAY and min(taken) >= semester.starts_on
        cases = uow.session.scalars(
            select(FollowUpCase).where(FollowUpCase.class_id == context.my_class_id)
        ).all()
        assert cases and cases[0].absent_days >= 3
        queue = follow_up_queue(uow, [context.my_class_id], DEMO_DAY, semester.starts_on)
    assert len(queue.calls) == 2 and queue.open_cases >= 1
    assert len([s for s in queue.steps if s.case_id == cases[0].id]) == 2  # one step done


def test_the_demo_laptop_shows_what_left_it_and_a_stick_to_report_lost(default_demo):
    """Data keluar has a fortnight of files, and one stick's files name its pupils."""
    from tomoni_desktop.services.school.register import Leaving, affected_by, register_of

    database, _summary = default_demo
    with unit_of_work(database) as uow:
        entries = register_of(uow)
        mine = school_context(uow)
        on_stick = [e for e in entries if e.medium == "FLASHDISK-SRI"]
        affected = affected_by(uow, [e.id for e in on_stick])
        teacher = mine.my_teacher_name
    kinds = {e.kind for e in entries}
    assert {Leaving.PACKET, Leaving.ROUTE_SHEET, Leaving.BUNDLE, Leaving.LETTERS} <= kinds
    assert {e.person for e in entries} == {teacher}
    assert all(e.made_at.astimezone().date() < DEMO_DAY for e in entries)  # before today
    assert [e.made_at for e in entries] == sorted((e.made_at for e in entries), reverse=True)
    assert {e.kind for e in on_stick} == {Leaving.ROUTE_SHEET, Leaving.BUNDLE}
    assert [e.encrypted for e in on_stick if e.kind is Leaving.BUNDLE] == [True]
    assert {class_name for _id, _name, class_name in affected.pupils} == {"VII A"}
    assert len(affected.pupils) == 32  # the bundle carried the class
