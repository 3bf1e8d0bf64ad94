"""The register, cases and contacts travel with sync: a full bundle brings every attendance
table to a new laptop; two laptops marking one pupil's day differently is one conflict for a
person, settled once; a case both laptops open for the same absences is one case."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tests.sync.helpers import call, dump, make_laptop, make_office, send
from tomoni_desktop.core.models import (
    AttendanceMark,
    ContactEntry,
    ContactKind,
    ContactOutcome,
    FollowUpCase,
    FollowUpStep,
    GuardianConsent,
    RegisterDay,
)
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.attendance.contacts import log_contact
from tomoni_desktop.services.attendance.register import register_of, set_mark
from tomoni_desktop.services.school.setup import school_context
from tomoni_desktop.services.sync.inbox import list_conflicts, resolve_conflict

PARENT_TABLES = (
    "parent_meetings",
    "meeting_invitations",
    "meeting_tasks",
    "parent_letters",
    "slip_answers",
    "lesson_slots",
)
ATTENDANCE_TABLES = (
    "attendance_policies",
    "days_off",
    "register_days",
    "attendance_entries",
    "follow_up_cases",
    "follow_up_steps",
    "contact_entries",
    "guardian_consents",
    "data_allowances",
    *PARENT_TABLES,
)
DAYS = [date(2026, 9, d) for d in (8, 9, 10, 11)]  # Tuesday to Friday

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def test_attendance_tables_sync_and_one_day_marked_twice_is_one_conflict(tmp_path):
    office = make_office(tmp_path, students=12, worksheets=True, attendance=True)
    with unit_of_work(office) as uow:
        context = school_context(uow)
        pupils = [r.student_id for r in register_of(uow, context.my_class_id, DAYS[0]).rows]
        assert uow.session.scalar(select(func.count()).select_from(RegisterDay)) > 0
        assert uow.session.scalar(select(func.count()).select_from(GuardianConsent)) > 0
    laptop = make_laptop(office, tmp_path, "Laptop Bu Sari")
    send(office, laptop, tmp_path / "a")
    office_rows, laptop_rows = dump(office), dump(laptop)
    for table in ATTENDANCE_TABLES:
        if table in PARENT_TABLES:  # the demo has some of each
            assert office_rows[table], table
        assert office_rows[table] == laptop_rows[table], table

    class_id, day, today = context.my_class_id, DAYS[-1], DAYS[-1]
    call(office, set_mark, class_id, day, pupils[0], AttendanceMark.SICK, today)
    call(laptop, set_mark, class_id, day, pupils[0], AttendanceMark.ABSENT, today)
    # The same three absences marked on both laptops: one case, not two.
    for database in (office, laptop):
        for absent_day in DAYS[:3]:
            call(database, set_mark, class_id, absent_day, pupils[1], AttendanceMark.ABSENT, today)
    call(laptop, log_contact, pupils[1], ContactKind.CALL, ContactOutcome.REACHED, day, today)
    send(laptop, office, tmp_path / "b")
    with unit_of_work(office) as uow:
        [conflict] = list_conflicts(uow)
        assert (conflict.table, conflict.field) == ("attendance_entries", "mark")
        assert sorted(v.value for v in conflict.values) == ["A", "S"]
        assert conflict.label.endswith("· 11-09-2026")
        resolve_conflict(uow, conflict.table, conflict.row_id, "mark", "S")
    send(office, laptop, tmp_path / "c")
    for database in (office, laptop):
        with unit_of_work(database) as uow:
            assert list_conflicts(uow) == []
            sheet = register_of(uow, class_id, day)
            assert sheet.rows[0].mark is AttendanceMark.SICK
            cases = uow.session.scalars(
                select(FollowUpCase).where(FollowUpCase.student_id == pupils[1])
            ).all()
            assert len(cases) == 1 and cases[0].first_absence_on == DAYS[0]
            steps = uow.session.scalars(
                select(FollowUpStep).where(FollowUpStep.case_id == cases[0].id)
            ).all()
            assert len(steps) == 3
            assert (
                uow.session.scalar(
                    select(func.count())
                    .select_from(ContactEntry)
                    .where(ContactEntry.student_id == pupils[1])
                )
                >= 1
            )
    office_rows, laptop_rows = dump(office), dump(laptop)
    for table in ATTENDANCE_TABLES:
        if table in PARENT_TABLES:  # the demo has some of each
            assert office_rows[table], table
        assert office_rows[table] == laptop_rows[table], table
    laptop.close()
    office.close()
