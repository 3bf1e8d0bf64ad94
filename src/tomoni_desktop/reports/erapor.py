"""The e-Rapor export: a class's final scores and descriptions as the national report-card
application takes them from Excel, a subject to a sheet, and per TP achieved (1) or not (0)
on a second sheet for each subject.

The SMP template's exact columns are not verified (DOMAIN.md): they are all here, in one
place, so a school can match its own template by changing these lists.
"""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.reports.grade_data import ClassReport

# The header block above each sheet's table: (label, what fills it).
HEADER_BLOCK = ("Mata Pelajaran", "Kelas", "Semester", "Tahun Pelajaran", "Sekolah")
# The table of final scores, one row per pupil.
SCORE_COLUMNS = ("No", "NISN", "Nama Peserta Didik", "Nilai Akhir", "Capaian Kompetensi")
# The table of TPs: these columns, then one per TP (its code), 1 achieved / 0 not / empty.
TP_COLUMNS = ("No", "NISN", "Nama Peserta Didik")


def _sheet_name(text: str, used: set[str]) -> str:
    name = "".join(c for c in text if c not in "[]:*?/\\")[:31] or "Nilai"
    while name in used:
        name = name[:28] + f"~{len(used)}"
    used.add(name)
    return name


def write_erapor(report: ClassReport, out: Path) -> int:
    """Write the workbook (a .partial file first); returns the sheets written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from tomoni_desktop.core.files import write_whole

    bold = Font(bold=True)

    def row_of(sheet, values, header=False, text_columns=()):
        cells = []
        for number, value in enumerate(values):
            cell = WriteOnlyCell(sheet, value=value)
            if header:
                cell.font = bold
            if number in text_columns:
                cell.number_format = "@"  # the NISN stays text: its leading 0 is kept
            cells.append(cell)
        sheet.append(cells)

    def write(path: Path) -> int:
        workbook = Workbook(write_only=True)
        used: set[str] = set()
        sheets = 0
        for index, (name, short) in enumerate(report.subjects):
            block = (name, report.class_name, report.term, report.year_name, report.school)
            scores = workbook.create_sheet(_sheet_name(short, used))
            tps = workbook.create_sheet(_sheet_name(f"{short} TP", used))
            objectives = report.objectives[index] if index < len(report.objectives) else []
            for sheet in (scores, tps):
                for label, value in zip(HEADER_BLOCK, block, strict=True):
                    row_of(sheet, [label, value])
                sheet.append([])
            row_of(scores, SCORE_COLUMNS, header=True)
            row_of(tps, [*TP_COLUMNS, *[code for code, _text in objectives]], header=True)
            for number, pupil in enumerate(report.pupils, start=1):
                result = pupil.results[index]
                row_of(
                    scores,
                    [number, pupil.nisn, pupil.name, result.score, result.description],
                    text_columns=(1,),
                )
                row_of(
                    tps,
                    [
                        number,
                        pupil.nisn,
                        pupil.name,
                        *[None if a is None else int(a) for a in result.achieved],
                    ],
                    text_columns=(1,),
                )
            if objectives:  # what each code means, under the table
                tps.append([])
                for code, text in objectives:
                    row_of(tps, [code, text])
            sheets += 2
        workbook.save(path)
        return sheets

    return write_whole(out, write)
