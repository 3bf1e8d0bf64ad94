"""What a teacher typed is printed as typed: a "<" in a note is not markup (reportlab read
"<b" as a tag and stopped the print; "<Baik>" vanished), and a new line stays one."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from tomoni_desktop.reports.grade_data import ClassReport, PupilReport, SubjectResult
from tomoni_desktop.reports.leger import write_leger
from tomoni_desktop.reports.meeting_sheets import SignInSheet, write_sign_in_sheet
from tomoni_desktop.reports.progress_report import write_progress_reports

NOTE = "Ananda <b>rajin, nilai <Baik> & tekun.\nBaris kedua catatan."
DESCRIPTION = "Menguasai a < b dan <i>pecahan"


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_note_and_a_description_with_angle_brackets_are_printed_as_typed(tmp_path):
    report = ClassReport(
        school="SMP Negeri 1 Tomoni & Mitra",
        npsn="40312345",
        class_name="VII A",
        level=7,
        year_name="2026/2027",
        term="Ganjil",
        teacher="Sri Wahyuningsih",
        teacher_nip="",
        today=date(2026, 11, 30),
        subjects=[("Ilmu <Pengetahuan> Alam", "IPA")],
        pupils=[PupilReport("Andi", "1", "0011223344", [SubjectResult(81, DESCRIPTION, (False,))],
                            None, NOTE)],
        objectives=[[("TP 1", "membandingkan a <b dan c")]],
    )  # fmt: skip
    out = tmp_path / "rapor.pdf"
    write_progress_reports(report, out)
    text = _text(out)
    assert "Ananda <b>rajin, nilai <Baik> & tekun." in text
    assert "Baris kedua catatan." in text.split("tekun.")[1].splitlines()[1]  # its own line
    assert "Menguasai a < b dan <i>pecahan" in text and "<Pengetahuan>" in text
    write_leger([report], tmp_path / "leger.pdf")
    leger = _text(tmp_path / "leger.pdf")
    assert "TP 1 membandingkan a <b dan c" in leger and "SMP Negeri 1 Tomoni & Mitra" in leger


def test_an_agenda_typed_with_markup_characters_is_printed_on_the_sign_in_sheet(tmp_path):
    sheet = SignInSheet(
        "SMP Negeri 1 Tomoni", "VII A", "Sri", date(2026, 12, 4), "08:30", "Ruang <kelas>",
        "Rapor <b>tengah semester & kunjungan", "K7M-Q2P", ["guru BK"], [("Ayu", "Ina", "Tomoni")],
    )  # fmt: skip
    out = tmp_path / "daftar-hadir.pdf"
    write_sign_in_sheet(sheet, out)
    text = _text(out)
    assert "Rapor <b>tengah semester & kunjungan" in text and "Ruang <kelas>" in text
