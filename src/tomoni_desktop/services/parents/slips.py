"""The parents' return slips: what a parent wrote on the slip of a copy that came back (signed,
the days each habit was kept, the three questions on the lesson, a comment), typed in fast
after the copies are recorded, and summed up per class and week — what the teachers used a
Google Form for, offline."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import derived_row, get_live
from tomoni_desktop.core.models import (
    CopyReturn,
    HandOut,
    SlipAnswer,
    Student,
    Subject,
    Worksheet,
    WorksheetCopy,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork

QUESTIONS = ("understood", "time_spent", "help_needed")  # the slip's three, in its order


def slip_id(copy_id: uuid.UUID) -> uuid.UUID:
    return ids.derived_id("slip", str(copy_id))


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def encode_habits(days: dict[str, int]) -> str:
    return ";".join(f"{habit}={count}" for habit, count in days.items())


def decode_habits(text: str) -> dict[str, int]:
    found = {}
    for part in text.split(";"):
        habit, _, count = part.rpartition("=")
        if habit and count.isdigit():
            found[habit] = int(count)
    return found


@dataclass(frozen=True)
class SlipRow:
    """A copy that came back in the week, and its slip as entered so far."""

    copy_id: uuid.UUID
    pupil: str
    worksheet: str
    subject: str
    returned_on: date
    entered: bool
    signed: bool = False
    habit_days: dict[str, int] = field(default_factory=dict)
    answers: tuple[int | None, int | None, int | None] = (None, None, None)
    comment: str = ""


def slips_of(uow: UnitOfWork, class_id: uuid.UUID, day: date) -> list[SlipRow]:
    """The class's copies returned in the week of `day`, with what their slips said."""
    first, last = week_of(day)
    rows = uow.session.execute(
        select(
            WorksheetCopy.id,
            Student.full_name,
            Worksheet.title,
            Subject.name,
            CopyReturn.returned_on,
            SlipAnswer,
        )
        .join(CopyReturn, CopyReturn.copy_id == WorksheetCopy.id)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .join(Subject, Subject.id == Worksheet.subject_id)
        .join(Student, Student.id == WorksheetCopy.student_id)
        .outerjoin(
            SlipAnswer,
            (SlipAnswer.copy_id == WorksheetCopy.id) & SlipAnswer.deleted_at.is_(None),
        )
        .where(
            HandOut.class_id == class_id,
            CopyReturn.returned_on >= first,
            CopyReturn.returned_on <= last,
        )
        .order_by(Student.full_name, Worksheet.title)
    ).all()
    slips = []
    seen: set[uuid.UUID] = set()
    for copy_id, pupil, title, subject, returned_on, answer in rows:
        if copy_id in seen:  # two returns of one copy (a clash not settled yet): one row
            continue
        seen.add(copy_id)
        if answer is None:
            slips.append(SlipRow(copy_id, pupil, title, subject, returned_on, False))
        else:
            slips.append(
                SlipRow(
                    copy_id,
                    pupil,
                    title,
                    subject,
                    returned_on,
                    True,
                    answer.signed,
                    decode_habits(answer.habit_days),
                    (answer.understood, answer.time_spent, answer.help_needed),
                    answer.comment,
                )
            )
    return slips


def save_slip(
    uow: UnitOfWork,
    copy_id: uuid.UUID,
    *,
    signed: bool,
    habit_days: dict[str, int],
    answers: tuple[int | None, int | None, int | None],
    comment: str,
    today: date,
) -> None:
    """What the slip of this returned copy says (typed again: the new words replace it)."""
    session = uow.session
    get_live(session, WorksheetCopy, copy_id)
    if session.scalars(select(CopyReturn.id).where(CopyReturn.copy_id == copy_id)).first() is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Record the copy as returned before its slip."),
            field="copy",
        )
    for habit, days in habit_days.items():
        if not 0 <= days <= 7:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{habit}: a week has 0 to 7 days, not {value}."),
                field="habits",
                habit=habit,
                value=days,
            )
    for name, answer in zip(QUESTIONS, answers, strict=True):
        if answer is not None and answer not in (1, 2, 3):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Each question has boxes 1, 2 and 3, not {value}."),
                field=name,
                value=answer,
            )
    row = derived_row(session, SlipAnswer, slip_id(copy_id), copy_id=copy_id, entered_on=today)
    row.signed = signed
    row.habit_days = encode_habits(habit_days)[:400]
    row.understood, row.time_spent, row.help_needed = answers
    row.comment = " ".join(comment.split())[:500]
    row.entered_on = today
    session.flush()
    uow.changed(Area.RETURNS)


@dataclass(frozen=True)
class HabitKept:
    habit: str
    slips: int  # slips that answered it
    days: int  # days kept, summed over them

    @property
    def mean_days(self) -> float:
        return self.days / self.slips if self.slips else 0.0


@dataclass(frozen=True)
class WeekSummary:
    first: date
    last: date
    returned: int  # copies back in the week
    entered: int  # of them, slips typed in
    signed: int
    habits: list[HabitKept]
    # per question: how many ticked box 1, 2 and 3
    answers: dict[str, tuple[int, int, int]]
    comments: list[tuple[str, str, str]]  # pupil, worksheet, comment


def week_summary(uow: UnitOfWork, class_id: uuid.UUID, day: date) -> WeekSummary:
    rows = slips_of(uow, class_id, day)
    entered = [row for row in rows if row.entered]
    days: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    order: list[str] = []
    for row in entered:
        for habit, count in row.habit_days.items():
            if habit not in order:
                order.append(habit)
            days[habit] += count
            answered[habit] += 1
    answers = {}
    for index, name in enumerate(QUESTIONS):
        ticked = Counter(row.answers[index] for row in entered)
        answers[name] = (ticked[1], ticked[2], ticked[3])
    first, last = week_of(day)
    return WeekSummary(
        first,
        last,
        len(rows),
        len(entered),
        sum(1 for row in entered if row.signed),
        [HabitKept(habit, answered[habit], days[habit]) for habit in order],
        answers,
        [(row.pupil, row.worksheet, row.comment) for row in entered if row.comment],
    )
