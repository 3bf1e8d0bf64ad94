"""The figures of the Beranda page: classes, pupils, and who is hard to reach."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select

from tomoni_desktop.core.models import (
    Channel,
    CopyReturn,
    Enrollment,
    HandOut,
    LessonChannel,
    PhoneAccess,
    SchoolClass,
    Signal,
    Student,
    Teacher,
    VisitRound,
    Worksheet,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.roster.students import enrolled_in


@dataclass(frozen=True)
class ClassFigures:
    class_id: uuid.UUID
    level: int
    name: str
    homeroom_teacher: str
    pupils: int
    without_phone: int
    shared_phone: int
    weak_or_no_signal: int
    paper_worksheets: int = 0  # worksheets out on paper in this class
    paper_copies: int = 0  # copies on paper not collected yet


@dataclass(frozen=True)
class Overview:
    classes: int
    pupils: int
    without_phone: int
    shared_phone: int
    weak_or_no_signal: int
    paper_copies: int
    per_class: list[ClassFigures]
    worksheets: int = 0  # in the library, not archived
    overdue_copies: int = 0  # on paper, past their due date, not collected
    oldest_due: date | None = None  # the earliest due date among those
    overdue_by_village: tuple[tuple[str, int], ...] = ()  # the most first
    returned_this_week: int = 0  # copies come back since Monday
    rounds_today: tuple[tuple[str, int], ...] = ()  # (class, houses) planned for today
    calls_due: int = 0  # parents to contact about an absence without a letter
    case_steps_due: int = 0  # steps of open cases due today or earlier
    # online lessons today: (starts, class, subject, channel), by time ("hari ini")
    lessons_today: tuple[tuple[str, str, str, LessonChannel], ...] = ()
    meetings_today: tuple[tuple[str, str], ...] = ()  # (class, time) of parent meetings
    meeting_tasks_due: int = 0  # tasks agreed at parent meetings, due by today
    without_consent: int = 0  # pupils with no parent's consent recorded (UU PDP)
    nobody_signs_in: bool = False  # no PIN yet: whoever opens the laptop sees everything
    purge_due: int = 0  # pupils past the school's retention whose data is still kept


def active_enrollments(school_year_id: uuid.UUID):
    """Pupils enrolled this year who have not left, with no tombstoned row on the way."""
    return (
        select(Enrollment.class_id, Student)
        .join(Enrollment, enrolled_in(school_year_id))
        .where(
            Student.left_on.is_(None),
        )
    )


def overdue_paper_copies(query, school_year_id: uuid.UUID, today: date):
    """`query` narrowed to the year's paper copies past their due date and not back."""
    return (
        query.join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(SchoolClass, SchoolClass.id == HandOut.class_id)
        .where(
            SchoolClass.school_year_id == school_year_id,
            WorksheetCopy.channel == Channel.PAPER,
            ~copy_is_returned(WorksheetCopy.id),
            HandOut.due_on < today,
        )
    )


def overview(uow: UnitOfWork, school_year_id: uuid.UUID, today: date | None = None) -> Overview:
    """The figures, and the facts the page turns into suggestions of what to do next."""
    session = uow.session
    today = today or date.today()
    pupils = active_enrollments(school_year_id).subquery()
    counts = (
        select(
            pupils.c.class_id,
            func.count().label("pupils"),
            func.sum(case((pupils.c.phone_access == PhoneAccess.NONE.value, 1), else_=0)),
            func.sum(case((pupils.c.phone_access == PhoneAccess.SHARED.value, 1), else_=0)),
            func.sum(case((pupils.c.signal != Signal.GOOD.value, 1), else_=0)),
        )
        .group_by(pupils.c.class_id)
        .subquery()
    )
    rows = session.execute(
        select(SchoolClass.id, SchoolClass.level, SchoolClass.name, Teacher.name, counts)
        .outerjoin(Teacher, Teacher.id == SchoolClass.homeroom_teacher_id)
        .outerjoin(counts, counts.c.class_id == SchoolClass.id)
        .where(SchoolClass.school_year_id == school_year_id)
        .order_by(SchoolClass.level, SchoolClass.name)
    ).all()
    from tomoni_desktop.services.worksheets.handout import out_on_paper

    paper = {line.class_id: line for line in out_on_paper(uow, school_year_id)}

    def overdue_on_paper(query):
        return overdue_paper_copies(query, school_year_id, today)

    overdue = session.execute(
        overdue_on_paper(select(func.count(WorksheetCopy.id), func.min(HandOut.due_on)))
    ).one()
    per_class = [
        ClassFigures(
            class_id=row[0],
            level=row[1],
            name=row[2],
            homeroom_teacher=row[3] or "",
            pupils=row[5] or 0,
            without_phone=row[6] or 0,
            shared_phone=row[7] or 0,
            weak_or_no_signal=row[8] or 0,
            paper_worksheets=paper[row[0]].worksheets if row[0] in paper else 0,
            paper_copies=paper[row[0]].copies if row[0] in paper else 0,
        )
        for row in rows
    ]
    return Overview(
        classes=len(per_class),
        pupils=sum(c.pupils for c in per_class),
        without_phone=sum(c.without_phone for c in per_class),
        shared_phone=sum(c.shared_phone for c in per_class),
        weak_or_no_signal=sum(c.weak_or_no_signal for c in per_class),
        paper_copies=sum(c.paper_copies for c in per_class),
        per_class=per_class,
        worksheets=session.scalar(
            select(func.count()).select_from(Worksheet).where(Worksheet.archived_at.is_(None))
        )
        or 0,
        overdue_copies=overdue[0] or 0,
        oldest_due=overdue[1],
        overdue_by_village=tuple(
            (village or "-", count)
            for village, count in session.execute(
                overdue_on_paper(
                    select(Student.village, func.count(WorksheetCopy.id)).join(
                        WorksheetCopy, WorksheetCopy.student_id == Student.id
                    )
                )
                .group_by(Student.village)
                .order_by(func.count(WorksheetCopy.id).desc(), Student.village)
            )
        ),
        returned_this_week=session.scalar(
            select(func.count(func.distinct(CopyReturn.copy_id))).where(
                CopyReturn.returned_on >= today - timedelta(days=today.weekday()),
                CopyReturn.returned_on <= today,
            )
        )
        or 0,
        rounds_today=tuple(
            (name, len([stop for stop in visit.stops if stop.deleted_at is None]))
            for visit, name in session.execute(
                select(VisitRound, SchoolClass.name)
                .join(SchoolClass, SchoolClass.id == VisitRound.class_id)
                .where(SchoolClass.school_year_id == school_year_id, VisitRound.planned_on == today)
                .order_by(SchoolClass.name)
            )
        ),
        **_follow_up_figures(uow, [row[0] for row in rows], today),
        **_week_figures(uow, school_year_id, [row[0] for row in rows], today),
        without_consent=_without_consent(uow, school_year_id),
        **_privacy_figures(uow, today),
    )


def _privacy_figures(uow: UnitOfWork, today: date) -> dict:
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.services.roster.purge import due_for_purge
    from tomoni_desktop.services.school.profiles import has_profiles

    years = load_settings(uow.session).retention_years
    return {
        "nobody_signs_in": not has_profiles(uow),
        "purge_due": len(due_for_purge(uow, years, today)),
    }


def _without_consent(uow: UnitOfWork, school_year_id: uuid.UUID) -> int:
    """Pupils of the year with no consent on their form and no guardian's agreement to the
    school keeping their data (the list the Siswa page shows with the same test)."""
    from tomoni_desktop.services.roster.students import consented_pupils

    pupils = active_enrollments(school_year_id).subquery()
    return (
        uow.session.scalar(
            select(func.count())
            .select_from(pupils)
            .where(pupils.c.consent_recorded_on.is_(None), pupils.c.id.not_in(consented_pupils()))
        )
        or 0
    )


def _week_figures(
    uow: UnitOfWork, school_year_id: uuid.UUID, class_ids: list[uuid.UUID], today: date
) -> dict:
    """Today's online lessons and parent meetings, and the meetings' tasks due."""
    from tomoni_desktop.core.models import ParentMeeting
    from tomoni_desktop.services.parents.meetings import tasks_due
    from tomoni_desktop.services.parents.schedule import lessons_on

    return {
        "lessons_today": tuple(
            (slot.starts_at, slot.class_name, slot.subject, slot.channel)
            for slot in lessons_on(uow, school_year_id, today)
        ),
        "meetings_today": tuple(
            (name, starts)
            for name, starts in uow.session.execute(
                select(SchoolClass.name, ParentMeeting.starts_at)
                .join(SchoolClass, SchoolClass.id == ParentMeeting.class_id)
                .where(SchoolClass.school_year_id == school_year_id, ParentMeeting.held_on == today)
                .order_by(ParentMeeting.starts_at)
            )
        ),
        "meeting_tasks_due": len(tasks_due(uow, class_ids, today)) if class_ids else 0,
    }


def _follow_up_figures(uow: UnitOfWork, class_ids: list[uuid.UUID], today: date) -> dict:
    """What the school's rules say is to be done about absences (the last two months)."""
    from tomoni_desktop.services.attendance.follow_up import follow_up_queue

    if not class_ids:
        return {}
    queue = follow_up_queue(uow, class_ids, today, today - timedelta(days=62))
    return {
        "calls_due": len(queue.calls),
        "case_steps_due": sum(1 for step in queue.steps if step.due_on <= today),
    }
