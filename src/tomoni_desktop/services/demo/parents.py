"""The demo school's families on paper and in person: each class's online lessons (with one
teacher booked in two classes at once, to show a clash), last meeting of VII A's parents with
who came, what they raised and the tasks agreed, the next one planned, letters with replies,
and the return slips of the copies that came back."""

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
    CopyReturn,
    HandOut,
    LessonChannel,
    LetterKind,
    ParentLetter,
    StaffRole,
    TeachingAssignment,
    WorksheetCopy,
)
from tomoni_desktop.core.settings import load_settings
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.parents.letters import record_reply, write_letters
from tomoni_desktop.services.parents.meetings import (
    Attendance,
    add_task,
    complete_task,
    invite_by_letter,
    meeting_of,
    next_meeting_day,
    plan_meeting,
    record_attendance,
)
from tomoni_desktop.services.parents.schedule import save_slot
from tomoni_desktop.services.parents.slips import save_slip

TIMES = (("08:00", "09:00"), ("09:30", "10:30"), ("13:00", "14:00"))
CONCERNS = (
    "Sinyal hanya ada di bukit; anak belajar sore di rumah nenek.",
    "Anak membantu panen cengkeh minggu ini.",
    "Minta lembar kerja Matematika diberi contoh soal.",
    "Listrik sering padam malam hari.",
)
COMMENTS = (
    "Anak senang mengerjakan, tapi soal nomor 3 sulit.",
    "Mohon tulisan soal lebih besar.",
    "Kami tidak punya kuota minggu ini.",
    "Terima kasih, Bu guru.",
    "Anak perlu dibantu membaca soal cerita.",
)


def add_demo_parents(
    uow: UnitOfWork,
    class_ids: list[uuid.UUID],
    my_class_id: uuid.UUID,
    today: date,
    new_id: Callable,
    seed: int = 17,
) -> None:
    rng = random.Random(seed)
    _lessons(uow, class_ids, my_class_id, new_id)
    _meetings(uow, rng, my_class_id, today, new_id)
    _absence_letters(uow, my_class_id, today, new_id)
    _slips(uow, rng, my_class_id, today)


def _lessons(
    uow: UnitOfWork, class_ids: list[uuid.UUID], my_class_id: uuid.UUID, new_id: Callable
) -> None:
    """Four lessons a week per class from its teaching assignments, each at the first hour
    free for the class and its teacher; then one lesson of VII A booked at an hour its teacher
    already teaches another class (the clash the schedule shows in red)."""
    session = uow.session
    busy: dict[tuple[int, str], set[uuid.UUID]] = {}  # (day, start): classes and teachers
    hours = [(day, start, end) for start, end in TIMES for day in range(5)]
    placed: list[tuple[uuid.UUID, uuid.UUID, uuid.UUID, int, str, str]] = []
    for class_id in class_ids:
        assignments = session.execute(
            select(TeachingAssignment.subject_id, TeachingAssignment.teacher_id)
            .where(TeachingAssignment.class_id == class_id)
            .order_by(TeachingAssignment.subject_id)
        ).all()
        for index, (subject_id, teacher_id) in enumerate(assignments[:4]):
            for day, start, end in hours[index * 3 :] + hours[: index * 3]:
                taken = busy.setdefault((day, start), set())
                if class_id not in taken and teacher_id not in taken:
                    taken.update((class_id, teacher_id))
                    placed.append((class_id, subject_id, teacher_id, day, start, end))
                    break
    mine = {(s, t) for c, s, t, *_ in placed if c == my_class_id}
    clash = next((p for p in placed if p[0] != my_class_id and (p[1], p[2]) in mine), None)
    if clash is not None:
        placed.append((my_class_id, *clash[1:]))
    for number, (class_id, subject_id, teacher_id, day, start, end) in enumerate(placed):
        channel = (LessonChannel.WHATSAPP_GROUP, LessonChannel.GOOGLE_MEET)[number % 2]
        save_slot(
            uow,
            class_id,
            subject_id,
            teacher_id,
            day,
            start,
            end,
            channel,
            "Grup WA kelas" if channel is LessonChannel.WHATSAPP_GROUP else "",
            new_id=new_id,
        )


def _meetings(
    uow: UnitOfWork, rng: random.Random, class_id: uuid.UUID, today: date, new_id: Callable
) -> None:
    held = next_meeting_day(uow, class_id, today - timedelta(days=13))
    if held >= today:
        return
    meeting_id = plan_meeting(
        uow,
        class_id,
        held,
        "08:30",
        "Ruang kelas",
        held,
        agenda="Belajar di rumah dan lembar kerja; kehadiran siswa",
        new_id=new_id,
    )
    letters = invite_by_letter(uow, meeting_id, held - timedelta(days=4), new_id)
    for letter_id in letters[: len(letters) // 2]:
        code = get_live(uow.session, ParentLetter, letter_id).code
        record_reply(uow, code, held - timedelta(days=1), new_id)
    invited = meeting_of(uow, meeting_id).invited
    marks = {}
    for index, row in enumerate(invited):
        came = rng.random() < 0.7
        concern = CONCERNS[index % len(CONCERNS)] if came and index % 4 == 0 else ""
        marks[row.student_id] = Attendance(came, row.guardian if came else "", concern)
    record_attendance(
        uow, meeting_id, marks, held, notes="Orang tua sepakat mendampingi anak.", new_id=new_id
    )
    raised = [row.student_id for row in invited if marks[row.student_id].concern]
    done = add_task(
        uow,
        meeting_id,
        StaffRole.HOMEROOM,
        "Beri contoh soal pada lembar kerja Matematika",
        held + timedelta(days=3),
        new_id=new_id,
    )
    complete_task(uow, done, held + timedelta(days=3))
    if raised:
        add_task(
            uow,
            meeting_id,
            StaffRole.COUNSELLOR,
            "Kunjungi keluarga; bicarakan waktu belajar",
            today,
            student_id=raised[0],
            new_id=new_id,
        )
    plan_meeting(
        uow,
        class_id,
        next_meeting_day(uow, class_id, today + timedelta(days=1)),
        "08:30",
        "Ruang kelas",
        today,
        agenda="Rapor tengah semester",
        new_id=new_id,
    )


def _absence_letters(uow: UnitOfWork, class_id: uuid.UUID, today: date, new_id: Callable) -> None:
    """A letter for two absences without a letter (not the last two: their calls are still
    due, for the follow-up list to show); one reply came back."""
    absences = uow.session.execute(
        select(AttendanceEntry.student_id, AttendanceEntry.day)
        .where(
            AttendanceEntry.class_id == class_id,
            AttendanceEntry.mark == AttendanceMark.ABSENT,
            AttendanceEntry.letter_on.is_(None),
            AttendanceEntry.day < today,
        )
        .order_by(AttendanceEntry.day.desc())
        .offset(2)
        .limit(2)
    ).all()
    for number, (student_id, day) in enumerate(absences):
        [letter_id] = write_letters(
            uow, class_id, LetterKind.ABSENCE, [student_id], day, about_on=day, new_id=new_id
        )
        if number:
            record_reply(uow, get_live(uow.session, ParentLetter, letter_id).code, today, new_id)


def _slips(uow: UnitOfWork, rng: random.Random, class_id: uuid.UUID, today: date) -> None:
    """Most copies that came back had their slip filled in by a parent."""
    habits = load_settings(uow.session).habit_list
    copies = uow.session.execute(
        select(WorksheetCopy.id, CopyReturn.returned_on)
        .join(CopyReturn, CopyReturn.copy_id == WorksheetCopy.id)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .where(HandOut.class_id == class_id)
        .order_by(WorksheetCopy.pickup_code)
    ).all()
    for index, (copy_id, returned_on) in enumerate(copies):
        if rng.random() < 0.2:
            continue  # the slip came back blank
        save_slip(
            uow,
            copy_id,
            signed=rng.random() < 0.9,
            habit_days={habit: rng.choice((2, 4, 5, 6, 7, 7)) for habit in habits},
            answers=(
                rng.choice((1, 1, 1, 2, 2, 3)),
                rng.choice((1, 2, 2, 3)),
                rng.choice((1, 2, 2, 3)),
            ),
            comment=COMMENTS[index % len(COMMENTS)] if index % 3 == 0 else "",
            today=returned_on,
        )
