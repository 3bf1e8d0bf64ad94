"""The homeroom teacher's view of her class: every subject's final score per pupil (subject
teachers enter theirs on their own laptops; sync brings them here), and what needs looking at
before the reports are printed."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.missing_report import MissingLine, MissingReport
from tomoni_desktop.services.grades.grid import Grid, load_grids, owed


class Anomaly(enum.StrEnum):
    MISSING_PAST_DUE = "missing_past_due"  # a result owed after the assessment's due date
    NO_FINAL = "no_final"  # no final score in a subject at all
    OVERRIDDEN = "overridden"  # a final score set by hand (with its reason)
    OUT_OF_RANGE = "out_of_range"  # a score not 0-100 (typing refuses one; a file may not)


@dataclass(frozen=True)
class AnomalyRow:
    kind: Anomaly
    pupil: str
    subject: str
    detail: str  # the assessment's title, or the reason of an override


@dataclass(frozen=True)
class RecapRow:
    student_id: uuid.UUID
    pupil: str
    scores: tuple[int | None, ...]  # per subject, in ClassRecap.subjects' order
    missing: int  # results owed, over every subject
    note: str = ""  # the homeroom teacher's note on the report


@dataclass(frozen=True)
class ObjectiveReach:
    """How many pupils of the class reached a TP, of those assessed in it."""

    code: str
    text: str
    reached: int
    assessed: int


@dataclass(frozen=True)
class ClassRecap:
    subjects: list[tuple[uuid.UUID, str]]
    rows: list[RecapRow]
    anomalies: list[AnomalyRow]
    reach: list[list[ObjectiveReach]]  # per subject, its TPs in order


def reach_of(grid: Grid) -> list[ObjectiveReach]:
    flags: dict[uuid.UUID, list[bool]] = {o.objective_id: [] for o in grid.objectives}
    for final in grid.finals.values():
        for objective_id, achieved in final.achieved:
            flags[objective_id].append(achieved)
    return [
        ObjectiveReach(o.code, o.text, sum(flags[o.objective_id]), len(flags[o.objective_id]))
        for o in grid.objectives
    ]


def anomalies_of(grid: Grid, subject: str, today: date) -> list[AnomalyRow]:
    found = []
    for pupil in grid.pupils:
        final = grid.finals[pupil.student_id]
        for column in grid.columns:
            cell = grid.cell(pupil.student_id, column.assessment_id)
            past_due = column.due_on is not None and column.due_on < today
            if past_due and owed(cell):
                found.append(
                    AnomalyRow(Anomaly.MISSING_PAST_DUE, pupil.name, subject, column.title)
                )
            for value in (cell.score, cell.remedial):
                if value is not None and not 0 <= value <= 100:
                    found.append(
                        AnomalyRow(
                            Anomaly.OUT_OF_RANGE, pupil.name, subject, f"{column.title}: {value}"
                        )
                    )
        if final.score is None and grid.columns:
            found.append(AnomalyRow(Anomaly.NO_FINAL, pupil.name, subject, ""))
        if final.overridden:
            found.append(AnomalyRow(Anomaly.OVERRIDDEN, pupil.name, subject, final.override_reason))
    return found


def class_recap(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    subjects: list[tuple[uuid.UUID, str]],
    semester_id: uuid.UUID,
    today: date,
) -> ClassRecap:
    from sqlalchemy import select

    from tomoni_desktop.core.models import PupilReportNote

    grids = load_grids(uow, [class_id], [s for s, _n in subjects], semester_id, today)
    notes = dict(
        uow.session.execute(
            select(PupilReportNote.student_id, PupilReportNote.note).where(
                PupilReportNote.semester_id == semester_id
            )
        ).all()
    )
    ordered = [grids[(class_id, subject_id)] for subject_id, _name in subjects]
    pupils = ordered[0].pupils if ordered else []
    rows = [
        RecapRow(
            pupil.student_id,
            pupil.name,
            tuple(grid.finals[pupil.student_id].score for grid in ordered),
            sum(grid.finals[pupil.student_id].missing for grid in ordered),
            notes.get(pupil.student_id, ""),
        )
        for pupil in pupils
    ]
    anomalies = [
        anomaly
        for grid, (_id, name) in zip(ordered, subjects, strict=True)
        for anomaly in anomalies_of(grid, name, today)
    ]
    return ClassRecap(subjects, rows, anomalies, [reach_of(grid) for grid in ordered])


def missing_report(
    uow: UnitOfWork, class_id: uuid.UUID, semester_id: uuid.UUID, today: date
) -> MissingReport:
    """The recap's anomalies of a class in every subject of its school, as the printed list
    of missing scores."""
    from tomoni_desktop.services.grades.choices import school_subjects
    from tomoni_desktop.services.school.classes import class_of_year

    found = class_of_year(uow, class_id)
    subjects = [(row.id, row.name) for row in school_subjects(uow, found.school.id)]
    recap = class_recap(uow, class_id, subjects, semester_id, today)
    return MissingReport(
        found.school.name,
        found.school_class.name,
        found.teacher_name,
        today,
        [MissingLine(a.subject, a.pupil, a.kind.value, a.detail) for a in recap.anomalies],
    )
