"""A school's calendar: which days it teaches. Sundays and public holidays never; Saturdays
as the school's rules say; and its own days off."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import derived_row
from tomoni_desktop.core.models import AttendancePolicy, DayOff
from tomoni_desktop.core.school_days import SUNDAY, holiday_name
from tomoni_desktop.core.unit_of_work import UnitOfWork

SATURDAY = 5


def policy_id(school_id: uuid.UUID) -> uuid.UUID:
    return ids.derived_id("attendance-policy", str(school_id))


def day_off_id(school_id: uuid.UUID, day: date) -> uuid.UUID:
    return ids.derived_id("day-off", str(school_id), day.isoformat())


@dataclass(frozen=True)
class Rules:
    """The school's register rules, read once (the defaults when it never set them)."""

    saturday_is_school_day: bool = True
    call_same_day: bool = True
    case_after_consecutive: int = 3
    case_after_in_month: int = 5
    visit_within_days: int = 3
    summons_within_days: int = 7
    meeting_weekday: int = 4  # the day parents meet the school (0 Monday; Friday at the source)


def rules_of(uow: UnitOfWork, school_id: uuid.UUID) -> Rules:
    row = uow.session.get(AttendancePolicy, policy_id(school_id))
    if row is None or row.deleted_at is not None:
        return Rules()
    return Rules(
        row.saturday_is_school_day,
        row.call_same_day,
        row.case_after_consecutive,
        row.case_after_in_month,
        row.visit_within_days,
        row.summons_within_days,
        row.meeting_weekday,
    )


class NotSchoolDay(str):
    """Why a day is not a school day, as a fact: "sunday", "saturday", "holiday:<name>",
    "off:<reason>" (the interface words it)."""


@dataclass(frozen=True)
class SchoolCalendar:
    rules: Rules
    days_off: dict[date, str]

    def why_not(self, day: date) -> NotSchoolDay | None:
        """None on a school day; else why not."""
        if day.weekday() == SUNDAY:
            return NotSchoolDay("sunday")
        if day.weekday() == SATURDAY and not self.rules.saturday_is_school_day:
            return NotSchoolDay("saturday")
        holiday = holiday_name(day)
        if holiday is not None:
            return NotSchoolDay(f"holiday:{holiday}")
        if day in self.days_off:
            return NotSchoolDay(f"off:{self.days_off[day]}")
        return None

    def is_school_day(self, day: date) -> bool:
        return self.why_not(day) is None

    def days(self, first: date, last: date) -> Iterator[date]:
        """The school days from `first` to `last`, both included."""
        day = first
        while day <= last:
            if self.is_school_day(day):
                yield day
            day += timedelta(days=1)


def school_of_class(uow: UnitOfWork, class_id: uuid.UUID) -> uuid.UUID:
    from tomoni_desktop.services.school.classes import class_of_year

    return class_of_year(uow, class_id).school.id


def calendar_of(uow: UnitOfWork, school_id: uuid.UUID) -> SchoolCalendar:
    days_off = {
        day: reason
        for day, reason in uow.session.execute(
            select(DayOff.day, DayOff.reason).where(
                DayOff.school_id == school_id, DayOff.deleted_at.is_(None)
            )
        )
    }
    return SchoolCalendar(rules_of(uow, school_id), days_off)


def save_rules(uow: UnitOfWork, school_id: uuid.UUID, rules: Rules) -> None:
    """The school's register rules, checked; every laptop of the school gets them by sync."""
    for field, value, low, high in (
        ("case_after_consecutive", rules.case_after_consecutive, 2, 10),
        ("case_after_in_month", rules.case_after_in_month, 2, 20),
        ("visit_within_days", rules.visit_within_days, 1, 30),
        ("summons_within_days", rules.summons_within_days, 1, 60),
        ("meeting_weekday", rules.meeting_weekday, 0, 5),
    ):
        if not low <= value <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a number from {low} to {high}."),
                field=field,
                low=low,
                high=high,
            )
    row = derived_row(uow.session, AttendancePolicy, policy_id(school_id), school_id=school_id)
    row.saturday_is_school_day = rules.saturday_is_school_day
    row.call_same_day = rules.call_same_day
    row.case_after_consecutive = rules.case_after_consecutive
    row.case_after_in_month = rules.case_after_in_month
    row.visit_within_days = rules.visit_within_days
    row.summons_within_days = rules.summons_within_days
    row.meeting_weekday = rules.meeting_weekday
    uow.session.flush()
    uow.changed(Area.ATTENDANCE)


def add_day_off(uow: UnitOfWork, school_id: uuid.UUID, day: date, reason: str) -> None:
    if not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the school does not teach that day."),
            field="reason",
        )
    row = derived_row(uow.session, DayOff, day_off_id(school_id, day), school_id=school_id, day=day)
    row.reason = " ".join(reason.split())[:120]
    uow.session.flush()
    uow.changed(Area.ATTENDANCE)


def remove_day_off(uow: UnitOfWork, school_id: uuid.UUID, day: date) -> None:
    row = uow.session.get(DayOff, day_off_id(school_id, day))
    if row is not None:
        row.mark_deleted()
        uow.session.flush()
        uow.changed(Area.ATTENDANCE)


def days_off_of(uow: UnitOfWork, school_id: uuid.UUID) -> list[tuple[date, str]]:
    return sorted(calendar_of(uow, school_id).days_off.items())
