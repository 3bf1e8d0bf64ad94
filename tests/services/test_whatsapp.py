"""WhatsApp links to parents: the number and the text as WhatsApp reads them, the template's
placeholders, and the parent's consent (none, given, withdrawn); every message opened is a
contact in the log."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import AttendanceMark, ContactKind, Guardian
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.attendance.contacts import contacts_of
from tomoni_desktop.services.attendance.register import register_of, set_mark
from tomoni_desktop.services.attendance.whatsapp import (
    absence_message,
    fill,
    open_message,
    recipients,
    record_consent,
    wa_link,
)
from tomoni_desktop.services.school.setup import school_context

DAY = date(2026, 8, 14)

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def test_the_link_has_the_number_as_62_and_the_text_percent_encoded():
    link = wa_link("+6281234567890", "Anak Bapak tidak hadir\nTerima kasih & salam")
    assert link == (
        "https://wa.me/6281234567890?text=Anak%20Bapak%20tidak%20hadir%0ATerima%20kasih"
        "%20%26%20salam"
    )
    for bad in ("+62", "0812-3456", "+62812345678901234"):
        with pytest.raises(ValidationError):
            wa_link(bad, "x")


def test_a_placeholder_without_a_value_is_refused_by_name():
    assert fill("Halo {siswa} ({kelas})", {"siswa": "Ani", "kelas": "VII A"}) == "Halo Ani (VII A)"
    with pytest.raises(ValidationError) as caught:
        fill("Batas {batas}, pertemuan {pertemuan}", {"batas": "1 Desember"})
    assert "{pertemuan}" in caught.value.english() and "{batas}" not in caught.value.english()


def test_only_a_parent_who_agreed_gets_a_link_and_each_one_opened_is_logged(demo_database):
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        sheet = register_of(uow, context.my_class_id, DAY)
        pupil = next(
            row
            for row in sheet.rows
            if uow.session.scalars(
                select(Guardian).where(
                    Guardian.student_id == row.student_id, Guardian.whatsapp.is_not(None)
                )
            ).first()
        )
        set_mark(uow, context.my_class_id, DAY, pupil.student_id, AttendanceMark.ABSENT, DAY)
        text = absence_message(uow, pupil.student_id, DAY)
        assert pupil.name in text and "14 Agustus 2026" in text and "VII A" in text
        [parent, *_] = [r for r in recipients(uow, pupil.student_id) if r.whatsapp]
        assert not parent.can_message  # nothing recorded: no link
        with pytest.raises(ValidationError) as caught:
            open_message(uow, pupil.student_id, parent.guardian_id, text, "absence", DAY)
        assert "has not agreed" in caught.value.english()
        record_consent(
            uow,
            parent.guardian_id,
            date(2026, 7, 20),
            data_kept=True,
            whatsapp=True,
            photos=False,
            on_paper=True,
        )
        link = open_message(uow, pupil.student_id, parent.guardian_id, text, "absence", DAY)
        assert link.startswith("https://wa.me/62") and "%0A" in link
        [contact] = contacts_of(uow, pupil.student_id)
        assert contact.kind is ContactKind.WHATSAPP and contact.contacted_on == DAY
        # withdrawn: the links stop at once
        record_consent(
            uow,
            parent.guardian_id,
            date(2026, 8, 15),
            data_kept=True,
            whatsapp=False,
            photos=False,
            on_paper=False,
        )
        with pytest.raises(ValidationError):
            open_message(uow, pupil.student_id, parent.guardian_id, text, "absence", DAY)
        assert len(contacts_of(uow, pupil.student_id)) == 1
