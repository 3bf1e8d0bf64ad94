"""The principal's week on one page (portrait A4/F4, in Indonesian as all paper): per class
and per village, the paper work that came back and what is overdue, the home visits, the
absences and the absence rate, the open cases, the families contacted and how many came to a
parent meeting; a small chart of absences per school day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.reports.documents import MM, ClassList
from tomoni_desktop.reports.fonts import BOLD, REGULAR
from tomoni_desktop.reports.packet import PAPER, tanggal

DAY_NAMES = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


@dataclass(frozen=True)
class WeekLine:
    name: str  # a class, or a village
    pupils: int
    returned: int  # paper copies that came back this week
    overdue: int  # paper copies past their due date, not back (now)
    visits: int  # home-visit stops made this week
    absent_days: int  # S + I + A pupil-days this week
    unexcused: int  # A pupil-days this week
    register_days: int  # pupil-days whose register was taken (the rate's denominator)
    open_cases: int
    contacted: int  # pupils whose families were contacted this week
    invited: int = 0  # families invited to a parent meeting held this week
    met: int = 0  # of them, families that came

    @property
    def rate(self) -> float | None:
        return self.absent_days * 100 / self.register_days if self.register_days else None


@dataclass(frozen=True)
class WeekPage:
    school: str
    first: date  # the Monday
    last: date  # the last day counted (Saturday, or today)
    made_on: date
    classes: list[WeekLine]
    villages: list[WeekLine]
    absent_per_day: list[tuple[date, int]]  # school days of the week: pupils absent

    @property
    def total(self) -> WeekLine:
        lines = self.classes
        return WeekLine(
            name="Jumlah",
            pupils=sum(line.pupils for line in lines),
            returned=sum(line.returned for line in lines),
            overdue=sum(line.overdue for line in lines),
            visits=sum(line.visits for line in lines),
            absent_days=sum(line.absent_days for line in lines),
            unexcused=sum(line.unexcused for line in lines),
            register_days=sum(line.register_days for line in lines),
            open_cases=sum(line.open_cases for line in lines),
            contacted=sum(line.contacted for line in lines),
            invited=sum(line.invited for line in lines),
            met=sum(line.met for line in lines),
        )


HEADER = [
    "",
    "Siswa",
    "Tugas kembali",
    "Tugas lewat batas",
    "Kun&shy;jungan rumah",
    "Hari tidak hadir",
    "Hari alpa",
    "Ketidak&shy;hadiran",
    "Kasus terbuka",
    "Orang tua dihubungi",
    "Hadir rapat ortu",
]


def _row(line: WeekLine) -> list[str]:
    rate = "-" if line.rate is None else f"{line.rate:.1f}".replace(".", ",") + " %"
    return [
        line.name,
        *map(str, (line.pupils, line.returned, line.overdue, line.visits)),
        *map(str, (line.absent_days, line.unexcused)),
        rate,
        *map(str, (line.open_cases, line.contacted)),
        f"{line.met} / {line.invited}" if line.invited else "-",
    ]


def _chart(page: WeekPage, width: float, height: float):
    from reportlab.graphics.shapes import Drawing, Rect, String

    drawing = Drawing(width, height)
    days = page.absent_per_day
    most = max((count for _day, count in days), default=0) or 1
    slot = width / max(len(days), 1)
    for number, (day, count) in enumerate(days):
        bar = (height - 12 * MM) * count / most
        x = number * slot + slot * 0.2
        drawing.add(Rect(x, 6 * MM, slot * 0.6, bar, fillColor="#c0392b", strokeColor=None))
        drawing.add(String(x, 6 * MM + bar + 2, str(count), fontName=BOLD, fontSize=9))
        label = f"{DAY_NAMES[day.weekday()]} {day.day}"
        drawing.add(String(x, 1 * MM, label, fontName=REGULAR, fontSize=9))
    return drawing


FIGURE_SHARES = (0.06, 0.085, 0.085, 0.1, 0.08, 0.06, 0.1, 0.08, 0.11, 0.1)
HEAD_SIZE = 8.5
HEAD_PADDING = 1.5  # points each side of a figure's header


def _shares(names: list[str], size: float, sheet: ClassList) -> tuple[float, ...]:
    """Each column's part of the width. The first (a class or a village, in both tables
    alike) is as wide as its longest name, so a village is not set smaller than a class;
    no figure's column is narrower than the longest word of its header; the figures share
    what is left as FIGURE_SHARES say."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max((stringWidth(name, BOLD, size) for name in (*names, "Jumlah")), default=0.0)
    first = min(max(0.14 * sheet.inner, widest + sheet.PADDING), 0.3 * sheet.inner)
    least = [
        2 * HEAD_PADDING
        + max(stringWidth(word, BOLD, HEAD_SIZE) for word in words.replace("&shy;", " ").split())
        for words in HEADER[1:]
    ]
    rest = sheet.inner - first
    widths = [rest * share / sum(FIGURE_SHARES) for share in FIGURE_SHARES]
    short = sum(max(0.0, need - width) for need, width in zip(least, widths, strict=True))
    spare = sum(max(0.0, width - need) for need, width in zip(least, widths, strict=True))
    # what the narrow columns lack comes from the others' room above their own least
    widths = [
        need if width <= need else width - (width - need) * short / spare
        for need, width in zip(least, widths, strict=True)
    ]
    return tuple(width / sheet.inner for width in (first, *widths))


def write_week_page(page: WeekPage, out: Path, paper: str = "F4") -> int:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle

    sheet = ClassList(PAPER[paper])
    # One page whatever the school's size: the rows share what the rest leaves (a district
    # office's 30 classes get smaller rows and a lower chart)
    rows = len(page.classes) + 1 + len(page.villages)
    crowded = rows > 26
    chart_height = (26 if crowded else 42) * MM
    room = PAPER[paper][1] - 2 * sheet.MARGIN - 2 * MM - chart_height - 80 * MM
    row_height = min(7.5 * MM, room / rows)
    size = min(10.5, row_height / MM * 2.2)
    shares = _shares([line.name for line in (*page.classes, *page.villages)], size, sheet)

    head = ParagraphStyle("head", fontName=BOLD, fontSize=HEAD_SIZE, leading=10, alignment=1)

    def table(lines: list[WeekLine], first: str, total: WeekLine | None):
        header = [Paragraph(words, head) for words in (first, *HEADER[1:])]
        body = [header, *[_row(line) for line in lines]]
        if total is not None:
            body.append(_row(total))
        made = sheet.table(body, shares, row_height, font_size=size)
        style = [
            ("FONT", (0, 1), (-1, -1), REGULAR, size),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (1, 0), (-1, 0), HEAD_PADDING),
            ("RIGHTPADDING", (1, 0), (-1, 0), HEAD_PADDING),
            ("TOPPADDING", (0, 1), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
        ]
        if total is not None:
            style.append(("FONT", (0, -1), (-1, -1), BOLD, size))
        made.setStyle(TableStyle(style))
        return made

    week = f"{tanggal(page.first)} – {tanggal(page.last)}"
    story = [
        sheet.heading(f"Laporan mingguan · {week}"),
        sheet.text(
            f"{page.school} · dibuat {tanggal(page.made_on)}. Tugas kembali, kunjungan, "
            "ketidakhadiran dan kontak: minggu ini; lewat batas dan kasus terbuka: saat ini."
        ),
        Spacer(1, 3 * MM),
        table(page.classes, "Kelas", page.total),
        Spacer(1, 4 * MM),
        KeepTogether(
            [
                sheet.markup("<b>Siswa tidak hadir per hari sekolah</b> (sakit, izin, alpa)"),
                _chart(page, sheet.inner * 0.6, chart_height),
            ]
        ),
        Spacer(1, 4 * MM),
        sheet.markup("<b>Per desa</b> (alamat siswa)"),
        Spacer(1, 1 * MM),
        table(page.villages, "Desa", None),
        Spacer(1, 3 * MM),
        sheet.text(
            "Ketidakhadiran = hari tidak hadir × 100 / (siswa × hari presensi diisi). "
            "Kasus terbuka: alpa berturut-turut atau berulang yang ditindaklanjuti guru BK."
        ),
    ]
    return sheet.write(
        story,
        out,
        class_name="Laporan mingguan",
        day=tanggal(page.made_on),
        title=f"Laporan mingguan {week}",
        author=page.school,
        school=page.school,
    )
