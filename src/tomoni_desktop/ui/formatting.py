"""Dates, times and sizes written the way the chosen language writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

DATE_FORMAT = "dd-MM-yyyy"  # every date on a screen, in both languages


def to_date(value: QDate) -> date:
    """A date edit's value as the services take it."""
    return date(value.year(), value.month(), value.day())


def format_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def format_datetime(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone()  # the laptop's own clock zone: what the teacher reads
    value = QDateTime(
        QDate(local.year, local.month, local.day),
        QDateTime.fromString(local.strftime("%H:%M"), "HH:mm").time(),
    )
    return QLocale().toString(value, f"{DATE_FORMAT} HH:mm")


def format_size(size: int) -> str:
    locale = QLocale()
    if size < 1024 * 1024:
        return f"{locale.toString(round(size / 1024))} KB"
    return f"{locale.toString(size / (1024 * 1024), 'f', 1)} MB"
