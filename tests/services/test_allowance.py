"""Mobile data (kuota) given to a class and to teachers: written whole or not at all, listed
by month for the principal, and printed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import DataAllowance, Teacher
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.reports.allowance_list import write_allowance_list
from tomoni_desktop.services.school.allowance import allowance_month, give_allowance
from tomoni_desktop.services.school.setup import school_context

TODAY = date(2026, 9, 15)

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def test_a_class_and_two_teachers_get_data_and_the_month_adds_up(demo_database, tmp_path):
    from pypdf import PdfReader

    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        teachers = uow.session.scalars(select(Teacher.id).order_by(Teacher.name).limit(2)).all()
        given = give_allowance(
            uow,
            context.school_id,
            date(2026, 9, 1),
            10 * 1024,
            "Kemendikbud",
            TODAY,
            class_id=context.my_class_id,
        )
        assert given == 32
        assert (
            give_allowance(
                uow,
                context.school_id,
                date(2026, 9, 2),
                15 * 1024,
                "BOS",
                TODAY,
                teacher_ids=teachers,
            )
            == 2
        )
        give_allowance(  # another month: not in September's list
            uow, context.school_id, date(2026, 8, 31), 1024, "BOS", TODAY, teacher_ids=teachers
        )
        month = allowance_month(uow, context.school_id, 2026, 9, TODAY)
    assert len(month.lines) == 34 and month.total_mb == 32 * 10 * 1024 + 2 * 15 * 1024
    assert month.lines[0].where == context.my_class_name and month.lines[-1].teacher
    assert month.per_source() == [("Kemendikbud", 32, 327680), ("BOS", 2, 30720)]
    pages = write_allowance_list(month, tmp_path / "kuota.pdf", "A4")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "kuota.pdf").pages)
    assert pages >= 1 and "Daftar kuota data · September 2026" in text and "350,0 GB" in text


@pytest.mark.parametrize(
    ("given_on", "megabytes", "source", "field"),
    [
        (date(2026, 9, 16), 1024, "BOS", "given_on"),
        (date(2026, 9, 1), 0, "BOS", "megabytes"),
        (date(2026, 9, 1), 500 * 1024, "BOS", "megabytes"),
        (date(2026, 9, 1), 1024, "  ", "source"),
    ],
)
def test_a_bad_gift_is_refused_and_nothing_is_written(
    demo_database, given_on, megabytes, source, field
):
    with pytest.raises(ValidationError) as caught, unit_of_work(demo_database) as uow:
        context = school_context(uow)
        give_allowance(
            uow,
            context.school_id,
            given_on,
            megabytes,
            source,
            TODAY,
            class_id=context.my_class_id,
        )
    assert caught.value.field == field
    with unit_of_work(demo_database) as uow:
        assert uow.session.scalar(select(func.count()).select_from(DataAllowance)) == 0
