"""A class's grades in one subject and semester, read in a few queries: the pupils, the
assessments, every cell, and per pupil the final score, its band and the description."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core.models import (
    Assessment,
    AssessmentKind,
    AssessmentObjective,
    AssessmentResult,
    Enrollment,
    HandOut,
    LearningObjective,
    ReportEntry,
    ResultMark,
    SchoolClass,
    Student,
    Worksheet,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.grades.book import CellValue
from tomoni_desktop.services.grades.policy import Policy, policy_for
from tomoni_desktop.services.grades.rules import (
    Mastery,
    band_of,
    describe,
    effective,
    final_score,
    rounded,
)

# Marks that mean "nothing is owed": not counted as missing.
SETTLED = (ResultMark.NOT_ASSESSED, ResultMark.EXCUSED)


@dataclass(frozen=True)
class Pupil:
    student_id: uuid.UUID
    name: str
    nisn: str


@dataclass(frozen=True)
class Column:
    assessment_id: uuid.UUID
    title: str
    kind: AssessmentKind
    held_on: date
    due_on: date | None
    cut_score: int  # the criterion a cell is coloured against
    objectives: tuple[uuid.UUID, ...]
    from_worksheet: bool


@dataclass(frozen=True)
class Objective:
    objective_id: uuid.UUID
    code: str
    text: str
    cut_score: int


@dataclass(frozen=True)
class PupilFinal:
    score: int | None  # what the report says: the override, else the computed one
    computed: float | None
    band: str
    description: str  # the hand-written one, else the generated one
    generated: str
    missing: int  # results owed and not entered
    override_reason: str = ""
    # per TP assessed: reached its criterion or not (e-Rapor's 1 / 0)
    achieved: tuple[tuple[uuid.UUID, bool], ...] = ()

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass
class Grid:
    class_id: uuid.UUID
    subject_id: uuid.UUID
    semester_id: uuid.UUID
    policy: Policy
    pupils: list[Pupil]
    columns: list[Column]
    objectives: list[Objective]
    cells: dict[tuple[uuid.UUID, uuid.UUID], CellValue]  # (student, assessment)
    finals: dict[uuid.UUID, PupilFinal] = field(default_factory=dict)

    def cell(self, student_id: uuid.UUID, assessment_id: uuid.UUID) -> CellValue:
        return self.cells.get((student_id, assessment_id), CellValue())

    def missing_in(self, assessment_id: uuid.UUID) -> int:
        return sum(1 for p in self.pupils if _owed(self.cell(p.student_id, assessment_id)))

    def recompute(self, student_id: uuid.UUID, entry: ReportEntryView | None = None) -> None:
        """The pupil's final score and description again (after a cell changed)."""
        old = self.finals.get(student_id)
        if entry is None and old is not None:
            entry = ReportEntryView(
                old.score if old.overridden else None,
                old.override_reason,
                old.description if old.description != old.generated else "",
            )
        self.finals[student_id] = _final_of(self, student_id, entry)


@dataclass(frozen=True)
class ReportEntryView:
    final_score: int | None
    override_reason: str
    description: str


def _owed(cell: CellValue) -> bool:
    return cell.score is None and cell.achieved is None and cell.mark not in SETTLED


def _final_of(grid: Grid, student_id: uuid.UUID, entry: ReportEntryView | None) -> PupilFinal:
    policy = grid.policy
    by_kind: dict[AssessmentKind, list[int]] = defaultdict(list)
    per_objective: dict[uuid.UUID, list[int]] = defaultdict(list)
    formative: dict[uuid.UUID, list[bool]] = defaultdict(list)
    missing = 0
    for column in grid.columns:
        cell = grid.cell(student_id, column.assessment_id)
        if _owed(cell):
            missing += 1
        if column.kind is AssessmentKind.FORMATIVE:
            if cell.achieved is not None:
                for objective_id in column.objectives:
                    formative[objective_id].append(cell.achieved)
            continue
        value = effective(cell.score, cell.remedial, column.cut_score, policy.remedial_capped)
        if value is None:
            continue
        by_kind[column.kind].append(value)
        if column.kind is AssessmentKind.TOPIC:
            for objective_id in column.objectives:
                per_objective[objective_id].append(value)
    computed = final_score(by_kind, policy.weights)
    masteries = []
    achieved: list[tuple[uuid.UUID, bool]] = []
    for objective in grid.objectives:
        scores = per_objective.get(objective.objective_id)
        if scores:
            mean = sum(scores) / len(scores)
            masteries.append(Mastery(objective.text, mean, mean >= objective.cut_score))
        elif objective.objective_id in formative:
            marks = formative[objective.objective_id]
            masteries.append(Mastery(objective.text, None, marks[-1]))
        else:
            continue
        achieved.append((objective.objective_id, masteries[-1].achieved))
    generated = describe(masteries, policy.phrases)
    overridden = entry is not None and entry.final_score is not None
    score = (
        entry.final_score
        if entry is not None and entry.final_score is not None
        else (None if computed is None else rounded(computed))
    )
    return PupilFinal(
        score,
        computed,
        band_of(score, policy.bands),
        (entry.description if entry is not None and entry.description else generated),
        generated,
        missing,
        entry.override_reason if overridden and entry is not None else "",
        tuple(achieved),
    )


def grade_grid(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    subject_id: uuid.UUID,
    semester_id: uuid.UUID,
    today: date | None = None,
) -> Grid:
    """`today`: a worksheet's copy not back after its due date counts as not handed in."""
    today = today or date.today()
    session = uow.session
    school_class = session.get(SchoolClass, class_id)
    assert school_class is not None
    policy = policy_for(uow, school_class.school_year_id, subject_id)
    pupils = [
        Pupil(student_id, name, nisn or "")
        for student_id, name, nisn in session.execute(
            select(Student.id, Student.full_name, Student.nisn)
            .join(Enrollment, Enrollment.student_id == Student.id)
            .where(Enrollment.class_id == class_id, Student.left_on.is_(None))
            .order_by(Student.full_name)
        )
    ]
    objectives = [
        Objective(row.id, row.code, row.text, row.cut_score or policy.cut_score)
        for row in session.scalars(
            select(LearningObjective)
            .where(
                LearningObjective.school_year_id == school_class.school_year_id,
                LearningObjective.subject_id == subject_id,
                LearningObjective.level == school_class.level,
            )
            .order_by(LearningObjective.position, LearningObjective.code)
        )
    ]
    cut_of = {o.objective_id: o.cut_score for o in objectives}
    assessments = session.scalars(
        select(Assessment)
        .where(
            Assessment.class_id == class_id,
            Assessment.subject_id == subject_id,
            Assessment.semester_id == semester_id,
        )
        .order_by(Assessment.held_on, Assessment.position)
    ).all()
    links: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for assessment_id, objective_id in session.execute(
        select(AssessmentObjective.assessment_id, AssessmentObjective.objective_id).where(
            AssessmentObjective.assessment_id.in_([a.id for a in assessments])
        )
    ):
        links[assessment_id].append(objective_id)
    columns = [
        Column(
            a.id,
            a.title,
            a.kind,
            a.held_on,
            a.due_on,
            # the strictest criterion of its TPs, else the policy's
            max((cut_of[o] for o in links[a.id] if o in cut_of), default=policy.cut_score),
            tuple(links[a.id]),
            a.hand_out_id is not None,
        )
        for a in assessments
    ]
    cells: dict[tuple[uuid.UUID, uuid.UUID], CellValue] = {}
    for row in session.scalars(
        select(AssessmentResult).where(
            AssessmentResult.assessment_id.in_([a.id for a in assessments])
        )
    ):
        cells[(row.student_id, row.assessment_id)] = CellValue(
            row.score, row.mark, row.remedial_score, row.achieved
        )
    by_hand_out = {a.hand_out_id: a for a in assessments if a.hand_out_id is not None}
    if by_hand_out:
        for student_id, hand_out_id, score, most, returned, due_on in session.execute(
            select(
                WorksheetCopy.student_id,
                WorksheetCopy.hand_out_id,
                WorksheetCopy.score,
                Worksheet.max_score,
                copy_is_returned(WorksheetCopy.id),
                HandOut.due_on,
            )
            .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
            .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
            .where(WorksheetCopy.hand_out_id.in_(list(by_hand_out)))
        ):
            key = (student_id, by_hand_out[hand_out_id].id)
            stored = cells.get(key, CellValue())
            if stored.mark is not None or stored.remedial is not None:
                continue  # a mark or remedial given in the grid speaks for the copy
            if score is not None:
                cells[key] = CellValue(score=round(score * 100 / most) if most else score)
            elif not returned and due_on < today:
                cells[key] = CellValue(mark=ResultMark.NOT_HANDED_IN)
    grid = Grid(class_id, subject_id, semester_id, policy, pupils, columns, objectives, cells)
    entries = {
        row.student_id: ReportEntryView(row.final_score, row.override_reason, row.description)
        for row in session.scalars(
            select(ReportEntry).where(
                ReportEntry.subject_id == subject_id,
                ReportEntry.semester_id == semester_id,
                ReportEntry.student_id.in_([p.student_id for p in pupils]),
            )
        )
    }
    for pupil in pupils:
        grid.finals[pupil.student_id] = _final_of(
            grid, pupil.student_id, entries.get(pupil.student_id)
        )
    return grid
