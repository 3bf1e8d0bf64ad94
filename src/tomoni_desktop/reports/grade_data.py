"""What the progress reports and the leger print: plain data filled by the grades service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SubjectResult:
    score: int | None  # None: no final score yet ("-" on paper)
    description: str
    achieved: tuple[bool | None, ...] = ()  # per TP of the subject: reached, not, not assessed


@dataclass(frozen=True)
class Absences:
    """Days absent in the semester: sakit, izin, tanpa keterangan."""

    sick: int
    permitted: int
    unexcused: int


@dataclass(frozen=True)
class PupilReport:
    name: str
    nis: str
    nisn: str
    results: list[SubjectResult]  # in the order of ClassReport.subjects
    absences: Absences | None  # None until the register is kept (blank lines to fill by hand)
    note: str  # the homeroom teacher's


@dataclass(frozen=True)
class ClassReport:
    school: str
    npsn: str
    class_name: str
    level: int
    year_name: str
    term: str  # "Ganjil" / "Genap"
    teacher: str
    teacher_nip: str
    today: date
    subjects: list[tuple[str, str]]  # (name, short name)
    pupils: list[PupilReport] = field(default_factory=list)
    objectives: list[list[tuple[str, str]]] = field(default_factory=list)  # per subject: TPs

    def average(self, subject: int) -> float | None:
        scores = [p.results[subject].score for p in self.pupils]
        known = [s for s in scores if s is not None]
        return sum(known) / len(known) if known else None
