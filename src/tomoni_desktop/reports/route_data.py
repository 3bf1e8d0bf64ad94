"""What a route sheet shows: plain data the sheet writer draws, filled by the rounds service."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class CopyToCarry:
    code: str
    pupil: str
    worksheet: str
    due_on: date


@dataclass
class Stop:
    """A household on the walk: its pupils, who to ask for, what to collect and deliver."""

    household: str
    village: str
    dusun: str
    rt: str
    rw: str
    address: str
    guardian: str
    phone: str
    pupils: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    collect: list[CopyToCarry] = field(default_factory=list)
    deliver: list[CopyToCarry] = field(default_factory=list)
    stop_id: uuid.UUID | None = None  # once the round is saved
    # pupils whose absences are a case with a home visit to make (the counsellor's step)
    case_visits: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RoundPlan:
    class_id: uuid.UUID
    class_name: str
    school: str
    teacher: str
    planned_on: date
    stops: list[Stop]
    round_id: uuid.UUID | None = None
    # The class's other households (nothing to carry by that day), which the teacher may add.
    others: list[Stop] = field(default_factory=list)

    @property
    def copies_to_collect(self) -> int:
        return sum(len(stop.collect) for stop in self.stops)

    @property
    def copies_to_deliver(self) -> int:
        return sum(len(stop.deliver) for stop in self.stops)
