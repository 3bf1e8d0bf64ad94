"""A pupil's timeline: absences, paper work back, scores, contacts with the family, cases
and their steps, home visits — one list, the newest first. Facts only: the interface words
them."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core.models import (
    Assessment,
    AssessmentResult,
    AttendanceEntry,
    AttendanceMark,
    ContactEntry,
    CopyReturn,
    FollowUpCase,
    FollowUpStep,
    HandOut,
    VisitOutcome,
    VisitStopPupil,
    Worksheet,
    WorksheetCopy,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork


class EventKind(enum.StrEnum):
    ABSENCE = "absence"  # what: S / I / A; detail: the letter's day, if any
    RETURN = "return"  # what: the worksheet; detail: how it came back
    SCORE = "score"  # what: the assessment; detail: the score or its mark
    CONTACT = "contact"  # what: call / whatsapp / …; detail: the outcome; note
    CASE = "case"  # what: the reason; detail: "opened" or "closed"; note: the result
    STEP = "step"  # what: the step's kind; detail: its outcome
    VISIT = "visit"  # what: the stop's outcome; note


@dataclass(frozen=True)
class TimelineEvent:
    day: date
    kind: EventKind
    what: str
    detail: str = ""
    note: str = ""
    days: int = 0  # a case: the days absent that opened it


def pupil_timeline(uow: UnitOfWork, student_id: uuid.UUID) -> list[TimelineEvent]:
    session = uow.session
    events: list[TimelineEvent] = []
    for entry in session.scalars(
        select(AttendanceEntry).where(
            AttendanceEntry.student_id == student_id,
            AttendanceEntry.mark != AttendanceMark.PRESENT,
        )
    ):
        letter = entry.letter_on.isoformat() if entry.letter_on else ""
        events.append(
            TimelineEvent(entry.day, EventKind.ABSENCE, entry.mark.value, letter, entry.note)
        )
    for returned_on, way, title in session.execute(
        select(CopyReturn.returned_on, CopyReturn.way, Worksheet.title)
        .join(WorksheetCopy, WorksheetCopy.id == CopyReturn.copy_id)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .where(WorksheetCopy.student_id == student_id)
    ):
        events.append(TimelineEvent(returned_on, EventKind.RETURN, title, way.value))
    for held_on, title, score, mark, remedial in session.execute(
        select(
            Assessment.held_on,
            Assessment.title,
            AssessmentResult.score,
            AssessmentResult.mark,
            AssessmentResult.remedial_score,
        )
        .join(Assessment, Assessment.id == AssessmentResult.assessment_id)
        .where(AssessmentResult.student_id == student_id)
    ):
        shown = mark.value if mark else ("" if score is None else str(score))
        if remedial is not None:
            shown += f"/{remedial}"
        if shown:
            events.append(TimelineEvent(held_on, EventKind.SCORE, title, shown))
    for contact in session.scalars(
        select(ContactEntry).where(ContactEntry.student_id == student_id)
    ):
        events.append(
            TimelineEvent(
                contact.contacted_on,
                EventKind.CONTACT,
                contact.kind.value,
                contact.outcome.value,
                contact.note,
            )
        )
    for case in session.scalars(select(FollowUpCase).where(FollowUpCase.student_id == student_id)):
        events.append(
            TimelineEvent(
                case.opened_on, EventKind.CASE, case.reason.value, "opened", days=case.absent_days
            )
        )
        if case.closed_on is not None:
            events.append(
                TimelineEvent(
                    case.closed_on, EventKind.CASE, case.reason.value, "closed", case.result
                )
            )
    for step in session.scalars(
        select(FollowUpStep)
        .join(FollowUpCase, FollowUpCase.id == FollowUpStep.case_id)
        .where(FollowUpCase.student_id == student_id, FollowUpStep.done_on.is_not(None))
    ):
        assert step.done_on is not None
        events.append(TimelineEvent(step.done_on, EventKind.STEP, step.kind.value, step.outcome))
    for visited_on, outcome, note in session.execute(
        select(VisitOutcome.visited_on, VisitOutcome.outcome, VisitOutcome.note)
        .join(VisitStopPupil, VisitStopPupil.stop_id == VisitOutcome.stop_id)
        .where(VisitStopPupil.student_id == student_id)
    ):
        events.append(TimelineEvent(visited_on, EventKind.VISIT, outcome.value, "", note))
    order = list(EventKind)
    # the newest first; within a day, what followed first (a case after its absence)
    events.sort(key=lambda e: (e.day, order.index(e.kind)), reverse=True)
    return events
