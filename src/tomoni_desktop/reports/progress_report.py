"""The pupil's progress report for parents (the school's own, not the official rapor): one
sheet a pupil, the whole class in one PDF. In Indonesian, as all paper families read.

Identity; per subject the final score and the description of competence; absences in days
(blank lines until the register is kept); the homeroom teacher's note; room for the parents'
response; signatures of parent, homeroom teacher and principal.
"""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.reports.documents import build_document, plain
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.grade_data import ClassReport, PupilReport
from tomoni_desktop.reports.packet import MM, PAPER, tanggal

BLANK = "........"


def _pupil_story(report: ClassReport, pupil: PupilReport, inner: float, styles: dict) -> list:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    grid = [
        ("GRID", (0, 0), (-1, -1), 0.5, "#666666"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),
    ]
    identity = Table(
        [
            ["Nama", f": {pupil.name}", "Kelas", f": {report.class_name}"],
            ["NIS / NISN", f": {pupil.nis or '-'} / {pupil.nisn or '-'}", "Fase", ": D"],
            ["Sekolah", f": {report.school}", "Semester", f": {report.term}"],
            ["NPSN", f": {report.npsn}", "Tahun Pelajaran", f": {report.year_name}"],
        ],
        colWidths=[inner * f for f in (0.15, 0.45, 0.18, 0.22)],
    )
    identity.setStyle(
        TableStyle(
            [("FONT", (0, 0), (-1, -1), REGULAR, 10.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        )
    )
    rows = [
        ["No", "Mata Pelajaran", Paragraph("Nilai Akhir", styles["head"]), "Capaian Kompetensi"]
    ]
    for number, ((name, _short), result) in enumerate(
        zip(report.subjects, pupil.results, strict=True), start=1
    ):
        rows.append(
            [
                str(number),
                Paragraph(plain(name), styles["cell"]),
                "-" if result.score is None else str(result.score),
                Paragraph(plain(result.description or "-"), styles["small"]),
            ]
        )
    results = Table(rows, colWidths=[inner * f for f in (0.06, 0.22, 0.11, 0.61)], repeatRows=1)
    results.setStyle(
        TableStyle(
            [
                *grid,
                ("FONT", (0, 0), (-1, 0), BOLD, 10),
                ("BACKGROUND", (0, 0), (-1, 0), "#e4ecee"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (2, 0), (2, -1), "CENTER"),
                ("FONT", (2, 1), (2, -1), BOLD, 11),
            ]
        )
    )
    absences = pupil.absences
    days = (
        [str(absences.sick), str(absences.permitted), str(absences.unexcused)]
        if absences
        else [BLANK] * 3
    )
    absent = Table(
        [
            ["Ketidakhadiran", ""],
            ["Sakit", f"{days[0]} hari"],
            ["Izin", f"{days[1]} hari"],
            ["Tanpa Keterangan", f"{days[2]} hari"],
        ],
        colWidths=[inner * 0.25, inner * 0.15],
    )
    absent.setStyle(
        TableStyle([*grid, ("SPAN", (0, 0), (1, 0)), ("FONT", (0, 0), (-1, 0), BOLD, 10)])
    )
    note = Table(
        [["Catatan Wali Kelas"], [Paragraph(plain(pupil.note or "") or "&nbsp;", styles["cell"])]],
        colWidths=[inner * 0.58],
        rowHeights=[None, 22 * MM],
    )
    note.setStyle(
        TableStyle([*grid, ("FONT", (0, 0), (-1, 0), BOLD, 10), ("VALIGN", (0, 1), (0, 1), "TOP")])
    )
    side = Table([[absent, note]], colWidths=[inner * 0.42, inner * 0.58])
    side.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    response = Table(
        [["Tanggapan Orang Tua / Wali"], [""]],
        colWidths=[inner],
        rowHeights=[None, 20 * MM],
    )
    response.setStyle(TableStyle([*grid, ("FONT", (0, 0), (-1, 0), BOLD, 10)]))
    signs = Table(
        [
            ["Orang Tua / Wali", f"............, {tanggal(report.today)}", ""],
            ["", "Wali Kelas", "Kepala Sekolah"],
            ["", "", ""],
            [
                "(..............................)",
                report.teacher or "(..............................)",
                "(..............................)",
            ],
            ["", f"NIP {report.teacher_nip}" if report.teacher_nip else "", "NIP"],
        ],
        colWidths=[inner / 3] * 3,
        rowHeights=[None, None, 16 * MM, None, None],
    )
    signs.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 10), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    )
    return [
        Paragraph("LAPORAN PERKEMBANGAN BELAJAR PESERTA DIDIK", styles["title"]),
        Paragraph("Laporan sekolah untuk orang tua/wali (bukan rapor resmi)", styles["subtitle"]),
        Spacer(1, 3 * MM),
        identity,
        Spacer(1, 3 * MM),
        results,
        Spacer(1, 3 * MM),
        side,
        Spacer(1, 3 * MM),
        response,
        Spacer(1, 4 * MM),
        signs,
    ]


def write_progress_reports(report: ClassReport, out: Path, paper: str = "F4") -> int:
    """One sheet a pupil (what does not fit is shrunk to the sheet, never spilled onto the
    next pupil's); returns the pages."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepInFrame, PageBreak

    register_fonts()
    width, height = PAPER[paper]
    margin, bottom = 14 * MM, 14 * MM
    inner = width - 2 * margin
    styles = {
        "title": ParagraphStyle(
            "title", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle(
            "subtitle", fontName=REGULAR, fontSize=9.5, leading=12, alignment=TA_CENTER
        ),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=10, leading=12),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=10, leading=11, alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=9.5, leading=11.5),
    }
    story: list = []
    for number, pupil in enumerate(report.pupils):
        if number:
            story.append(PageBreak())
        story.append(
            KeepInFrame(
                inner,
                height - margin - bottom - 6 * MM,
                _pupil_story(report, pupil, inner, styles),
                mode="shrink",
            )
        )
    return build_document(
        story,
        out,
        (width, height),
        margin=margin,
        bottom=bottom,
        footer=f"{report.class_name} · semester {report.term} {report.year_name}",
        footer_size=8.5,
        title=f"Laporan perkembangan belajar {report.class_name} {report.year_name}",
        author=report.teacher or report.school,
        subject=report.school,
    )
