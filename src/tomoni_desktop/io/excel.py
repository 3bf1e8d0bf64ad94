"""Opening an .xlsx safely: a clear message for anything that is not a readable workbook."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError

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
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is damaged and cannot be read. Download or save it again.",
            ),
            path=path.name,
        ) from error
