"""The outstanding-work report of a class: every paper copy not back, by pupil, with its due
date, how many days late it is and how many visits were tried. For the teacher's folder and
the Friday meeting with the deputy head and the counsellor (in Indonesian, as all paper)."""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.reports.documents import build_document
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.outstanding_data import OutstandingReport
from tomoni_desktop.reports.packet import MM, PAPER, tanggal


def write_outstanding_report(report: OutstandingReport, out: Path, paper: str = "F4") -> int:
    """Write the report (a temporary file first); returns its pages."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    register_fonts()
    width, height = PAPER[paper]
    margin = 14 * MM
    title = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18)
    text = ParagraphStyle("text", fontName=REGULAR, fontSize=10.5, leading=13)
    late = [row for row in report.rows if row.missing]
    header = [
        "Siswa",
        "Desa / dusun",
        "Lembar kerja",
        "Kode",
        "Batas kumpul",
        "Terlambat",
        "Kunjungan",
    ]
    body = [
        [
            Paragraph(row.pupil, text),
            Paragraph(f"{row.village} / {row.dusun}", text),
            Paragraph(row.worksheet, text),
            row.code,
            row.due_on.strftime("%d-%m-%Y"),
            f"{row.days_overdue} hari" if row.days_overdue else "-",
            str(row.failed_visits),
        ]
        for row in sorted(report.rows, key=lambda r: (r.pupil.casefold(), r.due_on))
    ]
    inner = width - 2 * margin
    table = Table(
        [header, *body],
        colWidths=[inner * f for f in (0.2, 0.19, 0.22, 0.1, 0.11, 0.1, 0.08)],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), BOLD, 10.5),
                ("FONT", (0, 1), (-1, -1), REGULAR, 10.5),
                ("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e4ecee"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [
        Paragraph(f"Lembar kerja belum kembali · kelas {report.class_name}", title),
        Paragraph(
            f"{report.school} · Wali kelas: {report.teacher or '-'} · per {tanggal(report.today)} · "
            f"{len(report.rows)} lembar belum kembali, {len(late)} lewat batas kumpul",
            text,
        ),
        Spacer(1, 4 * MM),
        table if body else Paragraph("Semua lembar kerja kertas sudah kembali.", text),
    ]
    return build_document(
        story,
        out,
        (width, height),
        margin=margin,
        bottom=16 * MM,
        footer=f"{report.class_name} · {tanggal(report.today)}",
        footer_size=10,
        title=f"Lembar kerja belum kembali {report.class_name} {tanggal(report.today)}",
        author=report.teacher or report.school,
        subject=report.school,
    )
