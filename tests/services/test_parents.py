"""Families on paper and in person: letters whose reply slips are scanned back, parent meetings
with their sign-in sheet, attendance, concerns and tasks, the message templates a school edits,
the return slips' answers and their weekly summary, and the online lesson schedule."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.samples import qr_codes_on
from tests.services.test_pickups import ISSUED, handed_out  # noqa: F401 (a fixture)
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import (
    ContactEntry,
    ContactKind,
    ContactOutcome,
    Enrollment,
    Guardian,
    GuardianConsent,
    LessonChannel,
    LetterKind,
    ParentLetter,
    StaffRole,
    Subject,
    Teacher,
    WorksheetCopy,
)
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.reports.letters import write_letters as print_letters
from tomoni_desktop.reports.meeting_sheets import write_schedules, write_sign_in_sheet
from tomoni_desktop.services.attendance.whatsapp import record_consent
from tomoni_desktop.services.parents.letters import (
    letters_to_print,
    undo_reply,
    write_letters,
)
from tomoni_desktop.services.parents.meetings import (
    Attendance,
    add_task,
    complete_task,
    invite_by_letter,
    meeting_of,
    next_meeting_day,
    plan_meeting,
    record_attendance,
    sign_in_sheet,
    tasks_due,
    whatsapp_invitation,
)
from tomoni_desktop.services.pickups.recording import Recorded, record_code, undo_return
from tomoni_desktop.services.school.settings import change_settings
from tomoni_desktop.services.school.setup import school_context

DAY = date(2026, 9, 15)  # the demo's day (a Tuesday)

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def _pupils(uow, class_id, count):
    return list(
        uow.session.scalars(
            select(Enrollment.student_id).where(Enrollment.class_id == class_id).limit(count)
        )
    )


def test_letters_print_two_a_sheet_and_each_slips_qr_reads_as_its_code(demo_database, tmp_path):
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        pupils = _pupils(uow, context.my_class_id, 3)
        ids = write_letters(
            uow, context.my_class_id, LetterKind.ABSENCE, pupils, DAY, about_on=date(2026, 9, 14)
        )
        letters = letters_to_print(uow, ids)
        codes = {letter.code for letter in letters}
        assert len(codes) == 3
    out = tmp_path / "surat.pdf"
    assert print_letters(letters, out, "A4") == 2  # two half pages a sheet
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    assert "Pemberitahuan ketidakhadiran" in first and "gunting di sini" in first
    assert letters[0].pupil in first and "Senin, 14 September 2026" in first
    read = qr_codes_on(out)
    assert {code for _page, code in read} == codes
    assert [page for page, _code in read] == [0, 0, 1]
    for page, code in read:  # the code printed under its QR, on the same page
        assert code in reader.pages[page].extract_text()


def test_a_reply_slip_scanned_on_the_pickups_screen_records_the_reply_once(demo_database):
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        [pupil] = _pupils(uow, context.my_class_id, 1)
        [letter_id] = write_letters(
            uow,
            context.my_class_id,
            LetterKind.RESULTS,
            [pupil],
            DAY,
            note="Nilai Matematika ananda naik.",
        )
        code = uow.session.get(ParentLetter, letter_id).code
    # a reply before the letter was written
    with unit_of_work(demo_database) as uow, pytest.raises(ValidationError):
        record_code(uow, code, returned_on=date(2026, 9, 1))
    with unit_of_work(demo_database) as uow:
        result = record_code(uow, code.lower().replace("-", ""), returned_on=date(2026, 9, 17))
        assert result.outcome is Recorded.REPLY and result.letter_id == letter_id
        assert result.letter_kind is LetterKind.RESULTS and result.class_name == "VII A"
        assert not result.recorded  # not a copy
        again = record_code(uow, code, returned_on=date(2026, 9, 18))
        assert again.outcome is Recorded.ALREADY and again.returned_on == date(2026, 9, 17)
    with unit_of_work(demo_database) as uow:
        kinds = [
            (row.outcome, row.note)
            for row in uow.session.scalars(
                select(ContactEntry)
                .where(ContactEntry.student_id == pupil, ContactEntry.kind == ContactKind.LETTER)
                .order_by(ContactEntry.contacted_on)
            )
        ]
        assert kinds == [(ContactOutcome.SENT, code), (ContactOutcome.REACHED, code)]
        undo_reply(uow, letter_id)
    with unit_of_work(demo_database) as uow:
        assert uow.session.get(ParentLetter, letter_id).replied_on is None
        reached = uow.session.scalars(
            select(ContactEntry).where(ContactEntry.outcome == ContactOutcome.REACHED)
        ).all()
        assert reached == []
        # scanned again after the undo: recorded again
        assert record_code(uow, code, returned_on=date(2026, 9, 18)).outcome is Recorded.REPLY


def test_copy_codes_and_letter_codes_never_meet(handed_out):  # noqa: F811
    database, context, _worksheet, codes = handed_out
    with unit_of_work(database) as uow:
        pupils = _pupils(uow, context.my_class_id, 30)
        write_letters(uow, context.my_class_id, LetterKind.ABSENCE, pupils, ISSUED, about_on=ISSUED)
        letter_codes = set(uow.session.scalars(select(ParentLetter.code)))
        assert not letter_codes & set(codes["mine"] + codes["theirs"])
        copy = record_code(uow, codes["mine"][0], returned_on=date(2026, 11, 25))
        assert copy.outcome is Recorded.RETURNED and copy.letter_id is None
        undo_return(uow, copy.return_id)


def test_a_letter_is_refused_without_what_it_needs(demo_database):
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        pupils = _pupils(uow, context.my_class_id, 1)
        other_class = uow.session.scalars(
            select(Enrollment.student_id).where(Enrollment.class_id != context.my_class_id)
        ).first()
        for kind, students, options, field in (
            (LetterKind.RESULTS, pupils, {}, "note"),
            (LetterKind.ABSENCE, pupils, {}, "about_on"),
            (LetterKind.MEETING, pupils, {}, "meeting"),
            (LetterKind.SUMMONS, [], {"about_on": DAY}, "pupils"),
            (LetterKind.SUMMONS, [other_class], {"about_on": DAY}, "pupils"),
        ):
            with pytest.raises(ValidationError) as caught:
                write_letters(uow, context.my_class_id, kind, students, DAY, **options)
            assert caught.value.field == field


@pytest.fixture
def meeting(demo_database):
    """A meeting of VII A on the next Friday; one family agreed to WhatsApp."""
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        guardian = uow.session.scalars(
            select(Guardian)
            .join(Enrollment, Enrollment.student_id == Guardian.student_id)
            .where(Enrollment.class_id == context.my_class_id, Guardian.whatsapp.is_not(None))
        ).first()
        for consent in uow.session.scalars(select(GuardianConsent)):  # the demo's, gone
            consent.whatsapp = False
        record_consent(
            uow, guardian.id, DAY, data_kept=True, whatsapp=True, photos=False, on_paper=True
        )
        friday = next_meeting_day(uow, context.my_class_id, DAY)
        meeting_id = plan_meeting(
            uow,
            context.my_class_id,
            friday,
            "8.30",
            "Ruang kelas VII A",
            DAY,
            agenda="Belajar di rumah; kehadiran",
        )
    return demo_database, context, meeting_id, guardian.student_id


def test_a_meeting_invites_each_family_by_whatsapp_if_agreed_else_by_letter(meeting, tmp_path):
    database, context, meeting_id, on_whatsapp = meeting
    with unit_of_work(database) as uow:
        found = meeting_of(uow, meeting_id)
        assert found.held_on == date(2026, 9, 18) and found.starts_at == "08:30"  # a Friday
        by = {row.student_id: row.invited_by for row in found.invited}
        assert by[on_whatsapp] is ContactKind.WHATSAPP
        assert [kind for kind in by.values()].count(ContactKind.WHATSAPP) == 1
        assert len(by) == len(_pupils(uow, context.my_class_id, 100))
        letters = invite_by_letter(uow, meeting_id, DAY)
        assert len(letters) == len(by) - 1
        assert invite_by_letter(uow, meeting_id, DAY) == []  # printed once
        text = whatsapp_invitation(uow, meeting_id, on_whatsapp)
        assert "Jumat, 18 September 2026" in text and "08:30" in text
        assert "Ruang kelas VII A" in text and "{" not in text
        sheet = sign_in_sheet(uow, meeting_id)
        printed = letters_to_print(uow, letters[:2])
    assert "pukul 08:30 di Ruang kelas VII A" in " ".join(
        __import__("tomoni_desktop.reports.letters", fromlist=["body"]).body(printed[0])
    )
    out = tmp_path / "daftar-hadir.pdf"
    assert write_sign_in_sheet(sheet, out, "F4") == 1  # a class on one page
    text = PdfReader(out).pages[0].extract_text()
    assert "Daftar hadir pertemuan" in text and sheet.families[-1][0] in text
    assert qr_codes_on(out) == [(0, sheet.code)]


def test_attendance_concerns_and_tasks_after_the_meeting(meeting):
    database, context, meeting_id, on_whatsapp = meeting
    with unit_of_work(database) as uow:
        found = meeting_of(uow, meeting_id)
        pupils = [row.student_id for row in found.invited]
        with pytest.raises(ValidationError):  # not held yet
            record_attendance(uow, meeting_id, {pupils[0]: Attendance(True)}, DAY)
    held = date(2026, 9, 18)
    with unit_of_work(database) as uow:
        record_attendance(
            uow,
            meeting_id,
            {
                pupils[0]: Attendance(True, "Ibu", "Anak sulit belajar malam, listrik padam"),
                pupils[1]: Attendance(False),
                pupils[2]: Attendance(True, "Kakek"),
            },
            held,
            notes="Orang tua minta lembar kerja diantar Jumat.",
        )
        task = add_task(
            uow, meeting_id, StaffRole.COUNSELLOR, "Kunjungi keluarga", held, student_id=pupils[0]
        )
        with pytest.raises(ValidationError):
            add_task(uow, meeting_id, StaffRole.HOMEROOM, "  ", held)
        with pytest.raises(ValidationError):
            add_task(uow, meeting_id, StaffRole.HOMEROOM, "Telepon", date(2026, 9, 1))
    with unit_of_work(database) as uow:
        found = meeting_of(uow, meeting_id)
        assert found.attended == 2 and found.notes.startswith("Orang tua minta")
        first = next(row for row in found.invited if row.student_id == pupils[0])
        assert first.concern == "Anak sulit belajar malam, listrik padam"
        assert first.attended_by == "Ibu"
        met = uow.session.scalars(
            select(ContactEntry.student_id).where(ContactEntry.kind == ContactKind.MEETING)
        ).all()
        assert sorted(met) == sorted([pupils[0], pupils[2]])
        assert [t.task for t in tasks_due(uow, [context.my_class_id], held)] == [
            "Kunjungi keluarga"
        ]
        complete_task(uow, task, date(2026, 9, 19))
        # recording again (a correction) logs no second meeting contact
        record_attendance(uow, meeting_id, {pupils[0]: Attendance(True, "Ibu", "")}, held)
    with unit_of_work(database) as uow:
        assert tasks_due(uow, [context.my_class_id], date(2026, 9, 30)) == []
        assert (
            len(
                uow.session.scalars(
                    select(ContactEntry).where(ContactEntry.kind == ContactKind.MEETING)
                ).all()
            )
            == 2
        )


def test_a_meeting_is_refused_in_the_past_without_a_place_or_with_a_bad_time(demo_database):
    with unit_of_work(demo_database) as uow:
        class_id = school_context(uow).my_class_id
        for held_on, starts_at, place, field in (
            (date(2026, 9, 1), "08:00", "Kelas", "held_on"),
            (DAY, "8 pagi", "Kelas", "starts_at"),
            (DAY, "25:00", "Kelas", "starts_at"),
            (DAY, "08:00", " ", "place"),
        ):
            with pytest.raises(ValidationError) as caught:
                plan_meeting(uow, class_id, held_on, starts_at, place, DAY)
            assert caught.value.field == field


def test_a_school_edits_its_words_and_an_unknown_placeholder_is_refused(meeting):
    database, _context, meeting_id, on_whatsapp = meeting
    with unit_of_work(database) as uow:
        change_settings(uow, template_meeting="Rapat {kelas} hari {tanggal} jam {jam}.")
    with unit_of_work(database) as uow:
        assert whatsapp_invitation(uow, meeting_id, on_whatsapp) == (
            "Rapat VII A hari Jumat, 18 September 2026 jam 08:30."
        )
        with pytest.raises(ValidationError) as caught:
            change_settings(uow, template_absence="{siswa} absen {pukul}")
        assert caught.value.field == "template_absence" and "{pukul}" in caught.value.english()
    with unit_of_work(database) as uow:
        change_settings(uow, template_meeting="")  # back to the standard words
        assert whatsapp_invitation(uow, meeting_id, on_whatsapp).startswith("Selamat siang")


def test_the_schedule_shows_clashes_of_a_class_and_of_a_teacher(demo_database, tmp_path):
    from tomoni_desktop.core.models import SchoolClass
    from tomoni_desktop.services.parents.schedule import (
        clashes,
        lessons_on,
        remove_slot,
        save_slot,
        schedules_to_print,
        slots_of_year,
    )

    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        maths, science = (
            uow.session.scalars(select(Subject).where(Subject.name == name)).one()
            for name in ("Matematika", "IPA")
        )
        teacher = uow.session.scalars(select(Teacher)).first()
        other = uow.session.scalars(
            select(SchoolClass.id).where(SchoolClass.id != context.my_class_id)
        ).first()
        mine = context.my_class_id
        slot = save_slot(uow, mine, maths.id, teacher.id, 1, "8.00", "09:00", LessonChannel.ZOOM)
        save_slot(uow, mine, science.id, None, 1, "09:00", "10:00", LessonChannel.WHATSAPP_GROUP)
        save_slot(uow, other, maths.id, teacher.id, 1, "08:30", "09:30", LessonChannel.GOOGLE_MEET)
        for weekday, start, end, field in (
            (6, "08:00", "09:00", "weekday"),
            (2, "9", "10:00", "starts_at"),
            (2, "10:00", "09:00", "ends_at"),
        ):
            with pytest.raises(ValidationError) as caught:
                save_slot(uow, mine, maths.id, None, weekday, start, end, LessonChannel.ZOOM)
            assert caught.value.field == field
    with unit_of_work(demo_database) as uow:
        slots = slots_of_year(uow, context.school_year_id)
        found = clashes(slots)
        assert [(c.first.class_id == c.second.class_id, c.same_teacher) for c in found] == [
            (False, True)
        ]  # back to back in one class is no clash; one teacher in two classes at 08:30 is
        assert [s.subject for s in lessons_on(uow, context.school_year_id, DAY)] == [
            "Matematika",
            "Matematika",
            "IPA",
        ]
        assert lessons_on(uow, context.school_year_id, date(2026, 9, 16)) == []
        printed = schedules_to_print(uow, context.school_year_id, [mine], DAY)
        save_slot(
            uow, mine, maths.id, teacher.id, 1, "10:00", "11:00", LessonChannel.ZOOM, slot_id=slot
        )
        remove_slot(uow, slot)
        assert len(slots_of_year(uow, context.school_year_id)) == 2
    out = tmp_path / "jadwal.pdf"
    assert write_schedules(printed, out, "A4") == 1
    text = PdfReader(out).pages[0].extract_text()
    assert "Jadwal pelajaran daring" in text and "08:00–09:00" in text and "Zoom" in text
    assert text.count("Jadwal pelajaran daring · kelas VII A") == 2  # two families a sheet


def test_letters_waiting_for_a_reply_travel_with_the_packet(handed_out, tmp_path):  # noqa: F811
    from tomoni_desktop.services.worksheets.packets import make_packet

    database, context, _worksheet, codes = handed_out
    with unit_of_work(database) as uow:
        on_paper = list(
            uow.session.scalars(
                select(WorksheetCopy.student_id).where(WorksheetCopy.pickup_code.in_(codes["mine"]))
            )
        )
        # two letters for families getting paper (one answered already), one for a family
        # with no paper copy in this packet
        answered, waiting = write_letters(
            uow, context.my_class_id, LetterKind.ABSENCE, on_paper[:2], ISSUED, about_on=ISSUED
        )
        record_code(uow, uow.session.get(ParentLetter, answered).code, returned_on=ISSUED)
        without_paper = next(
            s for s in _pupils(uow, context.my_class_id, 40) if s not in set(on_paper)
        )
        write_letters(
            uow,
            context.my_class_id,
            LetterKind.RESULTS,
            [without_paper],
            ISSUED,
            note="Nilai naik.",
        )
        plain = make_packet(uow, context.my_class_id, tmp_path / "paket.pdf", paper="A4")
        both = make_packet(
            uow, context.my_class_id, tmp_path / "paket-surat.pdf", paper="A4", with_letters=True
        )
        waiting_code = uow.session.get(ParentLetter, waiting).code
    assert plain.letters == 0 and both.letters == 1 and both.pages == plain.pages + 1
    reader = PdfReader(tmp_path / "paket-surat.pdf")
    assert len(reader.pages) == both.pages
    last = reader.pages[-1].extract_text()
    assert "Pemberitahuan ketidakhadiran" in last and waiting_code in last
    assert not list((tmp_path).glob("*-surat-surat.pdf"))  # the letters' own file is gone
