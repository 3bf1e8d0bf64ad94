"""A class's grades in one subject as a workbook a teacher fills in Excel and brings back:
a header block, then No, NISN, Nama and a column per assessment, each cell as typed in the
grid (85, 55/80, TK, DS, BD, Y, B). Read back as text with its row and column, so every
problem names where it is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError

HEADER_BLOCK = ("Mata Pelajaran", "Kelas", "Semester")
FIXED_COLUMNS = ("No", "NISN", "Nama")
MAX_ROWS = 200  # a class; a sheet declaring a million rows is not read to the end


@dataclass(frozen=True)
class GradeTable:
    """What the workbook holds, as text."""

    subject: str
    class_name: str
    assessments: list[str]  # the column titles after the fixed ones
    rows: list[tuple[int, str, str, list[str]]]  # (sheet row, NISN, name, cells)
    header_row: int = 0  # the sheet row of the titles


def write_grade_sheet(
    path: Path, subject: str, class_name: str, term: str, table: GradeTable
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from tomoni_desktop.core.files import write_whole

    def write(partial: Path) -> None:
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Nilai"
        for label, value in zip(HEADER_BLOCK, (subject, class_name, term), strict=True):
            sheet.append([label, value])
        sheet.append([])
        sheet.append([*FIXED_COLUMNS, *table.assessments])
        for cell in sheet[len(HEADER_BLOCK) + 2]:
            cell.font = Font(bold=True)
        for number, (_row, nisn, name, cells) in enumerate(table.rows, start=1):
            sheet.append([number, nisn, name, *cells])
            sheet.cell(row=sheet.max_row, column=2).number_format = "@"
        for column in range(4, 4 + len(table.assessments)):
            for row in range(len(HEADER_BLOCK) + 3, sheet.max_row + 1):
                sheet.cell(row=row, column=column).number_format = "@"  # "55/80" stays text
        sheet.column_dimensions["C"].width = 32
        workbook.save(partial)

    write_whole(path, write)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_grade_sheet(path: Path) -> GradeTable:
    """The table of the workbook's first sheet, or a ValidationError naming the row."""
    from tomoni_desktop.io.excel import open_workbook, sheet_rows

    workbook = open_workbook(path)
    try:
        sheet = workbook.worksheets[0]
        block: dict[str, str] = {}
        header: list[str] | None = None
        header_row = 0
        rows: list[tuple[int, str, str, list[str]]] = []
        for number, values in enumerate(
            sheet_rows(sheet, max_row=MAX_ROWS + 10),
            start=1,
        ):
            texts = [_text(value) for value in values]
            if header is None:
                if texts[:3] == list(FIXED_COLUMNS):
                    header, header_row = texts, number
                elif texts and texts[0] in HEADER_BLOCK:
                    block[texts[0]] = texts[1] if len(texts) > 1 else ""
                continue
            if not any(texts):
                continue
            rows.append((number, texts[1], texts[2], texts[3 : len(header)]))
        if header is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name}: no table of grades was found (a row starting No, NISN, Nama).",
                ),
                field="file",
                name=path.name,
            )
        assessments = [title for title in header[3:] if title]
        return GradeTable(
            block.get("Mata Pelajaran", ""),
            block.get("Kelas", ""),
            assessments,
            [(row, nisn, name, cells[: len(assessments)]) for row, nisn, name, cells in rows],
            header_row,
        )
    finally:
        workbook.close()
