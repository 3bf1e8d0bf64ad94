"""This laptop's sync bookkeeping: node, counter, clock, what it has seen, and row states.

Everything here is read and written inside the caller's transaction, so a stamp or an import
that fails leaves the counter, the clock and the vector exactly as they were.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Connection

from tomoni_desktop.core.bulk import in_batches
from tomoni_desktop.core.database import ISSUED_INFO
from tomoni_desktop.core.node import COUNTER_KEY, NODE_KEY
from tomoni_desktop.core.settings import read_setting, write_setting
from tomoni_desktop.sync.merge import Vector, join

BATCH = 500
LOGICAL_BITS = 16  # a clock value is milliseconds << 16 | a logical count


def node_of(connection: Connection) -> str:
    node = read_setting(connection, NODE_KEY)
    if not node:
        raise RuntimeError("this database has no node id yet")
    return node.replace("-", "")


def wall_clock(milliseconds: float | None = None) -> int:
    ms = int(time.time() * 1000 if milliseconds is None else milliseconds)
    return ms << LOGICAL_BITS


def clock_time(clock: int) -> datetime:
    return datetime.fromtimestamp((clock >> LOGICAL_BITS) / 1000, UTC)


class Counters:
    """The node's counter and hybrid clock, saved by `save()` in the same transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.node = node_of(connection)
        stored = json.loads(read_setting(connection, COUNTER_KEY) or "{}")
        # A new node (a copy or a restored backup) starts its own counter: no dot is reused.
        self.counter = stored.get("counter", 0) if stored.get("node") == self.node else 0
        self.clock = int(read_setting(connection, "sync_clock") or 0)

    def next_dot(self, wall: int | None = None) -> tuple[int, int]:
        self.counter += 1
        self.clock = max(self.clock + 1, wall if wall is not None else wall_clock())
        return self.counter, self.clock

    def observe(self, clock: int) -> None:
        self.clock = max(self.clock, clock)

    def save(self) -> None:
        value = json.dumps({"node": self.node, "counter": self.counter})
        write_setting(self.connection, COUNTER_KEY, value)
        self.connection.info[ISSUED_INFO] = value  # noted beside the database once committed
        write_setting(self.connection, "sync_clock", str(self.clock))


def known_vector(connection: Connection) -> Vector:
    """Every change this database has seen: for each node, all of its counters up to here."""
    return json.loads(read_setting(connection, "sync_vector") or "{}")


def add_to_vector(connection: Connection, vector: Vector) -> None:
    write_setting(
        connection,
        "sync_vector",
        json.dumps(join(known_vector(connection), vector), sort_keys=True),
    )


def read_packed(table: str, text: str) -> dict[str, Any]:
    """A packed state from its text in `sync_rows` (packing.stored)."""
    from tomoni_desktop.sync.packing import read_stored
    from tomoni_desktop.sync.tables import synced_tables

    return read_stored(text, None, None, None, synced_tables()[table].fields)


STORED = "state, node, counter, clock"  # a line of sync_rows as packing.read_stored reads it


def load_packed(connection: Connection, table: str, ids: Iterable[str]) -> dict[str, dict]:
    from tomoni_desktop.sync.packing import read_stored
    from tomoni_desktop.sync.tables import synced_tables

    fields = synced_tables()[table].fields
    found: dict[str, dict] = {}
    for part, marks in in_batches(ids, BATCH):
        for row_id, text, node, counter, clock in connection.exec_driver_sql(
            f"SELECT row_id, {STORED} FROM sync_rows WHERE table_name = ? AND row_id IN ({marks})",
            (table, *part),
        ):
            found[row_id] = read_stored(text, node, counter, clock, fields)
    return found


def load_states(connection: Connection, table: str, ids: Iterable[str]) -> dict[str, dict]:
    """Row states as the merge reads them (see packing.py)."""
    from tomoni_desktop.sync.packing import unpack
    from tomoni_desktop.sync.tables import decode_value

    return {
        row_id: unpack(packed, decode_value)
        for row_id, packed in load_packed(connection, table, ids).items()
    }


def load_values(connection: Connection, table: str, ids: Iterable[str]) -> dict[str, tuple]:
    """Rows' values by id, in the table's field order (SyncedTable.fields), as sync carries
    them (storage.py)."""
    from tomoni_desktop.sync.storage import value_readers
    from tomoni_desktop.sync.tables import synced_tables

    fields = synced_tables()[table].fields
    read_id = value_readers(connection, table).get("id")
    carried = values_reader(connection, table)
    columns = ", ".join(f'"{name}"' for name in ("id", *fields))
    found: dict[str, tuple] = {}
    for part, marks in in_batches(ids, BATCH):
        for row_id, *values in connection.exec_driver_sql(
            f'SELECT {columns} FROM "{table}" WHERE id IN ({marks})', tuple(part)
        ).fetchall():  # at once: much cheaper than a row at a time
            found[read_id(row_id) if read_id else row_id] = carried(values)
    return found


def values_reader(connection: Connection, table: str) -> Callable[[list], tuple]:
    """A row's values as read (a list, in the table's field order) made what sync carries."""
    from tomoni_desktop.sync.storage import value_readers
    from tomoni_desktop.sync.tables import synced_tables

    readers = value_readers(connection, table)
    by_index = [
        (i, readers[name])
        for i, name in enumerate(synced_tables()[table].fields)
        if name in readers
    ]
    if not by_index:
        return tuple

    def carried(values: list) -> tuple:
        for i, read in by_index:
            values[i] = read(values[i])
        return tuple(values)

    return carried


def load_rows(connection: Connection, table: str, ids: Iterable[str]) -> dict[str, dict]:
    """Rows by id, each a dict of its id and fields, as sync carries them."""
    from tomoni_desktop.sync.tables import synced_tables

    names = ("id", *synced_tables()[table].fields)
    return {
        row_id: dict(zip(names, (row_id, *values), strict=True))
        for row_id, values in load_values(connection, table, ids).items()
    }


def save_packed(
    connection: Connection,
    table: str,
    states: list[tuple[str, dict, int]],
    dots: Iterable[tuple[str, list]] = (),
    made: Iterable[tuple[str, list, bool, str]] = (),
    replacing: Iterable[str] = (),
) -> None:
    """Row states, each as text with its context lines, or as its one dot's columns;
    `dots`: (row id, dot) of rows known to be kept as their dot (packing.wire_dot); `made`:
    (row id, dot, arrived, person) of rows new here that one dot made, which keep their
    "made" line of history with them. `replacing`: rows written here that had a line:
    a "made" line kept in it goes to sync_history first, before any other of the row."""
    from tomoni_desktop.sync.packing import column_dot, stored
    from tomoni_desktop.sync.tables import synced_tables

    fields = synced_tables()[table].field_set
    lines: list[tuple] = [(table, row_id, None, 0, *dot, None, None) for row_id, dot in dots]
    lines.extend(
        (table, row_id, None, 0, *dot, arrived, person) for row_id, dot, arrived, person in made
    )
    contexts = []
    for row_id, state, conflicts in states:
        dot = column_dot(state, fields)
        if dot is None:
            text = orjson.dumps(stored(state, fields)).decode()
            lines.append((table, row_id, text, conflicts, None, None, None, None, None))
            contexts.append((row_id, state["c"]))
        else:
            lines.append((table, row_id, None, conflicts, *dot, None, None))
    if not lines:
        return
    for part, marks in in_batches(replacing, BATCH):
        connection.exec_driver_sql(
            "INSERT INTO sync_history (table_name, row_id, changes, node, counter, clock, "
            f"arrived, person) {MADE_LINES} AND table_name = ? AND row_id IN ({marks}) "
            "ORDER BY clock",
            (table, *part),
        )
    connection.exec_driver_sql(
        "INSERT INTO sync_rows (table_name, row_id, state, conflicts, node, counter, clock, "
        "made_arrived, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET state = excluded.state, "
        "conflicts = excluded.conflicts, node = excluded.node, counter = excluded.counter, "
        "clock = excluded.clock, made_arrived = excluded.made_arrived, "
        "made_by = excluded.made_by",
        lines,
    )
    save_contexts(connection, table, contexts)


# The "made" lines rows keep with them (SyncRow), as lines of sync_history
MADE_LINES = (
    "SELECT table_name, row_id, '{}', node, counter, clock, made_arrived, "
    "COALESCE(made_by, '') FROM sync_rows WHERE made_arrived IS NOT NULL"
)
# sync_history as read: its lines, and the "made" lines rows keep (seq 0: the first)
HISTORY = (
    "SELECT seq, table_name, row_id, changes, node, counter, clock, arrived, person "
    f"FROM sync_history UNION ALL SELECT 0, {MADE_LINES.removeprefix('SELECT ')}"
)


def save_contexts(connection: Connection, table: str, contexts: Iterable[tuple[str, dict]]) -> None:
    """Each row's causal context as lines, for the export's index (a context only grows)."""
    lines = [
        (table, row_id, node, counter)
        for row_id, context in contexts
        for node, counter in context.items()
    ]
    if lines:
        connection.exec_driver_sql(
            "INSERT INTO sync_row_nodes (table_name, row_id, node, counter) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (table_name, row_id, node) DO UPDATE SET counter = excluded.counter "
            "WHERE excluded.counter > sync_row_nodes.counter",
            lines,
        )


def record_history(connection: Connection, entries: list[tuple]) -> None:
    """Entries of (table, row id, changes as JSON, node, counter, clock, arrived, person)."""
    if entries:
        connection.exec_driver_sql(
            "INSERT INTO sync_history (table_name, row_id, changes, node, counter, clock, "
            "arrived, person) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            entries,
        )


def changes_json(changes: dict[str, tuple[Any, Any]]) -> str:
    if not changes:
        return "{}"  # a row made: nothing it had before
    from tomoni_desktop.sync.tables import encode_value

    return orjson.dumps(
        {name: [encode_value(old), encode_value(new)] for name, (old, new) in changes.items()}
    ).decode()
