"""The worksheet library and handing out: rules, bad files, channels, due dates, codes."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.samples import empty_pdf, encrypted_pdf, pdf_pages
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.models import (
    Channel,
    HandOut,
    PhoneAccess,
    Signal,
    StoredFile,
    Subject,
    Worksheet,
    WorksheetCopy,
)
from tomoni_desktop.core.school_days import holiday_name, school_day_on_or_after
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.school.setup import school_context
from tomoni_desktop.services.worksheets.handout import (
    hand_out_worksheet,
    out_on_paper,
    proposed_channel,
)
from tomoni_desktop.services.worksheets.library import (
    QuestionDraft,
    WorksheetDraft,
    archive_worksheet,
    duplicate_worksheet,
    save_worksheet,
    search_worksheets,
)
from tomoni_desktop.services.worksheets.pickup_codes import (
    CODE_ALPHABET,
    normalise_code,
    pickup_code,
)

indonesian = translator("id")

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


@pytest.fixture
def school(demo_database):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        maths = session.scalars(select(Subject).where(Subject.name == "Matematika")).one()
        science = session.scalars(select(Subject).where(Subject.name == "IPA")).one()
        return context, maths.id, science.id


def typed(subject_id, **changes) -> WorksheetDraft:
    values = dict(
        subject_id=subject_id,
        level=7,
        title="Pecahan senilai",
        instructions="Kerjakan dengan pensil.",
        objective="Menentukan pecahan senilai",
        questions=[
            QuestionDraft("Sederhanakan 6/8."),
            QuestionDraft("Tulis tiga pecahan senilai 1/2.", answer_lines=6),
        ],
    )
    values.update(changes)
    return WorksheetDraft(**values)


def test_typed_and_pdf_worksheets_and_search(demo_database, school):
    context, maths, science = school
    with unit_of_work(demo_database) as uow:
        first = save_worksheet(uow, context.school_id, typed(maths))
        second = save_worksheet(
            uow,
            context.school_id,
            typed(
                science,
                title="Sistem organisasi kehidupan",
                questions=[],
                pdf=pdf_pages(4),
                pdf_name="lkpd-ipa.pdf",
            ),
        )
        rows = search_worksheets(uow, context.school_id)
        assert [(r.title, r.subject, r.pages, r.page_count, r.question_count) for r in rows] == [
            ("Pecahan senilai", "Matematika", "questions", 1, 2),  # one page
            ("Sistem organisasi kehidupan", "IPA", "pdf", 4, 0),
        ]
        assert [r.id for r in search_worksheets(uow, context.school_id, "ipa")] == [second]
        assert [r.id for r in search_worksheets(uow, context.school_id, "PECAHAN")] == [first]
        assert search_worksheets(uow, context.school_id, level=8) == []


def test_the_same_pdf_is_stored_once(demo_database, school):
    context, maths, science = school
    data = pdf_pages(2)
    with unit_of_work(demo_database) as uow:
        session = uow.session
        for title in ("A", "B"):
            save_worksheet(
                uow, context.school_id, typed(science, title=title, questions=[], pdf=data)
            )
        assert session.scalar(select(func.count()).select_from(StoredFile)) == 1


def test_edit_duplicate_and_archive(demo_database, school):
    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        original = save_worksheet(uow, context.school_id, typed(maths))
        save_worksheet(
            uow,
            context.school_id,
            typed(maths, questions=[QuestionDraft("Satu soal saja.")]),
            original,
        )
        copy = duplicate_worksheet(uow, original, "Pecahan senilai (VII B)")
        archive_worksheet(uow, original)
        shown = search_worksheets(uow, context.school_id)
        assert [r.id for r in shown] == [copy] and shown[0].question_count == 1
        everything = search_worksheets(uow, context.school_id, include_archived=True)
        assert {r.id: r.archived for r in everything} == {original: True, copy: False}


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"title": "  "}, "title", "Isi judul lembar kerja."),
        ({"title": "x" * 201}, "title", "Teks ini lebih dari 200 karakter."),
        ({"level": 10}, "level", "Tingkat kelas harus 7, 8, atau 9."),
        ({"pass_mark": 120}, "pass_mark", None),
        (
            {"questions": []},
            "questions",
            "Lembar kerja memerlukan soal yang diketik atau PDF yang dilampirkan.",
        ),
        (
            {"questions": [], "pdf": b"PK\x03\x04 an xlsx", "pdf_name": "nilai.xlsx"},
            "pdf",
            "nilai.xlsx bukan berkas PDF.",
        ),
        (
            {"questions": [], "pdf": b"%PDF-1.4\n garbage", "pdf_name": "rusak.pdf"},
            "pdf",
            "rusak.pdf rusak dan tidak dapat dibaca.",
        ),
        ({"questions": [], "pdf": encrypted_pdf(), "pdf_name": "kunci.pdf"}, "pdf", None),
        (
            {"questions": [], "pdf": empty_pdf(), "pdf_name": "kosong.pdf"},
            "pdf",
            "kosong.pdf tidak memiliki halaman.",
        ),
        (
            {"questions": [], "pdf": pdf_pages(51), "pdf_name": "buku.pdf"},
            "pdf",
            "buku.pdf berisi 51 halaman; lembar kerja paling banyak 50 halaman.",
        ),
    ],
)
def test_bad_worksheets_are_refused_with_the_field(demo_database, school, change, field, message):
    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        session = uow.session
        with pytest.raises(ValidationError) as caught:
            save_worksheet(uow, context.school_id, typed(maths, **change))
        session.rollback()
        assert caught.value.field == field
        if message:
            assert caught.value.translated(indonesian) == message
        assert session.scalar(select(func.count()).select_from(Worksheet)) == 0


@pytest.mark.parametrize(
    ("phone", "signal", "channel"),
    [
        (PhoneAccess.NONE, Signal.GOOD, Channel.PAPER),
        (PhoneAccess.OWN, Signal.NONE, Channel.PAPER),
        (PhoneAccess.OWN, Signal.WEAK, Channel.WHATSAPP),
        (PhoneAccess.OWN, Signal.GOOD, Channel.WHATSAPP),
        (PhoneAccess.SHARED, Signal.GOOD, Channel.PAPER),
    ],
)
def test_channel_proposal(phone, signal, channel):
    assert proposed_channel(phone, signal) is channel


@pytest.mark.parametrize(
    ("asked", "due", "why"),
    [
        (date(2026, 11, 26), date(2026, 11, 26), ""),  # a Thursday
        (date(2026, 11, 29), date(2026, 11, 30), "Minggu"),  # a Sunday
        (date(2026, 11, 28), date(2026, 11, 28), ""),  # Saturday is a school day
        (date(2026, 12, 25), date(2026, 12, 26), "Hari Raya Natal"),
        (date(2026, 8, 17), date(2026, 8, 18), "Kemerdekaan"),
        (date(2027, 1, 1), date(2027, 1, 2), "Tahun Baru"),
    ],
)
def test_due_dates_move_off_sundays_and_holidays(asked, due, why):
    result = school_day_on_or_after(asked)
    assert result.due_on == due
    assert (result.moved_from is not None) == bool(why)
    for day in result.skipped:  # facts: the days passed over; their names are the reader's
        assert why == "Minggu" if day.weekday() == 6 else why in holiday_name(day, "id")


def test_holidays_are_named_in_the_interface_language():
    assert "Natal" in holiday_name(date(2026, 12, 25), "id")
    assert "Christmas" in holiday_name(date(2026, 12, 25), "en")
    assert holiday_name(date(2026, 11, 26), "en") is None


def test_pickup_codes_are_readable_stable_and_spread():
    copy_id = uuid.UUID("018f3e4c-0000-7000-8000-000000000001")
    code = pickup_code(copy_id)
    assert code == pickup_code(copy_id) and len(code) == 7 and code[3] == "-"
    assert set(code.replace("-", "")) <= set(CODE_ALPHABET)
    assert not set("0O1IL2Z5S8B") & set(CODE_ALPHABET)
    assert pickup_code(copy_id, 1) != code
    assert normalise_code(code.lower().replace("-", " ")) == code
    codes = {pickup_code(uuid.uuid4()) for _ in range(20_000)}
    assert len(codes) >= 19_995  # clashes are rare, and the next attempt settles them


def test_hand_out_to_a_class(demo_database, school):
    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        session = uow.session
        worksheet = save_worksheet(uow, context.school_id, typed(maths))
        chosen = None
        from tomoni_desktop.services.worksheets.handout import propose_channels

        proposals = propose_channels(uow, context.my_class_id, context.school_year_id)
        whatsapp = [p for p in proposals if p.channel is Channel.WHATSAPP]
        chosen = whatsapp[0].student_id  # the teacher sends this one on paper anyway
        result = hand_out_worksheet(
            uow,
            worksheet,
            context.my_class_id,
            context.school_year_id,
            issued_on=date(2026, 11, 22),
            channels={chosen: Channel.PAPER},
        )
        # a week on is Sunday the 29th: the default is the next school day, and since
        # nobody asked for the Sunday, nothing says it moved
        assert result.due.due_on == date(2026, 11, 30)
        assert result.due.moved_from is None
        stored = session.get(HandOut, result.hand_out_id)
        assert stored.due_asked_on is None
        assert stored.due_note == ""
        assert result.paper + result.whatsapp == len(proposals) == 32
        assert result.whatsapp == len(whatsapp) - 1
        copies = session.scalars(select(WorksheetCopy)).all()
        assert len({c.pickup_code for c in copies}) == 32
        assert next(c for c in copies if c.student_id == chosen).channel is Channel.PAPER
        [line] = out_on_paper(uow, context.school_year_id)
        assert (line.class_name, line.worksheets, line.copies) == ("VII A", 1, result.paper)


def test_hand_out_rules(demo_database, school):
    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        session = uow.session
        worksheet = save_worksheet(uow, context.school_id, typed(maths))
        with pytest.raises(ValidationError, match="before the day"):
            hand_out_worksheet(
                uow,
                worksheet,
                context.my_class_id,
                context.school_year_id,
                date(2026, 11, 22),
                due_on=date(2026, 11, 1),
            )
        archive_worksheet(uow, worksheet)
        with pytest.raises(ValidationError, match="archived"):
            hand_out_worksheet(
                uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 11, 22)
            )
        assert session.scalar(select(func.count()).select_from(WorksheetCopy)) == 0


def test_a_clash_of_codes_takes_the_next_attempt(demo_database, school, monkeypatch):
    import tomoni_desktop.services.worksheets.pickup_codes as pickup_codes

    context, maths, _ = school
    calls = []

    def clashing(copy_id, attempt=0):
        calls.append(attempt)
        return (
            "AAA-AAA"
            if attempt == 0
            else f"AAA-{CODE_ALPHABET[attempt]}{CODE_ALPHABET[len(calls) % 25]}A"
        )

    with unit_of_work(demo_database) as uow:
        session = uow.session
        worksheet = save_worksheet(uow, context.school_id, replace(typed(maths)))
        monkeypatch.setattr(pickup_codes, "pickup_code", clashing)
        hand_out_worksheet(
            uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 11, 23)
        )
        codes = session.scalars(select(WorksheetCopy.pickup_code)).all()
    assert len(codes) == len(set(codes)) == 32 and "AAA-AAA" in codes


def test_overview_counts_what_is_out_on_paper(demo_database, school):
    from tomoni_desktop.services.school.overview import overview

    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        worksheet = save_worksheet(uow, context.school_id, typed(maths))
        result = hand_out_worksheet(
            uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 11, 23)
        )
        figures = overview(uow, context.school_year_id)
    mine = next(c for c in figures.per_class if c.class_id == context.my_class_id)
    assert (mine.paper_worksheets, mine.paper_copies) == (1, result.paper)
    assert figures.paper_copies == result.paper


def test_a_day_asked_for_that_is_no_school_day_is_kept_as_a_fact(demo_database, school):
    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        worksheet = save_worksheet(uow, context.school_id, typed(maths))
        result = hand_out_worksheet(
            uow,
            worksheet,
            context.my_class_id,
            context.school_year_id,
            date(2026, 11, 22),
            due_on=date(2026, 12, 25),
        )
        stored = uow.session.get(HandOut, result.hand_out_id)
        assert (stored.due_on, stored.due_asked_on) == (date(2026, 12, 26), date(2026, 12, 25))


@pytest.mark.parametrize("issued", [date(2026, 12, 18), date(2026, 11, 22), date(2027, 3, 13)])
def test_the_default_due_date_is_always_a_school_day(issued):
    from tomoni_desktop.core.school_days import is_school_day
    from tomoni_desktop.services.worksheets.handout import default_due

    due = default_due(issued)
    assert is_school_day(due.due_on) and due.due_on >= issued
    for later in range(40):  # every day of a stretch with Sundays, Christmas and New Year
        from datetime import timedelta

        assert is_school_day(default_due(issued + timedelta(days=later)).due_on)


def test_the_hand_outs_of_a_worksheet_and_what_came_back(demo_database, school):
    from tomoni_desktop.services.worksheets.handout import hand_outs_of

    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        session = uow.session
        worksheet = save_worksheet(uow, context.school_id, typed(maths))
        first = hand_out_worksheet(
            uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 11, 23)
        )
        copy = session.scalars(
            select(WorksheetCopy).where(
                WorksheetCopy.hand_out_id == first.hand_out_id,
                WorksheetCopy.channel == Channel.PAPER,
            )
        ).first()
        from tomoni_desktop.services.pickups.recording import record_code

        assert record_code(uow, copy.pickup_code, returned_on=date(2026, 11, 27)).recorded
        second = hand_out_worksheet(
            uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 12, 1)
        )
        rows = hand_outs_of(uow, worksheet)
    assert [r.id for r in rows] == [second.hand_out_id, first.hand_out_id]  # newest first
    older = rows[1]
    assert (older.class_name, older.issued_on, older.due_on) == (
        "VII A",
        date(2026, 11, 23),
        date(2026, 11, 30),
    )
    assert (older.on_paper, older.paper_back, older.paper_out) == (
        first.paper,
        1,
        first.paper - 1,
    )
    assert older.by_whatsapp == first.whatsapp and older.whatsapp_back == 0


def test_checks_before_handing_out(demo_database, school):
    from tomoni_desktop.core.models import SchoolClass
    from tomoni_desktop.services.worksheets.handout import check_hand_out

    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        worksheet = save_worksheet(uow, context.school_id, typed(maths, level=8))
        check = check_hand_out(uow, worksheet, context.my_class_id, date(2026, 11, 23))
        assert check.level_differs and (check.worksheet_level, check.class_level) == (8, 7)
        assert check.still_out == () and check.issued.moved_from is None
        result = hand_out_worksheet(
            uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 11, 23)
        )
        sunday = check_hand_out(uow, worksheet, context.my_class_id, date(2026, 11, 29))
        assert sunday.issued.moved_from == date(2026, 11, 29)
        [still] = sunday.still_out
        assert (still.issued_on, still.copies) == (date(2026, 11, 23), result.paper)
        other = uow.session.scalars(select(SchoolClass).where(SchoolClass.level == 8)).first()
        assert check_hand_out(uow, worksheet, other.id, date(2026, 11, 23)).still_out == ()


def test_a_packet_of_one_hand_out_holds_only_its_copies(demo_database, school):
    from tomoni_desktop.services.worksheets.packets import packet_data

    context, maths, science = school
    with unit_of_work(demo_database) as uow:
        first = save_worksheet(uow, context.school_id, typed(maths))
        second = save_worksheet(uow, context.school_id, typed(science, title="Sel"))
        hand_out_worksheet(
            uow, first, context.my_class_id, context.school_year_id, date(2026, 11, 23)
        )
        latest = hand_out_worksheet(
            uow, second, context.my_class_id, context.school_year_id, date(2026, 11, 24)
        )
        only = packet_data(uow, context.my_class_id, hand_out_id=latest.hand_out_id)
        everything = packet_data(uow, context.my_class_id)
    assert [s.title for s in only.sheets] == ["Sel"]
    assert sum(len(p.copies) for p in only.pupils) == latest.paper
    assert {s.title for s in everything.sheets} == {"Sel", "Pecahan senilai"}


def test_the_library_says_how_many_pages_a_typed_worksheet_fills(demo_database, school):
    from tomoni_desktop.core.settings import save_settings

    context, maths, _ = school
    with unit_of_work(demo_database) as uow:
        save_worksheet(
            uow,
            context.school_id,
            typed(
                maths, questions=[QuestionDraft(f"Soal {n}.", answer_lines=10) for n in range(12)]
            ),
        )
        [row] = search_worksheets(uow, context.school_id)
        assert row.question_count == 12 and row.pages == "questions"
        on_f4 = row.page_count
        save_settings(uow.session, paper_size="A4")
        [row] = search_worksheets(uow, context.school_id)
    # twelve questions of ten lines (about 100 mm each) take several pages, more on A4
    assert 4 <= on_f4 <= row.page_count <= 12
