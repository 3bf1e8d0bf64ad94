"""Turning what Excel and people put in cells into clean values, or a clear problem."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import Gender

_SPACES = re.compile(r"\s+")
_ROMAN = {"VII": 7, "VIII": 8, "IX": 9}
_CLASS = re.compile(r"^(?:KELAS\s*)?(IX|VIII|VII|7|8|9)\s*[-_.]?\s*(.*)$", re.IGNORECASE)
_MONTHS = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}
EXCEL_EPOCH = date(1899, 12, 30)
MAX_TEXT = 200


def text(value: object) -> str:
    """Any cell as trimmed text with single spaces; whole numbers lose Excel's ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SPACES.sub(" ", str(value)).strip()


def _capitalise_word(word: str) -> str:
    # "MA'RUF" -> "Ma'ruf", "AL-FATIH" -> "Al-Fatih", "MUH." -> "Muh."
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def clean_name(value: object) -> str:
    """Spaces tidied; capitals kept as the office typed them unless ALL UPPER or all lower."""
    name = text(value)
    letters = [c for c in name if c.isalpha()]
    if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        name = " ".join(_capitalise_word(word) for word in name.split(" "))
    return name


def identifier(value: object) -> str:
    """An id typed into Excel: text, with no ".0" and no scientific notation."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return text(value)


def parse_nisn(value: object, field: str = "nisn") -> str | None:
    """Ten digits. A NISN that Excel stored as a number gets its leading zeros back; one
    written in scientific notation is refused when its last digits were cut off."""
    if value is None or text(value) == "":
        return None
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise _bad_nisn(value, field)
        digits = str(int(value))
    else:
        raw = text(value).replace(" ", "")
        if re.fullmatch(r"\d+", raw):
            digits = raw
        elif re.fullmatch(r"\d(?:[.,]\d+)?[eE][+]?\d+", raw):
            mantissa, exponent = re.split(r"[eE]\+?", raw.replace(",", "."))
            significant = len(mantissa.replace(".", "").lstrip("0"))
            try:
                number = Decimal(mantissa) * (Decimal(10) ** int(exponent))
            except InvalidOperation as error:
                raise _bad_nisn(value, field) from error
            if number != number.to_integral_value() or significant < len(str(int(number))):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "NISN {value} is in scientific notation and its last digits are lost; "
                        "format the column as Text in Excel and type it again.",
                    ),
                    field=field,
                    value=raw,
                )
            digits = str(int(number))
        else:
            raise _bad_nisn(value, field)
    # Excel drops leading zeros; a NISN starts with at most two (0 + the birth year's digits).
    if not 8 <= len(digits) <= 10:
        raise _bad_nisn(value, field)
    return digits.zfill(10)


def _bad_nisn(value: object, field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "NISN must be exactly 10 digits, not {value}."),
        field=field,
        value=text(value),
    )


def parse_gender(value: object, field: str = "gender") -> Gender:
    raw = text(value).upper()
    if raw in ("L", "LAKI-LAKI", "LAKI LAKI", "LK"):
        return Gender.MALE
    if raw in ("P", "PEREMPUAN", "PR", "W", "WANITA"):
        return Gender.FEMALE
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Gender must be L or P, not {value}."),
        field=field,
        value=text(value) or "—",
    )


def parse_date(value: object, field: str = "birth_date") -> date | None:
    """Excel dates, Excel serial numbers, 2011-03-14, 14/03/2011, 14-03-2011, 14 Maret 2011."""
    if value is None or text(value) == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and 1 <= value < 80_000:
        return EXCEL_EPOCH + timedelta(days=int(value))
    raw = text(value)
    for pattern, order in (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", "ymd"),
        (r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})", "dmy"),
    ):
        match = re.fullmatch(pattern, raw)
        if match:
            parts = [int(p) for p in match.groups()]
            year, month, day = parts if order == "ymd" else parts[::-1]
            return _real_date(year, month, day, raw, field)
    match = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", raw)
    if match and match.group(2).lower() in _MONTHS:
        day, month, year = int(match.group(1)), _MONTHS[match.group(2).lower()], int(match.group(3))
        return _real_date(year, month, day, raw, field)
    raise _bad_date(raw, field)


def _real_date(year: int, month: int, day: int, raw: str, field: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as error:
        raise _bad_date(raw, field) from error


def _bad_date(raw: str, field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "Cannot read the date {value}; write it like 14/03/2011 or 2011-03-14."
        ),
        field=field,
        value=raw,
    )


def check_birth_date(born: date | None, school_year_start: int, field: str = "birth_date") -> None:
    """A junior high pupil is roughly 10 to 18 years old at the start of the school year."""
    if born is None:
        return
    age = school_year_start - born.year
    if not 9 <= age <= 19:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Date of birth {value} is not plausible for a junior high pupil."
            ),
            field=field,
            value=born.strftime("%d/%m/%Y"),
        )


def parse_class(value: object, field: str = "class") -> tuple[int, str]:
    """ "Kelas VII A", "VII A", "7A", "VII-A" -> (7, "VII A"): the level and a tidy name."""
    raw = text(value)
    match = _CLASS.match(raw) if raw else None
    if not match:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot tell the class level (7, 8 or 9) from {value}."),
            field=field,
            value=raw or "—",
        )
    head, rest = match.groups()
    level = int(head) if head.isdigit() else _ROMAN[head.upper()]
    roman = {7: "VII", 8: "VIII", 9: "IX"}[level]
    rest = rest.strip()
    rest = rest.upper() if len(rest) <= 2 else rest  # "a" -> "A"; longer names as typed
    return level, f"{roman} {rest}" if rest else roman


def limit(value: str, field: str, most: int = MAX_TEXT) -> str:
    if len(value) > most:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is longer than {most} characters."),
            field=field,
            most=most,
        )
    return value
