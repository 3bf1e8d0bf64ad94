"""The conflict inbox and each record's history, in words a teacher reads.

A conflict is a grade field (a score) that two laptops changed without seeing each other's
change: every value is kept until a person keeps one or types another. That choice is a new
edit that has seen all of them, so it clears the conflict on every laptop it reaches.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, update

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.database import ALL_ROWS
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import (
    Assessment,
    AssessmentResult,
    AttendanceEntry,
    Enrollment,
    Guardian,
    HandOut,
    SchoolClass,
    Student,
    Worksheet,
    WorksheetCopy,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.sync import history
from tomoni_desktop.sync.capture import note_write
from tomoni_desktop.sync.identity import load_identity
from tomoni_desktop.sync.peers import all_peers, own_person
from tomoni_desktop.sync.protocol import own_nodes
from tomoni_desktop.sync.stamp import stamp
from tomoni_desktop.sync.tables import ConflictField, synced_tables


@dataclass(frozen=True)
class Who:
    """A change's author as far as this computer knows: the teacher and the laptop."""

    person: str
    laptop: str

    def __str__(self) -> str:  # "Rahmatia, S.Pd. · Laptop Bu Sari"
        return " · ".join(part for part in (self.person, self.laptop) if part)


def node_names(uow: UnitOfWork) -> dict[str, Who]:
    """Which laptop (and whose) each node id belongs to, as far as this computer knows."""
    connection = uow.connection
    names: dict[str, Who] = {}
    for peer in all_peers(connection):
        for node in peer.nodes:
            names[node] = Who(peer.person, peer.name)
    identity = load_identity(connection)
    own = Who(own_person(connection), identity.name if identity else "")
    for node in own_nodes(connection):
        names[node] = own
    return names


def who_made(names: dict[str, Who], node: str) -> Who:
    """An unknown laptop is named by the start of its id."""
    return names.get(node) or Who("", node[:8])


@dataclass(frozen=True)
class ConflictValue:
    value: object
    laptop: str
    when: datetime


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: uuid.UUID
    field: str
    label: str  # what the row is, for a person: the pupil and the worksheet
    values: tuple[ConflictValue, ...]
    editor: ConflictField  # what a person may type instead


def _label(uow: UnitOfWork, table: str, row_id: uuid.UUID) -> str:
    if table == WorksheetCopy.__tablename__:
        found = uow.session.execute(
            select(Student.full_name, Worksheet.title)
            .select_from(WorksheetCopy)
            .join(Student, Student.id == WorksheetCopy.student_id)
            .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
            .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
            .where(WorksheetCopy.id == row_id)
            .execution_options(**ALL_ROWS)
        ).first()
        if found:
            return f"{found[0]} · {found[1]}"
    if table == AssessmentResult.__tablename__:
        found = uow.session.execute(
            select(Student.full_name, Assessment.title)
            .select_from(AssessmentResult)
            .join(Student, Student.id == AssessmentResult.student_id)
            .join(Assessment, Assessment.id == AssessmentResult.assessment_id)
            .where(AssessmentResult.id == row_id)
            .execution_options(**ALL_ROWS)
        ).first()
        if found:
            return f"{found[0]} · {found[1]}"
    if table == AttendanceEntry.__tablename__:
        marked = uow.session.execute(
            select(Student.full_name, AttendanceEntry.day)
            .select_from(AttendanceEntry)
            .join(Student, Student.id == AttendanceEntry.student_id)
            .where(AttendanceEntry.id == row_id)
            .execution_options(**ALL_ROWS)
        ).first()
        if marked:
            return f"{marked[0]} · {marked[1]:%d-%m-%Y}"
    return f"{table} {row_id.hex[:8]}"


def list_conflicts(uow: UnitOfWork) -> list[Conflict]:
    """Every grade field that laptops changed without seeing each other's change."""
    names = node_names(uow)
    tables = synced_tables()
    found: list[Conflict] = []
    for table_name, row_hex, fields in history.rows_in_conflict(uow.connection):
        table = tables.get(table_name)
        if table is None:
            continue
        row_id = uuid.UUID(row_hex)
        for field in sorted(table.conflict_fields):
            siblings = fields.get(field, [])
            if len(siblings) < 2:
                continue
            values = tuple(
                ConflictValue(s.value, str(who_made(names, s.node)), s.when) for s in siblings
            )
            found.append(
                Conflict(
                    table_name,
                    row_id,
                    field,
                    _label(uow, table_name, row_id),
                    values,
                    table.conflict_fields[field],
                )
            )
    return found


def resolve_conflict(
    uow: UnitOfWork, table: str, row_id: uuid.UUID, field: str, value: object
) -> None:
    """Settle a conflict with `value` (one of the values, or a new one) as an edit here."""
    spec = synced_tables().get(table)
    if (
        spec is None
        or field not in spec.conflict_fields
        or not spec.checks[field](value)
        or not spec.conflict_fields[field].accepts(value)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That value cannot be used here."), field="value"
        )
    connection = uow.connection
    column, key = spec.table.c[field], spec.table.c.id
    old = connection.execute(select(column).where(key == row_id)).scalar()
    connection.execute(update(spec.table).where(key == row_id).values({field: value}))
    # Keeping the value already shown changes nothing in the row; the decision is still an
    # edit that has seen every value.
    note_write(connection, table, row_id.hex, field, old)
    stamp(connection)  # the inbox empties at once, not at the next bundle
    uow.changed(Area.SYNC, Area.WORKSHEETS, Area.GRADES)


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    person: str  # who was signed in; else the teacher who uses that laptop, when known
    laptop: str
    arrived: bool
    changes: dict[str, tuple[object, object]]  # empty: the record was made
    record_kind: str = ""  # "guardian" or "class" for a pupil's related records
    record_name: str = ""


def row_history(
    uow: UnitOfWork, table: str, row_id: uuid.UUID, names: dict[str, Who] | None = None
) -> list[HistoryEntry]:
    """Newest first: what changed in this record, when, and on which laptop (a read: edits
    not yet stamped are shown as they are). `names`: the laptops' names, if already read."""
    names = node_names(uow) if names is None else names
    entries = []
    for change in history.row_changes(uow.connection, table, row_id.hex):
        who = who_made(names, change.node)
        entries.append(
            HistoryEntry(
                change.when, change.person or who.person, who.laptop, change.arrived, change.changes
            )
        )
    return entries


def pupil_history(uow: UnitOfWork, student_id: uuid.UUID) -> list[HistoryEntry]:
    """A pupil's own record, their guardians and their classes, newest first."""
    session = uow.session
    names = node_names(uow)  # read once for the pupil and every related record
    entries = row_history(uow, Student.__tablename__, student_id, names)
    guardians = session.execute(
        select(Guardian.id, Guardian.name)
        .where(Guardian.student_id == student_id)
        .execution_options(**ALL_ROWS)
    ).all()
    classes = session.execute(
        select(Enrollment.id, SchoolClass.name)
        .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
        .where(Enrollment.student_id == student_id)
        .execution_options(**ALL_ROWS)
    ).all()
    for kind, table, related in (
        ("guardian", Guardian.__tablename__, guardians),
        ("class", Enrollment.__tablename__, classes),
    ):
        for row_id, name in related:
            entries += [
                replace(entry, record_kind=kind, record_name=name)
                for entry in row_history(uow, table, row_id, names)
            ]
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def concurrent_values(uow: UnitOfWork, table: str, row_id: uuid.UUID) -> dict[str, list]:
    """Plain fields whose other concurrent values are still kept: shown beside history."""
    names = node_names(uow)
    return {
        field: [(s.value, str(who_made(names, s.node)), s.when) for s in siblings[1:]]
        for field, siblings in history.concurrent_siblings(
            uow.connection, table, row_id.hex
        ).items()
    }
