"""A class's grades in a subject to a workbook and back: the import is checked whole (every
pupil known, every column an assessment, every cell a result) and applied whole, or not at
all; a dry run says what would change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import AssessmentKind, SchoolClass, Semester, Subject
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.io.excel import excel_column
from tomoni_desktop.io.grade_sheet import (
    FIXED_COLUMNS,
    GradeTable,
    read_grade_sheet,
    write_grade_sheet,
)
from tomoni_desktop.services.grades.book import CellValue, set_result
from tomoni_desktop.services.grades.entry import cell_text, parse_cell
from tomoni_desktop.services.grades.grid import Grid, grade_grid
from tomoni_desktop.services.school.register import Leaving, note_left


def _column_title(title: str, held: str) -> str:
    return f"{title} ({held})"


def grade_table(grid: Grid) -> GradeTable:
    titles = [_column_title(c.title, c.held_on.strftime("%d-%m-%Y")) for c in grid.columns]
    rows = [
        (
            number,
            pupil.nisn,
            pupil.name,
            [cell_text(grid.cell(pupil.student_id, c.assessment_id)) for c in grid.columns],
        )
        for number, pupil in enumerate(grid.pupils, start=1)
    ]
    return GradeTable("", "", titles, rows)


@dataclass(frozen=True)
class SheetWritten:
    pupils: int
    assessments: int


def export_grade_sheet(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    subject_id: uuid.UUID,
    semester_id: uuid.UUID,
    out: Path,
) -> SheetWritten:
    """The class's grid in the subject as a workbook to fill in and bring back."""
    session = uow.session
    subject, school_class = session.get(Subject, subject_id), session.get(SchoolClass, class_id)
    semester = session.get(Semester, semester_id)
    assert subject is not None and school_class is not None and semester is not None
    table = grade_table(grade_grid(uow, class_id, subject_id, semester_id))
    write_grade_sheet(out, subject.name, school_class.name, semester.term.value.capitalize(), table)
    note_left(uow, Leaving.GRADE_SHEET, out, classes=[class_id])
    return SheetWritten(len(table.rows), len(table.assessments))


def import_grade_sheet(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    subject_id: uuid.UUID,
    semester_id: uuid.UUID,
    source: Path,
    *,
    dry_run: bool = False,
) -> list[GradeChange]:
    """The workbook's results into the grid, all or none; a dry run says what would change
    and keeps nothing (the preview before applying)."""
    changes = import_grade_table(
        uow, class_id, subject_id, semester_id, read_grade_sheet(source), source
    )
    if dry_run:
        uow.roll_back_at_end()
    return changes


@dataclass(frozen=True)
class GradeChange:
    pupil: str
    assessment: str
    before: str
    after: str


def import_grade_table(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    subject_id: uuid.UUID,
    semester_id: uuid.UUID,
    table: GradeTable,
    source: Path,
) -> list[GradeChange]:
    """Apply the workbook's cells that differ from the grid; returns what changed. Any
    problem stops it all, naming the file, row and column."""
    grid = grade_grid(uow, class_id, subject_id, semester_id)
    subject = uow.session.get(Subject, subject_id)

    def refuse(message: str, row: int, column: str, **params) -> ValidationError:
        return ValidationError(
            message, field="file", file=source.name, row=row, column=column, **params
        )

    if table.subject and subject is not None and table.subject != subject.name:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "errors", "{file}, row {row}: this file is for {found}, not {expected}."
            ),
            1,
            "B",
            found=table.subject,
            expected=subject.name,
        )
    by_title = {_column_title(c.title, c.held_on.strftime("%d-%m-%Y")): c for c in grid.columns} | {
        c.title: c for c in grid.columns
    }
    columns = []
    for number, title in enumerate(table.assessments):
        column = by_title.get(title)
        letter = excel_column(len(FIXED_COLUMNS) + number)
        if column is None:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file}, row {row}, column {column}: “{title}” is not an assessment of this "
                    "class in this subject; add it on the Nilai page first.",
                ),
                table.header_row,
                letter,
                title=title,
            )
        columns.append((column, letter))
    by_nisn = {p.nisn: p for p in grid.pupils if p.nisn}
    by_name = {" ".join(p.name.casefold().split()): p for p in grid.pupils}
    changes: list[tuple[uuid.UUID, uuid.UUID, CellValue, GradeChange]] = []
    for row, nisn, name, cells in table.rows:
        pupil = by_nisn.get(nisn) or by_name.get(" ".join(name.casefold().split()))
        if pupil is None:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "errors", "{file}, row {row}: {name} ({nisn}) is not a pupil of this class."
                ),
                row,
                "B",
                name=name,
                nisn=nisn or "-",
            )
        for (column, letter), text in zip(columns, cells, strict=False):
            try:
                value = parse_cell(text, column.kind is AssessmentKind.FORMATIVE)
            except ValidationError as error:
                raise refuse(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{file}, row {row}, column {column}: “{text}” is not a result "
                        "(a score 0-100, 55/80, 85 L, TK, DS or BD).",
                    ),
                    row,
                    letter,
                    text=text,
                ) from error
            before = grid.cell(pupil.student_id, column.assessment_id)
            if value != before:
                changes.append(
                    (
                        column.assessment_id,
                        pupil.student_id,
                        value,
                        GradeChange(pupil.name, column.title, cell_text(before), cell_text(value)),
                    )
                )
    for assessment_id, student_id, value, _change in changes:
        set_result(uow, assessment_id, student_id, value)
    return [change for *_ids, change in changes]
