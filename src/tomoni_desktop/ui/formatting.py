"""Dates, times and sizes written the way the chosen language writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale
from PySide6.QtWidgets import QDateEdit

DATE_FORMAT = "dd-MM-yyyy"  # every date on a screen, in both languages


def to_date(value: QDate) -> date:
    """A date edit's value as the services take it."""
    return date(value.year(), value.month(), value.day())


def to_qdate(day: date) -> QDate:
    """A service's date as a date edit takes it."""
    return QDate(day.year, day.month, day.day)


def date_edit(day: date | QDate | None = None) -> QDateEdit:
    """A date to choose, as every one in the app is: dd-mm-yyyy with a calendar to pick from,
    on `day` (today if none)."""
    edit = QDateEdit(
        QDate.currentDate() if day is None else day if isinstance(day, QDate) else to_qdate(day)
    )
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def format_date(day: date) -> str:
    return QLocale().toString(to_qdate(day), DATE_FORMAT)


def format_datetime(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone()  # the laptop's own clock zone: what the teacher reads
    value = QDateTime(
        to_qdate(local.date()),
        QDateTime.fromString(local.strftime("%H:%M"), "HH:mm").time(),
    )
    return QLocale().toString(value, f"{DATE_FORMAT} HH:mm")


def format_size(size: int) -> str:
    locale = QLocale()
    if size < 1024 * 1024:
        return f"{locale.toString(round(size / 1024))} KB"
    return f"{locale.toString(size / (1024 * 1024), 'f', 1)} MB"
