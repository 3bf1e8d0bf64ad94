"""A class's month on paper (landscape, in Indonesian as all paper): a letter per pupil per
school day, S, I and A per pupil, the totals, the absence rate and the days not taken, with
room for the homeroom teacher's signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.reports.documents import MM, ClassList
from tomoni_desktop.reports.fonts import BOLD, REGULAR
from tomoni_desktop.reports.packet import MONTHS, PAPER, tanggal


@dataclass(frozen=True)
class MonthLine:
    name: str
    nisn: str
    letters: list[str]  # per school day: "", "S", "I" or "A"
    sick: int
    excused: int
    absent: int


@dataclass(frozen=True)
class MonthSheet:
    school: str
    class_name: str
    teacher: str
    first: date  # the month
    today: date
    days: list[date]  # the school days of the month (up to today)
    not_taken: list[date]
    lines: list[MonthLine]
    rate: float | None  # percent of pupil-days absent


def write_month_recap(sheet: MonthSheet, out: Path, paper: str = "F4") -> int:
    from reportlab.platypus import Spacer, Table, TableStyle

    width, height = PAPER[paper]
    page = ClassList((height, width))  # landscape
    month = f"{MONTHS[sheet.first.month - 1]} {sheet.first.year}"
    totals = [sum(getattr(line, k) for line in sheet.lines) for k in ("sick", "excused", "absent")]
    rate = "-" if sheet.rate is None else f"{sheet.rate:.1f}".replace(".", ",") + " %"
    rows = [
        ["No", "Nama", *[str(day.day) for day in sheet.days], "S", "I", "A"],
        *[
            [
                str(number),
                line.name,
                *line.letters,
                *map(str, (line.sick, line.excused, line.absent)),
            ]
            for number, line in enumerate(sheet.lines, start=1)
        ],
        ["", "Jumlah", *[""] * len(sheet.days), *map(str, totals)],
    ]
    days = max(len(sheet.days), 1)
    name_share, number_share, total_share = 0.2, 0.03, 0.035
    day_share = (1 - name_share - number_share - 3 * total_share) / days
    # 32 pupils on one landscape page: the rows share what the heading, the legend and the
    # signature (side by side) and the margins leave
    room = width - 2 * page.MARGIN - 2 * MM - 44 * MM
    row_height = min(7 * MM, room / (len(sheet.lines) + 2))
    size = min(9.5, row_height / MM * 2.0)
    table = page.table(
        rows,
        (number_share, name_share, *[day_share] * len(sheet.days), *[total_share] * 3),
        row_height,
        font_size=size,
    )
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, size),
        ("FONT", (0, 0), (-1, 0), BOLD, size),
        ("FONT", (0, -1), (-1, -1), BOLD, size),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for row, line in enumerate(sheet.lines, start=1):
        for column, letter in enumerate(line.letters, start=2):
            if letter == "A":
                style.append(("BACKGROUND", (column, row), (column, row), "#f6c9c7"))
            elif letter in ("S", "I"):
                style.append(("BACKGROUND", (column, row), (column, row), "#fbe9b7"))
    table.setStyle(TableStyle(style))
    not_taken = (
        "Presensi belum diisi pada: "
        + ", ".join(f"{day.day}" for day in sheet.not_taken)
        + f" {MONTHS[sheet.first.month - 1]}."
        if sheet.not_taken
        else "Presensi diisi pada setiap hari sekolah."
    )
    legend = page.text(
        f"H hadir (kosong) · S sakit · I izin · A tanpa keterangan. {not_taken} "
        "Tingkat ketidakhadiran = hari tidak hadir × 100 / (siswa × hari diisi)."
    )
    signature = page.text(f"Wali kelas,\n\n\n{sheet.teacher or '..............................'}")
    bottom = Table([[legend, signature]], colWidths=[page.inner * 0.7, page.inner * 0.3])
    bottom.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    story = [
        page.heading(f"Rekap kehadiran · kelas {sheet.class_name} · {month}"),
        page.text(
            f"{sheet.school} · Wali kelas: {sheet.teacher or '-'} · per {tanggal(sheet.today)} · "
            f"{len(sheet.days)} hari sekolah, {len(sheet.days) - len(sheet.not_taken)} diisi · "
            f"tingkat ketidakhadiran {rate}"
        ),
        Spacer(1, 2 * MM),
        table,
        Spacer(1, 2 * MM),
        bottom,
    ]
    return page.write(
        story,
        out,
        class_name=sheet.class_name,
        day=tanggal(sheet.today),
        title=f"Rekap kehadiran {sheet.class_name} {month}",
        author=sheet.teacher,
        school=sheet.school,
    )
