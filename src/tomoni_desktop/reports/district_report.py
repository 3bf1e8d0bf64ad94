"""The district's report on paper (landscape, in Indonesian as all paper): a line per school
with its pupils, worksheets handed out and returned, home visits, the register's S, I and
A, and the average score; the district's totals at the foot. Rows share the page's height,
so 30 schools fill one landscape F4 page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.reports.documents import MM, ClassList
from tomoni_desktop.reports.fonts import BOLD, REGULAR
from tomoni_desktop.reports.packet import PAPER, tanggal


@dataclass(frozen=True)
class SchoolFigures:
    """One school's line of the district's report (facts, read by services/sync/district.py)."""

    school_id: str
    name: str
    pupils: int
    copies_out: int  # worksheet copies handed out
    copies_back: int  # of them, returned
    visits: int  # home visits made (a visit's outcome recorded)
    sick: int  # register marks: S, I, A
    excused: int
    absent: int
    scores: int  # scores entered
    average_score: float | None

    @property
    def returned_share(self) -> float | None:
        return self.copies_back / self.copies_out if self.copies_out else None


def _share(part: int, whole: int) -> str:
    return "-" if not whole else f"{part * 100 / whole:.0f} %"


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}".replace(".", ",")


def write_district_report(
    figures: Sequence[SchoolFigures], out: Path, today: date | None = None, paper: str = "F4"
) -> int:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, TableStyle

    today = today or date.today()
    width, height = PAPER[paper]
    page = ClassList((height, width))  # landscape
    heads = [
        "No",
        "Sekolah",
        "Siswa",
        "LK dibagikan",
        "LK kembali",
        "Kembali",
        "Kunjungan",
        "S",
        "I",
        "A",
        "Nilai dicatat",
        "Rata-rata nilai",
    ]
    rows: list[list] = [heads]
    for number, school in enumerate(figures, start=1):
        rows.append(
            [
                str(number),
                school.name or "-",
                str(school.pupils),
                str(school.copies_out),
                str(school.copies_back),
                _share(school.copies_back, school.copies_out),
                str(school.visits),
                str(school.sick),
                str(school.excused),
                str(school.absent),
                str(school.scores),
                _number(school.average_score),
            ]
        )
    scored = [s for s in figures if s.average_score is not None and s.scores]
    weighted = (
        sum(s.average_score * s.scores for s in scored if s.average_score is not None)
        / sum(s.scores for s in scored)
        if scored
        else None
    )
    out_total, back_total = sum(s.copies_out for s in figures), sum(s.copies_back for s in figures)
    rows.append(
        [
            "",
            f"Kabupaten ({len(figures)} sekolah)",
            str(sum(s.pupils for s in figures)),
            str(out_total),
            str(back_total),
            _share(back_total, out_total),
            str(sum(s.visits for s in figures)),
            str(sum(s.sick for s in figures)),
            str(sum(s.excused for s in figures)),
            str(sum(s.absent for s in figures)),
            str(sum(s.scores for s in figures)),
            _number(weighted),
        ]
    )
    # the lines share what the heading, the two-line header, the legend and the margins
    # leave, up to 9 mm each
    room = width - 2 * page.MARGIN - 16 * MM - 32 * MM
    row_height = min(9 * MM, room / (len(rows) - 1))
    size = min(11.0, row_height / MM * 2.2)
    head = min(size, 8.5)  # a word of the header on one line of its narrow column
    head_style = ParagraphStyle(
        "head", fontName=BOLD, fontSize=head, leading=head * 1.15, alignment=TA_CENTER
    )
    rows[0] = [Paragraph(words, head_style) for words in heads]
    name_share = 0.22
    other = (1 - name_share - 0.035) / (len(heads) - 2)
    table = page.table(
        rows, (0.035, name_share, *[other] * (len(heads) - 2)), row_height, font_size=size
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, size),
                ("FONT", (0, -1), (-1, -1), BOLD, size),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("BACKGROUND", (0, -1), (-1, -1), "#eef3f4"),
            ]
        )
    )
    legend = page.text(
        "LK: lembar kerja untuk siswa tanpa sinyal. Kembali: bagian LK yang sudah diterima "
        "kembali (lewat kunjungan rumah, di sekolah, atau lewat orang tua). Kunjungan: kunjungan "
        "rumah yang hasilnya dicatat. S sakit · I izin · "
        "A tanpa keterangan: tanda di daftar hadir. Rata-rata nilai: semua nilai yang dicatat; "
        "baris kabupaten menimbang tiap sekolah menurut banyak nilainya."
    )
    story = [
        page.heading("Laporan kabupaten: pengembalian LK, kunjungan, kehadiran dan nilai"),
        page.text(f"Per {tanggal(today)} · dari hub kabupaten · {len(figures)} sekolah"),
        Spacer(1, 3 * MM),
        table,
        Spacer(1, 3 * MM),
        legend,
    ]
    return page.write(
        story,
        out,
        class_name="Laporan kabupaten",
        day=tanggal(today),
        title="Laporan kabupaten",
        author="",
        school="",
    )
