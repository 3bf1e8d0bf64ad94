"""What the outstanding-work list and report show: plain data filled by the pickups service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class OutstandingCopy:
    code: str  # one copy's own: the list is updated by it when a code is recorded
    pupil: str
    class_name: str
    village: str
    dusun: str
    worksheet: str
    issued_on: date
    due_on: date
    days_overdue: int  # 0 while it is not due yet
    failed_visits: int = 0  # home visits to the pupil that did not bring the work back

    @property
    def missing(self) -> bool:
        """Past its due date and not returned."""
        return self.days_overdue > 0


@dataclass(frozen=True)
class OutstandingReport:
    """Who in a class has not returned what, since when, and how often a visit was tried."""

    school: str
    class_name: str
    teacher: str
    today: date
    rows: list[OutstandingCopy]
