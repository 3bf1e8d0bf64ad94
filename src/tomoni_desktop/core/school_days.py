"""School days: Sundays and Indonesian public holidays are not (the `holidays` package's
table, so we keep no list of our own). Facts only: the interface words them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

SUNDAY = 6
# The `holidays` package names holidays in these languages; ours map onto them.
HOLIDAY_LANGUAGES = {"id": "id", "en": "en_US"}


@lru_cache(maxsize=16)
def _holidays(year: int, language: str) -> Any:
    import holidays

    return holidays.country_holidays("ID", years=[year, year + 1], language=language)


def holiday_name(day: date, language: str = "id") -> str | None:
    """The public holiday on `day`, named in `language`, or None."""
    return _holidays(day.year, HOLIDAY_LANGUAGES.get(language, "id")).get(day)


def is_school_day(day: date) -> bool:
    return day.weekday() != SUNDAY and holiday_name(day) is None


@dataclass(frozen=True)
class DueDate:
    due_on: date
    moved_from: date | None  # the date asked for, when it was not a school day
    skipped: tuple[date, ...] = ()  # the days passed over (a Sunday or a holiday each)


def school_day_on_or_after(day: date) -> DueDate:
    """The day itself, or the next day that is neither a Sunday nor a public holiday."""
    wanted, skipped = day, []
    while not is_school_day(day):
        skipped.append(day)
        day += timedelta(days=1)
    return DueDate(day, wanted if day != wanted else None, tuple(skipped))
