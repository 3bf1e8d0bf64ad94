"""The online lesson schedule: each class's weekly slots with its subject teachers (subject,
teacher, day, time, channel), the clashes in it (a class or a teacher in two lessons at once),
printed for the parents, and today's lessons for Beranda."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    LessonChannel,
    LessonSlot,
    SchoolClass,
    Subject,
    Teacher,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.meeting_sheets import ClassSchedule, ScheduleLesson
from tomoni_desktop.services.parents.meetings import check_time
from tomoni_desktop.services.school.classes import class_of_year


@dataclass(frozen=True)
class Slot:
    slot_id: uuid.UUID
    class_id: uuid.UUID
    class_name: str
    subject_id: uuid.UUID
    subject: str
    teacher_id: uuid.UUID | None
    teacher: str
    weekday: int
    starts_at: str
    ends_at: str
    channel: LessonChannel
    link: str

    def overlaps(self, other: Slot) -> bool:
        return (
            self.weekday == other.weekday
            and self.starts_at < other.ends_at
            and other.starts_at < self.ends_at
        )


@dataclass(frozen=True)
class Clash:
    """Two lessons at once: of one class, or of one teacher in two classes."""

    first: Slot
    second: Slot
    same_teacher: bool  # else the same class


def slots_of_year(uow: UnitOfWork, school_year_id: uuid.UUID) -> list[Slot]:
    """Every class's slots of the year, by class, day and time."""
    return [
        Slot(
            slot.id,
            slot.class_id,
            class_name,
            slot.subject_id,
            subject,
            slot.teacher_id,
            teacher or "",
            slot.weekday,
            slot.starts_at,
            slot.ends_at,
            slot.channel,
            slot.link,
        )
        for slot, class_name, subject, teacher in uow.session.execute(
            select(LessonSlot, SchoolClass.name, Subject.name, Teacher.name)
            .join(SchoolClass, SchoolClass.id == LessonSlot.class_id)
            .join(Subject, Subject.id == LessonSlot.subject_id)
            .outerjoin(Teacher, Teacher.id == LessonSlot.teacher_id)
            .where(SchoolClass.school_year_id == school_year_id)
            .order_by(SchoolClass.level, SchoolClass.name, LessonSlot.weekday, LessonSlot.starts_at)
        )
    ]


def clashes(slots: Sequence[Slot]) -> list[Clash]:
    found = []
    for index, first in enumerate(slots):
        for second in slots[index + 1 :]:
            if not first.overlaps(second):
                continue
            if first.class_id == second.class_id:
                found.append(Clash(first, second, same_teacher=False))
            elif first.teacher_id is not None and first.teacher_id == second.teacher_id:
                found.append(Clash(first, second, same_teacher=True))
    return found


def save_slot(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    subject_id: uuid.UUID,
    teacher_id: uuid.UUID | None,
    weekday: int,
    starts_at: str,
    ends_at: str,
    channel: LessonChannel,
    link: str = "",
    *,
    slot_id: uuid.UUID | None = None,
    new_id=ids.new_id,
) -> uuid.UUID:
    """A new slot, or the slot `slot_id` changed. A clash is allowed (and shown): a school may
    mean it for a while; the teacher sees it in red."""
    session = uow.session
    class_of_year(uow, class_id)
    get_live(session, Subject, subject_id)
    if teacher_id is not None:
        get_live(session, Teacher, teacher_id)
    if not 0 <= weekday <= 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Online lessons are from Monday to Saturday."),
            field="weekday",
        )
    starts_at, ends_at = check_time(starts_at, "starts_at"), check_time(ends_at, "ends_at")
    if ends_at <= starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A lesson ends after it starts ({start} – {end})."),
            field="ends_at",
            start=starts_at,
            end=ends_at,
        )
    if slot_id is None:
        slot = LessonSlot(id=new_id(), class_id=class_id)
        session.add(slot)
    else:
        slot = get_live(session, LessonSlot, slot_id)
    slot.subject_id, slot.teacher_id, slot.weekday = subject_id, teacher_id, weekday
    slot.starts_at, slot.ends_at, slot.channel = starts_at, ends_at, channel
    slot.link = " ".join(link.split())[:200]
    session.flush()
    uow.changed(Area.SCHOOL)
    return slot.id


def remove_slot(uow: UnitOfWork, slot_id: uuid.UUID) -> None:
    get_live(uow.session, LessonSlot, slot_id).mark_deleted()
    uow.session.flush()
    uow.changed(Area.SCHOOL)


def schedules_to_print(
    uow: UnitOfWork, school_year_id: uuid.UUID, class_ids: Sequence[uuid.UUID], today: date
) -> list[ClassSchedule]:
    """The chosen classes' schedules, for the parents."""
    slots = slots_of_year(uow, school_year_id)
    printed = []
    for class_id in class_ids:
        of_year = class_of_year(uow, class_id)
        printed.append(
            ClassSchedule(
                of_year.school.name,
                of_year.school_class.name,
                of_year.teacher_name,
                today,
                [
                    ScheduleLesson(
                        slot.weekday,
                        slot.starts_at,
                        slot.ends_at,
                        slot.subject,
                        slot.teacher,
                        slot.channel,
                        slot.link,
                    )
                    for slot in slots
                    if slot.class_id == class_id
                ],
            )
        )
    return printed


def lessons_on(uow: UnitOfWork, school_year_id: uuid.UUID, day: date) -> list[Slot]:
    """The online lessons of the day (Beranda's "today"), by time."""
    return sorted(
        (slot for slot in slots_of_year(uow, school_year_id) if slot.weekday == day.weekday()),
        key=lambda slot: (slot.starts_at, slot.class_name),
    )
