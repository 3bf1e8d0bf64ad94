"""Everything the school holds about one pupil, for a parent's request (UU PDP gives a parent
the right to see it): the pupil's own row, then every row of every synced table that points at
the pupil, and the rows that point at those (a copy's return and slip, a guardian's consent).

Found from the foreign keys of the metadata, not from a list kept by hand: a table added later
is in the answer without anyone remembering it. Rows marked deleted are kept apart: they are
still on the laptop until a purge."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select

from tomoni_desktop.core import access
from tomoni_desktop.core.database import ALL_ROWS
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import Student
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.school.register import Leaving, note_left
from tomoni_desktop.sync.tables import synced_tables

# Not records about the pupil: what a row points at, and the bookkeeping every row has.
LEFT_OUT = {"created_at", "updated_at"}
# The column that names a row another row points at (a class, a worksheet, an assessment).
LABELS = ("full_name", "name", "title")


@dataclass(frozen=True)
class Record:
    table: str
    values: dict[str, Any]  # column: value as JSON holds it (text, number, true/false, null)
    deleted: bool


@dataclass(frozen=True)
class PupilRecords:
    student_id: uuid.UUID
    name: str
    nisn: str | None
    made_on: date
    records: list[Record]

    def by_table(self) -> dict[str, list[Record]]:
        grouped: dict[str, list[Record]] = {}
        for record in self.records:
            grouped.setdefault(record.table, []).append(record)
        return grouped

    def as_json(self) -> dict[str, Any]:
        return {
            "pupil": {"id": str(self.student_id), "name": self.name, "nisn": self.nisn},
            "made_on": self.made_on.isoformat(),
            "tables": {
                table: [dict(r.values, deleted=r.deleted) for r in rows]
                for table, rows in self.by_table().items()
            },
        }


def plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _pointing_at(table_name: str) -> list[tuple[Table, str]]:
    """(table, column) pairs whose column is a foreign key to `table_name`'s id."""
    found = []
    for table in (found.table for found in synced_tables().values()):
        for column in table.columns:
            for key in column.foreign_keys:
                if key.column.table.name == table_name and key.column.name == "id":
                    found.append((table, column.name))
    return found


def everything_about(uow: UnitOfWork, student_id: uuid.UUID, today: date) -> PupilRecords:
    session = uow.session
    access.check_pupil_visible(uow.connection, uow.database.actor, student_id)
    student = get_live(session, Student, student_id)
    records: list[Record] = []
    seen: set[tuple[str, uuid.UUID]] = set()

    labels: dict[tuple[str, Any], str | None] = {}

    def label_of(column, value) -> str | None:
        """What a row points at, in words: a class's name, an assessment's title."""
        [key] = column.foreign_keys
        target = key.column.table
        if target.name in ("students", "schools"):
            return None  # the pupil and the school themselves: said once, at the top
        wanted = next((target.c[n] for n in LABELS if n in target.c), None)
        if wanted is None or value is None:
            return None
        if (target.name, value) not in labels:
            labels[(target.name, value)] = session.scalar(
                select(wanted).where(target.c.id == value).execution_options(**ALL_ROWS)
            )
        return labels[(target.name, value)]

    def take(table: Table, rows) -> list[uuid.UUID]:
        ids = []
        for row in rows:
            mapping = row._mapping
            key = (table.name, mapping["id"])
            if key in seen:
                continue
            seen.add(key)
            ids.append(mapping["id"])
            values = {}
            for name, value in mapping.items():
                if name in LEFT_OUT or name == "deleted_at":
                    continue
                values[name] = plain(value)
                column = table.c[name]
                if column.foreign_keys and name.endswith("_id"):
                    named = label_of(column, value)
                    if named is not None:
                        values[name[: -len("_id")]] = named
            records.append(Record(table.name, values, mapping.get("deleted_at") is not None))
        return ids

    students = Student.__table__
    assert isinstance(students, Table)
    take(students, session.execute(select(students).where(students.c.id == student_id)))
    # two levels: the rows about the pupil, then the rows about those rows
    frontier = [(students.name, [student_id])]
    for _level in range(2):
        next_frontier = []
        for table_name, ids in frontier:
            for table, column in _pointing_at(table_name):
                if table.name == students.name:
                    continue  # another pupil (a shared phone, a merge): not this one's record
                found = take(
                    table,
                    session.execute(
                        select(table).where(table.c[column].in_(ids)).execution_options(**ALL_ROWS)
                    ),
                )
                if found:
                    next_frontier.append((table.name, found))
        frontier = next_frontier
    return PupilRecords(student.id, student.full_name, student.nisn, today, records)


def write_everything(uow: UnitOfWork, student_id: uuid.UUID, out, today: date) -> int:
    """The pupil's records as a PDF at `out` and JSON beside it; returns the PDF's pages."""
    from tomoni_desktop.core.models import School
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.pupil_record import RecordSection, write_pupil_record

    found = everything_about(uow, student_id, today)
    student = get_live(uow.session, Student, student_id)
    school = get_live(uow.session, School, student.school_id).name
    sections = [
        RecordSection(table, [(r.values, r.deleted) for r in rows])
        for table, rows in found.by_table().items()
    ]
    note_left(uow, Leaving.PUPIL_RECORD, Path(out), pupils=[student_id])
    return write_pupil_record(
        found.name,
        found.nisn,
        school,
        today,
        sections,
        found.as_json(),
        out,
        load_settings(uow.session).paper_size,
    )
