"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, cast, func
from sqlalchemy.types import TypeDecorator

# Sync's counters and clocks (milliseconds << 16) pass 2**31: PostgreSQL's integer is 32
# bits, SQLite's every integer 64, so a laptop's file keeps its plain INTEGER
BigCount = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; refuses naive times so a laptop's local clock never leaks in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store times in UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class EnumSet(TypeDecorator[frozenset]):
    """A set of enum members stored as sorted comma-separated values (portable, mergeable)."""

    impl = String(200)
    cache_ok = True

    def __init__(self, enum_class: type[enum.Enum], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.enum_class = enum_class

    def process_bind_param(self, value, dialect) -> str:
        if not value:
            return ""
        return ",".join(sorted(self.enum_class(member).value for member in value))

    def process_result_value(self, value: str | None, dialect) -> frozenset:
        if not value:
            return frozenset()
        return frozenset(self.enum_class(part) for part in value.split(","))


def utc_now() -> datetime:
    return datetime.now(UTC)


def id_text(column):
    """An id column as its 32 hex digits, in SQL, on either engine (SQLite keeps the digits,
    PostgreSQL's uuid reads with dashes): a bulk read maps text to ids it already has
    instead of making a UUID a row."""
    return func.replace(cast(column, String), "-", "")
