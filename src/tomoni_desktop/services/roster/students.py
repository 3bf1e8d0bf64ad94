"""The list of pupils that the students page shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, and_, select, type_coerce
from sqlalchemy.orm import aliased

from tomoni_desktop.core import access
from tomoni_desktop.core.models import (
    Enrollment,
    Gender,
    Guardian,
    GuardianConsent,
    GuardianRelation,
    PhoneAccess,
    SchoolClass,
    Signal,
    Student,
)
from tomoni_desktop.core.phones import format_local
from tomoni_desktop.core.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class StudentRow:
    id: uuid.UUID
    full_name: str
    nisn: str
    nis: str
    gender: Gender
    class_id: uuid.UUID | None
    class_name: str
    class_level: int
    village: str
    dusun: str
    phone_access: PhoneAccess
    signal: Signal
    guardian_name: str
    guardian_phone: str
    has_left: bool
    # a parent's consent recorded (UU PDP): on the pupil's form, or a guardian's agreement
    # to the school keeping the child's data
    has_consent: bool = False


def consented_pupils():
    """Pupils with a guardian who agreed to the school keeping the child's data (with the
    form's own date, the one test of "a consent is recorded": Siswa's list, Beranda's count)."""
    return (
        select(Guardian.student_id)
        .join(GuardianConsent, GuardianConsent.guardian_id == Guardian.id)
        .where(
            GuardianConsent.data_kept.is_(True),
            GuardianConsent.deleted_at.is_(None),
            Guardian.deleted_at.is_(None),
        )
    )


def enrolled_in(school_year_id: uuid.UUID):
    """Join condition: the pupil's live enrollment in this school year."""
    return and_(
        Enrollment.student_id == Student.id,
        Enrollment.school_year_id == school_year_id,
        Enrollment.deleted_at.is_(None),
    )


def list_students(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    class_id: uuid.UUID | None = None,
    include_left: bool = False,
) -> list[StudentRow]:
    """Pupils of the year (or of one class), each with the primary guardian, in one query.

    Plain Core rows, not ORM objects, and class ids read raw and looked up among the year's
    few classes: a whole school of 10,000 pupils loads in a fraction of the time.
    """
    session = uow.session
    primary = aliased(Guardian)
    query = (
        select(
            Student.id,
            Student.full_name,
            Student.nisn,
            Student.nis,
            Student.gender,
            type_coerce(Enrollment.class_id, String),
            Student.village,
            Student.dusun,
            Student.phone_access,
            Student.signal,
            primary.name,
            primary.mobile,
            Student.left_on,
            Student.consent_recorded_on,
        )
        .join(
            Enrollment,
            enrolled_in(school_year_id),
        )
        .outerjoin(
            primary,
            and_(
                primary.student_id == Student.id,
                primary.is_primary.is_(True),
                primary.deleted_at.is_(None),
            ),
        )
        .where(Student.deleted_at.is_(None))
    )
    if class_id is not None:
        query = query.where(Enrollment.class_id == class_id)
    visible = access.visible_classes(uow.connection, uow.database.actor)
    if visible is not None:  # a teacher reads her own classes' pupils only
        query = query.where(Enrollment.class_id.in_(visible))
    if not include_left:
        query = query.where(Student.left_on.is_(None))
    classes = {
        cid.hex: (cid, name, level)
        for cid, name, level in session.execute(
            select(SchoolClass.id, SchoolClass.name, SchoolClass.level).where(
                SchoolClass.school_year_id == school_year_id
            )
        )
    }
    consented = set(session.scalars(consented_pupils()))
    rows: list[StudentRow] = []
    seen: set[uuid.UUID] = set()
    for row in session.connection().execute(query).all():  # one fetchall, not 10,000 fetchone
        student_id = row[0]
        if student_id in seen:  # two primary guardians after a merge: show the pupil once
            continue
        seen.add(student_id)
        raw = row[5]  # hex text on SQLite; PostgreSQL's driver hands back a UUID
        class_key, class_name, class_level = classes[
            raw.hex if isinstance(raw, uuid.UUID) else raw.replace("-", "")
        ]
        rows.append(
            StudentRow(
                id=student_id,
                full_name=row[1],
                nisn=row[2] or "",
                nis=row[3] or "",
                gender=row[4],
                class_id=class_key,
                class_name=class_name,
                class_level=class_level,
                village=row[6],
                dusun=row[7],
                phone_access=row[8],
                signal=row[9],
                guardian_name=row[10] or "",
                guardian_phone=format_local(row[11]),
                has_left=row[12] is not None,
                has_consent=row[13] is not None or student_id in consented,
            )
        )
    rows.sort(key=lambda r: (r.class_level, r.class_name, r.full_name))
    return rows


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One pupil with everything the roster export writes."""

    id: uuid.UUID
    full_name: str
    nisn: str | None
    nis: str | None
    gender: Gender
    birth_place: str
    birth_date: date | None
    religion: str
    class_name: str
    address: str
    rt: str
    rw: str
    dusun: str
    village: str
    kecamatan: str
    phone_access: PhoneAccess
    signal: Signal
    father: str
    mother: str
    guardian: str
    primary_name: str
    primary_phone: str | None


def roster_entries(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    class_id: uuid.UUID | None = None,
    student_ids: set[uuid.UUID] | None = None,
) -> list[RosterEntry]:
    session = uow.session
    query = (
        select(Student, SchoolClass.name)
        .join(
            Enrollment,
            enrolled_in(school_year_id),
        )
        .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
        .where(Student.deleted_at.is_(None), Student.left_on.is_(None))
        # Ids last: two pupils of one name come out in the same order on every computer.
        .order_by(SchoolClass.level, SchoolClass.name, Student.full_name, Student.id)
    )
    if class_id is not None:
        query = query.where(Enrollment.class_id == class_id)
    visible = access.visible_classes(uow.connection, uow.database.actor)
    if visible is not None:
        query = query.where(Enrollment.class_id.in_(visible))
    rows = session.execute(query).all()
    guardians: dict[uuid.UUID, list[Guardian]] = {}
    for guardian in session.scalars(select(Guardian).order_by(Guardian.created_at, Guardian.id)):
        guardians.setdefault(guardian.student_id, []).append(guardian)
    entries = []
    for student, class_name in rows:
        if student_ids is not None and student.id not in student_ids:
            continue
        mine = guardians.get(student.id, [])
        by_relation = {g.relation: g.name for g in mine}
        primary = next((g for g in mine if g.is_primary), None)
        entries.append(
            RosterEntry(
                id=student.id,
                full_name=student.full_name,
                nisn=student.nisn,
                nis=student.nis,
                gender=student.gender,
                birth_place=student.birth_place,
                birth_date=student.birth_date,
                religion=student.religion,
                class_name=class_name,
                address=student.address,
                rt=student.rt,
                rw=student.rw,
                dusun=student.dusun,
                village=student.village,
                kecamatan=student.kecamatan,
                phone_access=student.phone_access,
                signal=student.signal,
                father=by_relation.get(GuardianRelation.FATHER, ""),
                mother=by_relation.get(GuardianRelation.MOTHER, ""),
                guardian=by_relation.get(GuardianRelation.GUARDIAN, ""),
                primary_name=primary.name if primary else "",
                primary_phone=primary.mobile if primary else None,
            )
        )
    return entries


def find_pupil(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    text: str,
    class_id: uuid.UUID | None = None,
    include_left: bool = False,
) -> StudentRow:
    """The one pupil of the year (or of a class) with this NISN or this name, any case."""
    from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError

    key = " ".join(text.casefold().split())
    found = [
        row
        for row in list_students(uow, school_year_id, class_id, include_left)
        if row.nisn == text.strip() or " ".join(row.full_name.casefold().split()) == key
    ]
    if len(found) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "No single pupil is “{name}”: give the NISN or the full name."
            ),
            field="pupil",
            name=text,
        )
    return found[0]
