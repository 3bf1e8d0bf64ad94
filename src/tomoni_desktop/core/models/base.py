"""The declarative base and the conventions every synced table follows (DESIGN.md)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Date, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from tomoni_desktop.core.ids import new_id
from tomoni_desktop.core.types import UTCDateTime, utc_now

# Named constraints let Alembic's batch mode on SQLite find and change them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: UTCDateTime(),
        date: Date(),
        str: String(),
    }

    # Every table says whether it travels in sync bundles; a test checks none forgets.
    __sync__: ClassVar[bool]

    def __init_subclass__(cls, **kwargs) -> None:
        # Checked before mapping, so a refused class leaves nothing in the metadata.
        if "__tablename__" in cls.__dict__ and not isinstance(getattr(cls, "__sync__", None), bool):
            raise TypeError(f"{cls.__name__} must say __sync__ = True or False")
        super().__init_subclass__(**kwargs)
        table = cls.__dict__.get("__table__")
        if table is not None:
            table.info["sync"] = cls.__sync__


class SyncedRecord:
    """Columns every synced table has: a Python-made id, UTC times and a tombstone.

    Rows are never deleted: `deleted_at` marks them, and queries hide them, so a merge can
    tell a deletion from a row the other laptop has not seen yet.
    """

    __sync__: ClassVar[bool] = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def mark_deleted(self) -> None:
        self.deleted_at = utc_now()
