"""The packet PDF, read back: the right pupils in walking order, pages, codes, QR codes."""

from __future__ import annotations

import re
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from sqlalchemy import select, update

from tests.samples import pdf_pages
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import Channel, Student, Subject, WorksheetCopy
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.reports.packet import BAND, MM, PAPER, sheet_pages, write_packet
from tomoni_desktop.services.school.setup import school_context
from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
from tomoni_desktop.services.worksheets.library import QuestionDraft, WorksheetDraft, save_worksheet
from tomoni_desktop.services.worksheets.packets import packet_data

SOURCE_PAGES = 4


@pytest.fixture
def handed_out(demo_database):
    """A typed worksheet and a 4-page PDF worksheet handed out to VII A."""
    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        subjects = {s.name: s.id for s in session.scalars(select(Subject))}
        typed = save_worksheet(
            uow,
            context.school_id,
            WorksheetDraft(
                subject_id=subjects["Matematika"],
                level=7,
                title="Pecahan senilai",
                questions=[
                    QuestionDraft(f"Soal nomor {n}: sederhanakan {n}/{n * 2}.", answer_lines=5)
                    for n in range(1, 8)
                ],
            ),
        )
        attached = save_worksheet(
            uow,
            context.school_id,
            WorksheetDraft(
                subject_id=subjects["IPA"],
                level=7,
                title="Sel dan jaringan",
                pdf=pdf_pages(SOURCE_PAGES),
                pdf_name="sel.pdf",
            ),
        )
        for worksheet in (typed, attached):
            hand_out_worksheet(
                uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 11, 23)
            )
        data = packet_data(uow, context.my_class_id)
    return demo_database, context, data


def text_of(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def test_right_pupils_in_walking_order_with_their_codes(handed_out, tmp_path):
    database, context, data = handed_out
    out = tmp_path / "paket.pdf"
    result = write_packet(data, out, paper="F4")
    reader = PdfReader(out)
    pages = text_of(reader)
    with unit_of_work(database) as uow:
        session = uow.session
        on_paper = session.execute(
            select(Student.full_name, Student.village, Student.dusun, WorksheetCopy.pickup_code)
            .join(WorksheetCopy, WorksheetCopy.student_id == Student.id)
            .where(WorksheetCopy.channel == Channel.PAPER)
        ).all()
    expected_order = sorted(
        {(v.casefold(), d.casefold(), n.casefold(), n) for n, v, d, _ in on_paper}
    )
    covers = [text for text in pages if "Kode pengambilan" in text]
    assert len(covers) == len(on_paper)
    names_in_order = list(
        dict.fromkeys(
            next(name for *_k, name in expected_order if f"Nama {name}" in text.replace("\n", " "))
            for text in covers
        )
    )
    assert names_in_order == [name for *_k, name in expected_order]
    everything = "\n".join(pages)
    for *_rest, code in on_paper:
        assert code in everything
    per_pupil = {name for name, *_ in on_paper}
    assert result.pupils == len(per_pupil) and result.copies == len(on_paper)
    # each section says "halaman 1 dari N" on its cover: the sections fill the document
    sections = [int(re.search(r"halaman 1 dari (\d+)", text).group(1)) for text in covers]
    assert sum(sections) == len(reader.pages)
    assert len(reader.pages) == result.pages


def test_each_qr_code_reads_as_its_pickup_code(handed_out, tmp_path):
    _database, _context, data = handed_out
    out = tmp_path / "paket.pdf"
    write_packet(data, out)
    reader = PdfReader(out)
    document = pypdfium2.PdfDocument(str(out))
    checked = 0
    for number, page in enumerate(reader.pages):
        text = page.extract_text() or ""
        if "Kode pengambilan" not in text:
            continue
        image = document[number].render(scale=1.5).to_pil()
        [found] = zxingcpp.read_barcodes(image)
        assert found.format == zxingcpp.BarcodeFormat.QRCode
        assert found.text in text
        checked += 1
    assert checked == sum(len(p.copies) for p in data.pupils)


def test_attached_pages_are_shared_and_fit_under_the_band(handed_out, tmp_path):
    _database, _context, data = handed_out
    only_pdf = type(data)(
        data.school,
        data.class_name,
        data.school_year,
        data.sheets,
        [
            type(p)(
                p.name,
                p.nisn,
                p.village,
                p.dusun,
                [c for c in p.copies if data.sheets[c.sheet].pdf],
            )
            for p in data.pupils
        ],
    )
    out = tmp_path / "ipa.pdf"
    write_packet(only_pdf, out, paper="A4")
    reader = PdfReader(out)
    forms = set()
    width, height = PAPER["A4"]
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for name, ref in xobjects.items():
            if str(name).startswith("/TmSrc"):
                forms.add(ref.idnum)
                content = page.get_contents().get_data().decode("latin-1")
                scale, _, _, _, x, y = (float(v) for v in content.rsplit(" cm ", 1)[0].split()[-6:])
                assert scale <= 1.0
                source_height = 841.89  # the A4 pages of the sample PDF
                assert y + source_height * scale <= height - BAND + 0.5  # below the band
                assert x >= 0 and y >= 0
    assert len(forms) == SOURCE_PAGES  # each source page once, however many pupils
    source = len(pdf_pages(SOURCE_PAGES))
    pupils = len(only_pdf.pupils)
    assert out.stat().st_size <= source + 20_000 * pupils


def test_paper_sizes_and_a_new_sheet_per_pupil(handed_out, tmp_path):
    _database, _context, data = handed_out
    for paper, (width, height) in PAPER.items():
        out = tmp_path / f"{paper}.pdf"
        write_packet(data, out, paper=paper, new_sheet_per_pupil=True)
        reader = PdfReader(out)
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (round(width), round(height))
        starts = [n for n, p in enumerate(text_of(reader)) if "halaman 1 dari" in p]
        firsts_of_pupils = [starts[i] for i in range(0, len(starts), 2)]  # two worksheets each
        assert all(n % 2 == 0 for n in firsts_of_pupils)
    assert round(PAPER["F4"][0] / MM) == 215 and round(PAPER["F4"][1] / MM) == 330


def test_long_names_and_titles_are_wrapped_not_cut(handed_out, tmp_path):
    database, context, _ = handed_out
    long_name = "A. Muh. Ma'ruf Al-Fatih bin Abdullah Daeng Matasa Pawelloi Tenriajeng Syamsuddin Baharuddin"
    with unit_of_work(database) as uow:
        session = uow.session
        copy = session.scalars(
            select(WorksheetCopy).where(WorksheetCopy.channel == Channel.PAPER)
        ).first()
        session.execute(
            update(Student).where(Student.id == copy.student_id).values(full_name=long_name)
        )
        session.commit()
        data = packet_data(uow, context.my_class_id)
    out = tmp_path / "panjang.pdf"
    write_packet(data, out)
    text = " ".join(" ".join(text_of(PdfReader(out))).split())
    for word in long_name.split():
        assert word in text


def test_a_class_with_nobody_on_paper(demo_database):
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        with pytest.raises(ValidationError) as caught:
            packet_data(uow, context.my_class_id)
    assert "Nobody in class VII A" in caught.value.english()


def test_nothing_half_written_when_the_folder_is_gone(handed_out, tmp_path):
    _database, _context, data = handed_out
    with pytest.raises(OSError):
        write_packet(data, tmp_path / "tidak-ada" / "paket.pdf")
    assert not (tmp_path / "tidak-ada").exists()


def test_a_long_title_wraps_and_the_school_habits_are_printed(demo_database, tmp_path):
    title = (
        "Menentukan pecahan senilai, menyederhanakan pecahan, dan " + "membandingkan pecahan " * 6
    )
    title = title[:200]
    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        subject = session.scalars(select(Subject).where(Subject.name == "Matematika")).one()
        worksheet = save_worksheet(
            uow,
            context.school_id,
            WorksheetDraft(
                subject_id=subject.id, level=7, title=title, questions=[QuestionDraft("Soal satu.")]
            ),
        )
        hand_out_worksheet(
            uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 11, 23)
        )
        data = packet_data(uow, context.my_class_id)
    out = tmp_path / "judul.pdf"
    write_packet(data, out, habits=["Sholat lima waktu", "Membaca Al-Kitab", "Menyapu halaman"])
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert title.strip() in text  # every word, in order: wrapped, never cut
    for habit in ("Sholat lima waktu", "Membaca Al-Kitab", "Menyapu halaman"):
        assert habit in text


def test_a_moved_due_date_is_explained_to_the_family_in_indonesian(handed_out, tmp_path):
    """The hand-out keeps only the day asked for; the packet names why the day moved."""
    from dataclasses import replace as replaced

    _database, _context, data = handed_out
    sheet = replaced(data.sheets[0], due_asked_on=date(2026, 12, 25), due_on=date(2026, 12, 26))
    moved = replaced(data, sheets=[sheet, *data.sheets[1:]])
    out = tmp_path / "natal.pdf"
    write_packet(moved, out)
    text = " ".join(" ".join(text_of(PdfReader(out))).split())
    assert "Tanggal kumpul dipindah: 25 Desember 2026 Hari Raya Natal" in text


def _one_sheet(data, kind: str):
    """The same pupils with only the typed (or only the attached) worksheet."""
    index = next(i for i, s in enumerate(data.sheets) if bool(s.pdf) == (kind == "pdf"))
    return type(data)(
        data.school,
        data.class_name,
        data.school_year,
        data.sheets,
        [
            type(p)(p.name, p.nisn, p.village, p.dusun, [c for c in p.copies if c.sheet == index])
            for p in data.pupils
        ],
        teacher=data.teacher,
    ), data.sheets[index]


@pytest.mark.parametrize("paper", ["F4", "A4"])
@pytest.mark.parametrize("kind", ["typed", "pdf"])
def test_a_pupil_gets_at_most_one_page_more_than_the_worksheet(handed_out, tmp_path, paper, kind):
    """The packet once took 10 pages per pupil for a 5-question worksheet."""
    _database, _context, data = handed_out
    only, sheet = _one_sheet(data, kind)
    result = write_packet(only, tmp_path / "p.pdf", paper=paper)
    own = sheet_pages(sheet, paper)
    assert own == (SOURCE_PAGES if kind == "pdf" else own) and own >= 1
    assert result.pages <= (own + 1) * result.pupils
    # and the whole of every question is still there
    text = " ".join(" ".join(text_of(PdfReader(tmp_path / "p.pdf"))).split())
    for question in sheet.questions:
        assert question.text in text


def test_the_demo_typed_worksheet_fits_two_f4_pages_with_cover_and_slip(tmp_path):
    from datetime import date as day

    from tomoni_desktop.core.models import AnswerSpace
    from tomoni_desktop.reports.packet_data import (
        PacketCopy,
        PacketData,
        PacketPupil,
        PacketQuestion,
        PacketSheet,
    )
    from tomoni_desktop.services.demo.worksheets import FRACTIONS

    sheet = PacketSheet(
        None,
        "Pecahan senilai dan penyederhanaan",
        "Matematika",
        "Kerjakan dengan pensil. Tuliskan cara mengerjakannya, bukan hanya jawabannya.",
        "Peserta didik dapat menentukan pecahan senilai dan menyederhanakan pecahan.",
        75,
        100,
        tuple(PacketQuestion(n, t, AnswerSpace.LINES, 5) for n, t in enumerate(FRACTIONS, 1)),
        None,
        0,
        day(2026, 11, 23),
        day(2026, 11, 30),
        None,
    )
    data = PacketData(
        "SMP",
        "VII A",
        "2026/2027",
        [sheet],
        [PacketPupil("Ani", "", "Desa", "Dusun", [PacketCopy(0, "K7M-001")])],
    )
    result = write_packet(data, tmp_path / "demo.pdf", paper="F4")
    pages = text_of(PdfReader(tmp_path / "demo.pdf"))
    assert result.pages == len(pages) == 2
    assert "Kode pengambilan" in pages[0] and "Lembar balikan" in pages[-1]


def test_cover_names_teacher_phone_village_and_dusun(handed_out, tmp_path):
    from dataclasses import replace as replaced

    _database, _context, data = handed_out
    assert data.teacher  # the class's homeroom teacher, from the school
    data = replaced(data, teacher_phone="0812-4455-6677")
    write_packet(data, tmp_path / "p.pdf")
    first = " ".join(text_of(PdfReader(tmp_path / "p.pdf"))[0].split())
    pupil = data.pupils[0]
    assert f"Wali kelas {data.teacher} (HP 0812-4455-6677)" in first
    assert f"Desa / Dusun {pupil.village} / {pupil.dusun}" in first


def test_the_phone_on_the_cover_comes_from_the_settings(handed_out):
    from tomoni_desktop.core.settings import save_settings

    database, context, _ = handed_out
    with unit_of_work(database) as uow:
        assert packet_data(uow, context.my_class_id).teacher_phone == ""
        with pytest.raises(ValidationError):
            save_settings(uow.session, packet_phone="12ab")
        save_settings(uow.session, packet_phone="0812 4455 6677")
        assert packet_data(uow, context.my_class_id).teacher_phone == "0812-4455-6677"


def test_attached_pages_carry_no_page_number_of_ours_and_metadata_names_the_work(
    handed_out, tmp_path
):
    _database, _context, data = handed_out
    only, sheet = _one_sheet(data, "pdf")
    write_packet(only, tmp_path / "p.pdf", paper="A4")
    reader = PdfReader(tmp_path / "p.pdf")
    pages = text_of(reader)
    # the sample's own pages say "LKPD IPA - halaman N": each page has one number, never two
    assert all(len(re.findall(r"halaman \d+", p)) == 1 for p in pages)
    ours = [p for p in pages if re.search(r"halaman \d+ dari", p)]
    assert len(ours) == len(only.pupils)  # only the cover-and-slip page of each pupil
    info = reader.metadata
    assert data.school in info.subject and sheet.title in info.title
    assert "anonymous" not in (info.author or "") and info.author == data.teacher


def test_no_text_smaller_than_ten_points(handed_out, tmp_path):
    _database, _context, data = handed_out
    write_packet(data, tmp_path / "p.pdf")
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(abs(size * tm[3] * cm[3]) or size)

    reader = PdfReader(tmp_path / "p.pdf")
    for page in reader.pages[:6]:  # covers, questions, slips
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 10


def test_the_cover_carries_the_code_as_a_barcode_a_cheap_scanner_reads(handed_out, tmp_path):
    _database, _context, data = handed_out
    out = tmp_path / "paket.pdf"
    write_packet(data, out, paper="F4")
    document = pypdfium2.PdfDocument(str(out))
    image = document[0].render(scale=3).to_pil()
    found = {
        (barcode.format, barcode.text)
        for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
    }
    first = data.pupils[0].copies[0].code
    assert (zxingcpp.BarcodeFormat.Code128, first) in found
