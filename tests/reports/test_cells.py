"""Printed lists keep every text inside its cell: a code did run into the date beside it,
a long name into the parent's, a village into its figures."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from tests.reports.overlap import overlaps
from tomoni_desktop.reports.documents import ClassList
from tomoni_desktop.reports.meeting_sheets import SignInSheet, write_sign_in_sheet
from tomoni_desktop.reports.outstanding_data import OutstandingCopy, OutstandingReport
from tomoni_desktop.reports.outstanding_report import write_outstanding_report
from tomoni_desktop.reports.packet import PAPER

TODAY = date(2026, 11, 30)


def test_the_list_not_back_keeps_codes_dates_and_numbers_apart(tmp_path):
    rows = [
        OutstandingCopy(
            code="WWW-MMM",
            pupil=f"Muhammad Rizky Pratama Daeng Matasa {n}",
            class_name="VII A",
            village="Bangun Karya <Atas> & Bawah",
            dusun="Dusun Bangun Rejo",
            worksheet="Pecahan senilai dan penyederhanaan bilangan pecahan campuran",
            issued_on=date(2026, 11, 1),
            due_on=date(2026, 11, 17),
            days_overdue=13,
            failed_visits=12,
        )
        for n in range(15)
    ]
    report = OutstandingReport("SMP Negeri 1 Tomoni", "VII A", "Sri Wahyuningsih", TODAY, rows)
    out = tmp_path / "belum-kembali.pdf"
    write_outstanding_report(report, out)
    assert overlaps(out) == []
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "WWW-MMM" in text and "17-11-2026" in text and "13 hari" in text
    assert "<Atas> & Bawah" in text  # printed as typed, not read as markup


def test_a_long_name_on_a_sign_in_sheet_is_set_smaller_on_its_line(tmp_path):
    families = [
        ("Muh. Fadli Syamsuddin Lagaligo", "Abdul Rahman Lagaligo", "Mulyasari Atas"),
        ("Ayu", "Ina", "Tomoni"),
    ] * 16
    sheet = SignInSheet(
        "SMP Negeri 1 Tomoni", "VII A", "Sri", TODAY, "08:30", "Ruang kelas", "Rapor", "K7M-Q2P",
        ["guru BK"], families,
    )  # fmt: skip
    out = tmp_path / "daftar-hadir.pdf"
    assert write_sign_in_sheet(sheet, out) == 1  # a class still fills one page
    assert overlaps(out) == []
    assert "Muh. Fadli Syamsuddin Lagaligo" in PdfReader(out).pages[0].extract_text()


def test_text_wider_than_its_cell_is_set_smaller_or_wrapped_and_fits():
    page = ClassList(PAPER["F4"])
    rows = [
        ["No", "Nama", "Kode pengambilan"],
        ["1", "Andi Muhammad Fikri", "K7M-Q2P"],
        ["2", "Andi Muhammad Fikri Syamsuddin Lagaligo Daeng Matasa Pasulu " * 3, "K7M-Q2P"],
    ]
    table = page.table(rows, (0, 0.02, 0), fit=(0, 2))  # the name's column: what is left
    cells, widths = table._cellvalues, table._colWidths
    assert widths[0] < widths[2] < widths[1]  # the fitted columns as wide as their text
    assert [type(cell).__name__ for cell in cells[0]] == ["str", "str", "Paragraph"]
    assert [type(cell).__name__ for cell in cells[1]] == ["str", "str", "str"]  # they fit
    wrapped = cells[2][1]  # too long even at 7 points: it wraps at that size
    assert type(wrapped).__name__ == "Paragraph"
    assert wrapped.style.fontSize == ClassList.SMALLEST
    used, _height = wrapped.wrap(widths[1] - ClassList.PADDING, 1000)
    assert used <= widths[1] - ClassList.PADDING
    narrow = page.table([["Nama"], ["Muh. Fadli Syamsuddin"]], (0.22,))._cellvalues[1][0]
    assert ClassList.SMALLEST < narrow.style.fontSize < ClassList.FONT_SIZE  # set smaller
    assert narrow.wrap(page.inner * 0.22 - ClassList.PADDING, 1000)[1] < 2 * ClassList.FONT_SIZE


def test_a_fitted_column_of_one_header_word_and_no_rows_is_its_word_wide():
    """A list with nothing in it yet still has a table shape (it stopped with a TypeError)."""
    page = ClassList(PAPER["A4"])
    table = page.table([["Kode", "Nama siswa"]], (0, 1), fit=(0,))
    widths = table._colWidths
    assert 0 < widths[0] < widths[1] and abs(sum(widths) - page.inner) < 0.01
