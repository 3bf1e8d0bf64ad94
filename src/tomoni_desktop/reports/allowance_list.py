"""The month's mobile data (kuota) on paper for the principal: who received how much, when and
from which programme, with the totals per programme (in Indonesian, as all paper)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.reports.documents import MM, ClassList
from tomoni_desktop.reports.packet import MONTHS, PAPER, tanggal


@dataclass(frozen=True)
class AllowanceLine:
    name: str
    where: str  # the pupil's class ("" for a teacher)
    given_on: date
    megabytes: int
    source: str
    teacher: bool = False
    student_id: uuid.UUID | None = None  # for the register of what left the laptop


@dataclass(frozen=True)
class AllowanceMonth:
    school: str
    first: date  # the month
    today: date
    lines: list[AllowanceLine]

    @property
    def total_mb(self) -> int:
        return sum(line.megabytes for line in self.lines)

    def per_source(self) -> list[tuple[str, int, int]]:
        """(programme, recipients, megabytes), the largest first."""
        found: dict[str, tuple[int, int]] = {}
        for line in self.lines:
            count, size = found.get(line.source, (0, 0))
            found[line.source] = (count + 1, size + line.megabytes)
        return sorted(
            ((source, count, size) for source, (count, size) in found.items()),
            key=lambda row: (-row[2], row[0]),
        )


def gigabytes(megabytes: int) -> str:
    return f"{megabytes / 1024:.1f}".replace(".", ",") + " GB"


def write_allowance_list(month: AllowanceMonth, out: Path, paper: str = "F4") -> int:
    from reportlab.platypus import Spacer

    page = ClassList(PAPER[paper])
    name = f"{MONTHS[month.first.month - 1]} {month.first.year}"
    story: list = [
        page.heading(f"Daftar kuota data · {name}"),
        page.text(
            f"{month.school} · per {tanggal(month.today)} · {len(month.lines)} penerima · "
            f"jumlah {gigabytes(month.total_mb)}"
        ),
        Spacer(1, 4 * MM),
        page.table(
            [
                ["No", "Nama", "Kelas / guru", "Tanggal", "Kuota", "Sumber"],
                *[
                    [
                        str(number),
                        page.text(line.name),
                        "Guru" if line.teacher else line.where,
                        line.given_on.strftime("%d-%m-%Y"),
                        gigabytes(line.megabytes),
                        page.text(line.source),
                    ]
                    for number, line in enumerate(month.lines, start=1)
                ],
            ],
            (0.06, 0.34, 0.14, 0.14, 0.12, 0.2),
        ),
        Spacer(1, 5 * MM),
        page.table(
            [
                ["Sumber", "Penerima", "Jumlah"],
                *[
                    [source, str(count), gigabytes(size)]
                    for source, count, size in month.per_source()
                ],
            ],
            (0.5, 0.2, 0.3),
        ),
    ]
    return page.write(
        story,
        out,
        class_name="Kuota data",
        day=tanggal(month.today),
        title=f"Daftar kuota data {name}",
        author=month.school,
        school=month.school,
    )
