"""The list of copies not back: on as little paper as its lines need, every word whole."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from tests.reports.overlap import overlaps, text_sizes
from tomoni_desktop.reports.outstanding_data import OutstandingCopy, OutstandingReport
from tomoni_desktop.reports.outstanding_report import write_outstanding_report

TODAY = date(2026, 12, 1)
HOMES = [
    ("Ayu Wulandari", "Beringin Jaya", "Dusun Karang Anyar"),
    ("I Putu Yoga Pratama", "Sindu Agung", "Dusun Sindu Makmur"),
    ("Putri Maharani", "Bangun Karya", "Dusun Bangun Rejo"),
    ("Efraim Tarima", "Ujung Baru", "Dusun Ujung Baru"),
]
TITLES = ["Pecahan senilai dan penyederhanaan", "Sistem organisasi kehidupan"]


def report(copies: int) -> OutstandingReport:
    rows = [
        OutstandingCopy(
            code=f"W{n:02d}-M4T",
            pupil=HOMES[n % 4][0],
            class_name="VII A",
            village=HOMES[n % 4][1],
            dusun=HOMES[n % 4][2],
            worksheet=TITLES[n % 2],
            issued_on=date(2026, 11, 4),
            due_on=date(2026, 11, 18),
            days_overdue=13,
            failed_visits=2,
        )
        for n in range(copies)
    ]
    return OutstandingReport("SMP Negeri 1 Tomoni", "VII A", "Sri Wahyuningsih", TODAY, rows)


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_a_class_of_copies_not_back_takes_one_sheet_every_word_whole(tmp_path, paper):
    out = tmp_path / "belum-kembali.pdf"
    pages = write_outstanding_report(report(17), out, paper)
    assert pages == len(PdfReader(out).pages) == 1  # at three lines a copy: two sheets
    pieces = text_sizes(out)
    words = {word for text in pieces for word in text.split()}
    assert {"penyederhanaan", "kehidupan", "Sindu", "Makmur"} <= words  # none broken
    assert not overlaps(out)


def test_a_class_with_every_copy_back_says_so(tmp_path):
    out = tmp_path / "belum-kembali.pdf"
    assert write_outstanding_report(report(0), out) == 1  # it stopped with a TypeError
    assert "Semua lembar kerja kertas sudah kembali." in PdfReader(out).pages[0].extract_text()
