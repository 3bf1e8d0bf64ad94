"""Rows that point at a record merged into another are moved to that one, on every computer.

A merge of two pupil records (the same child entered on two laptops) marks the one that goes
`merged_into_id` the one kept. Work that arrives later for the merged-away record, from a
laptop that had not seen the merge, is moved here; the references are found from the model
metadata, so a table added later is covered with no code of its own.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Connection, Table, select, update

from tomoni_desktop.core.models import Base, Student

MAX_CHAIN = 8  # a chain A -> B -> C settles in as many rounds as links


@cache
def student_references() -> list[tuple[Table, str]]:
    """Every synced column that points at a pupil (except the merge link itself)."""
    found = []
    for table in Base.metadata.sorted_tables:
        if not table.info.get("sync"):
            continue
        for column in table.columns:
            for key in column.foreign_keys:
                if key.column.table.name == "students" and column.name != "merged_into_id":
                    found.append((table, column.name))
    return found


def redirect_references(connection: Connection) -> int:
    """Point every row that refers to a merged pupil at the pupil it was merged into."""
    students = Student.__table__
    merged = select(students.c.id).where(students.c.merged_into_id.is_not(None))
    if connection.execute(merged.limit(1)).first() is None:
        return 0
    moved = 0
    for _round in range(MAX_CHAIN):
        changed = 0
        for table, name in student_references():
            column = table.c[name]
            target = (
                select(students.c.merged_into_id).where(students.c.id == column).scalar_subquery()
            )
            changed += connection.execute(
                update(table).where(column.in_(merged)).values({name: target})
            ).rowcount
        moved += changed
        if not changed:
            break
    return moved
