"""Parent meetings: planned for a class (on the school's meeting day by default), every family
invited — by WhatsApp where the parent agreed to it, else by letter —, a sign-in sheet with the
expected parents, then who came, the concerns each family raised and the tasks agreed."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    ContactKind,
    ContactOutcome,
    Enrollment,
    Guardian,
    GuardianConsent,
    LetterKind,
    MeetingInvitation,
    MeetingTask,
    ParentLetter,
    ParentMeeting,
    SchoolClass,
    StaffRole,
    Student,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.meeting_sheets import SignInSheet
from tomoni_desktop.services.attendance.calendar import calendar_of, school_of_class
from tomoni_desktop.services.attendance.contacts import log_contact
from tomoni_desktop.services.school.classes import class_of_year
from tomoni_desktop.services.worksheets.pickup_codes import free_code, taken_codes

TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def invitation_id(meeting_id: uuid.UUID, student_id: uuid.UUID) -> uuid.UUID:
    return ids.derived_id("meeting-invitation", str(meeting_id), str(student_id))


def check_time(value: str, field: str) -> str:
    """A clock time as "08:00" ("8.00" and "8:00" are read too)."""
    text = value.strip().replace(".", ":")
    if len(text) == 4 and text[1] == ":":
        text = "0" + text
    if not TIME.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not a time: write it as 08:00."),
            field=field,
            value=value,
        )
    return text


def next_meeting_day(uow: UnitOfWork, class_id: uuid.UUID, today: date) -> date:
    """The next school day on the school's meeting weekday, from today on."""
    calendar = calendar_of(uow, school_of_class(uow, class_id))
    day = today
    for _ in range(120):
        if day.weekday() == calendar.rules.meeting_weekday and calendar.is_school_day(day):
            return day
        day += timedelta(days=1)
    return today


def plan_meeting(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    held_on: date,
    starts_at: str,
    place: str,
    today: date,
    *,
    agenda: str = "",
    with_deputy_head: bool = True,
    with_counsellor: bool = True,
    new_id=ids.new_id,
) -> uuid.UUID:
    """A meeting of the class's parents, every pupil's family invited (how: WhatsApp when a
    parent has it and agreed, else a letter)."""
    session = uow.session
    class_of_year(uow, class_id)
    starts_at = check_time(starts_at, "starts_at")
    if held_on < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A meeting is planned for today or a day to come."),
            field="held_on",
        )
    if not place.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say where the parents meet."), field="place"
        )
    meeting_id = new_id()
    session.add(
        ParentMeeting(
            id=meeting_id,
            class_id=class_id,
            held_on=held_on,
            starts_at=starts_at,
            place=" ".join(place.split())[:120],
            agenda=" ".join(agenda.split())[:500],
            with_deputy_head=with_deputy_head,
            with_counsellor=with_counsellor,
            code=free_code(meeting_id, taken_codes(session)),
        )
    )
    by_whatsapp = set(
        session.scalars(
            select(Guardian.student_id)
            .join(GuardianConsent, GuardianConsent.guardian_id == Guardian.id)
            .where(Guardian.whatsapp.is_not(None), GuardianConsent.whatsapp.is_(True))
        )
    )
    for student_id in _pupils(uow, class_id):
        session.add(
            MeetingInvitation(
                id=invitation_id(meeting_id, student_id),
                meeting_id=meeting_id,
                student_id=student_id,
                invited_by=(
                    ContactKind.WHATSAPP if student_id in by_whatsapp else ContactKind.LETTER
                ),
            )
        )
    session.flush()
    uow.changed(Area.ATTENDANCE)
    return meeting_id


def _pupils(uow: UnitOfWork, class_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        uow.session.scalars(
            select(Student.id)
            .join(Enrollment, Enrollment.student_id == Student.id)
            .where(Enrollment.class_id == class_id, Student.left_on.is_(None))
            .order_by(Student.full_name)
        )
    )


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: uuid.UUID
    held_on: date
    starts_at: str
    place: str
    invited: int
    attended: int
    recorded: bool  # attendance was recorded after the meeting


def meetings_of(uow: UnitOfWork, class_id: uuid.UUID) -> list[MeetingRow]:
    """The class's meetings, the newest first, with how many came."""
    session = uow.session
    rows = []
    for meeting in session.scalars(
        select(ParentMeeting)
        .where(ParentMeeting.class_id == class_id)
        .order_by(ParentMeeting.held_on.desc())
    ):
        marks = list(
            session.scalars(
                select(MeetingInvitation.attended).where(MeetingInvitation.meeting_id == meeting.id)
            )
        )
        rows.append(
            MeetingRow(
                meeting.id,
                meeting.held_on,
                meeting.starts_at,
                meeting.place,
                len(marks),
                sum(1 for mark in marks if mark),
                any(mark is not None for mark in marks),
            )
        )
    return rows


@dataclass(frozen=True)
class Invited:
    student_id: uuid.UUID
    pupil: str
    guardian: str
    village: str
    invited_by: ContactKind | None
    letter_code: str  # the invitation letter's code, once printed
    replied: bool  # its reply slip came back
    attended: bool | None
    attended_by: str
    concern: str


@dataclass(frozen=True)
class TaskRow:
    task_id: uuid.UUID
    pupil: str
    owner: StaffRole
    task: str
    due_on: date
    done_on: date | None
    class_name: str = ""  # filled where tasks of several classes are listed (tasks_due)


@dataclass(frozen=True)
class Meeting:
    meeting_id: uuid.UUID
    class_id: uuid.UUID
    class_name: str
    school: str
    teacher: str
    held_on: date
    starts_at: str
    place: str
    agenda: str
    with_deputy_head: bool
    with_counsellor: bool
    code: str
    notes: str
    invited: list[Invited]
    tasks: list[TaskRow]

    @property
    def attended(self) -> int:
        return sum(1 for row in self.invited if row.attended)


def meeting_of(uow: UnitOfWork, meeting_id: uuid.UUID) -> Meeting:
    session = uow.session
    meeting = get_live(session, ParentMeeting, meeting_id)
    of_year = class_of_year(uow, meeting.class_id)
    guardians: dict[uuid.UUID, str] = {}
    for student_id, name in session.execute(
        select(Guardian.student_id, Guardian.name)
        .join(MeetingInvitation, MeetingInvitation.student_id == Guardian.student_id)
        .where(MeetingInvitation.meeting_id == meeting_id)
        .order_by(Guardian.is_primary, Guardian.name.desc())
    ):
        guardians[student_id] = name  # the primary guardian is read last
    letters = {
        student_id: (code, replied_on)
        for student_id, code, replied_on in session.execute(
            select(ParentLetter.student_id, ParentLetter.code, ParentLetter.replied_on)
            .where(ParentLetter.meeting_id == meeting_id)
            .order_by(ParentLetter.created_at)
        )
    }
    invited = [
        Invited(
            row.student_id,
            name,
            guardians.get(row.student_id, ""),
            village,
            row.invited_by,
            letters.get(row.student_id, ("", None))[0],
            letters.get(row.student_id, ("", None))[1] is not None,
            row.attended,
            row.attended_by,
            row.concern,
        )
        for row, name, village in session.execute(
            select(MeetingInvitation, Student.full_name, Student.village)
            .join(Student, Student.id == MeetingInvitation.student_id)
            .where(MeetingInvitation.meeting_id == meeting_id)
            .order_by(Student.full_name)
        )
    ]
    tasks = [
        TaskRow(task.id, name or "", task.owner, task.task, task.due_on, task.done_on)
        for task, name in session.execute(
            select(MeetingTask, Student.full_name)
            .outerjoin(Student, Student.id == MeetingTask.student_id)
            .where(MeetingTask.meeting_id == meeting_id)
            .order_by(MeetingTask.due_on, MeetingTask.created_at)
        )
    ]
    return Meeting(
        meeting.id,
        meeting.class_id,
        of_year.school_class.name,
        of_year.school.name,
        of_year.teacher_name,
        meeting.held_on,
        meeting.starts_at,
        meeting.place,
        meeting.agenda,
        meeting.with_deputy_head,
        meeting.with_counsellor,
        meeting.code,
        meeting.notes,
        invited,
        tasks,
    )


def invite_by_letter(
    uow: UnitOfWork, meeting_id: uuid.UUID, today: date, new_id=ids.new_id
) -> list[uuid.UUID]:
    """Letters for the families invited by letter that have none yet (to print)."""
    from tomoni_desktop.services.parents.letters import write_letters

    meeting = meeting_of(uow, meeting_id)
    without = [
        row.student_id
        for row in meeting.invited
        if row.invited_by is ContactKind.LETTER and not row.letter_code
    ]
    if not without:
        return []
    return write_letters(
        uow,
        meeting.class_id,
        LetterKind.MEETING,
        without,
        today,
        about_on=meeting.held_on,
        meeting_id=meeting_id,
        new_id=new_id,
    )


@dataclass(frozen=True)
class Attendance:
    attended: bool | None
    attended_by: str = ""
    concern: str = ""


def record_attendance(
    uow: UnitOfWork,
    meeting_id: uuid.UUID,
    marks: Mapping[uuid.UUID, Attendance],
    today: date,
    notes: str | None = None,
    new_id=ids.new_id,
) -> None:
    """Who came (and who for the family), what each raised, after the meeting: all at once.
    Each family that came is logged as a meeting contact."""
    session = uow.session
    meeting = get_live(session, ParentMeeting, meeting_id)
    if meeting.held_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Attendance is recorded once the meeting has been held."),
            field="attended",
        )
    for student_id, mark in marks.items():
        row = get_live(session, MeetingInvitation, invitation_id(meeting_id, student_id))
        came_now = mark.attended and not row.attended
        row.attended = mark.attended
        row.attended_by = " ".join(mark.attended_by.split())[:120]
        row.concern = " ".join(mark.concern.split())[:500]
        if came_now:
            log_contact(
                uow,
                student_id,
                ContactKind.MEETING,
                ContactOutcome.REACHED,
                meeting.held_on,
                today,
                about="meeting",
                note=row.concern,
                new_id=new_id,
            )
    if notes is not None:
        meeting.notes = notes.strip()[:1000]
    session.flush()
    uow.changed(Area.ATTENDANCE)


def add_task(
    uow: UnitOfWork,
    meeting_id: uuid.UUID,
    owner: StaffRole,
    task: str,
    due_on: date,
    *,
    student_id: uuid.UUID | None = None,
    new_id=ids.new_id,
) -> uuid.UUID:
    session = uow.session
    meeting = get_live(session, ParentMeeting, meeting_id)
    if not task.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write what is to be done."), field="task"
        )
    if due_on < meeting.held_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A task is due on or after the meeting's day."),
            field="due_on",
        )
    if (
        student_id is not None
        and session.get(MeetingInvitation, invitation_id(meeting_id, student_id)) is None
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This pupil's family was not invited to the meeting."),
            field="pupil",
        )
    task_id = new_id()
    session.add(
        MeetingTask(
            id=task_id,
            meeting_id=meeting_id,
            student_id=student_id,
            owner=owner,
            task=" ".join(task.split())[:300],
            due_on=due_on,
        )
    )
    session.flush()
    uow.changed(Area.ATTENDANCE)
    return task_id


def complete_task(uow: UnitOfWork, task_id: uuid.UUID, done_on: date | None) -> None:
    get_live(uow.session, MeetingTask, task_id).done_on = done_on
    uow.session.flush()
    uow.changed(Area.ATTENDANCE)


def whatsapp_invitation(uow: UnitOfWork, meeting_id: uuid.UUID, student_id: uuid.UUID) -> str:
    """The meeting template filled for one pupil's family."""
    from tomoni_desktop.reports.letters import day_name
    from tomoni_desktop.services.attendance.whatsapp import fill, template

    meeting = meeting_of(uow, meeting_id)
    pupil = get_live(uow.session, Student, student_id).full_name
    return fill(
        template(uow, "meeting"),
        {
            "siswa": pupil,
            "kelas": meeting.class_name,
            "tanggal": day_name(meeting.held_on),
            "jam": meeting.starts_at,
            "tempat": meeting.place,
            "acara": meeting.agenda or "-",
            "wali_kelas": meeting.teacher,
        },
    )


def tasks_due(uow: UnitOfWork, class_ids: Sequence[uuid.UUID], today: date) -> list[TaskRow]:
    """Open meeting tasks of these classes due by today, the earliest first."""
    return [
        TaskRow(task.id, name or "", task.owner, task.task, task.due_on, task.done_on, class_name)
        for task, name, class_name in uow.session.execute(
            select(MeetingTask, Student.full_name, SchoolClass.name)
            .join(ParentMeeting, ParentMeeting.id == MeetingTask.meeting_id)
            .join(SchoolClass, SchoolClass.id == ParentMeeting.class_id)
            .outerjoin(Student, Student.id == MeetingTask.student_id)
            .where(
                ParentMeeting.class_id.in_(class_ids),
                MeetingTask.done_on.is_(None),
                MeetingTask.due_on <= today,
            )
            .order_by(MeetingTask.due_on)
        )
    ]


def sign_in_sheet(uow: UnitOfWork, meeting_id: uuid.UUID) -> SignInSheet:
    meeting = meeting_of(uow, meeting_id)
    staff = [
        words
        for words, comes in (
            ("wakil kepala sekolah bidang kesiswaan", meeting.with_deputy_head),
            ("guru BK", meeting.with_counsellor),
        )
        if comes
    ]
    return SignInSheet(
        meeting.school,
        meeting.class_name,
        meeting.teacher,
        meeting.held_on,
        meeting.starts_at,
        meeting.place,
        meeting.agenda,
        meeting.code,
        staff,
        [(row.pupil, row.guardian, row.village) for row in meeting.invited],
    )
