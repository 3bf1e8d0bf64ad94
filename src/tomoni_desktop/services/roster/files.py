"""Roster files in and out: read a Dapodik or CSV file into records; export the roster."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.files import in_progress
from tomoni_desktop.core.models import SchoolClass
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.io.records import StudentRecord
from tomoni_desktop.services.roster.students import roster_entries
from tomoni_desktop.services.school.register import Leaving, note_left

if TYPE_CHECKING:
    from tomoni_desktop.io.dapodik_sample import SamplePupil

SOURCES = ("dapodik", "csv")


def read_roster_file(path: Path, source: str, progress=None) -> list[StudentRecord]:
    """Pupils from a Dapodik workbook, a CSV file, or the app's own Excel export."""
    from tomoni_desktop.io.roster_csv import read_roster_csv, read_roster_xlsx

    workbook = path.suffix.lower() == ".xlsx"
    if workbook and (source == "csv" or _is_own_workbook(path)):
        return read_roster_xlsx(path, progress)
    if source == "dapodik":
        from tomoni_desktop.io.dapodik import read_dapodik

        return read_dapodik(path, progress).records
    return read_roster_csv(path)


def source_for(path: Path) -> str:
    """Where the pupils come from: Dapodik, or this app's roster layout (CSV or Excel)."""
    if path.suffix.lower() in (".csv", ".txt") or _is_own_workbook(path):
        return "csv"
    return "dapodik"


def _is_own_workbook(path: Path) -> bool:
    """An .xlsx whose first row is our roster header (an export of this app, perhaps edited)."""
    if path.suffix.lower() != ".xlsx":
        return False
    from tomoni_desktop.io.excel import FileProblem, open_workbook
    from tomoni_desktop.io.roster_csv import is_roster_header

    try:
        workbook = open_workbook(path)
    except FileProblem:  # not a workbook we can read: Dapodik's reader says why
        return False
    try:
        first = next(workbook.worksheets[0].iter_rows(max_row=1, values_only=True), ())
        return is_roster_header("" if value is None else str(value) for value in first)
    finally:
        workbook.close()


def find_class(uow: UnitOfWork, school_year_id: uuid.UUID, name: str) -> SchoolClass:
    """A class of the year by any spelling ("VII A", "7A", "Kelas VII-A")."""
    session = uow.session
    for school_class in session.scalars(
        select(SchoolClass).where(SchoolClass.school_year_id == school_year_id)
    ):
        if ids.class_key(school_class.level, name) == ids.class_key(
            school_class.level, school_class.name
        ):
            return school_class
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "There is no class {name} this school year."),
        field="class",
        name=name,
    )


def export_roster(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    out: Path,
    class_name: str | None = None,
    student_ids: set[uuid.UUID] | None = None,
) -> int:
    """Write the roster (all, one class, or the given pupils) to .csv or .xlsx; return the count.

    Written to a temporary file and renamed, so a full disk or a pulled stick never leaves a
    half-written roster under the real name.
    """
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Export to a .csv or .xlsx file, not {name}."),
            field="out",
            name=out.name,
        )
    class_id = find_class(uow, school_year_id, class_name).id if class_name else None
    entries = roster_entries(uow, school_year_id, class_id, student_ids)
    from tomoni_desktop.io.roster_csv import write_roster_csv, write_roster_xlsx

    try:
        with in_progress(out.with_name(out.name + ".partial")) as partial:
            if suffix == ".csv":
                count = write_roster_csv(partial, entries)
            else:
                count = write_roster_xlsx(partial, entries, title=class_name or "Daftar Siswa")
            partial.replace(out)
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            field="out",
            path=out,
            reason=error.strerror or str(error),
        ) from error
    note_left(
        uow,
        Leaving.ROSTER,
        out,
        classes=[class_id] if class_id else (),
        pupils=[entry.id for entry in entries],
    )
    return count


def dapodik_pupils(uow: UnitOfWork, school_year_id: uuid.UUID) -> list[SamplePupil]:
    """The pupils of a school year as the office's Dapodik would list them (names in capitals)."""
    from tomoni_desktop.core.phones import format_local
    from tomoni_desktop.io.dapodik_sample import SamplePupil

    return [
        SamplePupil(
            name=entry.full_name.upper(),
            nisn=entry.nisn,
            nipd=entry.nis or "",
            gender=entry.gender.value,
            birth_place=entry.birth_place,
            birth_date=entry.birth_date,
            religion=entry.religion,
            address=entry.address,
            rt=entry.rt,
            rw=entry.rw,
            dusun=entry.dusun,
            village=entry.village,
            kecamatan=entry.kecamatan,
            mobile=format_local(entry.primary_phone).replace("-", ""),
            father=entry.father.upper(),
            mother=entry.mother.upper(),
            guardian=entry.guardian.upper(),
            class_name=f"Kelas {entry.class_name}",
        )
        for entry in roster_entries(uow, school_year_id)
    ]
