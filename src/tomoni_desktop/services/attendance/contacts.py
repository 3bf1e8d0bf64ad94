"""The contact log: every call, WhatsApp message, visit, letter and meeting with a pupil's
parents, with its outcome. Each is an event (only ever added)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    ContactEntry,
    ContactKind,
    ContactOutcome,
    Guardian,
    Student,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork


def log_contact(
    uow: UnitOfWork,
    student_id: uuid.UUID,
    kind: ContactKind,
    outcome: ContactOutcome,
    contacted_on: date,
    today: date,
    *,
    guardian_id: uuid.UUID | None = None,
    case_id: uuid.UUID | None = None,
    about: str = "",
    note: str = "",
    by_id: uuid.UUID | None = None,
    new_id=ids.new_id,
) -> uuid.UUID:
    session = uow.session
    get_live(session, Student, student_id)
    if (
        guardian_id is not None
        and get_live(session, Guardian, guardian_id).student_id != student_id
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This parent is not the pupil's."), field="guardian"
        )
    if contacted_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A contact cannot be logged for a day still to come."),
            field="contacted_on",
        )
    if outcome is ContactOutcome.OTHER and not note.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what happened (the outcome is “other”)."),
            field="note",
        )
    entry = ContactEntry(
        id=new_id(),
        student_id=student_id,
        guardian_id=guardian_id,
        case_id=case_id,
        kind=kind,
        contacted_on=contacted_on,
        outcome=outcome,
        about=about[:40],
        note=" ".join(note.split())[:500],
        by_id=by_id,
    )
    session.add(entry)
    session.flush()
    uow.changed(Area.ATTENDANCE)
    return entry.id


@dataclass(frozen=True)
class ContactRow:
    contact_id: uuid.UUID
    contacted_on: date
    kind: ContactKind
    outcome: ContactOutcome
    guardian: str
    about: str
    note: str


def contacts_of(uow: UnitOfWork, student_id: uuid.UUID) -> list[ContactRow]:
    """The pupil's contacts with the family, the newest first."""
    return [
        ContactRow(row.id, row.contacted_on, row.kind, row.outcome, name or "", row.about, row.note)
        for row, name in uow.session.execute(
            select(ContactEntry, Guardian.name)
            .outerjoin(Guardian, Guardian.id == ContactEntry.guardian_id)
            .where(ContactEntry.student_id == student_id)
            .order_by(ContactEntry.contacted_on.desc(), ContactEntry.created_at.desc())
        )
    ]
