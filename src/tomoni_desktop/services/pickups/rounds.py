"""Planning a round of home visits: households with work to collect or to deliver, in the
order the teacher walked last time; the route sheet's data; what happened at each stop."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    Channel,
    Enrollment,
    Guardian,
    HandOut,
    SchoolClass,
    StopOutcome,
    Student,
    VisitOutcome,
    VisitRound,
    VisitStop,
    VisitStopPupil,
    Worksheet,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.phones import format_local
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.route_data import CopyToCarry, RoundPlan, Stop
from tomoni_desktop.services.school.classes import class_of_year

DELIVERY_DAYS = 7  # copies handed out this recently, and not yet visited, are to be delivered


def _fold(text: str) -> str:
    return " ".join((text or "").casefold().split())


def household_key(student: Student, guardian: str) -> str:
    """Siblings at one address with one guardian share a key (and so one stop)."""
    parts = (student.village, student.dusun, student.rt, student.rw, student.address, guardian)
    return "|".join(_fold(part) for part in parts)


def _households(uow: UnitOfWork, class_id: uuid.UUID, on: date) -> tuple[list[Stop], list[Stop]]:
    """The class's households with copies to collect (due by `on`) or to deliver, and the
    other households of its pupils (nothing to carry now, but she may want to call in)."""
    session = uow.session
    rows = session.execute(
        select(
            WorksheetCopy.pickup_code, Student, Worksheet.title, HandOut.issued_on, HandOut.due_on
        )
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Student, Student.id == WorksheetCopy.student_id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .where(
            HandOut.class_id == class_id,
            WorksheetCopy.channel == Channel.PAPER,
            Student.left_on.is_(None),
            ~copy_is_returned(WorksheetCopy.id),
        )
        .order_by(HandOut.due_on, Student.full_name)
    ).all()
    in_class = session.scalars(
        select(Student)
        .join(Enrollment, Enrollment.student_id == Student.id)
        .where(Enrollment.class_id == class_id, Student.left_on.is_(None))
        .order_by(Student.full_name)
    ).all()
    students = {row[1].id for row in rows} | {student.id for student in in_class}
    guardians: dict[uuid.UUID, Guardian] = {}
    for guardian in session.scalars(
        select(Guardian)
        .where(Guardian.student_id.in_(students))
        .order_by(Guardian.is_primary.desc(), Guardian.name)
    ):
        guardians.setdefault(guardian.student_id, guardian)

    def stop_of(student: Student, stops: dict[str, Stop]) -> Stop:
        found = guardians.get(student.id)
        name = found.name if found else ""
        key = household_key(student, name)
        stop = stops.get(key)
        if stop is None:
            stop = stops[key] = Stop(
                key,
                student.village,
                student.dusun,
                student.rt,
                student.rw,
                student.address,
                name,
                format_local(found.mobile) if found and found.mobile else "",
            )
        if (student.id, student.full_name) not in stop.pupils:
            stop.pupils.append((student.id, student.full_name))
        return stop

    stops: dict[str, Stop] = {}
    for code, student, title, issued_on, due_on in rows:
        to_collect = due_on <= on
        to_deliver = not to_collect and issued_on >= on - timedelta(days=DELIVERY_DAYS)
        if not (to_collect or to_deliver):
            continue  # out, not due yet, and delivered earlier
        stop = stop_of(student, stops)
        (stop.collect if to_collect else stop.deliver).append(
            CopyToCarry(code, student.full_name, title, due_on)
        )
    # A case's home visit joins the round as a stop (with work to carry there, or without).
    for student in _pupils_to_visit_for_a_case(uow, [s.id for s in in_class], in_class):
        stop_of(student, stops).case_visits.append(student.full_name)
    others: dict[str, Stop] = {}
    for student in in_class:
        found = guardians.get(student.id)
        if household_key(student, found.name if found else "") not in stops:
            stop_of(student, others)
    return list(stops.values()), list(others.values())


def _pupils_to_visit_for_a_case(
    uow: UnitOfWork, student_ids: list[uuid.UUID], pupils: Sequence[Student]
) -> list[Student]:
    """The pupils of an open case whose home-visit step is not done yet."""
    from tomoni_desktop.core.models import CaseStepKind, FollowUpCase, FollowUpStep

    waiting = set(
        uow.session.scalars(
            select(FollowUpCase.student_id)
            .join(FollowUpStep, FollowUpStep.case_id == FollowUpCase.id)
            .where(
                FollowUpCase.student_id.in_(student_ids),
                FollowUpCase.closed_on.is_(None),
                FollowUpStep.kind == CaseStepKind.HOME_VISIT,
                FollowUpStep.done_on.is_(None),
            )
        )
    )
    return [student for student in pupils if student.id in waiting]


def _learned_order(uow: UnitOfWork, class_id: uuid.UUID, on: date) -> dict[str, int]:
    """The position of each household on the class's last round before `on`."""
    last = uow.session.scalars(
        select(VisitRound)
        .where(VisitRound.class_id == class_id, VisitRound.planned_on <= on)
        .order_by(VisitRound.planned_on.desc(), VisitRound.created_at.desc())
        .limit(1)
    ).first()
    if last is None:
        return {}
    return {stop.household: stop.position for stop in last.stops if stop.deleted_at is None}


def _ordered(stops: list[Stop], learned: dict[str, int]) -> list[Stop]:
    """Walked before: in that order. New households: with their area (desa → dusun → RT/RW)
    where the walk passes it, else after, by area then guardian."""
    area_of: dict[tuple[str, str], int] = {}
    walked_first = sorted(
        stops,
        key=lambda s: (learned.get(s.household, 1 << 30), _fold(s.village), _fold(s.dusun)),
    )
    for stop in walked_first:
        area_of.setdefault((_fold(stop.village), _fold(stop.dusun)), len(area_of))

    def key(stop: Stop):
        area = (_fold(stop.village), _fold(stop.dusun))
        known = learned.get(stop.household)
        return (
            area_of[area],
            0 if known is not None else 1,
            known if known is not None else 0,
            _fold(stop.rw),
            _fold(stop.rt),
            _fold(stop.address),
            _fold(stop.guardian),
        )

    return sorted(stops, key=key)


def propose_round(uow: UnitOfWork, class_id: uuid.UUID, on: date) -> RoundPlan:
    found = class_of_year(uow, class_id)
    with_work, others = _households(uow, class_id, on)
    return RoundPlan(
        class_id,
        found.school_class.name,
        found.school.name,
        found.teacher_name,
        on,
        _ordered(with_work, _learned_order(uow, class_id, on)),
        others=sorted(others, key=lambda stop: [_fold(name) for _id, name in stop.pupils]),
    )


def save_round(uow: UnitOfWork, plan: RoundPlan, new_id=ids.new_id) -> RoundPlan:
    """Keep the round as planned (its stops in the teacher's order)."""
    if not plan.stops:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Nothing to collect or deliver in class {name} by {day}."),
            field="planned_on",
            name=plan.class_name,
            day=plan.planned_on.strftime("%d-%m-%Y"),
        )
    session = uow.session
    school_class = get_live(session, SchoolClass, plan.class_id)
    visit = VisitRound(
        id=new_id(),
        class_id=plan.class_id,
        teacher_id=school_class.homeroom_teacher_id,
        planned_on=plan.planned_on,
    )
    session.add(visit)
    for position, stop in enumerate(plan.stops, start=1):
        saved = VisitStop(
            id=new_id(), round_id=visit.id, position=position, household=stop.household
        )
        session.add(saved)
        stop.stop_id = saved.id
        for student_id, _name in stop.pupils:
            session.add(VisitStopPupil(id=new_id(), stop_id=saved.id, student_id=student_id))
    session.flush()
    uow.changed(Area.RETURNS)
    return RoundPlan(
        plan.class_id,
        plan.class_name,
        plan.school,
        plan.teacher,
        plan.planned_on,
        plan.stops,
        visit.id,
    )


@dataclass(frozen=True)
class RoundRow:
    round_id: uuid.UUID
    class_name: str
    planned_on: date
    stops: int
    visited: int  # stops with an outcome


def list_rounds(uow: UnitOfWork, school_year_id: uuid.UUID) -> list[RoundRow]:
    session = uow.session
    rounds = session.execute(
        select(VisitRound, SchoolClass.name)
        .join(SchoolClass, SchoolClass.id == VisitRound.class_id)
        .where(SchoolClass.school_year_id == school_year_id)
        .order_by(VisitRound.planned_on.desc(), SchoolClass.name)
    ).all()
    visited: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for round_id, stop_id in session.execute(
        select(VisitStop.round_id, VisitStop.id).join(
            VisitOutcome, VisitOutcome.stop_id == VisitStop.id
        )
    ):
        visited[round_id].add(stop_id)
    return [
        RoundRow(
            visit.id,
            name,
            visit.planned_on,
            sum(1 for stop in visit.stops if stop.deleted_at is None),
            len(visited[visit.id]),
        )
        for visit, name in rounds
    ]


def record_outcome(
    uow: UnitOfWork,
    stop_id: uuid.UUID,
    outcome: StopOutcome,
    visited_on: date,
    *,
    parent_met: bool = False,
    come_back_on: date | None = None,
    note: str = "",
    new_id=ids.new_id,
) -> uuid.UUID:
    """What happened at a stop (a stop visited again gets another outcome)."""
    get_live(uow.session, VisitStop, stop_id)
    if outcome is StopOutcome.OTHER and not note.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what happened at this stop."), field="note"
        )
    if come_back_on is not None and come_back_on <= visited_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The day to come back must be after the visit."),
            field="come_back_on",
        )
    outcome_id = new_id()
    uow.session.add(
        VisitOutcome(
            id=outcome_id,
            stop_id=stop_id,
            outcome=outcome,
            visited_on=visited_on,
            parent_met=parent_met,
            come_back_on=come_back_on,
            note=note.strip(),
        )
    )
    uow.session.flush()
    uow.changed(Area.RETURNS)
    return outcome_id


@dataclass(frozen=True)
class StopRow:
    """A stop of a saved round as the tick list shows it."""

    stop_id: uuid.UUID
    position: int
    pupils: str
    village: str
    dusun: str
    to_collect: int  # copies of its pupils still out and due by the round's day
    outcome: StopOutcome | None  # the latest, if visited
    visited_on: date | None


def _stop_copies(uow: UnitOfWork, stop_id: uuid.UUID, by: date) -> list[str]:
    """Pickup codes of the stop's pupils' paper copies still out and due by `by`."""
    session = uow.session
    pupils = select(VisitStopPupil.student_id).where(
        VisitStopPupil.stop_id == stop_id, VisitStopPupil.deleted_at.is_(None)
    )
    return list(
        session.scalars(
            select(WorksheetCopy.pickup_code)
            .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
            .where(
                WorksheetCopy.student_id.in_(pupils),
                WorksheetCopy.channel == Channel.PAPER,
                HandOut.due_on <= by,
                ~copy_is_returned(WorksheetCopy.id),
            )
            .order_by(WorksheetCopy.pickup_code)
        )
    )


def round_stops(uow: UnitOfWork, round_id: uuid.UUID) -> list[StopRow]:
    session = uow.session
    visit = get_live(session, VisitRound, round_id)
    rows = []
    for stop in visit.stops:
        if stop.deleted_at is not None:
            continue
        names = session.execute(
            select(Student.full_name, Student.village, Student.dusun)
            .join(VisitStopPupil, VisitStopPupil.student_id == Student.id)
            .where(VisitStopPupil.stop_id == stop.id)
            .order_by(Student.full_name)
        ).all()
        latest = session.execute(
            select(VisitOutcome.outcome, VisitOutcome.visited_on)
            .where(VisitOutcome.stop_id == stop.id)
            .order_by(VisitOutcome.visited_on.desc(), VisitOutcome.created_at.desc())
            .limit(1)
        ).first()
        rows.append(
            StopRow(
                stop.id,
                stop.position,
                ", ".join(name for name, _v, _d in names),
                names[0][1] if names else "",
                names[0][2] if names else "",
                len(_stop_copies(uow, stop.id, visit.planned_on)),
                latest[0] if latest else None,
                latest[1] if latest else None,
            )
        )
    return rows


def record_stop(
    uow: UnitOfWork,
    stop_id: uuid.UUID,
    outcome: StopOutcome,
    visited_on: date,
    new_id=ids.new_id,
    **details,
) -> int:
    """A stop's outcome; "collected" also records every copy due there as returned on a home
    visit (all of a household's covers in one key). Returns the copies recorded."""
    from tomoni_desktop.core.models import ReturnWay
    from tomoni_desktop.services.pickups.recording import record_code

    stop = get_live(uow.session, VisitStop, stop_id)
    visit = get_live(uow.session, VisitRound, stop.round_id)
    record_outcome(uow, stop_id, outcome, visited_on, new_id=new_id, **details)
    if outcome is not StopOutcome.COLLECTED:
        return 0
    codes = _stop_copies(uow, stop_id, max(visit.planned_on, visited_on))
    return sum(
        record_code(uow, code, returned_on=visited_on, way=ReturnWay.VISIT, new_id=new_id).recorded
        for code in codes
    )
