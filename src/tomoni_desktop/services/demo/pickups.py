"""The demo's term so far on paper: two home-visit rounds of the teacher's class with their
outcomes (a few households twice not found, so the follow-up list has names), copies brought
to school or sent as photos, scores on what came back, and a round planned for today."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core.models import (
    Channel,
    HandOut,
    ReturnWay,
    StopOutcome,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.school_days import is_school_day
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.pickups.recording import record_code, set_score
from tomoni_desktop.services.pickups.rounds import (
    propose_round,
    record_stop,
    round_stops,
    save_round,
)

# What the first visit found at a household, and how often (the rest: collected).
FIRST_VISIT = [
    (StopOutcome.NOBODY_HOME, 0.1),
    (StopOutcome.NOT_READY, 0.12),
    (StopOutcome.PUPIL_AWAY, 0.08),
    (StopOutcome.NOT_FOUND, 0.04),
]


def _school_day_before(day: date) -> date:
    while not is_school_day(day):
        day -= timedelta(days=1)
    return day


def _visit(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    on: date,
    outcome_of: Callable[[str], StopOutcome | None],
    new_id: Callable,
) -> dict[str, StopOutcome]:
    """A round on `on`, saved with the proposed stops, each given `outcome_of(household)`."""
    plan = propose_round(uow, class_id, on)
    if not plan.stops:
        return {}
    saved = save_round(uow, plan, new_id=new_id)
    assert saved.round_id is not None
    outcomes: dict[str, StopOutcome] = {}
    households = {stop.stop_id: stop.household for stop in saved.stops}
    for row in round_stops(uow, saved.round_id):
        outcome = outcome_of(households[row.stop_id])
        if outcome is None:
            continue
        details: dict = {"parent_met": outcome in (StopOutcome.PUPIL_AWAY, StopOutcome.NOT_READY)}
        if outcome is StopOutcome.NOT_READY:
            details["come_back_on"] = on + timedelta(days=4)
        record_stop(uow, row.stop_id, outcome, on, new_id=new_id, **details)
        outcomes[households[row.stop_id]] = outcome
    return outcomes


def add_demo_pickups(
    uow: UnitOfWork, class_id: uuid.UUID, today: date, new_id: Callable, seed: int = 7
) -> None:
    rng = random.Random(seed)

    def first(_household: str) -> StopOutcome:
        roll, total = rng.random(), 0.0
        for outcome, share in FIRST_VISIT:
            total += share
            if roll < total:
                return outcome
        return StopOutcome.COLLECTED

    first_round = _visit(
        uow, class_id, _school_day_before(today - timedelta(days=9)), first, new_id
    )

    def second(household: str) -> StopOutcome:
        # Nobody home twice: the follow-up list; the rest mostly handed over this time.
        if first_round.get(household) in (StopOutcome.NOBODY_HOME, StopOutcome.NOT_FOUND):
            return first_round[household]
        return StopOutcome.COLLECTED if rng.random() < 0.8 else StopOutcome.NOT_READY

    _visit(uow, class_id, _school_day_before(today - timedelta(days=4)), second, new_id)
    session = uow.session
    # A few more came back without a visit: brought to school, or a photo on WhatsApp.
    out = session.execute(
        select(WorksheetCopy.pickup_code, HandOut.due_on)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .where(
            HandOut.class_id == class_id,
            WorksheetCopy.channel == Channel.PAPER,
            ~copy_is_returned(WorksheetCopy.id),
        )
        .order_by(WorksheetCopy.pickup_code)
    ).all()
    for code, due_on in out[: len(out) // 4]:
        way = rng.choice(
            [ReturnWay.SCHOOL, ReturnWay.SCHOOL, ReturnWay.CLASSMATE, ReturnWay.WHATSAPP]
        )
        on = min(_school_day_before(due_on + timedelta(days=rng.randint(-2, 3))), today)
        record_code(uow, code, returned_on=on, way=way, class_id=class_id, new_id=new_id)
    # Scores on most of what came back; some still to be marked.
    returned = session.scalars(
        select(WorksheetCopy.id)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .where(HandOut.class_id == class_id, copy_is_returned(WorksheetCopy.id))
        .order_by(WorksheetCopy.pickup_code)
    ).all()
    for copy_id in returned:
        if rng.random() < 0.85:
            set_score(uow, copy_id, max(40, min(100, round(rng.gauss(76, 12)))))
    # Today's round: what is still out.
    plan = propose_round(uow, class_id, today)
    if plan.stops:
        save_round(uow, plan, new_id=new_id)
