from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.models import SchoolClass, Semester, Teacher, TeacherRole, Term
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.school.setup import (
    SchoolSetup,
    current_school_year_name,
    is_set_up,
    school_context,
    setup_school,
)

GOOD = SchoolSetup(
    school_name="  SMP Negeri 1   Tomoni ",
    npsn="40312345",
    school_year="2025/2026",
    term=Term.GENAP,
    teacher_name="Sri Wahyuningsih, S.Pd.",
    class_level=7,
    class_name="VII A",
)

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def test_first_run_setup_makes_school_year_semesters_teacher_and_class(database):
    with unit_of_work(database) as uow:
        session = uow.session
        assert not is_set_up(uow)
        context = setup_school(uow, GOOD)
        assert is_set_up(uow)
        assert context.school_name == "SMP Negeri 1 Tomoni"
        assert context.school_year == "2025/2026" and context.term is Term.GENAP
        assert context.my_class_name == "VII A"
        assert context.my_teacher_name == "Sri Wahyuningsih, S.Pd."
        semesters = session.scalars(select(Semester).order_by(Semester.starts_on)).all()
        assert [(s.term, s.starts_on, s.ends_on) for s in semesters] == [
            (Term.GANJIL, date(2025, 7, 1), date(2025, 12, 31)),
            (Term.GENAP, date(2026, 1, 1), date(2026, 6, 30)),
        ]
        teacher = session.scalars(select(Teacher)).one()
        assert TeacherRole.HOMEROOM in teacher.roles
        school_class = session.scalars(select(SchoolClass)).one()
        assert (school_class.level, school_class.homeroom_teacher_id) == (7, teacher.id)


def test_setting_up_the_same_school_twice_makes_no_second_school_or_class(database):
    with unit_of_work(database) as uow:
        session = uow.session
        first = setup_school(uow, GOOD)
        second = setup_school(uow, replace(GOOD, class_name="7A"))
        assert first.school_id == second.school_id
        assert first.my_class_id == second.my_class_id
        assert session.scalar(select(func.count()).select_from(SchoolClass)) == 1


@pytest.mark.parametrize(
    ("change", "field", "indonesian"),
    [
        ({"school_name": "   "}, "school_name", "Isi nama sekolah."),
        ({"npsn": "1234"}, "npsn", "NPSN harus 8 karakter, biasanya angka."),
        ({"npsn": "4031234!"}, "npsn", "NPSN harus 8 karakter, biasanya angka."),
        ({"school_year": "2025-2026"}, "school_year", None),
        ({"school_year": "2025/2027"}, "school_year", None),
        ({"school_year": "1890/1891"}, "school_year", None),
        ({"teacher_name": ""}, "teacher_name", "Isi nama wali kelas."),
        ({"teacher_nip": "1980"}, "teacher_nip", None),
        ({"class_level": 10}, "class_level", "Tingkat kelas harus 7, 8, atau 9."),
        ({"class_name": " "}, "class_name", None),
    ],
)
def test_bad_setup_input_names_the_field_and_writes_nothing(database, change, field, indonesian):
    with unit_of_work(database) as uow:
        with pytest.raises(ValidationError) as caught:
            setup_school(uow, replace(GOOD, **change))
        assert caught.value.field == field
        message = caught.value.translated(translator("id"))
        assert message != caught.value.english()  # the teacher reads Indonesian
        if indonesian:
            assert message == indonesian
        assert not is_set_up(uow)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 7, 1), ("2026/2027", Term.GANJIL)),
        (date(2026, 12, 31), ("2026/2027", Term.GANJIL)),
        (date(2027, 1, 2), ("2026/2027", Term.GENAP)),
        (date(2027, 6, 30), ("2026/2027", Term.GENAP)),
    ],
)
def test_school_year_of_a_date(day, expected):
    assert current_school_year_name(day) == expected


def test_no_context_before_setup(database):
    with unit_of_work(database) as uow:
        assert school_context(uow) is None
