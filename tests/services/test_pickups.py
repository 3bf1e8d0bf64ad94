"""Recording returned copies by pickup code: every kind of code, undo, late, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.sync.helpers import call, make_laptop, make_office, send
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import (
    Channel,
    CopyReturn,
    HandOut,
    ReturnWay,
    SchoolClass,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.pickups.recording import (
    Recorded,
    record_code,
    record_codes,
    undo_return,
)
from tomoni_desktop.services.school.setup import school_context
from tomoni_desktop.services.worksheets.handout import hand_outs_of, out_on_paper
from tomoni_desktop.services.worksheets.packets import packet_data

ISSUED = date(2026, 11, 23)

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


@pytest.fixture
def handed_out(demo_database):
    """The demo's typed worksheet handed out to VII A and VII B on 23 November."""
    from tests.services.test_worksheets import typed
    from tomoni_desktop.core.models import Subject
    from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
    from tomoni_desktop.services.worksheets.library import save_worksheet

    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        maths = session.scalars(select(Subject).where(Subject.name == "Matematika")).one()
        worksheet = save_worksheet(uow, context.school_id, typed(maths.id))
        other = session.scalars(
            select(SchoolClass)
            .where(SchoolClass.id != context.my_class_id)
            .order_by(SchoolClass.level, SchoolClass.name)
        ).first()
        for class_id in (context.my_class_id, other.id):
            hand_out_worksheet(uow, worksheet, class_id, context.school_year_id, ISSUED)
        codes = {
            key: session.scalars(
                select(WorksheetCopy.pickup_code)
                .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
                .where(HandOut.class_id == class_id, WorksheetCopy.channel == Channel.PAPER)
                .order_by(WorksheetCopy.pickup_code)
            ).all()
            for key, class_id in (("mine", context.my_class_id), ("theirs", other.id))
        }
        codes["their class"] = other.name
    return demo_database, context, worksheet, codes


def test_every_kind_of_code_gets_its_own_answer(handed_out):
    database, context, _worksheet, codes = handed_out
    mine, theirs = codes["mine"], codes["theirs"]
    with unit_of_work(database) as uow:
        typed_loosely = mine[0].lower().replace("-", " ")  # "k7m q2p": as a tired teacher types
        first = record_code(
            uow, typed_loosely, returned_on=date(2026, 11, 28), class_id=context.my_class_id
        )
        assert first.outcome is Recorded.RETURNED and first.code == mine[0]
        assert first.pupil and first.class_name == "VII A" and first.worksheet == "Pecahan senilai"
        assert not first.late  # due 30 November
        again = record_code(uow, mine[0], returned_on=date(2026, 12, 1))
        assert again.outcome is Recorded.ALREADY and again.returned_on == date(2026, 11, 28)
        sibling = record_code(
            uow, theirs[0], returned_on=date(2026, 12, 2), class_id=context.my_class_id
        )
        assert sibling.outcome is Recorded.OTHER_CLASS
        assert sibling.class_name == codes["their class"]
        assert sibling.recorded and sibling.late  # after 30 November
        assert record_code(uow, "ACD-EFG", returned_on=ISSUED).outcome is Recorded.UNKNOWN
        for wrong in ("K7M-Q2", "OOO-000", "hello", ""):
            assert record_code(uow, wrong, returned_on=ISSUED).outcome is Recorded.MALFORMED
        with pytest.raises(ValidationError, match="cannot come back before"):
            record_code(uow, mine[1], returned_on=date(2026, 11, 1))
        returns = uow.session.scalars(select(CopyReturn)).all()
    assert len(returns) == 2


def test_a_returned_copy_leaves_the_counts_and_the_packet_and_undo_brings_it_back(handed_out):
    database, context, worksheet, codes = handed_out
    with unit_of_work(database) as uow:
        before = {line.class_id: line.copies for line in out_on_paper(uow, context.school_year_id)}
        result = record_code(uow, codes["mine"][0], returned_on=date(2026, 11, 28))
        after = {line.class_id: line.copies for line in out_on_paper(uow, context.school_year_id)}
        mine_id = context.my_class_id
        assert after[mine_id] == before[mine_id] - 1
        assert all(after[k] == v for k, v in before.items() if k != mine_id)
        [mine] = [h for h in hand_outs_of(uow, worksheet) if h.class_name == "VII A"]
        assert mine.paper_back == 1
        packet = packet_data(uow, context.my_class_id)
        assert codes["mine"][0] not in {c.code for p in packet.pupils for c in p.copies}
        undo_return(uow, result.return_id)
        restored = {
            line.class_id: line.copies for line in out_on_paper(uow, context.school_year_id)
        }
        assert restored == before
        again = record_code(uow, codes["mine"][0], returned_on=date(2026, 11, 29))
        assert again.outcome is Recorded.RETURNED  # undone, so it can be recorded anew


def test_many_codes_are_recorded_together_or_not_at_all(handed_out):
    database, _context, _worksheet, codes = handed_out
    with pytest.raises(ValidationError), unit_of_work(database) as uow:
        record_codes(uow, [codes["mine"][0], codes["mine"][1]], returned_on=date(2026, 11, 1))
    with unit_of_work(database) as uow:
        assert uow.session.scalars(select(CopyReturn)).all() == []
        results = record_codes(
            uow, codes["mine"][:3], returned_on=date(2026, 11, 28), way=ReturnWay.SCHOOL
        )
    assert [r.outcome for r in results] == [Recorded.RETURNED] * 3


def test_two_laptops_recording_one_copy_keep_both_returns_and_count_it_once(tmp_path):
    from tomoni_desktop.services.worksheets.handout import hand_out_worksheet

    office = make_office(tmp_path, students=12, worksheets=True)
    laptop = make_laptop(office, tmp_path, "Laptop Bu Ani")
    send(office, laptop, tmp_path / "a")
    with unit_of_work(office) as uow:
        code = uow.session.scalars(
            select(WorksheetCopy.pickup_code)
            .where(WorksheetCopy.channel == Channel.PAPER, ~copy_is_returned(WorksheetCopy.id))
            .order_by(WorksheetCopy.pickup_code)
        ).first()
    assert hand_out_worksheet  # the demo handed out; both laptops now hold the same copies
    for database, day in ((office, date(2026, 9, 20)), (laptop, date(2026, 9, 21))):
        result = call(database, record_code, code, returned_on=day)
        assert result.outcome is Recorded.RETURNED
    send(laptop, office, tmp_path / "b")
    send(office, laptop, tmp_path / "c")
    for database in (office, laptop):
        with unit_of_work(database) as uow:
            returns = uow.session.scalars(
                select(CopyReturn.returned_on)
                .join(WorksheetCopy, WorksheetCopy.id == CopyReturn.copy_id)
                .where(WorksheetCopy.pickup_code == code)
                .order_by(CopyReturn.returned_on)
            ).all()
            assert returns == [date(2026, 9, 20), date(2026, 9, 21)]  # both kept
            returned = uow.session.scalar(
                select(WorksheetCopy.id).where(
                    WorksheetCopy.pickup_code == code, copy_is_returned(WorksheetCopy.id)
                )
            )
            assert returned is not None
            counted = uow.session.execute(
                select(WorksheetCopy.id).where(
                    WorksheetCopy.pickup_code == code, copy_is_returned(WorksheetCopy.id)
                )
            ).all()
            assert len(counted) == 1  # the copy counts once
    laptop.close()
    office.close()


def test_codes_are_read_from_photos_and_a_scanned_pdf_of_covers(handed_out, tmp_path):
    import pypdfium2
    from PIL import ImageEnhance, ImageFilter

    from tomoni_desktop.reports.packet import write_packet
    from tomoni_desktop.services.pickups.photos import record_from_pictures

    database, context, _worksheet, codes = handed_out
    with unit_of_work(database) as uow:
        data = packet_data(uow, context.my_class_id)
    scan = tmp_path / "pindaian.pdf"
    write_packet(data, scan, paper="A4")
    document = pypdfium2.PdfDocument(str(scan))
    covers = [
        n
        for n in range(len(document))
        if "Kode pengambilan" in document[n].get_textpage().get_text_range()
    ]
    photo = tmp_path / "sampul.jpg"
    picture = (
        document[covers[1]].render(scale=1.6).to_pil().rotate(20, expand=True, fillcolor="white")
    )
    picture = ImageEnhance.Brightness(picture.filter(ImageFilter.GaussianBlur(1))).enhance(0.7)
    picture.save(photo, quality=40)
    first_page = tmp_path / "halaman-satu.pdf"
    single = pypdfium2.PdfDocument.new()
    single.import_pages(document, [covers[0]])
    single.save(str(first_page))
    with unit_of_work(database) as uow:
        results = record_from_pictures(uow, [photo, first_page], returned_on=date(2026, 11, 28))
    cover_codes = {data.pupils[0].copies[0].code, data.pupils[1].copies[0].code}
    assert {r.result.code for r in results} == cover_codes
    assert all(r.result.outcome is Recorded.RETURNED for r in results)
    assert {r.source for r in results} == {"sampul.jpg", "halaman-satu.pdf (1)"}

    note = tmp_path / "catatan.txt"
    note.write_text("bukan foto")
    with (
        pytest.raises(ValidationError, match="not a photo or a PDF"),
        unit_of_work(database) as uow,
    ):
        record_from_pictures(uow, [scan, note], returned_on=date(2026, 11, 28))
    with unit_of_work(database) as uow:
        assert len(uow.session.scalars(select(CopyReturn)).all()) == 2  # nothing more


def test_return_rates_per_class_and_per_week(handed_out):
    from tomoni_desktop.services.pickups.outstanding import return_rates

    database, context, _worksheet, codes = handed_out
    with unit_of_work(database) as uow:
        record_code(uow, codes["mine"][0], returned_on=date(2026, 11, 27))  # on time
        record_code(uow, codes["mine"][1], returned_on=date(2026, 12, 2))  # late
        record_code(uow, codes["mine"][1], returned_on=date(2026, 12, 3))  # already: once
        rates = return_rates(uow, context.school_year_id, date(2026, 12, 4), weeks=3)
    mine = next(r for r in rates.per_class if r.class_name == "VII A")
    assert (mine.on_paper, mine.returned, mine.late) == (len(codes["mine"]), 2, 1)
    assert round(mine.rate, 4) == round(2 / len(codes["mine"]), 4)
    assert rates.per_week == [
        (date(2026, 11, 16), 0),
        (date(2026, 11, 23), 1),
        (date(2026, 11, 30), 1),
    ]
    # Per worksheet handed out: the same worksheet to two classes is two rows.
    [worksheet_mine] = [r for r in rates.per_hand_out if r.class_name == "VII A"]
    assert (worksheet_mine.on_paper, worksheet_mine.returned, worksheet_mine.late) == (
        len(codes["mine"]),
        2,
        1,
    )
    [worksheet_other] = [r for r in rates.per_hand_out if r.class_name != "VII A"]
    assert worksheet_other.returned == 0 and worksheet_other.rate == 0.0
    assert worksheet_mine.worksheet == worksheet_other.worksheet
    assert worksheet_mine.issued_on == date(2026, 11, 23)


def test_an_undone_return_does_not_count_in_the_return_rates(handed_out):
    from tomoni_desktop.services.pickups.outstanding import return_rates

    database, context, _worksheet, codes = handed_out
    with unit_of_work(database) as uow:
        recorded = record_code(uow, codes["mine"][0], returned_on=date(2026, 11, 27))
        record_code(uow, codes["mine"][1], returned_on=date(2026, 11, 27))
        undo_return(uow, recorded.return_id)  # a wrong scan, taken back
        rates = return_rates(uow, context.school_year_id, date(2026, 12, 4), weeks=2)
    mine = next(r for r in rates.per_class if r.class_name == "VII A")
    assert mine.returned == 1
    assert rates.per_week == [(date(2026, 11, 23), 1), (date(2026, 11, 30), 0)]
