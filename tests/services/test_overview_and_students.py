from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tomoni_desktop.core.models import Enrollment, Guardian, PhoneAccess, Signal, Student
from tomoni_desktop.core.phones import format_local
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.roster.students import list_students
from tomoni_desktop.services.school.overview import overview
from tomoni_desktop.services.school.setup import school_context

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def test_overview_counts_what_is_in_the_database(demo_database):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        figures = overview(uow, context.school_year_id)
        pupils = session.scalars(select(Student)).all()
    assert figures.classes == 3  # 96 pupils: one class of 32 per level
    assert figures.pupils == len(pupils) == 96
    assert figures.without_phone == sum(p.phone_access is PhoneAccess.NONE for p in pupils)
    assert figures.shared_phone == sum(p.phone_access is PhoneAccess.SHARED for p in pupils)
    assert figures.weak_or_no_signal == sum(p.signal is not Signal.GOOD for p in pupils)
    assert sum(c.pupils for c in figures.per_class) == 96


def test_pupils_who_left_or_were_deleted_are_not_counted(demo_database):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        first, second = session.scalars(select(Student).order_by(Student.full_name).limit(2))
        first.left_on = date(2026, 10, 1)
        second.mark_deleted()
        session.commit()
        assert overview(uow, context.school_year_id).pupils == 94
        assert len(list_students(uow, context.school_year_id)) == 94
        with_left = list_students(uow, context.school_year_id, include_left=True)
        assert len(with_left) == 95
        assert [r.has_left for r in with_left if r.id == first.id] == [True]


def test_student_list_of_one_class_with_primary_guardian(demo_database):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        rows = list_students(uow, context.school_year_id, class_id=context.my_class_id)
        enrolled = session.scalars(
            select(Enrollment.student_id).where(Enrollment.class_id == context.my_class_id)
        ).all()
        assert {r.id for r in rows} == set(enrolled)
        assert all(r.class_name == "VII A" for r in rows)
        row = next(r for r in rows if r.guardian_phone)
        primary = session.scalars(
            select(Guardian).where(Guardian.student_id == row.id, Guardian.is_primary.is_(True))
        ).one()
        assert row.guardian_name == primary.name
        assert row.guardian_phone == format_local(primary.mobile)


def test_a_tombstoned_primary_guardian_is_not_shown(demo_database):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        guardian = session.scalars(select(Guardian).where(Guardian.is_primary.is_(True))).first()
        guardian.mark_deleted()
        session.commit()
        row = next(
            r for r in list_students(uow, context.school_year_id) if r.id == guardian.student_id
        )
        assert row.guardian_name == ""


def test_phone_numbers_are_shown_the_indonesian_way():
    assert format_local("+6281234567890") == "0812-3456-7890"
    assert format_local("+62411123456") == "(0411) 123456"  # a landline, phonenumbers' way
    assert format_local(None) == ""
    assert format_local("+6591234567") == "+65 9123 4567"  # foreign: the international way


def test_two_pupils_of_one_name_export_in_the_same_order_on_every_computer(demo_database):
    """The order of a roster no longer depends on which row a laptop happened to insert first."""
    import uuid

    from tomoni_desktop.core.models import Gender
    from tomoni_desktop.services.roster.students import roster_entries

    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        ids = [uuid.UUID("f" * 32), uuid.UUID("0" * 31 + "1")]  # inserted last id first
        for student_id in ids:
            uow.session.add(
                Student(
                    id=student_id,
                    school_id=context.school_id,
                    full_name="Andi Saputra",
                    gender=Gender.MALE,
                )
            )
            uow.session.add(
                Enrollment(
                    student_id=student_id,
                    class_id=context.my_class_id,
                    school_year_id=context.school_year_id,
                )
            )
    with unit_of_work(demo_database) as uow:
        twins = [
            e.id
            for e in roster_entries(uow, context.school_year_id, context.my_class_id)
            if e.full_name == "Andi Saputra"
        ]
    assert twins == sorted(ids)


def test_pupils_without_a_parents_consent_are_counted_and_listed_alike(demo_database):
    """A consent is on the pupil's form, or a guardian agreed to the school keeping the data;
    Beranda's count and the Siswa page's list use the same test."""
    from tomoni_desktop.services.attendance.whatsapp import record_consent

    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        rows = list_students(uow, context.school_year_id)
        before = overview(uow, context.school_year_id).without_consent
        assert before == sum(1 for r in rows if not r.has_consent) and before > 2
        first, second = [r for r in rows if not r.has_consent][:2]
        guardian = uow.session.scalars(
            select(Guardian).where(Guardian.student_id == first.id)
        ).first()
        record_consent(
            uow,
            guardian.id,
            date(2026, 9, 1),
            data_kept=True,
            whatsapp=False,
            photos=False,
            on_paper=True,
        )
        uow.session.get(Student, second.id).consent_recorded_on = date(2026, 9, 2)
        uow.session.flush()
        # WhatsApp alone is not consent to keep the child's data
        third = [r for r in rows if not r.has_consent][2]
        other = uow.session.scalars(select(Guardian).where(Guardian.student_id == third.id)).first()
        record_consent(
            uow,
            other.id,
            date(2026, 9, 1),
            data_kept=False,
            whatsapp=True,
            photos=False,
            on_paper=False,
        )
    with unit_of_work(demo_database) as uow:
        after = {r.id: r.has_consent for r in list_students(uow, context.school_year_id)}
        assert after[first.id] and after[second.id] and not after[third.id]
        assert overview(uow, context.school_year_id).without_consent == before - 2
