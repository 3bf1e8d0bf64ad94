"""What sync knows of each synced table, read from the model metadata alone.

A table added later joins sync by declaring `__sync__ = True`: its columns, their types,
which are grades (`info={"sync_conflict": True}`) and which hold a file's content are all
found here, so no sync code is written for it.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Table, types
from sqlalchemy.types import TypeDecorator

from tomoni_desktop.core.models import Base

HEX32 = re.compile(r"[0-9a-f]{32}\Z")
NAME = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?\Z")
MAX_TEXT = 1_000_000
MAX_BLOB = 64 * 1024 * 1024
CONTENT_COLUMNS = {"stored_files": "content"}  # content-addressed: sent only when missing


def encode_value(value: Any) -> Any:
    """A raw SQLite value as JSON: bytes become {"$b": base64}."""
    if type(value) in (str, int, float) or value is None:
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        return base64.b64decode(value["$b"], validate=True)
    return value


def base_type(column: Column):
    kind = column.type
    while isinstance(kind, TypeDecorator):
        kind = kind.impl if isinstance(kind.impl, types.TypeEngine) else kind.impl_instance
    return kind


def _test(column: Column, value: str, constants: dict[str, Any]) -> str:
    """A Python expression true when `value` (a variable's name) may be stored in the
    column. Every test of a value comes from here, compiled alone (`_checker`) or a row's
    at once (`SyncedTable.whole_and_valid`), so there is one rule per kind of column.
    `constants` takes what the expression names."""
    kind = base_type(column)
    if isinstance(kind, types.Uuid):
        constants["_hex32"] = HEX32.match
        test = f"type({value}) is str and _hex32({value}) is not None"
    elif isinstance(kind, types.Boolean):
        test = f"type({value}) is int and ({value} == 0 or {value} == 1)"
    elif isinstance(kind, types.Integer):
        # the column's own width, as PostgreSQL keeps it (SQLite would take any)
        bits = (
            64
            if isinstance(kind, types.BigInteger)
            else 16
            if isinstance(kind, types.SmallInteger)
            else 32
        )
        test = f"type({value}) is int and {-(2 ** (bits - 1))} <= {value} < {2 ** (bits - 1)}"
    elif isinstance(kind, types.Float | types.Numeric):
        test = f"(type({value}) is int or type({value}) is float)"
    elif isinstance(kind, types.DateTime):
        constants["_datetime"] = DATETIME.match
        test = f"type({value}) is str and _datetime({value}) is not None"
    elif isinstance(kind, types.Date):
        constants["_date"] = DATE.match
        test = f"type({value}) is str and _date({value}) is not None"
    elif isinstance(kind, types.Enum):
        allowed = f"_allowed_{len(constants)}"
        constants[allowed] = frozenset(kind.enums)
        test = f"type({value}) is str and {value} in {allowed}"
    elif isinstance(kind, types.LargeBinary):
        test = f"type({value}) is bytes and len({value}) <= {MAX_BLOB}"
    elif isinstance(kind, types.String):
        test = f"type({value}) is str and len({value}) <= {min(kind.length or MAX_TEXT, MAX_TEXT)}"
    else:
        raise TypeError(f"sync does not know the type of {column}")
    return f"({value} is None or {test})" if column.nullable else f"({test})"


def _checker(column: Column) -> Callable[[Any], bool]:
    """A fast test of one value for one column (see `_test`)."""
    constants: dict[str, Any] = {}
    test = _test(column, "v", constants)
    return eval(f"lambda v: {test}", constants)  # noqa: S307 - made from the metadata alone


def _whole_row_test(columns: list[Column]) -> Callable[[tuple], bool]:
    """One function testing a row's values (a tuple in the columns' order) at once: a call
    per row, not one per field, for the 100,000s of rows of a full sync."""
    constants: dict[str, Any] = {}
    names = [f"v{index}" for index in range(len(columns))]
    tests = " and ".join(_test(c, n, constants) for c, n in zip(columns, names, strict=True))
    unpack = ", ".join(names) + ","
    source = f"def whole(values):\n    {unpack} = values\n    return {tests}\n"
    exec(source, constants)  # noqa: S102 - made from the metadata alone
    return constants["whole"]


@dataclass(frozen=True)
class ConflictField:
    """What a person may type to settle a conflict in a field: its kind and, for numbers,
    the range declared on the column (`info={"sync_conflict": True, "range": (0, 100)}`)."""

    kind: str  # "integer", "decimal", "text", "choice" or "date"
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    def accepts(self, value: Any) -> bool:
        if value is None:
            return True
        if self.kind in ("integer", "decimal") and isinstance(value, int | float):
            low = self.minimum if self.minimum is not None else float("-inf")
            high = self.maximum if self.maximum is not None else float("inf")
            return low <= value <= high
        if self.kind == "choice":
            return value in self.choices
        return True


def _conflict_field(column: Column) -> ConflictField:
    kind = base_type(column)
    low, high = column.info.get("range", (None, None))
    if isinstance(kind, types.Boolean):
        return ConflictField("choice", choices=("0", "1"))
    if isinstance(kind, types.Integer):
        return ConflictField("integer", low, high)
    if isinstance(kind, types.Float | types.Numeric):
        return ConflictField("decimal", low, high)
    if isinstance(kind, types.Enum):
        return ConflictField("choice", choices=tuple(kind.enums))
    if isinstance(kind, types.Date):
        return ConflictField("date")
    return ConflictField("text")


@dataclass(frozen=True)
class SyncedTable:
    name: str
    table: Table
    fields: tuple[str, ...]  # every column but the id
    checks: dict[str, Callable[[Any], bool]]
    conflict_fields: dict[str, ConflictField]  # grades: a person settles concurrent values
    content_field: str | None
    defaults: dict[str, Any]
    binary: frozenset[str] = frozenset()  # columns of bytes, which travel as {"$b": base64}
    # References to a row of this table or a later one: an import writes them once every
    # row is in, so no statement ever points ahead (and no check waits open)
    forward: frozenset[str] = frozenset()

    @property
    def columns(self) -> tuple[str, ...]:
        return ("id", *self.fields)

    @cached_property
    def field_set(self) -> frozenset[str]:
        return frozenset(self.fields)

    @cached_property
    def in_order(self) -> Callable[[dict[str, Any]], tuple]:
        """A row's values by field name, as a tuple in the table's order (read in C)."""
        if len(self.fields) == 1:
            (only,) = self.fields
            return lambda values: (values[only],)
        return itemgetter(*self.fields)

    @cached_property
    def _whole_test(self) -> Callable[[tuple], bool]:
        by_name = {c.name: c for c in self.table.columns}
        return _whole_row_test([by_name[name] for name in self.fields])

    def whole_and_valid(self, values: dict[str, Any]) -> bool:
        """Every field and nothing else, each passing its check: the usual row from a
        bundle, tested in one call. False says only "look field by field"."""
        return values.keys() == self.field_set and self._whole_test(self.in_order(values))


def _default(column: Column) -> Any:
    default = column.default
    if default is None or not getattr(default, "is_scalar", False):
        return None
    value: Any = getattr(default, "arg", None)
    return value.value if hasattr(value, "value") else value


@cache
def synced_tables() -> dict[str, SyncedTable]:
    """Parents before children, so a bundle written in this order never points ahead."""
    found: dict[str, SyncedTable] = {}
    for table in Base.metadata.sorted_tables:
        if not table.info.get("sync"):
            continue
        fields = tuple(c.name for c in table.columns if c.name != "id")
        found[str(table.name)] = SyncedTable(
            # a plain str: SQLAlchemy's quoted_name makes sqlite3 look for an adapter on
            # every row it is bound in (0.7 s of a 100,000-row import)
            name=str(table.name),
            table=table,
            fields=fields,
            checks={c.name: _checker(c) for c in table.columns},
            conflict_fields={
                c.name: _conflict_field(c) for c in table.columns if c.info.get("sync_conflict")
            },
            content_field=CONTENT_COLUMNS.get(table.name),
            defaults={c.name: _default(c) for c in table.columns if c.name != "id"},
            binary=frozenset(
                c.name for c in table.columns if isinstance(base_type(c), types.LargeBinary)
            ),
            forward=frozenset(
                c.name
                for c in table.columns
                for key in c.foreign_keys
                if key.column.table.info.get("sync") and str(key.column.table.name) not in found
            ),
        )
    return found
