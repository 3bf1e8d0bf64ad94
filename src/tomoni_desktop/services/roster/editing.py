"""Editing one pupil: every field, guardians, class, leaving; validated for the teacher."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tomoni_desktop.core import access, ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.database import ALL_ROWS
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    Enrollment,
    Gender,
    Guardian,
    GuardianRelation,
    PhoneAccess,
    SchoolClass,
    SchoolYear,
    Signal,
    Student,
)
from tomoni_desktop.core.phones import format_local, parse_phone, parse_whatsapp
from tomoni_desktop.core.pupil_fields import TEXT
from tomoni_desktop.core.types import utc_now
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.io.cleaning import check_birth_date, clean_name, limit, text
from tomoni_desktop.services.roster.students import enrolled_in


@dataclass
class GuardianForm:
    name: str = ""
    relation: GuardianRelation = GuardianRelation.MOTHER
    mobile: str = ""  # as typed, or as shown (0812-3456-7890)
    whatsapp: str = ""
    is_primary: bool = False
    id: uuid.UUID | None = None
    # what the parent agreed to (UU PDP); `consent_on` is set when it was recorded or changed
    consent_data: bool = False
    consent_whatsapp: bool = False
    consent_photos: bool = False
    consent_on_paper: bool = False
    consent_on: date | None = None


@dataclass
class StudentForm:
    full_name: str = ""
    gender: Gender | None = None
    class_id: uuid.UUID | None = None
    nisn: str = ""
    nis: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    religion: str = ""
    address: str = ""
    rt: str = ""
    rw: str = ""
    dusun: str = ""
    village: str = ""
    kecamatan: str = ""
    phone_access: PhoneAccess = PhoneAccess.NONE
    shares_phone_with_id: uuid.UUID | None = None
    signal: Signal = Signal.NONE
    notes: str = ""
    consent_recorded_on: date | None = None
    left_on: date | None = None
    guardians: list[GuardianForm] = field(default_factory=list)
    id: uuid.UUID | None = None


def load_student(uow: UnitOfWork, student_id: uuid.UUID, school_year_id: uuid.UUID) -> StudentForm:
    session = uow.session
    student = get_live(session, Student, student_id)
    class_id = session.scalar(
        select(Enrollment.class_id).where(
            Enrollment.student_id == student_id,
            Enrollment.school_year_id == school_year_id,
        )
    )
    form = StudentForm(
        id=student.id,
        class_id=class_id,
        full_name=student.full_name,
        gender=student.gender,
        nisn=student.nisn or "",
        nis=student.nis or "",
        phone_access=student.phone_access,
        shares_phone_with_id=student.shares_phone_with_id,
        signal=student.signal,
        notes=student.notes,
        birth_date=student.birth_date,
        consent_recorded_on=student.consent_recorded_on,
        left_on=student.left_on,
        **{name: getattr(student, name) for name in TEXT},
    )
    from tomoni_desktop.core.models import GuardianConsent
    from tomoni_desktop.services.attendance.whatsapp import consent_id

    def consent_of(guardian_id: uuid.UUID) -> dict:
        found = session.get(GuardianConsent, consent_id(guardian_id))
        if found is None or found.deleted_at is not None:
            return {}
        return {
            "consent_data": found.data_kept,
            "consent_whatsapp": found.whatsapp,
            "consent_photos": found.photos,
            "consent_on_paper": found.on_paper,
            "consent_on": found.agreed_on,
        }

    form.guardians = [
        GuardianForm(
            id=g.id,
            name=g.name,
            relation=g.relation,
            mobile=format_local(g.mobile),
            whatsapp=format_local(g.whatsapp),
            is_primary=g.is_primary,
            **consent_of(g.id),
        )
        for g in sorted(student.guardians, key=lambda g: (not g.is_primary, g.relation.value))
        if g.deleted_at is None
    ]
    return form


def validate_student(
    form: StudentForm, school_year_start: int, today: date | None = None
) -> StudentForm:
    """A cleaned copy, or a ValidationError naming the field ("nisn", "guardians.1.mobile")."""
    today = today or date.today()
    name = limit(clean_name(form.full_name), "full_name")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The name is empty."), field="full_name")
    nisn = re.sub(r"\s", "", form.nisn or "")
    if nisn and not re.fullmatch(r"\d{10}", nisn):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "NISN must be exactly 10 digits, not {value}."),
            field="nisn",
            value=nisn,
        )
    if form.gender is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose L or P."), field="gender")
    if form.class_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the pupil's class."), field="class_id"
        )
    check_birth_date(form.birth_date, school_year_start)
    if form.consent_recorded_on and form.consent_recorded_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date of consent cannot be in the future."),
            field="consent_recorded_on",
        )
    if form.phone_access is not PhoneAccess.SHARED and form.shares_phone_with_id:
        form = replace(form, shares_phone_with_id=None)
    if form.shares_phone_with_id is not None and form.shares_phone_with_id == form.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A pupil cannot share a phone with themself."),
            field="shares_phone_with_id",
        )
    guardians = []
    for index, guardian in enumerate(form.guardians):
        prefix = f"guardians.{index}."
        guardian_name = limit(clean_name(guardian.name), prefix + "name")
        if not guardian_name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the parent's or guardian's name."),
                field=prefix + "name",
            )
        mobile = parse_phone(guardian.mobile, prefix + "mobile")
        whatsapp = parse_whatsapp(guardian.whatsapp, prefix + "whatsapp")
        if guardian.consent_on and guardian.consent_on > (today or date.today()):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A consent cannot be recorded for a day still to come."
                ),
                field=prefix + "consent_on",
            )
        guardians.append(
            replace(
                guardian,
                name=guardian_name,
                mobile=mobile.e164 if mobile else "",
                whatsapp=whatsapp.e164 if whatsapp else "",
            )
        )
    primaries = [g for g in guardians if g.is_primary]
    if guardians and len(primaries) != 1:
        keep = primaries[0] if primaries else guardians[0]
        guardians = [replace(g, is_primary=g is keep) for g in guardians]
    texts: dict[str, Any] = {n: limit(text(getattr(form, n)), n) for n in TEXT}
    return replace(
        form,
        full_name=name,
        nisn=nisn,
        nis=text(form.nis),
        notes=(form.notes or "").strip(),
        guardians=guardians,
        **texts,
    )


def nisn_used_by(
    uow: UnitOfWork, school_id: uuid.UUID, nisn: str, except_id: uuid.UUID | None
) -> str | None:
    """The name of another pupil with this NISN: a warning, not a block (the merge sorts it)."""
    session = uow.session
    if not nisn:
        return None
    query = select(Student).where(Student.school_id == school_id, Student.nisn == nisn)
    if except_id is not None:
        query = query.where(Student.id != except_id)
    other = session.scalars(query).first()
    return other.full_name if other else None


def save_student(uow: UnitOfWork, form: StudentForm, school_year_id: uuid.UUID) -> uuid.UUID:
    """Validate and write the pupil, their guardians and their class."""
    session = uow.session
    year = get_live(session, SchoolYear, school_year_id)
    form = validate_student(form, year.starts_on.year)
    assert form.gender is not None and form.class_id is not None  # validated above
    student = get_live(session, Student, form.id) if form.id else None
    if student is None:
        derived = ids.student_id_for_nisn(year.school_id, form.nisn) if form.nisn else None
        taken = derived and session.get(Student, derived, execution_options=ALL_ROWS)
        student_id = derived if derived and not taken else ids.new_id()
        student = Student(
            id=student_id, school_id=year.school_id, full_name=form.full_name, gender=form.gender
        )
        session.add(student)
    student.full_name = form.full_name
    student.gender = form.gender
    student.nisn = form.nisn or None
    student.nis = form.nis or None
    for name in TEXT:
        setattr(student, name, getattr(form, name))
    student.birth_date = form.birth_date
    student.phone_access = form.phone_access
    student.shares_phone_with_id = form.shares_phone_with_id
    student.signal = form.signal
    student.notes = form.notes
    student.consent_recorded_on = form.consent_recorded_on
    session.flush()
    _save_guardians(session, student, form.guardians)
    move_student(uow, student.id, form.class_id, school_year_id)
    uow.changed(Area.STUDENTS)
    return student.id


def _save_guardians(session: Session, student: Student, wanted: list[GuardianForm]) -> None:
    existing = {g.id: g for g in student.guardians if g.deleted_at is None}
    kept = set()
    for form in wanted:
        guardian = existing.get(form.id) if form.id else None
        if guardian is None:
            guardian = Guardian(
                id=ids.new_id(), student_id=student.id, name=form.name, relation=form.relation
            )
            session.add(guardian)
        guardian.name = form.name
        guardian.relation = form.relation
        guardian.mobile = form.mobile or None
        guardian.whatsapp = form.whatsapp or None
        guardian.is_primary = form.is_primary
        kept.add(guardian.id)
        if form.consent_on is not None:  # recorded (or changed) in the pupil's window
            from tomoni_desktop.services.attendance.whatsapp import keep_consent

            session.flush()
            keep_consent(
                session,
                guardian.id,
                form.consent_on,
                form.consent_data,
                form.consent_whatsapp,
                form.consent_photos,
                form.consent_on_paper,
            )
    for guardian_id, guardian in existing.items():
        if guardian_id not in kept:
            guardian.mark_deleted()  # removed: a tombstone, so other laptops learn of it


def move_student(
    uow: UnitOfWork,
    student_id: uuid.UUID,
    class_id: uuid.UUID,
    school_year_id: uuid.UUID,
) -> None:
    """Into another class this year: the old enrollment becomes a tombstone, a new one is added."""
    session = uow.session
    target = session.get(SchoolClass, class_id)
    if target is None or target.school_year_id != school_year_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the pupil's class."), field="class_id"
        )
    current = session.scalars(
        select(Enrollment).where(
            Enrollment.student_id == student_id,
            Enrollment.school_year_id == school_year_id,
        )
    ).all()
    if [e.class_id for e in current] != [class_id]:
        for enrollment in current:
            enrollment.deleted_at = utc_now()
        session.add(
            Enrollment(student_id=student_id, class_id=class_id, school_year_id=school_year_id)
        )
    uow.changed(Area.STUDENTS)


def mark_left(uow: UnitOfWork, student_id: uuid.UUID, on: date | None) -> None:
    """The pupil left the school on `on` (kept, hidden from lists); None brings them back."""
    session = uow.session
    get_live(session, Student, student_id).left_on = on
    uow.changed(Area.STUDENTS)


def classmates(
    uow: UnitOfWork, class_id: uuid.UUID, school_year_id: uuid.UUID
) -> list[tuple[uuid.UUID, str]]:
    """Who in the class has a phone of their own, for choosing whose phone is shared."""
    session = uow.session
    return [
        (student_id, name)
        for student_id, name in session.execute(
            select(Student.id, Student.full_name)
            .join(Enrollment, enrolled_in(school_year_id))
            .where(
                Enrollment.class_id == class_id,
                Student.phone_access == PhoneAccess.OWN,
            )
            .order_by(Student.full_name)
        )
    ]


def classes_of_year(uow: UnitOfWork, school_year_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """The year's classes the person signed in may see (every class without sign-in)."""
    query = (
        select(SchoolClass)
        .where(SchoolClass.school_year_id == school_year_id)
        .order_by(SchoolClass.level, SchoolClass.name)
    )
    visible = access.visible_classes(uow.connection, uow.database.actor)
    if visible is not None:
        query = query.where(SchoolClass.id.in_(visible))
    return [(c.id, c.name) for c in uow.session.scalars(query)]
