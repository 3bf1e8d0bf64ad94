"""The principal's week: per class and per village, what came back and what is overdue, the
home visits, the absences, the open cases and the families contacted. Read per pupil in a
few grouped queries, then added up by class and by village."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from tomoni_desktop.core.models import (
    AttendanceEntry,
    AttendanceMark,
    ContactEntry,
    CopyReturn,
    FollowUpCase,
    RegisterDay,
    School,
    SchoolClass,
    SchoolYear,
    VisitOutcome,
    VisitStopPupil,
    WorksheetCopy,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.week_page import WeekLine, WeekPage
from tomoni_desktop.services.attendance.calendar import calendar_of
from tomoni_desktop.services.school.overview import active_enrollments, overdue_paper_copies


def week_of(day: date) -> tuple[date, date]:
    """The Monday and the Saturday of the week `day` is in."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=5)


def week_page(uow: UnitOfWork, school_year_id: uuid.UUID, day: date, today: date) -> WeekPage:
    session = uow.session
    first, saturday = week_of(day)
    last = min(saturday, today)
    year = session.get(SchoolYear, school_year_id)
    school = session.get(School, year.school_id) if year else None
    pupils = active_enrollments(school_year_id).subquery()
    class_of: dict[uuid.UUID, uuid.UUID] = {}
    village_of: dict[uuid.UUID, str] = {}
    for class_id, student_id, village in session.execute(
        select(pupils.c.class_id, pupils.c.id, pupils.c.village)
    ):
        class_of[student_id] = class_id
        village_of[student_id] = (village or "").strip() or "(tanpa desa)"
    per_pupil: dict[str, Counter] = defaultdict(Counter)

    def count(name: str, query) -> None:
        for student_id, amount in session.execute(query):
            if student_id in class_of:
                per_pupil[name][student_id] += amount

    count(
        "returned",
        select(WorksheetCopy.student_id, func.count(func.distinct(WorksheetCopy.id)))
        .join(CopyReturn, CopyReturn.copy_id == WorksheetCopy.id)
        .where(CopyReturn.returned_on >= first, CopyReturn.returned_on <= last)
        .group_by(WorksheetCopy.student_id),
    )
    count(
        "overdue",
        overdue_paper_copies(
            select(WorksheetCopy.student_id, func.count(WorksheetCopy.id)), school_year_id, today
        ).group_by(WorksheetCopy.student_id),
    )
    count(
        "absent_days",
        select(AttendanceEntry.student_id, func.count())
        .where(
            AttendanceEntry.day >= first,
            AttendanceEntry.day <= last,
            AttendanceEntry.mark != AttendanceMark.PRESENT,
        )
        .group_by(AttendanceEntry.student_id),
    )
    count(
        "unexcused",
        select(AttendanceEntry.student_id, func.count())
        .where(
            AttendanceEntry.day >= first,
            AttendanceEntry.day <= last,
            AttendanceEntry.mark == AttendanceMark.ABSENT,
        )
        .group_by(AttendanceEntry.student_id),
    )
    count(
        "open_cases",
        select(FollowUpCase.student_id, func.count())
        .where(FollowUpCase.closed_on.is_(None))
        .group_by(FollowUpCase.student_id),
    )
    count(
        "contacted",
        select(ContactEntry.student_id, func.count(func.distinct(ContactEntry.student_id)))
        .where(ContactEntry.contacted_on >= first, ContactEntry.contacted_on <= last)
        .group_by(ContactEntry.student_id),
    )
    from tomoni_desktop.core.models import MeetingInvitation, ParentMeeting

    held_this_week = (
        select(MeetingInvitation.student_id, func.count())
        .join(ParentMeeting, ParentMeeting.id == MeetingInvitation.meeting_id)
        .where(ParentMeeting.held_on >= first, ParentMeeting.held_on <= last)
        .group_by(MeetingInvitation.student_id)
    )
    count("invited", held_this_week)
    count("met", held_this_week.where(MeetingInvitation.attended.is_(True)))
    # a stop visited counts once for its class and village, however many pupils live there
    stops: dict[uuid.UUID, uuid.UUID] = {}
    for stop_id, student_id in session.execute(
        select(VisitOutcome.stop_id, VisitStopPupil.student_id)
        .join(VisitStopPupil, VisitStopPupil.stop_id == VisitOutcome.stop_id)
        .where(VisitOutcome.visited_on >= first, VisitOutcome.visited_on <= last)
    ):
        if student_id in class_of:
            stops.setdefault(stop_id, student_id)
    taken: Counter = Counter()
    for class_id, days in session.execute(
        select(RegisterDay.class_id, func.count())
        .where(RegisterDay.day >= first, RegisterDay.day <= last)
        .group_by(RegisterDay.class_id)
    ):
        taken[class_id] = days
    names = dict(
        session.execute(
            select(SchoolClass.id, SchoolClass.name)
            .where(SchoolClass.school_year_id == school_year_id)
            .order_by(SchoolClass.level, SchoolClass.name)
        ).all()
    )

    def line(name: str, members: list[uuid.UUID], visits: int) -> WeekLine:
        def total(kind: str) -> int:
            return sum(per_pupil[kind][s] for s in members)

        return WeekLine(
            name=name,
            pupils=len(members),
            returned=total("returned"),
            overdue=total("overdue"),
            visits=visits,
            absent_days=total("absent_days"),
            unexcused=total("unexcused"),
            register_days=sum(taken[class_of[s]] for s in members),
            open_cases=total("open_cases"),
            contacted=total("contacted"),
            invited=total("invited"),
            met=total("met"),
        )

    by_class: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    by_village: dict[str, list[uuid.UUID]] = defaultdict(list)
    for student_id, class_id in class_of.items():
        by_class[class_id].append(student_id)
        by_village[village_of[student_id]].append(student_id)
    class_visits = Counter(class_of[s] for s in stops.values())
    village_visits = Counter(village_of[s] for s in stops.values())
    classes = [
        line(name, by_class[class_id], class_visits[class_id])
        for class_id, name in names.items()
        if class_id in by_class
    ]
    villages = sorted(
        (
            line(village, members, village_visits[village])
            for village, members in by_village.items()
        ),
        key=lambda found: (-found.overdue, -found.absent_days, found.name),
    )
    per_day = Counter(
        session.execute(
            select(AttendanceEntry.day).where(
                AttendanceEntry.day >= first,
                AttendanceEntry.day <= last,
                AttendanceEntry.mark != AttendanceMark.PRESENT,
            )
        ).scalars()
    )
    calendar = calendar_of(uow, school.id) if school else None
    week_days = [d for d in (first + timedelta(days=n) for n in range(6)) if d <= last]
    school_days = [d for d in week_days if calendar is None or calendar.is_school_day(d)]
    return WeekPage(
        school.name if school else "",
        first,
        last,
        today,
        classes,
        villages,
        [(d, per_day[d]) for d in school_days],
    )
