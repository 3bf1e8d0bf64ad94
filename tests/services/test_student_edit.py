"""Editing a pupil: validation next to each field, guardians, class moves, leaving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.models import (
    Enrollment,
    Gender,
    Guardian,
    GuardianRelation,
    PhoneAccess,
    Student,
)
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.roster.editing import (
    GuardianForm,
    StudentForm,
    classes_of_year,
    classmates,
    load_student,
    mark_left,
    move_student,
    nisn_used_by,
    save_student,
)
from tomoni_desktop.services.roster.students import list_students
from tomoni_desktop.services.school.setup import school_context

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


@pytest.fixture
def context(demo_database):
    with unit_of_work(demo_database) as uow:
        return school_context(uow)


def new_pupil(context, **changes) -> StudentForm:
    values = dict(
        full_name="A. Muh. Ma'ruf Al-Fatih",
        gender=Gender.MALE,
        class_id=context.my_class_id,
        nisn="0131234567",
        birth_date=date(2013, 5, 4),
        guardians=[
            GuardianForm(
                name="Hasnah",
                relation=GuardianRelation.MOTHER,
                mobile="0812-3456-7890",
                whatsapp="+62 812 3456 7890",
                is_primary=True,
            )
        ],
    )
    values.update(changes)
    return StudentForm(**values)


def test_add_a_pupil_with_a_guardian(demo_database, context):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        student_id = save_student(uow, new_pupil(context), context.school_year_id)
        form = load_student(uow, student_id, context.school_year_id)
    assert form.full_name == "A. Muh. Ma'ruf Al-Fatih" and form.class_id == context.my_class_id
    [mother] = form.guardians
    assert (mother.mobile, mother.whatsapp, mother.is_primary) == (
        "0812-3456-7890",
        "0812-3456-7890",
        True,
    )
    with unit_of_work(demo_database) as uow:
        session = uow.session
        assert session.get(Guardian, mother.id).mobile == "+6281234567890"  # stored E.164


@pytest.mark.parametrize(
    ("change", "field", "indonesian"),
    [
        ({"full_name": "  "}, "full_name", "Nama kosong."),
        ({"nisn": "12345"}, "nisn", "NISN harus tepat 10 angka, bukan 12345."),
        ({"nisn": "01234567890"}, "nisn", None),
        ({"gender": None}, "gender", None),
        (
            {"birth_date": date(2021, 1, 1)},
            "birth_date",
            "Tanggal lahir 01/01/2021 tidak masuk akal untuk siswa SMP.",
        ),
        ({"birth_date": date(1990, 1, 1)}, "birth_date", None),
        ({"consent_recorded_on": date(2099, 1, 1)}, "consent_recorded_on", None),
        (
            {"guardians": [GuardianForm(name="", relation=GuardianRelation.FATHER)]},
            "guardians.0.name",
            None,
        ),
        ({"guardians": [GuardianForm(name="Budi", mobile="12345")]}, "guardians.0.mobile", None),
        (
            {"guardians": [GuardianForm(name="Budi", whatsapp="(0411) 452345")]},
            "guardians.0.whatsapp",
            "(0411) 452345 adalah nomor telepon rumah; WhatsApp memerlukan nomor HP (08…).",
        ),
    ],
)
def test_bad_input_is_named_by_field_and_nothing_is_written(
    demo_database, context, change, field, indonesian
):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        before = len(list_students(uow, context.school_year_id))
        with pytest.raises(ValidationError) as caught:
            save_student(uow, new_pupil(context, **change), context.school_year_id)
        session.rollback()
        assert caught.value.field == field
        if indonesian:
            assert caught.value.translated(translator("id")) == indonesian
        assert len(list_students(uow, context.school_year_id)) == before


def test_a_landline_is_accepted_as_a_phone(demo_database, context):
    form = new_pupil(
        context, guardians=[GuardianForm(name="Budi", mobile="(0411) 452345", is_primary=True)]
    )
    with unit_of_work(demo_database) as uow:
        student_id = save_student(uow, form, context.school_year_id)
        assert (
            load_student(uow, student_id, context.school_year_id).guardians[0].mobile
            == "(0411) 452345"
        )


def test_exactly_one_primary_guardian(demo_database, context):
    guardians = [
        GuardianForm(name="Ayah", relation=GuardianRelation.FATHER, is_primary=True),
        GuardianForm(name="Ibu", relation=GuardianRelation.MOTHER, is_primary=True),
    ]
    with unit_of_work(demo_database) as uow:
        student_id = save_student(
            uow, new_pupil(context, guardians=guardians), context.school_year_id
        )
        form = load_student(uow, student_id, context.school_year_id)
    assert [g.is_primary for g in form.guardians] == [True, False]


def test_removing_a_guardian_leaves_a_tombstone(demo_database, context):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        student_id = save_student(uow, new_pupil(context), context.school_year_id)
        form = load_student(uow, student_id, context.school_year_id)
        save_student(uow, replace(form, guardians=[]), context.school_year_id)
        rows = session.scalars(
            select(Guardian)
            .where(Guardian.student_id == student_id)
            .execution_options(include_deleted=True)
        ).all()
    assert len(rows) == 1 and rows[0].deleted_at is not None


def test_a_nisn_used_by_another_pupil_is_a_warning(demo_database, context):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        other = session.scalars(select(Student).where(Student.nisn.is_not(None))).first()
        assert nisn_used_by(uow, context.school_id, other.nisn, None) == other.full_name
        assert nisn_used_by(uow, context.school_id, other.nisn, other.id) is None
        # saving anyway works: the duplicate is for a person to resolve later
        student_id = save_student(uow, new_pupil(context, nisn=other.nisn), context.school_year_id)
        assert student_id != other.id


def test_shared_phone_with_a_classmate(demo_database, context):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        owners = classmates(uow, context.my_class_id, context.school_year_id)
        assert owners and all(isinstance(name, str) for _, name in owners)
        buddy_id = owners[0][0]
        form = new_pupil(context, phone_access=PhoneAccess.SHARED, shares_phone_with_id=buddy_id)
        student_id = save_student(uow, form, context.school_year_id)
        assert session.get(Student, student_id).shares_phone_with_id == buddy_id
        form = load_student(uow, student_id, context.school_year_id)
        save_student(uow, replace(form, phone_access=PhoneAccess.OWN), context.school_year_id)
        assert session.get(Student, student_id).shares_phone_with_id is None


def test_move_to_another_class_and_mark_as_left(demo_database, context):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        student = list_students(uow, context.school_year_id, class_id=context.my_class_id)[0]
        other_class = next(
            cid for cid, name in classes_of_year(uow, context.school_year_id) if name == "VIII A"
        )
        move_student(uow, student.id, other_class, context.school_year_id)
        enrollments = session.scalars(
            select(Enrollment)
            .where(Enrollment.student_id == student.id)
            .execution_options(include_deleted=True)
        ).all()
        assert sorted((e.class_id == other_class, e.deleted_at is None) for e in enrollments) == [
            (False, False),
            (True, True),
        ]
        mark_left(uow, student.id, date(2026, 10, 1))
        assert student.id not in {r.id for r in list_students(uow, context.school_year_id)}
        assert student.id in {
            r.id for r in list_students(uow, context.school_year_id, include_left=True)
        }
        mark_left(uow, student.id, None)
        assert student.id in {r.id for r in list_students(uow, context.school_year_id)}


def test_a_parents_consent_is_recorded_and_withdrawn_in_the_pupils_window(demo_database, context):
    """What a guardian agreed to, kept with the pupil's form: the pupil then counts as having
    consent; withdrawing WhatsApp stops its links (the same record the messages read)."""
    from tomoni_desktop.services.attendance.whatsapp import recipients

    agreed = date(2026, 9, 1)
    form = new_pupil(context)
    form.guardians = [
        replace(form.guardians[0], consent_data=True, consent_whatsapp=True, consent_on=agreed)
    ]
    with unit_of_work(demo_database) as uow:
        student_id = save_student(uow, form, context.school_year_id)
    with unit_of_work(demo_database) as uow:
        loaded = load_student(uow, student_id, context.school_year_id)
        [guardian] = loaded.guardians
        assert (guardian.consent_data, guardian.consent_whatsapp, guardian.consent_on) == (
            True,
            True,
            agreed,
        )
        row = next(r for r in list_students(uow, context.school_year_id) if r.id == student_id)
        assert row.has_consent
        assert [r.can_message for r in recipients(uow, student_id)] == [True]
        withdrawn = replace(
            loaded,
            guardians=[replace(guardian, consent_whatsapp=False, consent_on=date(2026, 9, 9))],
        )
        save_student(uow, withdrawn, context.school_year_id)
    with unit_of_work(demo_database) as uow:
        assert [r.can_message for r in recipients(uow, student_id)] == [False]
        future = replace(
            load_student(uow, student_id, context.school_year_id),
        )
        future.guardians = [replace(future.guardians[0], consent_on=date(2099, 1, 1))]
        with pytest.raises(ValidationError) as refused:
            save_student(uow, future, context.school_year_id)
        assert refused.value.field == "guardians.0.consent_on"
