"""Missing scores of a class, per subject: who has no result after an assessment's due date,
who has no final score yet, and which final scores were set by hand (with the reason). For the
homeroom teacher to chase before the reports are printed (in Indonesian, as all paper)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.reports.documents import build_document
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.packet import MM, PAPER, tanggal

WORDS = {
    "missing_past_due": "belum ada nilai, lewat batas kumpul",
    "no_final": "belum ada nilai akhir",
    "overridden": "nilai akhir diubah manual",
    "out_of_range": "nilai di luar 0-100",
}


@dataclass(frozen=True)
class MissingLine:
    subject: str
    pupil: str
    kind: str  # a key of WORDS
    detail: str


@dataclass(frozen=True)
class MissingReport:
    school: str
    class_name: str
    teacher: str
    today: date
    lines: list[MissingLine]


def write_missing_report(report: MissingReport, out: Path, paper: str = "F4") -> int:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    register_fonts()
    width, height = PAPER[paper]
    margin = 14 * MM
    title = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18)
    text = ParagraphStyle("text", fontName=REGULAR, fontSize=10.5, leading=13)
    inner = width - 2 * margin
    story: list = [
        Paragraph(f"Nilai yang belum lengkap · kelas {report.class_name}", title),
        Paragraph(
            f"{report.school} · Wali kelas: {report.teacher or '-'} · per {tanggal(report.today)} · "
            f"{len(report.lines)} hal, dikelompokkan per mata pelajaran",
            text,
        ),
        Spacer(1, 4 * MM),
    ]
    subjects = list(dict.fromkeys(line.subject for line in report.lines))
    for subject in subjects:
        lines = [line for line in report.lines if line.subject == subject]
        table = Table(
            [
                ["Siswa", "Hal", "Penilaian atau alasan"],
                *[
                    [
                        Paragraph(line.pupil, text),
                        Paragraph(WORDS.get(line.kind, line.kind), text),
                        Paragraph(line.detail or "-", text),
                    ]
                    for line in lines
                ],
            ],
            colWidths=[inner * 0.3, inner * 0.3, inner * 0.4],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), BOLD, 10.5),
                    ("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                    ("BACKGROUND", (0, 0), (-1, 0), "#e4ecee"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story += [Paragraph(f"{subject} ({len(lines)})", title), table, Spacer(1, 4 * MM)]
    if not subjects:
        story.append(
            Paragraph(
                "Semua lengkap: setiap siswa punya nilai akhir di setiap mata pelajaran.", text
            )
        )
    return build_document(
        story,
        out,
        (width, height),
        margin=margin,
        bottom=16 * MM,
        footer=f"{report.class_name} · {tanggal(report.today)}",
        footer_size=10,
        title=f"Nilai belum lengkap {report.class_name} {tanggal(report.today)}",
        author=report.teacher or report.school,
        subject=report.school,
    )
