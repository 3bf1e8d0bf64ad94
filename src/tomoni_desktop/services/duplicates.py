"""The same child entered twice (on two laptops before they met): found, and made one.

A merge keeps one record, fills its empty fields from the other, moves every row that
points at the other (guardians, classes, worksheet copies, anything added later: found from
the model metadata) and marks the other `merged_into` the kept one. Rows that arrive later
from a laptop that had not seen the merge are moved on import, so the merge holds everywhere.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.types import utc_now
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.sync.redirect import redirect_references

# Fields of a pupil that a merge may fill in from the other record when the kept one is empty.
FILLABLE = (
    "nisn",
    "nis",
    "birth_place",
    "birth_date",
    "religion",
    "address",
    "rt",
    "rw",
    "dusun",
    "village",
    "kecamatan",
    "notes",
    "consent_recorded_on",
)


@dataclass(frozen=True)
class DuplicatePupil:
    id: str
    full_name: str
    nisn: str
    birth_date: str
    class_name: str
    village: str


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str  # "nisn" or "name-and-birth-date"
    pupils: tuple[DuplicatePupil, ...]


def find_duplicates(uow: UnitOfWork) -> list[DuplicateGroup]:
    connection = uow.connection
    rows = connection.exec_driver_sql(
        "SELECT s.id, s.full_name, COALESCE(s.nisn, ''), COALESCE(s.birth_date, ''), "
        "COALESCE((SELECT c.name FROM enrollments e JOIN school_classes c ON c.id = e.class_id "
        "WHERE e.student_id = s.id AND e.deleted_at IS NULL ORDER BY e.created_at DESC LIMIT 1),"
        " ''), s.village FROM students s WHERE s.deleted_at IS NULL AND s.merged_into_id IS NULL "
        "ORDER BY s.full_name, s.id"
    ).fetchall()
    pupils = [DuplicatePupil(*row) for row in rows]
    groups: list[DuplicateGroup] = []
    by_nisn: dict[str, list[DuplicatePupil]] = {}
    for pupil in pupils:
        if pupil.nisn:
            by_nisn.setdefault(pupil.nisn, []).append(pupil)
    grouped: set[str] = set()
    for same in by_nisn.values():
        if len(same) > 1:
            groups.append(DuplicateGroup("nisn", tuple(same)))
            grouped.update(p.id for p in same)
    by_name: dict[tuple[str, str], list[DuplicatePupil]] = {}
    for pupil in pupils:
        if pupil.birth_date and pupil.id not in grouped:
            key = (" ".join(pupil.full_name.casefold().split()), pupil.birth_date)
            by_name.setdefault(key, []).append(pupil)
    for same in by_name.values():
        # The same name and birthday is one child unless both have a NISN, and they differ.
        if len(same) > 1 and len({p.nisn for p in same if p.nisn}) <= 1:
            groups.append(DuplicateGroup("name-and-birth-date", tuple(same)))
    return groups


def merge_students(uow: UnitOfWork, keep: str, other: str) -> None:
    """Make `other` part of `keep`, inside the caller's transaction (captured as edits)."""
    connection = uow.connection
    keep, other = uuid.UUID(keep).hex, uuid.UUID(other).hex
    if keep == other:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose two different pupils to merge."))
    columns = ", ".join(FILLABLE)
    kept = connection.exec_driver_sql(
        f"SELECT {columns} FROM students WHERE id = ? AND deleted_at IS NULL", (keep,)
    ).first()
    gone = connection.exec_driver_sql(
        f"SELECT {columns} FROM students WHERE id = ? AND deleted_at IS NULL", (other,)
    ).first()
    if kept is None or gone is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "One of these pupils no longer exists; refresh the list.")
        )
    fills = {
        name: theirs
        for name, ours, theirs in zip(FILLABLE, kept, gone, strict=True)
        if ours in (None, "") and theirs not in (None, "")
    }
    if fills:
        assignments = ", ".join(f"{name} = ?" for name in fills)
        connection.exec_driver_sql(
            f"UPDATE students SET {assignments} WHERE id = ?", (*fills.values(), keep)
        )
    stamp_time = utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")
    # The kept record's class wins; the other's class rows for the same year are retired.
    connection.exec_driver_sql(
        "UPDATE enrollments SET deleted_at = ? WHERE student_id = ? AND deleted_at IS NULL "
        "AND school_year_id IN (SELECT school_year_id FROM enrollments WHERE student_id = ? "
        "AND deleted_at IS NULL)",
        (stamp_time, other, keep),
    )
    connection.exec_driver_sql(
        "UPDATE students SET merged_into_id = ?, deleted_at = ? WHERE id = ?",
        (keep, stamp_time, other),
    )
    redirect_references(connection)
    uow.changed(Area.STUDENTS, Area.WORKSHEETS, Area.SYNC)


def merge_into(uow: UnitOfWork, keep: str, others: list[str]) -> None:
    """Make every one of `others` part of `keep`, all or none."""
    for other in others:
        merge_students(uow, keep, other)


def birth_date_text(value: str) -> str:
    try:
        return date.fromisoformat(value).strftime("%d-%m-%Y")
    except ValueError:
        return value


@dataclass(frozen=True)
class CodeClash:
    """A worksheet copy whose pickup code another outstanding copy also has (two laptops
    each made the code on their own)."""

    code: str
    copy_id: str
    pupil: str
    class_name: str
    title: str


def find_code_clashes(uow: UnitOfWork) -> list[CodeClash]:
    connection = uow.connection
    rows = connection.exec_driver_sql(
        "SELECT c.pickup_code, c.id, s.full_name, COALESCE(k.name, ''), w.title "
        "FROM worksheet_copies c JOIN students s ON s.id = c.student_id "
        "JOIN hand_outs h ON h.id = c.hand_out_id JOIN worksheets w ON w.id = h.worksheet_id "
        "LEFT JOIN school_classes k ON k.id = h.class_id "
        "WHERE c.deleted_at IS NULL AND c.collected_on IS NULL AND c.pickup_code IN ("
        "  SELECT pickup_code FROM worksheet_copies WHERE deleted_at IS NULL "
        "  AND collected_on IS NULL GROUP BY pickup_code HAVING COUNT(*) > 1) "
        "ORDER BY c.pickup_code, c.id"
    ).fetchall()
    return [CodeClash(*row) for row in rows]


def give_new_code(uow: UnitOfWork, copy_id: str) -> str:
    """The copy's next code that no other copy has; its cover must be printed again."""
    connection = uow.connection
    from tomoni_desktop.services.handout import pickup_code

    taken = {
        code for (code,) in connection.exec_driver_sql("SELECT pickup_code FROM worksheet_copies")
    }
    identifier = uuid.UUID(copy_id)
    attempt = 1
    code = pickup_code(identifier, attempt)
    while code in taken:
        attempt += 1
        code = pickup_code(identifier, attempt)
    connection.exec_driver_sql(
        "UPDATE worksheet_copies SET pickup_code = ? WHERE id = ?", (code, identifier.hex)
    )
    uow.changed(Area.WORKSHEETS, Area.SYNC)
    return code
