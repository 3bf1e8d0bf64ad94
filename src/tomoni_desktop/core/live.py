"""Loading a row that must still exist, with a teacher's message when it does not."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar, cast

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


def revived(session: Session, model: type[R], row_id: uuid.UUID) -> R | None:
    """The row under an id derived from what it is about, brought back from its tombstone if
    it had one (made again is not a new row); None when it was never made."""
    from tomoni_desktop.core.database import ALL_ROWS

    row = session.get(model, row_id, execution_options=ALL_ROWS)
    if row is not None:
        row.deleted_at = None
    return row


def derived_row(session: Session, model: type[R], row_id: uuid.UUID, **fields) -> R:
    """The row under a derived id: the one there is (see `revived`), or a new one with
    `fields`, added to the session. Two laptops making it write one row."""
    row = revived(session, model, row_id)
    if row is None:
        row = cast(Any, model)(id=row_id, **fields)  # a mapped class: its columns are keywords
        session.add(row)
    return row
