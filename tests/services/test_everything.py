"""Everything the school holds about one pupil, for a parent's request: every table that
points at the pupil (and at those rows) is in it, another pupil's rows never are, and the PDF
and the JSON say the same."""

from __future__ import annotations

import json
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from tests.sync.helpers import make_office
from tomoni_desktop.core.models import Enrollment, SlipAnswer, WorksheetCopy
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.roster.everything import everything_about, write_everything
from tomoni_desktop.services.school.setup import school_context

DAY = date(2026, 9, 15)

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def test_every_record_about_the_pupil_and_none_about_another(tmp_path):
    database = make_office(tmp_path, students=32, worksheets=True, attendance=True)
    with unit_of_work(database) as uow:
        context = school_context(uow)
        # the pupil with a slip answered: a copy, its return and its slip
        pupil = uow.session.scalars(
            select(WorksheetCopy.student_id).join(
                SlipAnswer, SlipAnswer.copy_id == WorksheetCopy.id
            )
        ).first()
        other = uow.session.scalars(
            select(Enrollment.student_id).where(
                Enrollment.class_id == context.my_class_id, Enrollment.student_id != pupil
            )
        ).first()
        found = everything_about(uow, pupil, DAY)
        tables = found.by_table()
        pages = write_everything(uow, pupil, tmp_path / "data-siswa.pdf", DAY)
    for table in (
        "students",
        "guardians",
        "enrollments",
        "worksheet_copies",
        "copy_returns",
        "slip_answers",
        "meeting_invitations",
    ):
        assert tables.get(table), table
    [me] = tables["students"]
    assert me.values["id"] == str(pupil) and me.values["full_name"] == found.name
    everyone = json.dumps([r.values for r in found.records])
    assert str(other) not in everyone  # another pupil of the class: none of their rows
    data = json.loads((tmp_path / "data-siswa.json").read_text(encoding="utf-8"))
    assert data["pupil"]["name"] == found.name
    assert {t: len(rows) for t, rows in data["tables"].items()} == {
        t: len(rows) for t, rows in tables.items()
    }
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "data-siswa.pdf").pages)
    assert pages >= 1 and found.name in text and "Lembar balikan orang tua" in text
    assert "Persetujuan orang tua" in text or "guardian_consents" not in tables
