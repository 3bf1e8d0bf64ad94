"""The areas a use case can change; each page redraws only when one of its areas changed.

Kept apart from the unit of work (and SQLAlchemy) so the window can know them at start-up.
"""

from __future__ import annotations

from enum import StrEnum


class Area(StrEnum):
    """What a change can touch; each page redraws only when one of its areas changed."""

    SCHOOL = "school"
    STUDENTS = "students"
    SETTINGS = "settings"
    BACKUPS = "backups"
    WORKSHEETS = "worksheets"
    RETURNS = "returns"  # copies coming back (a scan at a time: pages redraw only what they must)
    GRADES = "grades"  # objectives, assessments, results, report entries
    ATTENDANCE = "attendance"  # the register, cases and their steps, contacts with parents
    SYNC = "sync"


EVERYTHING: frozenset[Area] = frozenset(Area)
