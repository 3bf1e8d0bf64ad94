"""WhatsApp messages to parents, one at a time: a template filled for the pupil, and for each
guardian with a WhatsApp number who agreed to be contacted, a wa.me link that opens a draft
the teacher sends herself (WhatsApp forbids automated or bulk sending). Every message opened
is logged as a contact. Never NIK, never another pupil's results in a message."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import derived_row, get_live
from tomoni_desktop.core.models import (
    ContactKind,
    ContactOutcome,
    Guardian,
    GuardianConsent,
    GuardianRelation,
)
from tomoni_desktop.core.settings import TEMPLATES, load_settings
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.attendance.contacts import log_contact

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def template(uow: UnitOfWork, name: str) -> str:
    """The school's words for `name` ("absence", "meeting", "worksheet"): as edited in
    Settings, else the standard ones."""
    return getattr(load_settings(uow.session), f"template_{name}") or TEMPLATES[name].text


def fill(template: str, values: dict[str, str]) -> str:
    """The template with its placeholders filled; a placeholder with no value is refused."""
    missing = sorted({name for name in PLACEHOLDER.findall(template) if not values.get(name)})
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The message needs {names}, which are not known here."),
            field="template",
            names=", ".join("{" + name + "}" for name in missing),
        )
    return PLACEHOLDER.sub(lambda found: values[found[1]], template)


def wa_link(e164: str, text: str) -> str:
    """WhatsApp's click-to-chat link: the number as 62… (no plus), the text percent-encoded
    (space %20, new line %0A)."""
    digits = e164.lstrip("+")
    if not digits.isdigit() or not 9 <= len(digits) - 2 <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{number} is not a WhatsApp number."),
            field="whatsapp",
            number=e164,
        )
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"


def consent_id(guardian_id: uuid.UUID) -> uuid.UUID:
    return ids.derived_id("consent", str(guardian_id))


@dataclass(frozen=True)
class Recipient:
    guardian_id: uuid.UUID
    name: str
    relation: GuardianRelation
    whatsapp: str | None  # +62…, or None: no WhatsApp number
    consent_whatsapp: bool
    agreed_on: date | None
    # the rest of what was agreed, shown (and kept) as it is when WhatsApp changes
    consent_data: bool = False
    consent_photos: bool = False
    on_paper: bool = False

    @property
    def can_message(self) -> bool:
        return self.whatsapp is not None and self.consent_whatsapp


def recipients(uow: UnitOfWork, student_id: uuid.UUID) -> list[Recipient]:
    """The pupil's guardians, the primary one first, with their WhatsApp and consent."""
    rows = uow.session.execute(
        select(Guardian, GuardianConsent)
        .outerjoin(GuardianConsent, GuardianConsent.guardian_id == Guardian.id)
        .where(Guardian.student_id == student_id)
        .order_by(Guardian.is_primary.desc(), Guardian.name)
    ).all()
    return [
        Recipient(
            guardian.id,
            guardian.name,
            guardian.relation,
            guardian.whatsapp or None,
            bool(consent and consent.whatsapp),
            consent.agreed_on if consent else None,
            bool(consent and consent.data_kept),
            bool(consent and consent.photos),
            bool(consent and consent.on_paper),
        )
        for guardian, consent in rows
    ]


def record_consent(
    uow: UnitOfWork,
    guardian_id: uuid.UUID,
    agreed_on: date,
    *,
    data_kept: bool,
    whatsapp: bool,
    photos: bool,
    on_paper: bool,
    note: str = "",
) -> None:
    """What the parent agreed to, as of `agreed_on` (a withdrawal is the same, unticked)."""
    get_live(uow.session, Guardian, guardian_id)
    keep_consent(uow.session, guardian_id, agreed_on, data_kept, whatsapp, photos, on_paper, note)
    uow.changed(Area.ATTENDANCE, Area.STUDENTS)


def keep_consent(
    session,
    guardian_id: uuid.UUID,
    agreed_on: date,
    data_kept: bool,
    whatsapp: bool,
    photos: bool,
    on_paper: bool,
    note: str = "",
) -> None:
    """The one writer of a guardian's consent (from a message, or the pupil's window)."""
    row = derived_row(
        session,
        GuardianConsent,
        consent_id(guardian_id),
        guardian_id=guardian_id,
        agreed_on=agreed_on,
    )
    row.data_kept, row.whatsapp, row.photos = data_kept, whatsapp, photos
    row.agreed_on, row.on_paper = agreed_on, on_paper
    if note or not row.note:
        row.note = " ".join(note.split())[:300]
    session.flush()


def open_message(
    uow: UnitOfWork,
    student_id: uuid.UUID,
    guardian_id: uuid.UUID,
    text: str,
    about: str,
    today: date,
    by_id: uuid.UUID | None = None,
) -> str:
    """The link to open for this guardian, logged as a WhatsApp contact; refused when the
    guardian has no WhatsApp number or has not agreed (or withdrew)."""
    found = next((r for r in recipients(uow, student_id) if r.guardian_id == guardian_id), None)
    if found is None or found.whatsapp is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This parent has no WhatsApp number."), field="whatsapp"
        )
    if not found.consent_whatsapp:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} has not agreed to be contacted by WhatsApp (or withdrew it): record "
                "the parent's agreement first, or send a letter.",
            ),
            field="consent",
            name=found.name,
        )
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the message first."), field="text")
    link = wa_link(found.whatsapp, text.strip())
    log_contact(
        uow,
        student_id,
        ContactKind.WHATSAPP,
        ContactOutcome.SENT,
        today,
        today,
        guardian_id=guardian_id,
        about=about,
        note=text.strip()[:500],
        by_id=by_id,
    )
    return link


def absence_message(uow: UnitOfWork, student_id: uuid.UUID, day: date) -> str:
    """The absence template filled for the pupil's absence on `day`."""
    from tomoni_desktop.core.models import AttendanceEntry, Student
    from tomoni_desktop.reports.packet import tanggal
    from tomoni_desktop.services.attendance.register import entry_id
    from tomoni_desktop.services.school.classes import class_of_year

    student = get_live(uow.session, Student, student_id)
    entry = get_live(uow.session, AttendanceEntry, entry_id(student_id, day))
    found = class_of_year(uow, entry.class_id)
    return fill(
        template(uow, "absence"),
        {
            "siswa": student.full_name,
            "kelas": found.school_class.name,
            "tanggal": tanggal(day),
            "wali_kelas": found.teacher_name,
        },
    )


def pupil_of_copy(uow: UnitOfWork, code: str) -> uuid.UUID:
    """The pupil whose paper copy has this pickup code."""
    from tomoni_desktop.core.models import WorksheetCopy

    found = uow.session.scalars(
        select(WorksheetCopy.student_id).where(WorksheetCopy.pickup_code == code)
    ).first()
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No copy has the code {code}."), field="code", code=code
        )
    return found


def worksheet_message(uow: UnitOfWork, code: str) -> str:
    """The reminder of a worksheet not back yet, filled for its pupil."""
    from tomoni_desktop.core.models import HandOut, Student, Worksheet, WorksheetCopy
    from tomoni_desktop.reports.packet import tanggal
    from tomoni_desktop.services.school.classes import class_of_year

    copy, hand_out, title, pupil = uow.session.execute(
        select(WorksheetCopy, HandOut, Worksheet.title, Student.full_name)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .join(Student, Student.id == WorksheetCopy.student_id)
        .where(WorksheetCopy.pickup_code == code)
    ).one()
    found = class_of_year(uow, hand_out.class_id)
    return fill(
        template(uow, "worksheet"),
        {
            "siswa": pupil,
            "kelas": found.school_class.name,
            "lembar": title,
            "batas": tanggal(hand_out.due_on),
            "wali_kelas": found.teacher_name,
        },
    )
