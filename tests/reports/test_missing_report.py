"""The list of missing scores: a line of the list is a line of paper, on F4 and on A4."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from tests.reports.overlap import overlaps, text_sizes
from tomoni_desktop.reports.missing_report import (
    WORDS,
    MissingLine,
    MissingReport,
    write_missing_report,
)

NAMES = ["Sulkifli Daeng Matasa", "Agus Setiawan", "Nurul Hikmah Tahir", "Ni Ketut Ariani"]


def report(lines: int) -> MissingReport:
    return MissingReport(
        "SMP Negeri 1 Tomoni",
        "VII A",
        "Sri Wahyuningsih, S.Pd.",
        date(2026, 12, 1),
        [
            MissingLine(
                "Matematika" if n < lines - 3 else "IPA",
                NAMES[n % len(NAMES)],
                "missing_past_due",
                "Pecahan senilai dan penyederhanaan" if n % 2 else "Sumatif 2 (proyek)",
            )
            for n in range(lines)
        ],
    )


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_each_missing_score_takes_one_line_of_paper(tmp_path, paper):
    out = tmp_path / "kurang.pdf"
    pages = write_missing_report(report(30), out, paper)
    pieces = text_sizes(out)
    for whole in (WORDS["missing_past_due"], "Pecahan senilai dan penyederhanaan", *NAMES):
        assert pieces.get(whole) == 10.0, f"{whole!r} is not one line of its own"
    assert not overlaps(out)
    assert pages == len(PdfReader(out).pages) == 1  # 30 lines and two subjects: one sheet


def test_a_long_reason_wraps_in_its_own_column(tmp_path):
    """A reason written by hand may be long: it wraps, and the other columns keep their
    words whole."""
    long = "Remedial lisan pada 12-11 setelah kunjungan rumah; nilai disesuaikan dengan KKTP"
    lines = [MissingLine("Matematika", "Agus Setiawan", "overridden", long)]
    out = tmp_path / "kurang.pdf"
    write_missing_report(MissingReport("SMP", "VII A", "", date(2026, 12, 1), lines), out, "A4")
    pieces = text_sizes(out)
    assert pieces.get(WORDS["overridden"]) == 10.0 and pieces.get("Agus Setiawan") == 10.0
    assert long not in pieces and not overlaps(out)
