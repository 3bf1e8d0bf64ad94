"""Importing pupils from a Dapodik or CSV file: the preview (roster_apply writes it).

The preview sorts every row into new / updated / unchanged / duplicate / problem, lists each
field that would change, and marks a change that would overwrite what the teacher corrected by
hand since the last import (kept unless the teacher chooses otherwise).
"""

from __future__ import annotations

import enum
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import (
    Enrollment,
    Guardian,
    ImportedValues,
    SchoolClass,
    SchoolYear,
    Student,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.io.records import STUDENT_FIELDS, Problem, StudentRecord

GUARDIAN_FIELD = "guardian:"  # guardian:father, guardian:mother, guardian:guardian, guardian:phone


class RowKind(enum.StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"  # the same pupil again, further down the file
    PROBLEM = "problem"  # cannot be imported; the teacher leaves it out or mends the file


class NisnDecision(enum.StrEnum):
    """What the teacher says of a row whose NISN is another pupil's (name and birth date
    both differ): the same child with corrected data, or another child whose NISN in the
    file is wrong (imported without it, matched by name and birth date instead)."""

    SAME_CHILD = "same"
    OTHER_CHILD = "other"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any
    corrected_by_hand: bool = False  # the teacher changed it since the last import


@dataclass
class PlannedRow:
    record: StudentRecord
    kind: RowKind
    student_id: uuid.UUID | None = None
    changes: list[FieldChange] = field(default_factory=list)
    old_class: str = ""
    new_class_key: str = ""
    warnings: list[Problem] = field(default_factory=list)  # imported, but worth a look
    duplicate_of: int | None = None
    nisn_owner: str = ""  # the pupil whose NISN this row carries, when a person must decide
    decision: NisnDecision | None = None  # what the teacher decided of that

    @property
    def moves_class(self) -> bool:
        return bool(self.old_class) and self.old_class != self.record.class_name


@dataclass
class ImportPlan:
    source: str
    file_name: str
    school_id: uuid.UUID
    school_year_id: uuid.UUID
    rows: list[PlannedRow]
    new_classes: list[tuple[int, str]]

    def count(self, kind: RowKind) -> int:
        return sum(1 for row in self.rows if row.kind is kind)

    @property
    def undecided(self) -> list[PlannedRow]:
        """Rows left out until the teacher says whether they are the NISN's owner."""
        return [row for row in self.rows if row.nisn_owner and row.decision is None]

    @property
    def corrections(self) -> list[tuple[PlannedRow, FieldChange]]:
        return [(row, c) for row in self.rows for c in row.changes if c.corrected_by_hand]

    @property
    def problems(self) -> list[Problem]:
        return [p for row in self.rows for p in row.record.problems]


def _value(value: Any) -> Any:
    """A field value as JSON keeps it (and as the comparison sees it)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value if value is not None else ""


def record_values(record: StudentRecord) -> dict[str, Any]:
    values = {name: _value(getattr(record, name)) for name in STUDENT_FIELDS}
    if record.phone_access is None:  # Dapodik carries no phone profile: not ours to touch
        values.pop("phone_access")
    if record.signal is None:
        values.pop("signal")
    for guardian in record.guardians:
        values[GUARDIAN_FIELD + guardian.relation.value] = guardian.name
        if guardian.primary and guardian.mobile:
            values[GUARDIAN_FIELD + "phone"] = guardian.mobile
    return values


def _student_values(student: Student, guardians: list[Guardian]) -> dict[str, Any]:
    values = {name: _value(getattr(student, name)) for name in STUDENT_FIELDS}
    for guardian in guardians:
        values.setdefault(GUARDIAN_FIELD + guardian.relation.value, guardian.name)
        if guardian.is_primary and guardian.mobile:
            values[GUARDIAN_FIELD + "phone"] = guardian.mobile
    return values


def _name_key(name: str, born: date | None) -> tuple[str, date | None]:
    return (" ".join(name.casefold().split()), born)


def plan_import(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    records: list[StudentRecord],
    source: str,
    file_name: str = "",
    only_class: str | None = None,
    decisions: dict[int, NisnDecision] | None = None,
) -> ImportPlan:
    """`decisions`, by row of the file, settle rows whose NISN belongs to another pupil."""
    session = uow.session
    decisions = decisions or {}
    year = session.get(SchoolYear, school_year_id)
    if year is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The school year was not found."))
    if only_class:
        level_guess = next(
            (
                r.class_level
                for r in records
                if r.class_level
                and ids.class_key(r.class_level, r.class_name)
                == ids.class_key(r.class_level, only_class)
            ),
            None,
        )
        wanted = ids.class_key(level_guess, only_class) if level_guess else None
        records = [
            r
            for r in records
            if r.class_level and ids.class_key(r.class_level, r.class_name) == wanted
        ]
        if not records:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "No pupil of class {name} is in the file."),
                field="class",
                name=only_class,
            )

    students = session.scalars(select(Student).where(Student.school_id == year.school_id)).all()
    by_nisn = {s.nisn: s for s in students if s.nisn}
    by_name = {_name_key(s.full_name, s.birth_date): s for s in students}
    guardians: dict[uuid.UUID, list[Guardian]] = defaultdict(list)
    for guardian in session.scalars(select(Guardian)):
        guardians[guardian.student_id].append(guardian)
    snapshots: dict[uuid.UUID, dict] = {}
    for snapshot in session.scalars(
        select(ImportedValues)
        .where(ImportedValues.source == source)
        .order_by(ImportedValues.updated_at)
    ):
        snapshots[snapshot.student_id] = json.loads(snapshot.values_json)
    current_class = {
        student_id: (name, level)
        for student_id, name, level in session.execute(
            select(Enrollment.student_id, SchoolClass.name, SchoolClass.level)
            .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
            .where(Enrollment.school_year_id == school_year_id)
        )
    }
    existing_classes = {
        ids.class_key(c.level, c.name)
        for c in session.scalars(
            select(SchoolClass).where(SchoolClass.school_year_id == school_year_id)
        )
    }

    rows = [PlannedRow(record, RowKind.PROBLEM) for record in records]
    _mark_duplicates(rows)
    new_classes: dict[str, tuple[int, str]] = {}
    for row in rows:
        record = row.record
        if row.kind is RowKind.DUPLICATE or not record.ok:
            if row.kind is not RowKind.DUPLICATE:
                row.kind = RowKind.PROBLEM
            continue
        level = record.class_level
        assert level is not None  # a record that is ok has its class level
        row.new_class_key = ids.class_key(level, record.class_name)
        if row.new_class_key not in existing_classes:
            new_classes.setdefault(row.new_class_key, (level, record.class_name))
        existing = (by_nisn.get(record.nisn) if record.nisn else None) or by_name.get(
            _name_key(record.full_name, record.birth_date)
        )
        keep = set()  # fields the file must not change for this row
        if existing is not None and _another_child(existing, record):
            row.nisn_owner = existing.full_name
            row.decision = decisions.get(record.row)
            if row.decision is None:
                row.kind = RowKind.PROBLEM
                record.problems.append(_another_child_problem(existing, record))
                continue
            row.warnings.append(_decided(existing, record, row.decision))
            if row.decision is NisnDecision.OTHER_CHILD:
                # the NISN is wrong: this child is imported without it, found by name
                row.record = record = replace(record, nisn=None)
                existing = by_name.get(_name_key(record.full_name, record.birth_date))
                keep.add("nisn")
        if existing is None:
            row.kind = RowKind.NEW
            continue
        row.student_id = existing.id
        now = _student_values(existing, guardians[existing.id])
        before = snapshots.get(existing.id)
        for name, new in record_values(record).items():
            if name in keep:
                continue
            old = now.get(name, "")
            if new == old or (new == "" and name.startswith(GUARDIAN_FIELD)):
                continue
            if before is not None and name in before and before[name] == new:
                continue  # the office did not change it; the teacher's value stands
            corrected = before is not None and name in before and before[name] != old
            row.changes.append(FieldChange(name, old, new, corrected))
        old_class = current_class.get(existing.id)
        if old_class and ids.class_key(old_class[1], old_class[0]) != row.new_class_key:
            row.old_class = old_class[0]
        row.warnings += _surprises(existing, record, old_class[1] if old_class else None)
        row.kind = (
            RowKind.UPDATED
            if (row.changes or row.old_class or not old_class)
            else RowKind.UNCHANGED
        )
    return ImportPlan(
        source, file_name, year.school_id, school_year_id, rows, sorted(new_classes.values())
    )


def _surprises(existing: Student, record: StudentRecord, old_level: int | None) -> list[Problem]:
    """Changes an office rarely makes to one child: shown in the preview to be looked at."""
    found = []
    if record.gender is not None and existing.gender is not record.gender:
        found.append(
            Problem(
                record.row,
                "JK",
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "gender changes from {old} to {new}: check that this is the same child.",
                    ),
                    field="gender",
                    old=existing.gender.value,
                    new=record.gender.value,
                ),
            )
        )
    if old_level is not None and record.class_level and abs(record.class_level - old_level) > 1:
        found.append(
            Problem(
                record.row,
                "Rombel",
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "the class level jumps from {old} to {new} within one year."
                    ),
                    field="class_level",
                    old=old_level,
                    new=record.class_level,
                ),
            )
        )
    return found


def _another_child(existing: Student, record: StudentRecord) -> bool:
    """A NISN match whose name and date of birth both disagree is not an update: either the
    NISN was typed wrong (another child) or both were corrected; a person must say which."""
    if not record.nisn or existing.nisn != record.nisn:
        return False
    same_name = _name_key(existing.full_name, None) == _name_key(record.full_name, None)
    unknown = existing.birth_date is None or record.birth_date is None
    return not same_name and not (unknown or existing.birth_date == record.birth_date)


def _decided(existing: Student, record: StudentRecord, decision: NisnDecision) -> Problem:
    """The teacher's decision, shown with the row so the preview says what will happen."""
    if decision is NisnDecision.SAME_CHILD:
        message = QT_TRANSLATE_NOOP(
            "errors", "you said this is {name} with corrected name and date of birth."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "you said this is another child: NISN {nisn} stays with {name}; this pupil is "
            "imported without a NISN until it is corrected.",
        )
    return Problem(
        record.row,
        "NISN",
        ValidationError(message, field="nisn", nisn=record.nisn, name=existing.full_name),
    )


def _another_child_problem(existing: Student, record: StudentRecord) -> Problem:
    return Problem(
        record.row,
        "NISN",
        ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "NISN {nisn} belongs to {name} (born {born}) in this school, but this row has "
                "another name and date of birth. Say whether it is the same child (data "
                "corrected) or another child (NISN wrong in the file).",
            ),
            field="nisn",
            nisn=record.nisn,
            name=existing.full_name,
            born=existing.birth_date.strftime("%d-%m-%Y") if existing.birth_date else "-",
        ),
    )


def _mark_duplicates(rows: list[PlannedRow]) -> None:
    """One pupil listed twice is one pupil; one NISN with two names is a problem."""
    by_nisn: dict[str, list[PlannedRow]] = defaultdict(list)
    by_name: dict[tuple, list[PlannedRow]] = defaultdict(list)
    for row in rows:
        record = row.record
        if not record.full_name:
            continue
        if record.nisn:
            by_nisn[record.nisn].append(row)
        else:
            by_name[_name_key(record.full_name, record.birth_date)].append(row)
    for nisn, group in by_nisn.items():
        names = {" ".join(r.record.full_name.casefold().split()) for r in group}
        if len(names) > 1:
            numbers = ", ".join(str(r.record.row) for r in group)
            for row in group:
                row.record.problems.append(
                    Problem(
                        row.record.row,
                        "NISN",
                        ValidationError(
                            QT_TRANSLATE_NOOP(
                                "errors", "NISN {nisn} is given to different names in rows {rows}."
                            ),
                            field="nisn",
                            nisn=nisn,
                            rows=numbers,
                        ),
                    )
                )
        else:
            _keep_first(group)
    for group in by_name.values():
        _keep_first(group)


def _keep_first(group: list[PlannedRow]) -> None:
    for row in group[1:]:
        row.kind = RowKind.DUPLICATE
        row.duplicate_of = group[0].record.row
