"""Writing an import plan (see roster_import): one transaction, all or nothing."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    Enrollment,
    Guardian,
    GuardianRelation,
    ImportedValues,
    PhoneAccess,
    SchoolClass,
    SchoolYear,
    Signal,
    Student,
)
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.io.records import STUDENT_FIELDS, StudentRecord
from tomoni_desktop.services.roster.editing import move_student
from tomoni_desktop.services.roster.importing import (
    GUARDIAN_FIELD,
    ImportPlan,
    PlannedRow,
    RowKind,
    record_values,
)
from tomoni_desktop.services.school.setup import ensure_class


@dataclass(frozen=True)
class ImportResult:
    new: int
    updated: int
    unchanged: int
    left_out: int
    classes_created: int


def apply_import(
    uow: UnitOfWork,
    plan: ImportPlan,
    overwrite_corrections: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan in one transaction: on any error nothing at all is written."""
    result = _apply(uow, plan, overwrite_corrections, progress)
    uow.changed(Area.STUDENTS, Area.SCHOOL)
    return result


def _apply(
    uow: UnitOfWork, plan: ImportPlan, overwrite: bool, progress: Progress | None
) -> ImportResult:
    session = uow.session
    year = get_live(session, SchoolYear, plan.school_year_id)
    classes = {
        ids.class_key(c.level, c.name): c
        for c in session.scalars(select(SchoolClass).where(SchoolClass.school_year_id == year.id))
    }
    created = 0
    for level, name in plan.new_classes:
        key = ids.class_key(level, name)
        if key not in classes:
            classes[key] = ensure_class(uow, year, level, name, None)
            created += 1
    session.flush()
    snapshots = {
        s.student_id: s
        for s in session.scalars(select(ImportedValues).where(ImportedValues.source == plan.source))
    }
    active = [r for r in plan.rows if r.kind in (RowKind.NEW, RowKind.UPDATED, RowKind.UNCHANGED)]
    counts: defaultdict[RowKind, int] = defaultdict(int)
    new_rows = _NewRows()
    for done, row in enumerate(active, start=1):
        record = row.record
        if row.kind is RowKind.NEW:
            new_rows.add(plan, record, classes[row.new_class_key].id, year.id)
        else:
            student = get_live(session, Student, row.student_id)
            _update_student(session, student, row, overwrite)
            if row.kind is RowKind.UPDATED:  # moved, or not in a class this year yet
                move_student(uow, student.id, classes[row.new_class_key].id, year.id)
            _remember(session, snapshots.get(student.id), student.id, plan.source, record)
        counts[row.kind] += 1
        if progress and done % 100 == 0:
            progress(done, len(active))
    new_rows.write(session)
    session.flush()
    return ImportResult(
        new=counts[RowKind.NEW],
        updated=counts[RowKind.UPDATED],
        unchanged=counts[RowKind.UNCHANGED],
        left_out=plan.count(RowKind.PROBLEM),
        classes_created=created,
    )


@dataclass
class _NewRows:
    """New pupils as plain rows, written with bulk INSERTs (executemany): a first import of a
    whole school skips the unit of work's bookkeeping for thousands of objects."""

    students: list[dict] = field(default_factory=list)
    guardians: list[dict] = field(default_factory=list)
    enrollments: list[dict] = field(default_factory=list)
    snapshots: list[dict] = field(default_factory=list)

    def add(
        self, plan: ImportPlan, record: StudentRecord, class_id: uuid.UUID, year_id: uuid.UUID
    ) -> None:
        student_id = (
            ids.student_id_for_nisn(plan.school_id, record.nisn) if record.nisn else ids.new_id()
        )
        values = {name: getattr(record, name) for name in STUDENT_FIELDS}
        values["phone_access"] = record.phone_access or PhoneAccess.NONE
        values["signal"] = record.signal or Signal.NONE
        self.students.append({"id": student_id, "school_id": plan.school_id, **values})
        for guardian in record.guardians:
            self.guardians.append(
                {
                    "id": ids.new_id(),
                    "student_id": student_id,
                    "name": guardian.name,
                    "relation": guardian.relation,
                    "mobile": guardian.mobile,
                    "whatsapp": guardian.whatsapp,
                    "is_primary": guardian.primary,
                }
            )
        self.enrollments.append(
            {
                "id": ids.new_id(),
                "student_id": student_id,
                "class_id": class_id,
                "school_year_id": year_id,
            }
        )
        self.snapshots.append(
            {
                "id": ids.new_id(),
                "student_id": student_id,
                "source": plan.source,
                "values_json": json.dumps(
                    record_values(record), sort_keys=True, ensure_ascii=False
                ),
            }
        )

    def write(self, session: Session) -> None:
        self._avoid_tombstoned_ids(session)
        for model, rows in (
            (Student, self.students),
            (Guardian, self.guardians),
            (Enrollment, self.enrollments),
            (ImportedValues, self.snapshots),
        ):
            if rows:
                session.execute(insert(model), rows)

    def _avoid_tombstoned_ids(self, session: Session) -> None:
        """A pupil deleted earlier keeps its row (a tombstone): one with the same NISN coming
        back gets a fresh id, and the merge can show the two to a person."""
        wanted = [row["id"] for row in self.students]
        taken: set[uuid.UUID] = set()
        for start in range(0, len(wanted), 500):
            taken |= set(
                session.scalars(
                    select(Student.id)
                    .where(Student.id.in_(wanted[start : start + 500]))
                    .execution_options(include_deleted=True)  # a tombstone keeps its id
                )
            )
        if not taken:
            return
        fresh = {old: ids.new_id() for old in taken}
        for row in self.students:
            row["id"] = fresh.get(row["id"], row["id"])
        for rows in (self.guardians, self.enrollments, self.snapshots):
            for row in rows:
                row["student_id"] = fresh.get(row["student_id"], row["student_id"])


def _update_student(session: Session, student: Student, row: PlannedRow, overwrite: bool) -> None:
    record = row.record
    for change in row.changes:
        if change.corrected_by_hand and not overwrite:
            continue
        if not change.field.startswith(GUARDIAN_FIELD):
            setattr(student, change.field, getattr(record, change.field))
            continue
        part = change.field[len(GUARDIAN_FIELD) :]
        if part == "phone":
            primary = next(
                (g for g in student.guardians if g.is_primary and not g.deleted_at), None
            )
            wanted = next(g for g in record.guardians if g.primary)
            if primary is not None:
                primary.mobile, primary.whatsapp = wanted.mobile, wanted.whatsapp
            continue
        relation = GuardianRelation(part)
        wanted = next(g for g in record.guardians if g.relation is relation)
        existing = next(
            (g for g in student.guardians if g.relation is relation and not g.deleted_at), None
        )
        if existing is None:
            has_primary = any(g.is_primary and not g.deleted_at for g in student.guardians)
            session.add(
                Guardian(
                    student_id=student.id,
                    name=wanted.name,
                    relation=relation,
                    mobile=wanted.mobile,
                    whatsapp=wanted.whatsapp,
                    is_primary=wanted.primary and not has_primary,
                )
            )
        else:
            existing.name = wanted.name


def _remember(
    session: Session,
    snapshot: ImportedValues | None,
    student_id: uuid.UUID,
    source: str,
    record: StudentRecord,
) -> None:
    values = json.dumps(record_values(record), sort_keys=True, ensure_ascii=False)
    if snapshot is None:
        session.add(ImportedValues(student_id=student_id, source=source, values_json=values))
    elif snapshot.values_json != values:
        snapshot.values_json = values
