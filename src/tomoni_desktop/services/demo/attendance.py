"""The demo school's register: every class taken on every school day of the semester so far,
a few pupils sick or excused with a letter, some absent without one; one pupil absent three
days in a row last week (a case for the counsellor, its first step done), two absences of the
last days still waiting for a call, and a contact log."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    AttendanceEntry,
    AttendanceMark,
    ContactKind,
    ContactOutcome,
    Enrollment,
    Guardian,
    RegisterDay,
    Semester,
    Student,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.attendance.calendar import calendar_of, school_of_class
from tomoni_desktop.services.attendance.contacts import log_contact
from tomoni_desktop.services.attendance.follow_up import (
    complete_step,
    follow_up_queue,
    open_cases_for,
)
from tomoni_desktop.services.attendance.register import entry_id, register_day_id
from tomoni_desktop.services.attendance.whatsapp import record_consent


def add_demo_attendance(
    uow: UnitOfWork,
    class_ids: list[uuid.UUID],
    my_class_id: uuid.UUID,
    semester_id: uuid.UUID,
    today: date,
    new_id: Callable,
    seed: int = 13,
) -> None:
    rng = random.Random(seed)
    session = uow.session
    semester = get_live(session, Semester, semester_id)
    calendar = calendar_of(uow, school_of_class(uow, my_class_id))
    yesterday = today - timedelta(days=1)
    days = list(calendar.days(semester.starts_on, min(semester.ends_on, yesterday)))
    if len(days) < 6:
        return  # the semester has hardly begun: nothing to show yet
    pupils: dict[uuid.UUID, list[uuid.UUID]] = {class_id: [] for class_id in class_ids}
    for class_id, student_id in session.execute(
        select(Enrollment.class_id, Student.id)
        .join(Student, Student.id == Enrollment.student_id)
        .where(Enrollment.class_id.in_(class_ids))
        .order_by(Student.full_name)
    ):
        pupils[class_id].append(student_id)
    marks: dict[tuple[uuid.UUID, date], tuple[uuid.UUID, AttendanceMark, date | None]] = {}
    for class_id in class_ids:
        for day in days:
            session.add(RegisterDay(id=register_day_id(class_id, day), class_id=class_id, day=day))
            for student_id in pupils[class_id]:
                roll = rng.random()
                if roll < 0.012:
                    marks[(student_id, day)] = (class_id, AttendanceMark.SICK, day)
                elif roll < 0.02:
                    marks[(student_id, day)] = (class_id, AttendanceMark.EXCUSED, day)
                elif roll < 0.026:
                    # an A: its letter came the next school day, or never (the call was made)
                    later = next(calendar.days(day + timedelta(days=1), day + timedelta(days=9)))
                    letter = later if rng.random() < 0.4 and later <= yesterday else None
                    marks[(student_id, day)] = (class_id, AttendanceMark.ABSENT, letter)
    mine = pupils[my_class_id]
    if len(mine) > 6:
        # last week's run of three, and the last two school days' absences without a letter
        for day in days[-6:-3]:
            marks[(mine[2], day)] = (my_class_id, AttendanceMark.ABSENT, None)
        for student_id, day in ((mine[5], days[-1]), (mine[9 % len(mine)], days[-2])):
            marks[(student_id, day)] = (my_class_id, AttendanceMark.ABSENT, None)
    for (student_id, day), (class_id, mark, letter) in marks.items():
        session.add(
            AttendanceEntry(
                id=entry_id(student_id, day),
                student_id=student_id,
                class_id=class_id,
                day=day,
                mark=mark,
                letter_on=letter,
            )
        )
    session.flush()
    # Calls made for the older absences without a letter (the newest two still wait).
    recent = set(days[-2:])
    for (student_id, day), (_class_id, mark, letter) in sorted(
        marks.items(), key=lambda item: item[0][1]
    ):
        if mark is AttendanceMark.ABSENT and letter is None and day not in recent:
            log_contact(
                uow,
                student_id,
                rng.choice([ContactKind.CALL, ContactKind.CALL, ContactKind.WHATSAPP]),
                rng.choice([ContactOutcome.REACHED, ContactOutcome.REACHED, ContactOutcome.SENT]),
                day,
                today,
                about="absence",
                new_id=new_id,
            )
    # Most families with WhatsApp agreed to messages at the start of the year (on paper).
    for guardian_id in session.scalars(
        select(Guardian.id)
        .where(Guardian.student_id.in_(mine), Guardian.whatsapp.is_not(None))
        .order_by(Guardian.id)
    ):
        if rng.random() < 0.8:
            record_consent(
                uow,
                guardian_id,
                semester.starts_on,
                data_kept=True,
                whatsapp=True,
                photos=rng.random() < 0.5,
                on_paper=True,
            )
    # Mobile data for the online lessons: the class at the start of the semester, every
    # teacher at the start of this month (what Beranda's list opens on).
    from tomoni_desktop.core.models import Teacher
    from tomoni_desktop.services.school.allowance import give_allowance

    school_id = school_of_class(uow, my_class_id)
    give_allowance(
        uow,
        school_id,
        days[0],
        10 * 1024,
        "Kemendikbud",
        today,
        class_id=my_class_id,
        new_id=new_id,
    )
    teachers = session.scalars(
        select(Teacher.id).where(Teacher.school_id == school_id).order_by(Teacher.name)
    ).all()
    this_month = [day for day in days if (day.year, day.month) == (today.year, today.month)]
    give_allowance(
        uow,
        school_id,
        (this_month or days)[0 if this_month else -1],
        15 * 1024,
        "BOS",
        today,
        teacher_ids=teachers,
        new_id=new_id,
    )
    open_cases_for(uow, [s for rows in pupils.values() for s in rows], yesterday, days[0])
    queue = follow_up_queue(uow, [my_class_id], today, semester.starts_on)
    first = next((step for step in queue.steps if step.student_id == mine[2]), None)
    if first is not None:
        complete_step(
            uow,
            first.step_id,
            yesterday,
            "Siswa membantu orang tua panen; berjanji masuk lagi.",
            "Ada masalah keluarga; perlu dipantau.",
        )
