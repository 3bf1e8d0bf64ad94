"""A class's grades in one subject and semester, read in a few queries: the pupils, the
assessments, every cell, and per pupil the final score, its band and the description."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core.bulk import bulk_objects
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
    copy_returned_on,
)
from tomoni_desktop.core.types import id_text
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.grades.book import CellValue
from tomoni_desktop.services.grades.policy import Policy, policies_of_year
from tomoni_desktop.services.grades.rules import (
    Mastery,
    band_of,
    describe,
    effective,
    final_score,
    rounded,
)

BLANK = CellValue()
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
    late: int = 0  # results handed in after their due date
    # per TP assessed: reached its criterion or not (e-Rapor's 1 / 0)
    achieved: tuple[tuple[uuid.UUID, bool], ...] = ()

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)

    @property
    def written_by_hand(self) -> bool:
        """The description is the teacher's, not the one that follows the scores."""
        return self.description != self.generated


@dataclass
class Grid:
    class_id: uuid.UUID
    subject_id: uuid.UUID
    semester_id: uuid.UUID
    policy: Policy
    pupils: list[Pupil]
    columns: list[Column]
    objectives: list[Objective]
    # by pupil, then assessment (one lookup a pupil, one a cell: a school is 35,000 cells)
    cells: dict[uuid.UUID, dict[uuid.UUID, CellValue]]
    finals: dict[uuid.UUID, PupilFinal] = field(default_factory=dict)
    # what a person set in the report for a pupil in this subject (override, description)
    entries: dict[uuid.UUID, ReportEntryView] = field(default_factory=dict)
    # a teacher's note on a result (formative work: what the pupil still needs), by
    # (pupil, assessment); few cells have one
    notes: dict[tuple[uuid.UUID, uuid.UUID], str] = field(default_factory=dict)

    def cell(self, student_id: uuid.UUID, assessment_id: uuid.UUID) -> CellValue:
        return self.cells.get(student_id, {}).get(assessment_id, BLANK)

    def put(self, student_id: uuid.UUID, assessment_id: uuid.UUID, value: CellValue) -> None:
        """Keep `value` in the cell (blank: no cell) and the pupil's final score again."""
        row = self.cells.setdefault(student_id, {})
        if value.blank:
            row.pop(assessment_id, None)
        else:
            row[assessment_id] = value
        self.recompute(student_id)

    def missing_in(self, assessment_id: uuid.UUID) -> int:
        return sum(1 for p in self.pupils if owed(self.cell(p.student_id, assessment_id)))

    def recompute(self, student_id: uuid.UUID) -> None:
        """The pupil's final score and description again (after a cell changed)."""
        self.finals[student_id] = _final_of(self, student_id)


@dataclass(frozen=True)
class ReportEntryView:
    final_score: int | None
    override_reason: str
    description: str


def owed(cell: CellValue) -> bool:
    """A result is owed: nothing entered, or not handed in (excused and not assessed are not)."""
    return cell.score is None and cell.achieved is None and cell.mark not in SETTLED


def _final_of(grid: Grid, student_id: uuid.UUID) -> PupilFinal:
    policy = grid.policy
    entry = grid.entries.get(student_id)
    by_kind: dict[AssessmentKind, list[int]] = defaultdict(list)
    per_objective: dict[uuid.UUID, list[int]] = defaultdict(list)
    formative: dict[uuid.UUID, list[bool]] = defaultdict(list)
    missing = late = 0
    row = grid.cells.get(student_id, {})
    capped = policy.remedial_capped
    for column in grid.columns:
        cell = row.get(column.assessment_id, BLANK)
        score, remedial = cell.score, cell.remedial
        if score is None and cell.achieved is None and cell.mark not in SETTLED:
            missing += 1
        late += cell.late
        if column.kind is AssessmentKind.FORMATIVE:
            if cell.achieved is not None:
                for objective_id in column.objectives:
                    formative[objective_id].append(cell.achieved)
            continue
        value = score if remedial is None else effective(score, remedial, column.cut_score, capped)
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
        late,
        tuple(achieved),
    )


def grade_grid(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    subject_id: uuid.UUID,
    semester_id: uuid.UUID,
    today: date | None = None,
) -> Grid:
    """One class's grid in one subject."""
    return load_grids(uow, [class_id], [subject_id], semester_id, today)[(class_id, subject_id)]


def _chunks(ids: list, size: int = 900):
    """IN lists of a size every SQLite accepts."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def load_grids(
    uow: UnitOfWork,
    class_ids: list[uuid.UUID],
    subject_ids: list[uuid.UUID],
    semester_id: uuid.UUID,
    today: date | None = None,
) -> dict[tuple[uuid.UUID, uuid.UUID], Grid]:
    """The grids of every class in every subject, read in a few queries whatever their
    number (a whole school's finals, its leger, a class's reports), finals computed.
    `today`: a worksheet's copy not back after its due date counts as not handed in."""
    with bulk_objects():
        return _load_grids(uow, class_ids, subject_ids, semester_id, today)


def _load_grids(
    uow: UnitOfWork,
    class_ids: list[uuid.UUID],
    subject_ids: list[uuid.UUID],
    semester_id: uuid.UUID,
    today: date | None,
) -> dict[tuple[uuid.UUID, uuid.UUID], Grid]:
    today = today or date.today()
    session = uow.session
    connection = uow.connection
    classes = {
        row.id: row
        for row in session.scalars(select(SchoolClass).where(SchoolClass.id.in_(class_ids)))
    }
    policies = {
        year: policies_of_year(uow, year) for year in {c.school_year_id for c in classes.values()}
    }
    pupils: dict[uuid.UUID, list[Pupil]] = defaultdict(list)
    for class_id, student_id, name, nisn in session.execute(
        select(Enrollment.class_id, Student.id, Student.full_name, Student.nisn)
        .join(Enrollment, Enrollment.student_id == Student.id)
        .where(Enrollment.class_id.in_(class_ids), Student.left_on.is_(None))
        .order_by(Student.full_name)
    ):
        pupils[class_id].append(Pupil(student_id, name, nisn or ""))
    objectives: dict[tuple, list[LearningObjective]] = defaultdict(list)
    for row in session.scalars(
        select(LearningObjective)
        .where(
            LearningObjective.school_year_id.in_(list(policies)),
            LearningObjective.subject_id.in_(subject_ids),
        )
        .order_by(LearningObjective.position, LearningObjective.code)
    ):
        objectives[(row.school_year_id, row.subject_id, row.level)].append(row)
    assessments: dict[tuple[uuid.UUID, uuid.UUID], list[Assessment]] = defaultdict(list)
    for assessment in session.scalars(
        select(Assessment)
        .where(
            Assessment.class_id.in_(class_ids),
            Assessment.subject_id.in_(subject_ids),
            Assessment.semester_id == semester_id,
        )
        .order_by(Assessment.held_on, Assessment.position)
    ):
        assessments[(assessment.class_id, assessment.subject_id)].append(assessment)
    every = [a.id for rows in assessments.values() for a in rows]
    assessment_of = {a.hex: a for a in every}
    student_of = {p.student_id.hex: p.student_id for rows in pupils.values() for p in rows}
    links: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    cells: dict[uuid.UUID, dict[uuid.UUID, CellValue]] = defaultdict(dict)
    notes: dict[tuple[uuid.UUID, uuid.UUID], str] = {}
    for chunk in _chunks(every):
        for assessment_id, objective_id in session.execute(
            select(AssessmentObjective.assessment_id, AssessmentObjective.objective_id).where(
                AssessmentObjective.assessment_id.in_(chunk)
            )
        ):
            links[assessment_id].append(objective_id)
        # Plain rows with the ids as text, mapped to the UUIDs already read: a school's term
        # is tens of thousands of results, and making a UUID per id was half the time.
        results = AssessmentResult.__table__.c
        for (
            student_hex,
            assessment_hex,
            score,
            mark,
            remedial,
            achieved,
            late,
            note,
        ) in connection.execute(
            select(
                id_text(results.student_id),
                id_text(results.assessment_id),
                results.score,
                results.mark,
                results.remedial_score,
                results.achieved,
                results.late,
                results.note,
            ).where(results.assessment_id.in_(chunk), results.deleted_at.is_(None))
        ):
            pupil_id = student_of.get(student_hex)
            if pupil_id is None:
                continue  # left the class (or the school) since: not on this grid
            cells[pupil_id][assessment_of[assessment_hex]] = CellValue(
                score, ResultMark(mark) if mark else None, remedial, achieved, bool(late)
            )
            if note:
                notes[(pupil_id, assessment_of[assessment_hex])] = note
    _worksheet_cells(uow, assessments, cells, today)
    entries: dict[tuple[uuid.UUID, uuid.UUID], ReportEntryView] = {}
    students = [p.student_id for rows in pupils.values() for p in rows]
    for chunk in _chunks(students):
        for entry in session.scalars(
            select(ReportEntry).where(
                ReportEntry.subject_id.in_(subject_ids),
                ReportEntry.semester_id == semester_id,
                ReportEntry.student_id.in_(chunk),
            )
        ):
            entries[(entry.student_id, entry.subject_id)] = ReportEntryView(
                entry.final_score, entry.override_reason, entry.description
            )
    grids = {}
    for class_id in class_ids:
        school_class = classes[class_id]
        school_policy, own = policies[school_class.school_year_id]
        for subject_id in subject_ids:
            policy = own.get(subject_id, school_policy)
            tps = [
                Objective(row.id, row.code, row.text, row.cut_score or policy.cut_score)
                for row in objectives[(school_class.school_year_id, subject_id, school_class.level)]
            ]
            cut_of = {o.objective_id: o.cut_score for o in tps}
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
                for a in assessments[(class_id, subject_id)]
            ]
            grid = Grid(
                class_id,
                subject_id,
                semester_id,
                policy,
                pupils[class_id],
                columns,
                tps,
                cells,  # shared: a pupil's row names its assessments, so grids never collide
                notes=notes,
                entries={
                    pupil.student_id: entries[(pupil.student_id, subject_id)]
                    for pupil in pupils[class_id]
                    if (pupil.student_id, subject_id) in entries
                },
            )
            for pupil in grid.pupils:
                grid.recompute(pupil.student_id)
            grids[(class_id, subject_id)] = grid
    return grids


def _worksheet_cells(
    uow: UnitOfWork,
    assessments: dict[tuple[uuid.UUID, uuid.UUID], list[Assessment]],
    cells: dict[uuid.UUID, dict[uuid.UUID, CellValue]],
    today: date,
) -> None:
    """A worksheet's assessment reads its results from the copies: the score (to 100), late
    when the copy first came back after its due date; or not handed in when it is not back
    after its due date."""
    by_hand_out = {a.hand_out_id: a for rows in assessments.values() for a in rows if a.hand_out_id}
    if not by_hand_out:
        return
    for student_id, hand_out_id, score, most, returned_on, due_on in uow.session.execute(
        select(
            WorksheetCopy.student_id,
            WorksheetCopy.hand_out_id,
            WorksheetCopy.score,
            Worksheet.max_score,
            copy_returned_on(WorksheetCopy.id),
            HandOut.due_on,
        )
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .where(WorksheetCopy.hand_out_id.in_(list(by_hand_out)))
    ):
        row, assessment_id = cells[student_id], by_hand_out[hand_out_id].id
        stored = row.get(assessment_id, BLANK)
        if stored.mark is not None or stored.remedial is not None:
            continue  # a mark or remedial given in the grid speaks for the copy
        late = returned_on is not None and returned_on > due_on
        if score is not None:
            row[assessment_id] = CellValue(
                score=round(score * 100 / most) if most else score, late=late
            )
        elif returned_on is None and due_on < today:
            row[assessment_id] = CellValue(mark=ResultMark.NOT_HANDED_IN)
