"""Missing scores of a class, per subject: who has no result after an assessment's due date,
who has no final score yet, and which final scores were set by hand (with the reason). For the
homeroom teacher to chase before the reports are printed (in Indonesian, as all paper)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.reports.documents import ClassList
from tomoni_desktop.reports.packet import MM, PAPER, tanggal

SIZE = 10.0  # points: a pupil, what is missing and which assessment fit one line of F4 or A4
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
    from reportlab.platypus import Spacer

    page = ClassList(PAPER[paper])
    # the pupil and what is missing on one line each (up to 30 % and 40 % of the width);
    # the assessment or reason takes the rest, and wraps when it is long
    least = {
        0: page.widest([line.pupil for line in report.lines], SIZE, most=0.3),
        1: page.widest([WORDS.get(line.kind, line.kind) for line in report.lines], SIZE, 0.4),
    }
    story: list = [
        page.heading(f"Nilai yang belum lengkap · kelas {report.class_name}"),
        page.text(
            f"{report.school} · Wali kelas: {report.teacher or '-'} · per {tanggal(report.today)} · "
            f"{len(report.lines)} hal, dikelompokkan per mata pelajaran"
        ),
        Spacer(1, 4 * MM),
    ]
    subjects = list(dict.fromkeys(line.subject for line in report.lines))
    for subject in subjects:
        lines = [line for line in report.lines if line.subject == subject]
        table = page.table(
            [
                ["Siswa", "Hal", "Penilaian atau alasan"],
                *[
                    [
                        page.text(line.pupil, SIZE),
                        page.text(WORDS.get(line.kind, line.kind), SIZE),
                        page.text(line.detail or "-", SIZE),
                    ]
                    for line in lines
                ],
            ],
            (0, 0, 1),
            font_size=SIZE,
            least=least,
        )
        story += [page.heading(f"{subject} ({len(lines)})"), table, Spacer(1, 4 * MM)]
    if not subjects:
        story.append(
            page.text("Semua lengkap: setiap siswa punya nilai akhir di setiap mata pelajaran.")
        )
    return page.write(
        story,
        out,
        class_name=report.class_name,
        day=tanggal(report.today),
        title=f"Nilai belum lengkap {report.class_name} {tanggal(report.today)}",
        author=report.teacher or report.school,
        school=report.school,
    )
