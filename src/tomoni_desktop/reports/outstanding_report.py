"""The outstanding-work report of a class: every paper copy not back, by pupil, with its due
date, how many days late it is and how many visits were tried. For the teacher's folder and
the Friday meeting with the deputy head and the counsellor (in Indonesian, as all paper)."""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.reports.documents import ClassList
from tomoni_desktop.reports.outstanding_data import OutstandingReport
from tomoni_desktop.reports.packet import MM, PAPER, tanggal


def write_outstanding_report(report: OutstandingReport, out: Path, paper: str = "F4") -> int:
    """Write the report (a temporary file first); returns its pages."""
    from reportlab.platypus import Spacer

    page = ClassList(PAPER[paper])
    late = [row for row in report.rows if row.missing]
    header = [
        "Siswa, desa / dusun",
        "Lembar kerja",
        "Kode",
        "Batas kumpul",
        "Terlambat",
        "Kunjungan",
    ]
    body = [
        [
            page.text(f"{row.pupil}\n{row.village} / {row.dusun}"),
            page.text(row.worksheet),
            row.code,
            row.due_on.strftime("%d-%m-%Y"),
            f"{row.days_overdue} hari" if row.days_overdue else "-",
            str(row.failed_visits),
        ]
        for row in sorted(report.rows, key=lambda r: (r.pupil.casefold(), r.due_on))
    ]
    # the code, the date and the numbers as wide as they are; the pupil (over the village,
    # which a round is planned by) and the worksheet share the rest
    table = page.table([header, *body], (0.55, 0.45, 0, 0, 0, 0), fit=(2, 3, 4, 5))
    story = [
        page.heading(f"Lembar kerja belum kembali · kelas {report.class_name}"),
        page.text(
            f"{report.school} · Wali kelas: {report.teacher or '-'} · per {tanggal(report.today)} · "
            f"{len(report.rows)} lembar belum kembali, {len(late)} lewat batas kumpul"
        ),
        Spacer(1, 4 * MM),
        table if body else page.text("Semua lembar kerja kertas sudah kembali."),
    ]
    return page.write(
        story,
        out,
        class_name=report.class_name,
        day=tanggal(report.today),
        title=f"Lembar kerja belum kembali {report.class_name} {tanggal(report.today)}",
        author=report.teacher or report.school,
        school=report.school,
    )
