"""Opening an .xlsx safely: a clear message for anything that is not a readable workbook."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.progress import Progress

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an .xlsx locked with a password


def excel_column(index: int) -> str:
    """The spreadsheet's letter of a 0-based column index (A, ..., Z, AA, ...)."""
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


class FileProblem(TomoniError):
    """The whole file cannot be read; nothing was written."""


# What a school's file needs, many times over; past these a file is refused before it can
# take the laptop's memory or an afternoon (a Dapodik export of 1,000 pupils is ~0.5 MB).
MAX_FILE_MB = 50
MAX_INFLATED_MB = 256  # the whole .xlsx once unzipped
MAX_SHARED_STRINGS_MB = 32  # read whole into memory by openpyxl
MAX_MEMBERS = 2_000
MAX_COLUMNS = 200
BLANK_RUN_END = 1_000  # blank rows in a row: the data has ended (a file may declare 10⁹)
PROGRESS_EVERY = 256
MB = 1024 * 1024


def check_file_size(path: Path, most_mb: int = MAX_FILE_MB) -> None:
    size = path.stat().st_size
    if size > most_mb * MB:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is {size} MB; a file read here may be at most {most} MB."
            ),
            path=path.name,
            size=round(size / MB),
            most=most_mb,
        )


def _too_big(path: Path, size: int, most: int) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} unpacks to {size} MB, more than the {most} MB a workbook may hold here. "
            "Save a copy with only the needed sheet.",
        ),
        path=path.name,
        size=round(size / MB),
        most=round(most / MB),
    )


def check_zip(path: Path) -> None:
    """What the .xlsx declares it unpacks to, checked before a byte is unpacked (the zip
    reader never gives more than the declared size: a lie fails its checksum)."""
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} holds {count} parts; a workbook read here may hold at most {most}. "
                "Save a copy with only the needed sheet.",
            ),
            path=path.name,
            count=len(members),
            most=MAX_MEMBERS,
        )
    for member in members:
        if member.filename.lower().endswith("sharedstrings.xml") and (
            member.file_size > MAX_SHARED_STRINGS_MB * MB
        ):
            raise _too_big(path, member.file_size, MAX_SHARED_STRINGS_MB * MB)
    total = sum(member.file_size for member in members)
    if total > MAX_INFLATED_MB * MB:
        raise _too_big(path, total, MAX_INFLATED_MB * MB)


def sheet_rows(sheet, progress: Progress | None = None, max_row: int | None = None) -> Iterator:
    """The sheet's rows as values, at most MAX_COLUMNS wide, ending after a long run of blank
    rows; `progress` hears of every PROGRESS_EVERY rows, blank ones too (and may cancel)."""
    blank_run = 0
    for number, row in enumerate(
        sheet.iter_rows(max_row=max_row, max_col=MAX_COLUMNS, values_only=True), start=1
    ):
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number, 0)
        if any(value not in (None, "") for value in row):
            blank_run = 0
        else:
            blank_run += 1
            if blank_run >= BLANK_RUN_END:
                return
        yield row


def open_workbook(path: Path):
    """The workbook, read-only with cached formula values, or a FileProblem saying why not."""
    from openpyxl import load_workbook

    try:
        head = path.open("rb").read(8)
    except FileNotFoundError as error:
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=path
        ) from error
    except OSError as error:
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            path=path,
            reason=error.strerror or str(error),
        ) from error
    if head.startswith(OLE_MAGIC):
        data = path.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise FileProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} is protected with a password. Open it in Excel, remove the "
                    "password and save it again.",
                ),
                path=path.name,
            )
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is an old Excel 97-2003 file. Open it in Excel and save it as .xlsx.",
            ),
            path=path.name,
        )
    if not head.startswith(b"PK"):
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "{path} is not an Excel .xlsx file."), path=path.name
        )
    check_file_size(path)
    try:
        check_zip(path)
        workbook = load_workbook(path, read_only=True, data_only=True)
        for sheet in workbook.worksheets:
            # What the file says of its size is not believed: rows and columns are read.
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()
        return workbook
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is damaged and cannot be read. Download or save it again.",
            ),
            path=path.name,
        ) from error
