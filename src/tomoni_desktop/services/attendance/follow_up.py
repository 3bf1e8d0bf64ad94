"""Nobody slips through: the school's rules turn absences into work with an owner and a day.

- An A without a letter: the parents are to be contacted that day. The call is due until a
  contact with the family is logged on or after the day, the letter comes, or the mark changes.
- N school days in a row marked A (Sundays, holidays, days off and days with no register
  neither count nor break the run), or M in one month: a case for the counsellor, with its
  steps — the counsellor talks with the pupil, a home visit, then a letter summoning the
  parents — each with an owner and a due date. A case has one id per pupil and first absence,
  so two laptops open one case; while a pupil has an open case, no second one is opened.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import derived_row, get_live
from tomoni_desktop.core.models import (
    AttendanceEntry,
    AttendanceMark,
    CaseReason,
    CaseStepKind,
    ContactEntry,
    ContactKind,
    ContactOutcome,
    Enrollment,
    FollowUpCase,
    FollowUpStep,
    RegisterDay,
    SchoolClass,
    StaffRole,
    Student,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.attendance.calendar import Rules, SchoolCalendar, calendar_of

STEPS = (
    (CaseStepKind.COUNSELLOR, StaffRole.COUNSELLOR),
    (CaseStepKind.HOME_VISIT, StaffRole.HOMEROOM),
    (CaseStepKind.SUMMONS, StaffRole.DEPUTY_HEAD),
)


def case_id(student_id: uuid.UUID, first_absence_on: date) -> uuid.UUID:
    return ids.derived_id("case", str(student_id), first_absence_on.isoformat())


def step_id(case: uuid.UUID, kind: CaseStepKind) -> uuid.UUID:
    return ids.derived_id("case-step", str(case), kind.value)


@dataclass(frozen=True)
class Trigger:
    reason: CaseReason
    first_absence_on: date
    absent_days: int


def trigger_of(
    absent: Sequence[date], taken: set[date], calendar: SchoolCalendar, today: date
) -> Trigger | None:
    """What the rules say of one pupil's A days (sorted) given the days the register was
    taken: the first run long enough, else the first month with enough, else None."""
    rules = calendar.rules
    if not absent:
        return None
    absent_set = set(absent)
    run: list[date] = []
    for day in calendar.days(absent[0], today):
        if day in absent_set:
            run.append(day)
            if len(run) >= rules.case_after_consecutive:
                return Trigger(CaseReason.CONSECUTIVE, run[0], len(run))
        elif day in taken:
            run = []  # present (or S, I) on a day the register was taken: the run ends
    by_month: dict[tuple[int, int], list[date]] = defaultdict(list)
    for day in absent:
        by_month[(day.year, day.month)].append(day)
    for days in by_month.values():
        if len(days) >= rules.case_after_in_month:
            return Trigger(CaseReason.MONTH, days[0], len(days))
    return None


def _open_case(
    uow: UnitOfWork,
    student_id: uuid.UUID,
    class_id: uuid.UUID,
    trigger: Trigger,
    rules: Rules,
    today: date,
) -> FollowUpCase:
    session = uow.session
    row_id = case_id(student_id, trigger.first_absence_on)
    case = derived_row(
        session,
        FollowUpCase,
        row_id,
        student_id=student_id,
        class_id=class_id,
        reason=trigger.reason,
        opened_on=today,
        first_absence_on=trigger.first_absence_on,
        absent_days=trigger.absent_days,
    )
    case.absent_days = max(case.absent_days or 0, trigger.absent_days)
    due = {
        CaseStepKind.COUNSELLOR: today,
        CaseStepKind.HOME_VISIT: today + timedelta(days=rules.visit_within_days),
        CaseStepKind.SUMMONS: today + timedelta(days=rules.summons_within_days),
    }
    for kind, owner in STEPS:
        derived_row(
            session,
            FollowUpStep,
            step_id(row_id, kind),
            case_id=row_id,
            kind=kind,
            owner=owner,
            due_on=due[kind],
        )
    return case


def open_cases_for(
    uow: UnitOfWork, student_ids: Iterable[uuid.UUID], today: date, since: date | None = None
) -> int:
    """Open the cases the rules call for among these pupils (none twice); returns how many
    were opened. `since`: the first day looked at (default: 62 days back)."""
    session = uow.session
    wanted = list(student_ids)
    if not wanted:
        return 0
    since = since or today - timedelta(days=62)
    with_open = set(
        session.scalars(
            select(FollowUpCase.student_id).where(
                FollowUpCase.student_id.in_(wanted), FollowUpCase.closed_on.is_(None)
            )
        )
    )
    closed: dict[uuid.UUID, date] = {}  # the last day a closed case of the pupil covered
    for student_id, closed_on in session.execute(
        select(FollowUpCase.student_id, FollowUpCase.closed_on).where(
            FollowUpCase.student_id.in_(wanted), FollowUpCase.closed_on.is_not(None)
        )
    ):
        if closed_on is not None:
            closed[student_id] = max(closed_on, closed.get(student_id, closed_on))
    absent: dict[uuid.UUID, list[date]] = defaultdict(list)
    classes: dict[uuid.UUID, uuid.UUID] = {}  # the class of the pupil's latest absence
    for student_id, class_id, day in session.execute(
        select(AttendanceEntry.student_id, AttendanceEntry.class_id, AttendanceEntry.day)
        .where(
            AttendanceEntry.student_id.in_(wanted),
            AttendanceEntry.mark == AttendanceMark.ABSENT,
            AttendanceEntry.day >= since,
            AttendanceEntry.day <= today,
        )
        .order_by(AttendanceEntry.day)
    ):
        absent[student_id].append(day)
        classes[student_id] = class_id
    if not classes:
        return 0
    schools = _schools_of(uow, set(classes.values()))
    calendars = {school: calendar_of(uow, school) for school in set(schools.values())}
    taken: dict[uuid.UUID, set[date]] = defaultdict(set)
    for class_id, day in session.execute(
        select(RegisterDay.class_id, RegisterDay.day).where(
            RegisterDay.class_id.in_(set(classes.values())), RegisterDay.day >= since
        )
    ):
        taken[class_id].add(day)
    opened = 0
    for student_id in wanted:
        if student_id in with_open or student_id not in classes:
            continue
        class_id = classes[student_id]
        # absences a closed case already followed up are not counted again
        covered = closed.get(student_id)
        days = [d for d in absent.get(student_id, []) if covered is None or d > covered]
        calendar = calendars[schools[class_id]]
        trigger = trigger_of(days, taken[class_id], calendar, today)
        if trigger is not None:
            _open_case(uow, student_id, class_id, trigger, calendar.rules, today)
            opened += 1
    if opened:
        session.flush()
        uow.changed(Area.ATTENDANCE)
    return opened


def _schools_of(uow: UnitOfWork, class_ids: set[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    from tomoni_desktop.core.models import SchoolYear

    return dict(
        uow.session.execute(
            select(SchoolClass.id, SchoolYear.school_id)
            .join(SchoolYear, SchoolYear.id == SchoolClass.school_year_id)
            .where(SchoolClass.id.in_(class_ids))
        ).all()
    )


# The queue ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CallDue:
    """Parents to contact about an A without a letter."""

    student_id: uuid.UUID
    pupil: str
    class_name: str
    day: date  # the absence
    overdue: bool  # not done on the day
    class_id: uuid.UUID


@dataclass(frozen=True)
class StepDue:
    step_id: uuid.UUID
    case_id: uuid.UUID
    student_id: uuid.UUID
    pupil: str
    class_name: str
    kind: CaseStepKind
    owner: StaffRole
    due_on: date
    reason: CaseReason
    absent_days: int
    opened_on: date
    class_id: uuid.UUID


@dataclass(frozen=True)
class FollowUpQueue:
    calls: list[CallDue]
    steps: list[StepDue]  # open steps of open cases, the most urgent first

    @property
    def open_cases(self) -> int:
        """Open cases with a step still to do."""
        return len({step.case_id for step in self.steps})


def follow_up_queue(
    uow: UnitOfWork, class_ids: Sequence[uuid.UUID], today: date, since: date
) -> FollowUpQueue:
    """What is to be done for these classes: calls due since `since`, and open case steps."""
    session = uow.session
    names = {}
    class_of: dict[uuid.UUID, uuid.UUID] = {}
    for student_id, name, class_name, class_id in session.execute(
        select(Student.id, Student.full_name, SchoolClass.name, SchoolClass.id)
        .join(Enrollment, Enrollment.student_id == Student.id)
        .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
        .where(Enrollment.class_id.in_(list(class_ids)), Student.left_on.is_(None))
    ):
        names[student_id] = (name, class_name)
        class_of[student_id] = class_id
    # the school's rule: an A without a letter is a call to the parents that day (or not)
    schools = set(_schools_of(uow, set(class_ids)).values())
    calls_wanted = any(calendar_of(uow, school).rules.call_same_day for school in schools)
    unexplained = (
        []
        if not calls_wanted
        else session.execute(
            select(AttendanceEntry.student_id, AttendanceEntry.day).where(
                AttendanceEntry.class_id.in_(list(class_ids)),
                AttendanceEntry.mark == AttendanceMark.ABSENT,
                AttendanceEntry.letter_on.is_(None),
                AttendanceEntry.day >= since,
                AttendanceEntry.day <= today,
            )
        ).all()
    )
    last_contact: dict[uuid.UUID, date] = {}
    if unexplained:
        for student_id, day in session.execute(
            select(ContactEntry.student_id, ContactEntry.contacted_on).where(
                ContactEntry.student_id.in_({s for s, _d in unexplained}),
                ContactEntry.contacted_on >= since,
            )
        ):
            last_contact[student_id] = max(day, last_contact.get(student_id, day))
    calls = [
        CallDue(student_id, *names[student_id], day, day < today, class_of[student_id])
        for student_id, day in unexplained
        if student_id in names
        and (student_id not in last_contact or last_contact[student_id] < day)
    ]
    calls.sort(key=lambda c: (c.day, c.class_name, c.pupil))
    steps = []
    for step, case in session.execute(
        select(FollowUpStep, FollowUpCase)
        .join(FollowUpCase, FollowUpCase.id == FollowUpStep.case_id)
        .where(
            FollowUpCase.class_id.in_(list(class_ids)),
            FollowUpCase.closed_on.is_(None),
            FollowUpStep.done_on.is_(None),
        )
    ):
        if case.student_id not in names:
            continue
        steps.append(
            StepDue(
                step.id,
                case.id,
                case.student_id,
                *names[case.student_id],
                step.kind,
                step.owner,
                step.due_on,
                case.reason,
                case.absent_days,
                case.opened_on,
                case.class_id,
            )
        )
    order = {kind: n for n, (kind, _owner) in enumerate(STEPS)}
    steps.sort(key=lambda s: (s.due_on, s.class_name, s.pupil, order[s.kind]))
    return FollowUpQueue(calls, steps)


def refresh_cases(uow: UnitOfWork, class_ids: Sequence[uuid.UUID], today: date) -> int:
    """Open the cases absences brought by sync call for (a register marked on this laptop
    opens them at once)."""
    pupils = uow.session.scalars(
        select(AttendanceEntry.student_id)
        .where(
            AttendanceEntry.class_id.in_(list(class_ids)),
            AttendanceEntry.mark == AttendanceMark.ABSENT,
            AttendanceEntry.day >= today - timedelta(days=62),
        )
        .distinct()
    ).all()
    return open_cases_for(uow, pupils, today)


def semester_queue(
    uow: UnitOfWork, class_ids: Sequence[uuid.UUID], semester_id: uuid.UUID, today: date
) -> FollowUpQueue:
    """The queue of the semester so far, after opening the cases that absences brought by
    sync call for."""
    from tomoni_desktop.core.models import Semester

    refresh_cases(uow, class_ids, today)
    since = get_live(uow.session, Semester, semester_id).starts_on
    return follow_up_queue(uow, class_ids, today, since)


# Writing a step's outcome and a case's result --------------------------------------------------
def complete_step(
    uow: UnitOfWork,
    step: uuid.UUID,
    done_on: date,
    outcome: str,
    confidential_note: str = "",
) -> None:
    """A step done, with what came of it (the counsellor's note is kept apart)."""
    row = get_live(uow.session, FollowUpStep, step)
    if not outcome.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write what came of this step."), field="outcome"
        )
    row.done_on = done_on
    row.outcome = " ".join(outcome.split())[:500]
    if confidential_note.strip():
        row.confidential_note = confidential_note.strip()[:1000]
    uow.session.flush()
    uow.changed(Area.ATTENDANCE)


def close_case(uow: UnitOfWork, case: uuid.UUID, closed_on: date, result: str) -> None:
    """A case ends with its result; steps not done stay as they were (not done)."""
    row = get_live(uow.session, FollowUpCase, case)
    if not result.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write how the case ended."), field="result"
        )
    row.closed_on = closed_on
    row.result = " ".join(result.split())[:500]
    uow.session.flush()
    uow.changed(Area.ATTENDANCE)


# One case whole ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseStep:
    kind: CaseStepKind
    owner: StaffRole
    due_on: date
    done_on: date | None
    outcome: str
    confidential_note: str  # the counsellor's; shown to the counsellor only once people sign in


@dataclass(frozen=True)
class CaseContact:
    contacted_on: date
    kind: ContactKind
    outcome: ContactOutcome
    note: str


@dataclass(frozen=True)
class Case:
    case_id: uuid.UUID
    pupil: str
    class_name: str
    reason: CaseReason
    absent_days: int
    first_absence_on: date
    opened_on: date
    closed_on: date | None
    result: str
    steps: list[CaseStep]
    contacts: list[CaseContact]  # calls, messages, visits and letters logged for the case


def case_of(uow: UnitOfWork, case: uuid.UUID) -> Case:
    """A case with every step (done or not), its outcomes and notes, and its contacts."""
    session = uow.session
    row = get_live(session, FollowUpCase, case)
    pupil = get_live(session, Student, row.student_id)
    class_name = get_live(session, SchoolClass, row.class_id).name
    actor = uow.database.actor
    confidential = actor is None or actor.reads_confidential  # without sign-in, as before
    steps = [
        CaseStep(
            step.kind,
            step.owner,
            step.due_on,
            step.done_on,
            step.outcome,
            step.confidential_note if confidential else "",
        )
        for step in session.scalars(
            select(FollowUpStep)
            .where(FollowUpStep.case_id == case)
            .order_by(FollowUpStep.due_on, FollowUpStep.created_at)
        )
    ]
    contacts = [
        CaseContact(entry.contacted_on, entry.kind, entry.outcome, entry.note)
        for entry in session.scalars(
            select(ContactEntry)
            .where(ContactEntry.case_id == case)
            .order_by(ContactEntry.contacted_on, ContactEntry.created_at)
        )
    ]
    return Case(
        row.id,
        pupil.full_name,
        class_name,
        row.reason,
        row.absent_days,
        row.first_absence_on,
        row.opened_on,
        row.closed_on,
        row.result,
        steps,
        contacts,
    )
