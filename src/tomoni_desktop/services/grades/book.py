"""The grade book: learning objectives, assessments and results written one unit of work at a
time. A pupil's result has an id derived from the assessment and the pupil, so two laptops
entering one cell edit one row (a different score on each is a conflict for the inbox)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.database import ALL_ROWS
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import derived_row, get_live
from tomoni_desktop.core.models import (
    Assessment,
    AssessmentKind,
    AssessmentObjective,
    AssessmentResult,
    HandOut,
    LearningObjective,
    ReportEntry,
    ResultMark,
    SchoolClass,
    Subject,
    Worksheet,
    WorksheetCopy,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.grades.policy import check_criterion
from tomoni_desktop.services.school.setup import clean_text


def result_id(assessment_id: uuid.UUID, student_id: uuid.UUID) -> uuid.UUID:
    return ids.derived_id("result", str(assessment_id), str(student_id))


def report_entry_id(
    student_id: uuid.UUID, subject_id: uuid.UUID, semester_id: uuid.UUID
) -> uuid.UUID:
    return ids.derived_id("report-entry", str(student_id), str(subject_id), str(semester_id))


def _last_position(
    session: Session, column: InstrumentedAttribute[int], *where: ColumnElement[bool]
) -> int:
    """The highest position in a list (0 for an empty one): a new item goes after it."""
    return session.scalar(select(func.coalesce(func.max(column), 0)).where(*where)) or 0


def add_objective(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    subject_id: uuid.UUID,
    level: int,
    code: str,
    text: str,
    cut_score: int | None = None,
    new_id=ids.new_id,
) -> uuid.UUID:
    """A TP at the end of the subject's list for the level."""
    if not text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write what the pupils learn (the TP's text)."),
            field="text",
        )
    if cut_score is not None:
        check_criterion(cut_score)
    session = uow.session
    position = _last_position(
        session,
        LearningObjective.position,
        LearningObjective.school_year_id == school_year_id,
        LearningObjective.subject_id == subject_id,
        LearningObjective.level == level,
    )
    objective = LearningObjective(
        id=new_id(),
        school_year_id=school_year_id,
        subject_id=subject_id,
        level=level,
        code=code.strip()[:20],
        text=" ".join(text.split())[:500],
        position=position + 1,
        cut_score=cut_score,
    )
    session.add(objective)
    session.flush()
    uow.changed(Area.GRADES)
    return objective.id


def add_assessment(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    subject_id: uuid.UUID,
    semester_id: uuid.UUID,
    kind: AssessmentKind,
    title: str,
    held_on: date,
    *,
    due_on: date | None = None,
    objective_ids: Sequence[uuid.UUID] = (),
    hand_out_id: uuid.UUID | None = None,
    new_id=ids.new_id,
) -> uuid.UUID:
    if not title.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the assessment a name."), field="title"
        )
    if due_on is not None and due_on < held_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The due date cannot be before the day it is handed out."),
            field="due_on",
        )
    session = uow.session
    get_live(session, SchoolClass, class_id)
    get_live(session, Subject, subject_id)
    position = _last_position(
        session,
        Assessment.position,
        Assessment.class_id == class_id,
        Assessment.subject_id == subject_id,
        Assessment.semester_id == semester_id,
    )
    assessment = Assessment(
        id=new_id(),
        class_id=class_id,
        subject_id=subject_id,
        semester_id=semester_id,
        kind=kind,
        title=title.strip()[:120],
        held_on=held_on,
        due_on=due_on,
        hand_out_id=hand_out_id,
        position=position + 1,
    )
    session.add(assessment)
    session.flush()
    for objective_id in dict.fromkeys(objective_ids):
        get_live(session, LearningObjective, objective_id)
        session.add(
            AssessmentObjective(id=new_id(), assessment_id=assessment.id, objective_id=objective_id)
        )
    session.flush()
    uow.changed(Area.GRADES)
    return assessment.id


def assess_hand_out(
    uow: UnitOfWork,
    hand_out_id: uuid.UUID,
    semester_id: uuid.UUID,
    objective_ids: Sequence[uuid.UUID] = (),
    new_id=ids.new_id,
) -> uuid.UUID:
    """A worksheet handed out becomes a topic summative of its class in its subject: the
    copies' scores are its results (read from the copies, never copied)."""
    session = uow.session
    hand_out = get_live(session, HandOut, hand_out_id)
    worksheet = get_live(session, Worksheet, hand_out.worksheet_id)
    existing = session.scalar(select(Assessment.id).where(Assessment.hand_out_id == hand_out_id))
    if existing is not None:
        return existing
    return add_assessment(
        uow,
        hand_out.class_id,
        worksheet.subject_id,
        semester_id,
        AssessmentKind.TOPIC,
        worksheet.title,
        hand_out.issued_on,
        due_on=hand_out.due_on,
        objective_ids=objective_ids,
        hand_out_id=hand_out_id,
        new_id=new_id,
    )


class CellValue(NamedTuple):
    """What a grid cell holds: a score, or a mark, or nothing; and for formative work,
    achieved or not. A named tuple: a school's grades are tens of thousands of cells, and a
    tuple is made several times faster than a frozen dataclass."""

    score: int | None = None
    mark: ResultMark | None = None
    remedial: int | None = None
    achieved: bool | None = None
    late: bool = False  # handed in after the due date

    @property
    def blank(self) -> bool:
        return self.score is None and self.mark is None and self.achieved is None


def _check_score(score: int | None, field: str = "score") -> None:
    if score is not None and not 0 <= score <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A score is between 0 and {most}, not {value}."),
            field=field,
            most=100,
            value=score,
        )


PARAGRAPH_MOST = 1000  # characters of a description or a note on a report


def report_paragraph(text: str, field: str) -> str:
    """A paragraph printed on a report, its words each once spaced; refused, not cut short,
    when longer than the report holds."""
    words = clean_text(text)
    if len(words) > PARAGRAPH_MOST:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The text has {length} characters; a report holds at most {most}."
            ),
            field=field,
            length=len(words),
            most=PARAGRAPH_MOST,
        )
    return words


def set_result(
    uow: UnitOfWork, assessment_id: uuid.UUID, student_id: uuid.UUID, value: CellValue
) -> CellValue:
    """Put `value` in the pupil's cell; returns what was there (for undo). A worksheet's
    assessment keeps its scores on the copies (scaled back to the worksheet's maximum; late is
    then the copy's return date); a mark or a remedial there is a result that speaks for it."""
    _check_score(value.score)
    _check_score(value.remedial, "remedial_score")
    session = uow.session
    assessment = get_live(session, Assessment, assessment_id)
    if assessment.hand_out_id is not None and value.mark is None and value.remedial is None:
        copy_row = session.execute(
            select(WorksheetCopy, Worksheet.max_score)
            .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
            .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
            .where(
                WorksheetCopy.hand_out_id == assessment.hand_out_id,
                WorksheetCopy.student_id == student_id,
            )
        ).first()
        if copy_row is not None:
            copy, most = copy_row
            before = CellValue(score=_to_hundred(copy.score, most))
            copy.score = None if value.score is None else round(value.score * most / 100)
            session.flush()
            uow.changed(Area.GRADES, Area.RETURNS)
            return before
    row_id = result_id(assessment_id, student_id)
    old = session.get(AssessmentResult, row_id, execution_options=ALL_ROWS)
    before = CellValue()  # a row under a tombstone held nothing live
    if old is not None and old.deleted_at is None:
        before = CellValue(old.score, old.mark, old.remedial_score, old.achieved, old.late)
    row = derived_row(
        session, AssessmentResult, row_id, assessment_id=assessment_id, student_id=student_id
    )
    row.score, row.mark = value.score, value.mark
    row.remedial_score, row.achieved = value.remedial, value.achieved
    row.late = value.late
    session.flush()
    uow.changed(Area.GRADES)
    return before


def set_column(
    uow: UnitOfWork,
    assessment_id: uuid.UUID,
    values: Sequence[tuple[uuid.UUID, CellValue]],
) -> list[tuple[uuid.UUID, CellValue]]:
    """A column pasted from a spreadsheet: every cell or none. Returns what was there."""
    return [(student_id, set_result(uow, assessment_id, student_id, v)) for student_id, v in values]


def _to_hundred(score: int | None, most: int) -> int | None:
    if score is None:
        return None
    return round(score * 100 / most) if most else score


def override_final(
    uow: UnitOfWork,
    student_id: uuid.UUID,
    subject_id: uuid.UUID,
    semester_id: uuid.UUID,
    score: int | None,
    reason: str,
    teacher_id: uuid.UUID | None,
) -> None:
    """Set the final score by hand (None: back to the computed one). A reason is required;
    who and when are kept with it (the row's author and time travel with sync)."""
    _check_score(score, "final_score")
    if score is not None and not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the final score is set by hand."),
            field="override_reason",
        )
    entry = _report_entry(uow, student_id, subject_id, semester_id)
    entry.final_score = score
    entry.override_reason = reason.strip()[:300] if score is not None else ""
    entry.override_by_id = teacher_id if score is not None else None
    uow.session.flush()
    uow.changed(Area.GRADES)


def set_description(
    uow: UnitOfWork,
    student_id: uuid.UUID,
    subject_id: uuid.UUID,
    semester_id: uuid.UUID,
    text: str,
) -> None:
    """The description written by hand for this pupil (empty: the generated one again)."""
    entry = _report_entry(uow, student_id, subject_id, semester_id)
    entry.description = report_paragraph(text, "description")
    uow.session.flush()
    uow.changed(Area.GRADES)


def _report_entry(
    uow: UnitOfWork, student_id: uuid.UUID, subject_id: uuid.UUID, semester_id: uuid.UUID
) -> ReportEntry:
    return derived_row(
        uow.session,
        ReportEntry,
        report_entry_id(student_id, subject_id, semester_id),
        student_id=student_id,
        subject_id=subject_id,
        semester_id=semester_id,
    )


def note_id(student_id: uuid.UUID, semester_id: uuid.UUID) -> uuid.UUID:
    return ids.derived_id("report-note", str(student_id), str(semester_id))


def set_report_note(
    uow: UnitOfWork, student_id: uuid.UUID, semester_id: uuid.UUID, note: str
) -> None:
    """The homeroom teacher's note on the pupil's report for the semester (one row on every
    laptop: its id is derived from the pupil and the semester)."""
    from tomoni_desktop.core.models import PupilReportNote

    row = derived_row(
        uow.session,
        PupilReportNote,
        note_id(student_id, semester_id),
        student_id=student_id,
        semester_id=semester_id,
    )
    row.note = report_paragraph(note, "note")
    uow.session.flush()
    uow.changed(Area.GRADES)


def set_result_note(
    uow: UnitOfWork, assessment_id: uuid.UUID, student_id: uuid.UUID, note: str
) -> None:
    """A note on a pupil's result (for formative work: what was seen, what is still needed);
    the result's value stays as it is."""
    session = uow.session
    get_live(session, Assessment, assessment_id)
    row = derived_row(
        session,
        AssessmentResult,
        result_id(assessment_id, student_id),
        assessment_id=assessment_id,
        student_id=student_id,
    )
    row.note = " ".join(note.split())[:300]
    session.flush()
    uow.changed(Area.GRADES)
