"""Reading the Dapodik "Daftar Peserta Didik" export (.xlsx), as DOMAIN.md describes it.

Columns are found by their header text, not their place, so a file whose columns someone moved
still reads. Only what teaching needs is read: NIK, No KK, bank accounts, KIP/KKS/PIP numbers
and coordinates are never taken from the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import GuardianRelation
from tomoni_desktop.core.phones import parse_phone
from tomoni_desktop.io import cleaning
from tomoni_desktop.io.excel import FileProblem, excel_column, open_workbook, sheet_rows
from tomoni_desktop.io.records import (
    GuardianRecord,
    Problem,
    StudentRecord,
    set_primary_contact,
)

HEADER_SEARCH_ROWS = 20
GROUPS = {
    "ayah": GuardianRelation.FATHER,
    "ibu": GuardianRelation.MOTHER,
    "wali": GuardianRelation.GUARDIAN,
}
REQUIRED = {
    "nama": "Nama",
    "jk": "JK",
    "nisn": "NISN",
    "tanggal lahir": "Tanggal Lahir",
    "rombel saat ini": "Rombel Saat Ini",
}
# Every column we read; anything else in the file (NIK, bank, KIP, GPS...) is left alone.
WANTED = {
    *REQUIRED,
    "nipd",
    "tempat lahir",
    "agama",
    "alamat",
    "rt",
    "rw",
    "dusun",
    "kelurahan",
    "kecamatan",
    "hp",
    "telepon",
    "ayah nama",
    "ibu nama",
    "wali nama",
}
MAX_ROWS = 20_000

Progress = Callable[[int, int], None]


def normalise_header(value: object) -> str:
    words = re.sub(r"[^0-9a-z]+", " ", cleaning.text(value).lower()).split()
    if words and words[0] == "data" and len(words) == 2 and words[1] in GROUPS:
        words = words[1:]  # "Data Ayah" -> "ayah"
    return " ".join(words)


@dataclass
class DapodikFile:
    path: Path
    records: list[StudentRecord] = field(default_factory=list)
    header_row: int = 0


def find_columns(rows: list[tuple]) -> tuple[int, dict[str, int]]:
    """(the last header row, column key -> index) from the first rows of the sheet."""
    for number, row in enumerate(rows):
        names = [normalise_header(cell) for cell in row]
        if "nama" in names and "nisn" in names:
            below = rows[number + 1] if number + 1 < len(rows) else ()
            return _map_columns(number, names, [normalise_header(c) for c in below])
    raise FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "No header with the columns Nama and NISN was found in the first {rows} rows; "
            "is this the Dapodik pupil list?",
        ),
        rows=HEADER_SEARCH_ROWS,
    )


def _map_columns(number: int, top: list[str], below: list[str]) -> tuple[int, dict[str, int]]:
    columns: dict[str, int] = {}
    group = None
    has_sub_row = any(name in ("nama", "pekerjaan", "tahun lahir") for name in below) and any(
        name in GROUPS for name in top
    )
    for index, name in enumerate(top):
        sub = below[index] if has_sub_row and index < len(below) else ""
        if name in GROUPS:
            group = name
        elif name:
            group = None  # merged group headers are empty to their right, until the next one
        key = f"{group} {sub}" if group and sub else name
        if key in WANTED and key not in columns:
            columns[key] = index
    missing = [label for key, label in REQUIRED.items() if key not in columns]
    if missing:
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "The column {columns} is missing from the file."),
            columns=", ".join(missing),
        )
    return number + (2 if has_sub_row else 1), columns


def read_dapodik(path: Path, progress: Progress | None = None) -> DapodikFile:
    workbook = open_workbook(path)
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise _empty(path)
        rows = sheet_rows(sheet, progress)
        head = []
        for row in rows:
            head.append(row)
            if len(head) >= HEADER_SEARCH_ROWS:
                break
        if not any(any(cell is not None for cell in row) for row in head):
            raise _empty(path)
        first_data, columns = find_columns(head)
        result = DapodikFile(path, header_row=first_data)
        data = _chain(head[first_data:], rows)
        for offset, row in enumerate(data):
            number = first_data + offset + 1  # the row number Excel shows
            if not any(cell not in (None, "") for cell in row):
                continue
            if len(result.records) >= MAX_ROWS:
                raise FileProblem(
                    QT_TRANSLATE_NOOP("errors", "The file has more than {most} pupils."),
                    most=MAX_ROWS,
                )
            result.records.append(_record(number, row, columns))
            if progress and len(result.records) % 200 == 0:
                progress(len(result.records), 0)
        if not result.records:
            raise _empty(path)
        return result
    finally:
        workbook.close()


def _chain(first: list[tuple], rest: Iterable[tuple]) -> Iterable[tuple]:
    yield from first
    yield from rest


def _empty(path: Path) -> FileProblem:
    return FileProblem(QT_TRANSLATE_NOOP("errors", "{path} has no pupils in it."), path=path.name)


COLUMN_LABELS = {
    "nama": "Nama",
    "nisn": "NISN",
    "jk": "JK",
    "tanggal lahir": "Tanggal Lahir",
    "rombel saat ini": "Rombel Saat Ini",
    "hp": "HP",
    "telepon": "Telepon",
    "nipd": "NIPD",
}


def _record(number: int, row: tuple, columns: dict[str, int]) -> StudentRecord:
    def cell(key: str) -> object:
        index = columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    record = StudentRecord(row=number)

    def take(key: str, parse, *, warning: bool = False):
        try:
            return parse(cell(key))
        except ValidationError as error:
            label = f"{COLUMN_LABELS.get(key, key.title())} ({excel_column(columns[key])})"
            (record.warnings if warning else record.problems).append(Problem(number, label, error))
            return None

    record.full_name = take("nama", _name) or ""
    record.nisn = take("nisn", cleaning.parse_nisn)
    record.nis = cleaning.identifier(cell("nipd")) or None
    record.gender = take("jk", cleaning.parse_gender)
    record.birth_place = cleaning.text(cell("tempat lahir"))
    record.birth_date = take("tanggal lahir", cleaning.parse_date)
    record.religion = cleaning.text(cell("agama"))
    record.address = cleaning.text(cell("alamat"))
    record.rt = cleaning.identifier(cell("rt"))
    record.rw = cleaning.identifier(cell("rw"))
    record.dusun = cleaning.text(cell("dusun"))
    record.village = cleaning.text(cell("kelurahan"))
    record.kecamatan = cleaning.text(cell("kecamatan"))
    level_and_name = take("rombel saat ini", cleaning.parse_class)
    if level_and_name:
        record.class_level, record.class_name = level_and_name
    phone = take("hp", lambda v: parse_phone(cleaning.identifier(v), "hp"), warning=True)
    if phone is None and "telepon" in columns:
        phone = take(
            "telepon", lambda v: parse_phone(cleaning.identifier(v), "telepon"), warning=True
        )
    for relation_key, relation in GROUPS.items():
        name = cleaning.clean_name(cell(f"{relation_key} nama"))
        if name and name not in ("-", "0"):
            record.guardians.append(GuardianRecord(relation=relation, name=name))
    set_primary_contact(record, phone)
    return record


def _name(value: object) -> str:
    name = cleaning.limit(cleaning.clean_name(value), "full_name")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The name is empty."), field="full_name")
    return name
