"""Giving captured writes their dots: each changed row gets (node, counter) and a clock.

A stamp runs before every export and import, inside that transaction. A row's new dot
supersedes every sibling this laptop had for the fields it changed: the teacher saw them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from itertools import chain
from typing import Any

from sqlalchemy import Connection

from tomoni_desktop.core import access
from tomoni_desktop.core.bulk import in_batches
from tomoni_desktop.sync.capture import row_id_sql
from tomoni_desktop.sync.packing import pack
from tomoni_desktop.sync.server_capture import old_value as server_old_value
from tomoni_desktop.sync.state import (
    BATCH,
    LOGICAL_BITS,
    Counters,
    add_to_vector,
    changes_json,
    load_rows,
    load_states,
    record_history,
    save_packed,
    wall_clock,
)
from tomoni_desktop.sync.storage import on_sqlite
from tomoni_desktop.sync.tables import SyncedTable, synced_tables


def conflict_count(table: SyncedTable, fields: dict[str, list], shown: dict[str, Any]) -> int:
    """Grade fields holding two values or more. `fields`: packed or unpacked; either way a
    sibling after the first ends with its value, and the first's is the row's, in `shown`."""
    return sum(
        1
        for name in table.conflict_fields
        if len(fields.get(name, ())) > 1
        and any(sibling[-1] != shown.get(name) for sibling in fields[name][1:])
    )


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MILLISECOND = timedelta(milliseconds=1)


@lru_cache(maxsize=256)  # a big write notes one time for many rows
def _wall(changed_at: str) -> int | None:
    """A note's time as a clock value; in whole milliseconds, as `FRESH_WALL_SQL` says it."""
    try:
        moment = datetime.fromisoformat(changed_at)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # as SQLite reads a time without a zone
    return wall_clock((moment - EPOCH) // MILLISECOND)


PAGE = 2000  # rows stamped at a time: memory stays flat however many rows changed


def stamp(connection: Connection) -> int:
    """Turn every captured write into dotted field state; returns the rows stamped.
    The notes are read row by row (by the index on table and row) and stamped a page of
    rows at a time, so a first export of 300,000 new pupils needs no more memory than 2,000."""
    access.settle(connection)  # the signed-in person's writes: allowed, and theirs
    last = connection.exec_driver_sql("SELECT MAX(seq) FROM sync_dirty").scalar()
    if last is None:
        return 0
    tables = synced_tables()
    counters = Counters(connection)
    stamped, every = (
        _stamp_fresh(connection, counters, last) if on_sqlite(connection) else (0, False)
    )
    page: dict[str, dict] = {}
    page_table: SyncedTable | None = None
    notes = connection.exec_driver_sql(
        "SELECT table_name, row_id, column_name, old_value, changed_at, person FROM sync_dirty "
        "WHERE seq <= ? ORDER BY table_name, row_id, seq",
        (0 if every else last,),  # every note stamped already: none left to read
    )
    # PostgreSQL's triggers note an old value as sync carries it, in JSON (server_capture)
    old_value = None if on_sqlite(connection) else server_old_value
    # a page at a time (Result.partitions): a fetch per row costs more than the stamp
    for table_name, row_id, column, old, changed_at, person in chain.from_iterable(
        notes.partitions(PAGE)
    ):
        table = tables.get(table_name)
        if table is None:
            continue
        if table is not page_table or (len(page) >= PAGE and row_id not in page):
            if page_table is not None:
                stamped += _stamp_page(connection, page_table, page, counters)
            page_table, page = table, {}
        entry = page.get(row_id)
        if entry is None:
            entry = page[row_id] = {"new": False, "old": {}, "at": changed_at}
        entry["person"] = person or ""  # the last to change it
        if column is None:
            entry["new"] = True
        elif column not in entry["old"]:
            entry["old"][column] = old if old_value is None else old_value(old)
    if page_table is not None:
        stamped += _stamp_page(connection, page_table, page, counters)
    counters.save()
    add_to_vector(connection, {counters.node: counters.counter})
    if connection.exec_driver_sql("SELECT MAX(seq) FROM sync_dirty").scalar() == last:
        connection.exec_driver_sql("DELETE FROM sync_dirty")  # whole pages at once
    else:
        connection.exec_driver_sql("DELETE FROM sync_dirty WHERE seq <= ?", (last,))
    access.after_stamp(connection)
    return stamped


# A note's time in milliseconds (SQLite keeps julianday as whole milliseconds), as _wall
FRESH_WALL_SQL = "CAST(ROUND(julianday(f.changed_at) * 86400000) AS INTEGER) - 210866760000000"


def _stamp_fresh(connection: Connection, counters: Counters, last: int) -> tuple[int, bool]:
    """Rows no stamp has seen, stamped in SQL: each is kept as its one dot, with its "made"
    line of history, as the general path below keeps it. Returns the rows stamped, and
    whether that was every note (else their notes are deleted, the rest left to the
    general path). A first export of 100,000 new pupils took 1.7 s in Python.

    Dots go to rows by table, then id (the general path's order); a clock is the one
    `Counters.next_dot` gives the same walls in turn: clock_i = max(clock_i-1 + 1, wall_i),
    which is i + max(clock_0, the greatest wall_j - j for j <= i)."""
    connection.exec_driver_sql("DROP TABLE IF EXISTS temp.sync_fresh")
    connection.exec_driver_sql(  # rowids from 1, in the order rows are added: row i
        "CREATE TEMP TABLE sync_fresh (i INTEGER PRIMARY KEY, table_name TEXT, row_id TEXT, "
        "wall INTEGER, person TEXT, notes INTEGER)"
    )
    now = wall_clock() >> LOGICAL_BITS
    for table in sorted(synced_tables()):
        connection.exec_driver_sql(
            "INSERT INTO sync_fresh (table_name, row_id, wall, person, notes) "
            f"SELECT ?, g.row_id, COALESCE({FRESH_WALL_SQL}, ?), COALESCE(l.person, ''), g.notes "
            "FROM (SELECT row_id, MIN(seq) AS first, MAX(seq) AS last, COUNT(*) AS notes "
            "FROM sync_dirty WHERE table_name = ? AND seq <= ? GROUP BY row_id) AS g "
            "JOIN sync_dirty AS f ON f.seq = g.first JOIN sync_dirty AS l ON l.seq = g.last "
            "WHERE NOT EXISTS (SELECT 1 FROM sync_rows AS s "
            "WHERE s.table_name = ? AND s.row_id = g.row_id) "
            f'AND EXISTS (SELECT 1 FROM "{table}" AS r WHERE r.id = g.row_id) '
            "ORDER BY g.row_id",
            (table, now, table, last, table),
        )
    count, notes, top = connection.exec_driver_sql(
        f"SELECT COUNT(*), SUM(notes), MAX((wall << {LOGICAL_BITS}) - i) FROM sync_fresh"
    ).one()
    if not count:
        return 0, False
    node, base, clock = counters.node, counters.counter, counters.clock
    connection.exec_driver_sql(
        "INSERT INTO sync_rows (table_name, row_id, state, conflicts, node, counter, clock, "
        "made_arrived, made_by) SELECT table_name, row_id, NULL, 0, ?, ? + i, "
        f"i + MAX(?, MAX((wall << {LOGICAL_BITS}) - i) OVER (ORDER BY i)), 0, person "
        "FROM sync_fresh",
        (node, base, clock),
    )
    counters.counter, counters.clock = base + count, count + max(clock, top)
    every = (
        notes
        == connection.exec_driver_sql(
            "SELECT COUNT(*) FROM sync_dirty WHERE seq <= ?", (last,)
        ).scalar()
    )
    if not every:
        connection.exec_driver_sql(
            "DELETE FROM sync_dirty WHERE seq <= ? AND (table_name, row_id) IN "
            "(SELECT table_name, row_id FROM sync_fresh)",
            (last,),
        )
    connection.exec_driver_sql("DROP TABLE temp.sync_fresh")
    return count, every


def _stamp_page(
    connection: Connection, table: SyncedTable, entries: dict[str, dict], counters: Counters
) -> int:
    node = counters.node
    states = load_states(connection, table.name, entries)
    edited = [row_id for row_id, entry in entries.items() if row_id in states and not entry["new"]]
    rows = load_rows(connection, table.name, edited)
    present = set(rows) | _present(connection, table.name, entries.keys() - set(edited))
    packed_out, history, made = [], [], []
    changes: dict[str, tuple]
    for row_id, entry in entries.items():
        if row_id not in present:
            continue
        counter, clock = counters.next_dot(_wall(entry["at"]))
        state = states.get(row_id)
        if state is None:  # a row no stamp has seen: all of it is this dot's, kept as it
            made.append((row_id, [node, counter, clock], False, entry["person"]))
            continue
        state["c"][node] = counter
        changed: list[str] | tuple[str, ...]
        if entry["new"]:
            changed, changes = table.fields, {}
        else:
            changed = [name for name in entry["old"] if name in table.checks]
            row = rows[row_id]
            changes = {name: (entry["old"][name], row[name]) for name in changed}
        for name in changed:
            state["f"][name] = [[node, counter, clock]]
        counted = conflict_count(table, state["f"], rows.get(row_id, {}))
        packed_out.append((row_id, pack(state), counted))
        history.append(
            (
                table.name,
                row_id,
                changes_json(changes),
                node,
                counter,
                clock,
                False,
                entry["person"],
            )
        )
    replacing = [row_id for row_id, _state, _conflicts in packed_out]
    save_packed(connection, table.name, packed_out, made=made, replacing=replacing)
    record_history(connection, history)
    return len(history) + len(made)


def _present(connection: Connection, table: str, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for part, marks in in_batches(ids, BATCH):
        found.update(
            row_id
            for (row_id,) in connection.exec_driver_sql(
                f'SELECT {row_id_sql(connection, "id")} FROM "{table}" WHERE id IN ({marks})',
                tuple(part),
            )
        )
    return found
