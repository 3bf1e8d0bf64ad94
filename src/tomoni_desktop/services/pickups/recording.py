"""Recording copies that came back, one pickup code at a time (typed, or scanned: a scanner
types the code and Enter). Each code is one small unit of work, so the screen can show it
returned while the next is scanned; a return can be undone (its row is marked deleted)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    CopyCondition,
    CopyReturn,
    HandOut,
    LetterKind,
    ReturnWay,
    SchoolClass,
    Student,
    Worksheet,
    WorksheetCopy,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.parents.letters import record_reply
from tomoni_desktop.services.worksheets.pickup_codes import (
    CODE_ALPHABET,
    CODE_LENGTH,
    normalise_code,
)


class Recorded(enum.StrEnum):
    RETURNED = "returned"  # recorded now
    OTHER_CLASS = "other_class"  # recorded now; the copy is of another class than the one chosen
    REPLY = "reply"  # a letter's reply slip: the reply recorded now
    ALREADY = "already"  # it had come back before: nothing recorded
    UNKNOWN = "unknown"  # a well-formed code no copy here has
    MALFORMED = "malformed"  # not a pickup code at all (length, letters not used in codes)


@dataclass(frozen=True)
class RecordResult:
    """What happened to one code, as facts the screen and the command line word."""

    outcome: Recorded
    code: str
    return_id: uuid.UUID | None = None
    copy_id: uuid.UUID | None = None
    pupil: str = ""
    class_name: str = ""
    worksheet: str = ""
    due_on: date | None = None
    returned_on: date | None = None  # this return's day, or the earlier one's for ALREADY
    village: str = ""
    dusun: str = ""
    letter_id: uuid.UUID | None = None  # the code was a letter's reply slip
    letter_kind: LetterKind | None = None

    @property
    def recorded(self) -> bool:
        """A copy recorded as returned now."""
        return self.outcome in (Recorded.RETURNED, Recorded.OTHER_CLASS)

    @property
    def late(self) -> bool:
        """Returned after its due date."""
        return bool(self.due_on and self.returned_on and self.returned_on > self.due_on)


def well_formed(code: str) -> bool:
    letters = code.replace("-", "")
    return len(letters) == CODE_LENGTH and all(c in CODE_ALPHABET for c in letters)


def record_code(
    uow: UnitOfWork,
    text: str,
    *,
    returned_on: date,
    way: ReturnWay = ReturnWay.VISIT,
    class_id: uuid.UUID | None = None,
    recorded_by: uuid.UUID | None = None,
    condition: CopyCondition = CopyCondition.COMPLETE,
    slip_returned: bool = False,
    new_id=ids.new_id,
) -> RecordResult:
    """Mark the copy with this pickup code returned. `class_id`: the class being recorded
    (a code of another class is still recorded, and said so: siblings share a doorstep)."""
    code = normalise_code(text)
    if not well_formed(code):
        return RecordResult(Recorded.MALFORMED, code or text.strip())
    session = uow.session
    rows = session.execute(
        select(WorksheetCopy, HandOut, Student, SchoolClass, Worksheet)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Student, Student.id == WorksheetCopy.student_id)
        .join(SchoolClass, SchoolClass.id == HandOut.class_id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .where(WorksheetCopy.pickup_code == code)
        .order_by(HandOut.issued_on.desc())
    ).all()
    if not rows:
        return _letter_reply(uow, code, returned_on)
    earlier = {
        copy_id: day
        for copy_id, day in session.execute(
            select(CopyReturn.copy_id, CopyReturn.returned_on)
            .where(CopyReturn.copy_id.in_([row[0].id for row in rows]))
            .order_by(CopyReturn.returned_on.desc())
        )
    }
    # Two copies with one code (a clash the inbox has not settled yet): the one still out.
    copy, hand_out, pupil, school_class, worksheet = next(
        (row for row in rows if row[0].id not in earlier), rows[0]
    )

    def result(outcome: Recorded, return_id=None, day=None) -> RecordResult:
        return RecordResult(
            outcome,
            code,
            return_id,
            copy.id,
            pupil.full_name,
            school_class.name,
            worksheet.title,
            hand_out.due_on,
            day,
            pupil.village,
            pupil.dusun,
        )

    if copy.id in earlier:
        return result(Recorded.ALREADY, day=earlier[copy.id])
    if returned_on < hand_out.issued_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{code} was handed out on {issued}: it cannot come back before that."
            ),
            field="returned_on",
            code=code,
            issued=hand_out.issued_on.strftime("%d-%m-%Y"),
        )
    returned = CopyReturn(
        id=new_id(),
        copy_id=copy.id,
        returned_on=returned_on,
        way=way,
        condition=condition,
        slip_returned=slip_returned,
        recorded_by_id=recorded_by,
    )
    session.add(returned)
    session.flush()
    uow.changed(Area.RETURNS)
    other = class_id is not None and school_class.id != class_id
    return result(Recorded.OTHER_CLASS if other else Recorded.RETURNED, returned.id, returned_on)


def _letter_reply(uow: UnitOfWork, code: str, replied_on: date) -> RecordResult:
    reply = record_reply(uow, code, replied_on)
    if reply is None:
        return RecordResult(Recorded.UNKNOWN, code)
    return RecordResult(
        Recorded.REPLY if reply.recorded else Recorded.ALREADY,
        code,
        pupil=reply.pupil,
        class_name=reply.class_name,
        returned_on=reply.replied_on,
        letter_id=reply.letter_id,
        letter_kind=reply.kind,
    )


def undo_return(uow: UnitOfWork, return_id: uuid.UUID) -> None:
    """Take back a return recorded by mistake (the event stays, marked deleted, for sync)."""
    returned = get_live(uow.session, CopyReturn, return_id)
    returned.mark_deleted()
    uow.session.flush()
    uow.changed(Area.RETURNS)


def record_codes(uow: UnitOfWork, codes: list[str], **options) -> list[RecordResult]:
    """Several codes in one unit of work (the command line): all recorded, or none."""
    return [record_code(uow, code, **options) for code in codes]


def set_score(uow: UnitOfWork, copy_id: uuid.UUID, score: int | None) -> None:
    """The score of a returned copy, given as it comes back (a grade: two laptops giving
    different scores is a conflict a person settles in the inbox)."""
    session = uow.session
    copy = get_live(session, WorksheetCopy, copy_id)
    worksheet = session.scalars(
        select(Worksheet)
        .join(HandOut, HandOut.worksheet_id == Worksheet.id)
        .where(HandOut.id == copy.hand_out_id)
    ).one()
    if score is not None and not 0 <= score <= worksheet.max_score:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A score is between 0 and {most}, not {value}."),
            field="score",
            most=worksheet.max_score,
            value=score,
        )
    copy.score = score
    session.flush()
    uow.changed(Area.RETURNS)
