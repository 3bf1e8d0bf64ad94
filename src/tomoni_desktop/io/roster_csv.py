"""The roster as CSV: a small column set with Indonesian headers, read and written.

Reading takes comma- or semicolon-separated files (Indonesian Excel writes semicolons), in
UTF-8 with or without a BOM, or Windows-1252. Writing uses semicolons and UTF-8 with a BOM,
which Excel in Indonesia opens correctly with a double click.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import GuardianRelation, PhoneAccess, Signal
from tomoni_desktop.core.phones import parse_phone
from tomoni_desktop.io import cleaning
from tomoni_desktop.io.excel import FileProblem
from tomoni_desktop.io.records import (
    GuardianRecord,
    Problem,
    StudentRecord,
    set_primary_contact,
)

# (key, header as written, other spellings accepted when reading)
COLUMNS = [
    ("nama", "Nama", ("nama siswa", "nama peserta didik")),
    ("nisn", "NISN", ()),
    ("nis", "NIS", ("nipd",)),
    ("jk", "JK", ("l p", "jenis kelamin")),
    ("tempat_lahir", "Tempat Lahir", ()),
    ("tanggal_lahir", "Tanggal Lahir", ()),
    ("agama", "Agama", ()),
    ("kelas", "Kelas", ("rombel", "rombel saat ini")),
    ("alamat", "Alamat", ()),
    ("rt", "RT", ()),
    ("rw", "RW", ()),
    ("dusun", "Dusun", ()),
    ("desa", "Desa/Kelurahan", ("desa", "kelurahan")),
    ("kecamatan", "Kecamatan", ()),
    ("akses_hp", "Akses HP", ("hp siswa",)),
    ("sinyal", "Sinyal", ()),
    ("ayah", "Nama Ayah", ()),
    ("ibu", "Nama Ibu", ()),
    ("wali", "Nama Wali", ()),
    ("kontak", "Orang Tua/Wali Utama", ("kontak utama",)),
    ("hp", "No HP Orang Tua/Wali", ("no hp", "hp", "nomor hp")),
]
REQUIRED = ("nama", "jk", "kelas")
HEADERS = [header for _, header, _ in COLUMNS]
PHONE_WORDS = {
    PhoneAccess.OWN: "Punya HP",
    PhoneAccess.SHARED: "HP bersama",
    PhoneAccess.NONE: "Tidak ada",
}
SIGNAL_WORDS = {Signal.GOOD: "Baik", Signal.WEAK: "Lemah", Signal.NONE: "Tidak ada"}
MAX_ROWS = 20_000


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


_LOOKUP = {
    _key(spelling): key
    for key, header, others in COLUMNS
    for spelling in (header, key.replace("_", " "), *others)
}


def decode(data: bytes, name: str) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4096]:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is saved as UTF-16 (Unicode text). In Excel choose "
                '"CSV UTF-8 (Comma delimited)" and save again.',
            ),
            path=name,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is neither UTF-8 nor Windows-1252 text. Save it from Excel as CSV UTF-8.",
            ),
            path=name,
        ) from error


def read_roster_csv(path: Path) -> list[StudentRecord]:
    from tomoni_desktop.io.excel import check_file_size

    try:
        check_file_size(path)
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=path
        ) from error
    text = decode(data, path.name)
    if not text.strip():
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "{path} has no pupils in it."), path=path.name
        )
    first = text.splitlines()[0]
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return records_from_rows(reader, path.name)
    except csv.Error as error:  # a cell longer than the csv module's limit, a stray NUL
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path}, row {row}: a cell is too long or broken ({most} characters at most).",
            ),
            path=path.name,
            row=reader.line_num,
            most=csv.field_size_limit(),
        ) from error


def header_columns(header: Iterable[str]) -> dict[str, int]:
    """Which of our columns each header cell is (any accepted spelling, any order)."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _LOOKUP.get(_key(cell))
        if key and key not in columns:
            columns[key] = index
    return columns


def is_roster_header(header: Iterable[str]) -> bool:
    """True when a first row is this app's roster layout (as its exports write it)."""
    columns = header_columns(header)
    return all(key in columns for key in REQUIRED)


def read_roster_xlsx(path: Path, progress=None) -> list[StudentRecord]:
    """The app's own Excel export (the CSV's columns on the first sheet) read back."""
    from tomoni_desktop.io.excel import open_workbook, sheet_rows

    workbook = open_workbook(path)
    try:
        rows = (
            ["" if value is None else str(value) for value in row]
            for row in sheet_rows(workbook.worksheets[0], progress)
        )
        return records_from_rows(rows, path.name)
    finally:
        workbook.close()


def records_from_rows(rows: Iterator[list[str]], name: str) -> list[StudentRecord]:
    """A header row, then one pupil a row: the same for a CSV file and our Excel layout."""
    header = next(rows, None)
    if header is None:
        raise FileProblem(QT_TRANSLATE_NOOP("errors", "{path} has no pupils in it."), path=name)
    columns = header_columns(header)
    missing = [h for k, h, _ in COLUMNS if k in REQUIRED and k not in columns]
    if missing:
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "The column {columns} is missing from the file."),
            columns=", ".join(missing),
        )
    records: list[StudentRecord] = []
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(records) >= MAX_ROWS:
            raise FileProblem(
                QT_TRANSLATE_NOOP("errors", "The file has more than {most} pupils."), most=MAX_ROWS
            )
        records.append(_record(number, row, columns))
    if not records:
        raise FileProblem(QT_TRANSLATE_NOOP("errors", "{path} has no pupils in it."), path=name)
    return records


def _choice(words: dict, value: str, field: str):
    wanted = _key(value)
    if not wanted:
        return None
    for member, word in words.items():
        if wanted in (_key(word), member.value, _key(member.value)):
            return member
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "{value} is not one of: {choices}."),
        field=field,
        value=value,
        choices=", ".join(words.values()),
    )


def _record(number: int, row: list[str], columns: dict[str, int]) -> StudentRecord:
    def cell(key: str) -> str:
        index = columns.get(key)
        return row[index] if index is not None and index < len(row) else ""

    record = StudentRecord(row=number)

    def take(key: str, parse, *, warning: bool = False):
        try:
            return parse(cell(key))
        except ValidationError as error:
            label = next(h for k, h, _ in COLUMNS if k == key)
            (record.warnings if warning else record.problems).append(Problem(number, label, error))
            return None

    def name(value: str) -> str:
        cleaned = cleaning.limit(cleaning.clean_name(value), "full_name")
        if not cleaned:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The name is empty."), field="full_name"
            )
        return cleaned

    record.full_name = take("nama", name) or ""
    record.nisn = take("nisn", cleaning.parse_nisn)
    record.nis = cleaning.identifier(cell("nis")) or None
    record.gender = take("jk", cleaning.parse_gender)
    record.birth_place = cleaning.text(cell("tempat_lahir"))
    record.birth_date = take("tanggal_lahir", cleaning.parse_date)
    record.religion = cleaning.text(cell("agama"))
    record.address = cleaning.text(cell("alamat"))
    record.rt, record.rw = cleaning.text(cell("rt")), cleaning.text(cell("rw"))
    record.dusun = cleaning.text(cell("dusun"))
    record.village = cleaning.text(cell("desa"))
    record.kecamatan = cleaning.text(cell("kecamatan"))
    level_and_name = take("kelas", cleaning.parse_class)
    if level_and_name:
        record.class_level, record.class_name = level_and_name
    record.phone_access = take("akses_hp", lambda v: _choice(PHONE_WORDS, v, "phone_access"))
    record.signal = take("sinyal", lambda v: _choice(SIGNAL_WORDS, v, "signal"))
    phone = take("hp", lambda v: parse_phone(v, "hp"), warning=True)
    for key, relation in (
        ("ayah", GuardianRelation.FATHER),
        ("ibu", GuardianRelation.MOTHER),
        ("wali", GuardianRelation.GUARDIAN),
    ):
        guardian_name = cleaning.clean_name(cell(key))
        if guardian_name and guardian_name != "-":
            record.guardians.append(GuardianRecord(relation, guardian_name))
    set_primary_contact(record, phone, cleaning.text(cell("kontak")))
    return record


def roster_rows(students: Iterable) -> Iterable[list[str]]:
    """Rows in the column order above, from services.students.RosterEntry values."""
    from tomoni_desktop.core.phones import format_local

    for entry in students:
        yield [
            entry.full_name,
            entry.nisn or "",
            entry.nis or "",
            entry.gender.value,
            entry.birth_place,
            entry.birth_date.strftime("%d/%m/%Y") if entry.birth_date else "",
            entry.religion,
            entry.class_name,
            entry.address,
            entry.rt,
            entry.rw,
            entry.dusun,
            entry.village,
            entry.kecamatan,
            PHONE_WORDS[entry.phone_access],
            SIGNAL_WORDS[entry.signal],
            entry.father,
            entry.mother,
            entry.guardian,
            entry.primary_name,
            format_local(entry.primary_phone),
        ]


def write_roster_csv(path: Path, students: Iterable) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for row in roster_rows(students):
            writer.writerow(row)
            count += 1
    return count


def write_roster_xlsx(path: Path, students: Iterable, title: str = "Daftar Siswa") -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    bold = Font(bold=True)
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in roster_rows(students):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = "@"  # ids stay text: Excel must not eat leading zeros
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count
