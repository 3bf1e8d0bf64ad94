"""What the progress reports and the leger print: plain data filled by the grades service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# The ranges of final scores the leger's last page counts.
BINS = ((0, 54), (55, 69), (70, 84), (85, 100))


def spread(scores) -> list[int]:
    """How many of `scores` fall in each of BINS (None counts in none)."""
    counts = [0] * len(BINS)
    for score in scores:
        if score is not None:
            counts[next(n for n, (low, high) in enumerate(BINS) if low <= score <= high)] += 1
    return counts


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

    def distribution(self, subject: int) -> list[int]:
        """How many final scores fall in each of BINS (a blank counts in none)."""
        return spread(pupil.results[subject].score for pupil in self.pupils)

    def objectives_not_reached(self, subject: int) -> list[tuple[str, str, int, int]]:
        """The subject's TPs that half the class or more has not reached: (code, text,
        reached, assessed)."""
        found = []
        for number, (code, text) in enumerate(
            self.objectives[subject] if subject < len(self.objectives) else []
        ):
            flags = [
                p.results[subject].achieved[number]
                for p in self.pupils
                if number < len(p.results[subject].achieved)
                and p.results[subject].achieved[number] is not None
            ]
            reached = sum(1 for flag in flags if flag)
            if flags and reached * 2 <= len(flags):
                found.append((code, text, reached, len(flags)))
        return found

    def average(self, subject: int) -> float | None:
        scores = [p.results[subject].score for p in self.pupils]
        known = [s for s in scores if s is not None]
        return sum(known) / len(known) if known else None
