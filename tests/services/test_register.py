"""The register of what left the laptop, and the letters when a stick is lost."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from tests.sync.helpers import make_office
from tomoni_desktop.core.models import Enrollment, SchoolClass, Student
from tomoni_desktop.core.unit_of_work import Units, run_flow, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.services.roster.files import export_roster
from tomoni_desktop.services.school import profiles, register
from tomoni_desktop.services.school.database import back_up
from tomoni_desktop.services.school.register import Data, Leaving
from tomoni_desktop.services.school.setup import school_context

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def test_a_stick_is_known_by_its_label():
    assert register.medium_of(register.Path("/media/guru/FLASHDISK/tomoni")) == "FLASHDISK"
    assert register.medium_of(register.Path("/run/media/guru/KINGSTON")) == "KINGSTON"
    assert register.medium_of(register.Path("/mnt/usb")) == "usb"
    assert register.medium_of(register.Path("/home/guru/Dokumen")) == ""
    assert register.medium_of(register.Path("E:\\kelas")) == "E:"
    assert register.medium_of(register.Path("C:\\Users\\guru")) == ""


def _first_class(uow):
    return uow.session.scalars(
        select(SchoolClass).order_by(SchoolClass.level, SchoolClass.name).limit(1)
    ).one()


def test_what_left_is_noted_and_a_lost_stick_gives_the_families_letters(tmp_path):
    database = make_office(tmp_path, students=24)
    stick = tmp_path / "stick"
    stick.mkdir()
    done = run_flow(
        database,
        lambda units: profiles.set_up_sign_in_here(units, "Tata Usaha", "240617", "240617"),
    ).result
    database.actor = done.actor
    with unit_of_work(database) as uow:
        context = school_context(uow)
        first = _first_class(uow)
        export_roster(uow, context.school_year_id, stick / "kelas.xlsx", class_name=first.name)
        pupils = set(
            uow.session.scalars(
                select(Enrollment.student_id).where(Enrollment.class_id == first.id)
            )
        )
    sync.export_bundle(Units(database), to=stick)
    run_flow(database, back_up)  # a backup made by hand
    with unit_of_work(database) as uow:
        entries = register.register_of(uow)
        total = len(uow.session.scalars(select(Student.id)).all())
    assert [e.kind for e in entries] == [Leaving.BACKUP, Leaving.BUNDLE, Leaving.ROSTER]
    backup, bundle, roster = entries
    assert roster.pupil_count == len(pupils) and roster.classes == first.name
    assert roster.person == "Tata Usaha" and roster.folder == str(stick)
    assert not roster.everyone and not roster.encrypted
    assert bundle.everyone and bundle.encrypted and bundle.pupil_count == total
    assert backup.everyone and not backup.encrypted  # no backup passphrase was set

    with unit_of_work(database) as uow:
        affected = register.affected_by(uow, [roster.id])
        assert {p for p, _n, _c in affected.pupils} == pupils
        assert Data.PHONES in affected.data and Data.GRADES not in affected.data
        everyone = register.affected_by(uow, [roster.id, bundle.id])
        assert len(everyone.pupils) == total and Data.EVERYTHING in everyone.data

    out = tmp_path / "pemberitahuan.pdf"
    with unit_of_work(database) as uow:
        pages = register.write_lost_notice(
            uow, [roster.id], out, date(2026, 11, 28), "flashdisk wali kelas hilang di pasar"
        )
        names = [n for _p, n, _c in register.affected_by(uow, [roster.id]).pupils]
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert pages == len(PdfReader(out).pages) >= 1 + len(names) // 2
    assert "1 Desember 2026" in text  # 3 × 24 hours after the 28th
    assert "flashdisk wali kelas hilang di pasar" in text
    assert "nomor telepon orang tua" in text
    for name in names:
        assert text.count(name) >= 2  # in the principal's list and on the family's letter
    with unit_of_work(database) as uow:  # the letters themselves left too
        assert register.register_of(uow)[0].kind == Leaving.LETTERS


def test_choosing_nothing_is_refused(tmp_path):
    import pytest

    from tomoni_desktop.core.errors import ValidationError

    database = make_office(tmp_path, students=6)
    with unit_of_work(database) as uow, pytest.raises(ValidationError):
        register.affected_by(uow, [])
