"""Home visits: a round of stops planned for a day, and what happened at each stop.

A stop is a household, not a pupil: siblings at one address with one guardian are one stop.
Outcomes are events (only ever added); the latest one of a stop is its state.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import StopOutcome, text_enum


class VisitRound(SyncedRecord, Base):
    """A planned trip of a class's homeroom teacher on a day."""

    __tablename__ = "visit_rounds"
    __sync__ = True

    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    teacher_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), index=True, default=None
    )
    planned_on: Mapped[date]
    note: Mapped[str] = mapped_column(String(300), default="")

    stops: Mapped[list[VisitStop]] = relationship(
        back_populates="round", order_by="VisitStop.position"
    )


class VisitStop(SyncedRecord, Base):
    """One household of a round, in the order of the walk."""

    __tablename__ = "visit_stops"
    __sync__ = True

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit_rounds.id"), index=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    household: Mapped[str] = mapped_column(String(200))  # the key the walk's order is learnt by

    round: Mapped[VisitRound] = relationship(back_populates="stops")
    pupils: Mapped[list[VisitStopPupil]] = relationship(back_populates="stop")


class VisitStopPupil(SyncedRecord, Base):
    """A pupil living at a stop's household."""

    __tablename__ = "visit_stop_pupils"
    __sync__ = True

    stop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit_stops.id"), index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)

    stop: Mapped[VisitStop] = relationship(back_populates="pupils")


class VisitOutcome(SyncedRecord, Base):
    """What happened at a stop (an event; a stop visited twice has two)."""

    __tablename__ = "visit_outcomes"
    __sync__ = True

    stop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit_stops.id"), index=True)
    outcome: Mapped[StopOutcome] = mapped_column(text_enum(StopOutcome))
    visited_on: Mapped[date]
    parent_met: Mapped[bool] = mapped_column(default=False)
    come_back_on: Mapped[date | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(String(300), default="")
