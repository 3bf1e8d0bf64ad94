"""Loading a row that must still exist, with a teacher's message when it does not."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.models.base import SyncedRecord

R = TypeVar("R", bound=SyncedRecord)


class RecordGone(TomoniError):
    """A screen or a command named a row that is deleted, merged away, or was never here."""

    def __init__(self, table: str) -> None:
        self.table = table
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This record no longer exists: it was deleted or merged, perhaps on another "
                "laptop. Open it again from the list.",
            )
        )


def get_live(session: Session, model: type[R], row_id: uuid.UUID | None) -> R:
    """The live row `row_id` of `model`, or RecordGone (never None, never a tombstone)."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or row.deleted_at is not None:
        raise RecordGone(model.__tablename__)  # type: ignore[attr-defined]
    return row
