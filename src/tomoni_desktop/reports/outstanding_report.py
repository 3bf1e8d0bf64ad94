"""The outstanding-work report of a class: every paper copy not back, by pupil, with its due
date, how many days late it is and how many visits were tried. For the teacher's folder and
the Friday meeting with the deputy head and the counsellor (in Indonesian, as all paper)."""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.reports.documents import ClassList
from tomoni_desktop.reports.outstanding_data import OutstandingCopy, OutstandingReport
from tomoni_desktop.reports.packet import MM, PAPER, tanggal

SIZE = 9.0  # points: a copy not back on two lines of paper (the pupil over the village)
HEADER = ["Siswa, desa / dusun", "Lembar kerja", "Kode", "Batas kumpul", "Terlambat", "Kunjungan"]


def _place(row: OutstandingCopy) -> str:
    return f"{row.village} / {row.dusun}"


def _pupil_width(page: ClassList, rows: list[OutstandingCopy], room: float) -> float:
    """Of the `room` the pupil's column (the name over the village, which a round is planned
    by) and the worksheet's share, the pupil's part that prints the list on the fewest lines
    (a row is as tall as its taller cell), the worksheet keeping its longest word whole; on
    a tie, the wider, so a village stays on its line."""
    from reportlab.lib.utils import simpleSplit

    from tomoni_desktop.reports.fonts import REGULAR

    def lines(text: str, width: float) -> int:
        return max(1, len(simpleSplit(text, REGULAR, SIZE, width - page.PADDING)))

    def total(width: float) -> int:
        return sum(
            max(
                lines(row.pupil, width) + lines(_place(row), width),
                lines(row.worksheet, room - width),
            )
            for row in rows
        )

    worksheet = page.widest([word for row in rows for word in row.worksheet.split()], SIZE)
    top = min(
        page.widest([r.pupil for r in rows] + [_place(r) for r in rows], SIZE), room - worksheet
    )
    low = min(top, room / 4)
    return min((top - (top - low) * step / 8 for step in range(9)), key=lambda w: (total(w), -w))


def write_outstanding_report(report: OutstandingReport, out: Path, paper: str = "F4") -> int:
    """Write the report (a temporary file first); returns its pages."""
    from reportlab.platypus import Spacer

    page = ClassList(PAPER[paper])
    late = [row for row in report.rows if row.missing]
    rows = sorted(report.rows, key=lambda r: (r.pupil.casefold(), r.due_on))
    story = [
        page.heading(f"Lembar kerja belum kembali · kelas {report.class_name}"),
        page.text(
            f"{report.school} · Wali kelas: {report.teacher or '-'} · per {tanggal(report.today)} · "
            f"{len(report.rows)} lembar belum kembali, {len(late)} lewat batas kumpul"
        ),
        Spacer(1, 4 * MM),
    ]
    if rows:
        body = [
            [
                page.text(f"{row.pupil}\n{_place(row)}", SIZE),
                page.text(row.worksheet, SIZE),
                row.code,
                row.due_on.strftime("%d-%m-%Y"),
                f"{row.days_overdue} hari" if row.days_overdue else "-",
                str(row.failed_visits),
            ]
            for row in rows
        ]
        # the code, the date and the numbers as wide as they are; the rest as _pupil_width
        fits = sum(page.fit_width([HEADER, *body], column, SIZE) for column in (2, 3, 4, 5))
        pupils = _pupil_width(page, rows, page.inner - fits)
        story.append(
            page.table(
                [HEADER, *body],
                (0, 1, 0, 0, 0, 0),
                fit=(2, 3, 4, 5),
                font_size=SIZE,
                least={0: pupils},
            )
        )
    else:
        story.append(page.text("Semua lembar kerja kertas sudah kembali."))
    return page.write(
        story,
        out,
        class_name=report.class_name,
        day=tanggal(report.today),
        title=f"Lembar kerja belum kembali {report.class_name} {tanggal(report.today)}",
        author=report.teacher or report.school,
        school=report.school,
    )
