"""Giving captured writes their dots: each changed row gets (node, counter) and a clock.

A stamp runs before every export and import, inside that transaction. A row's new dot
supersedes every sibling this laptop had for the fields it changed: the teacher saw them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Connection

from tomoni_desktop.core import access
from tomoni_desktop.sync.state import (
    Counters,
    add_to_vector,
    changes_json,
    load_rows,
    load_states,
    record_history,
    save_states,
    wall_clock,
)
from tomoni_desktop.sync.tables import SyncedTable, synced_tables


def conflict_count(table: SyncedTable, fields: dict[str, list]) -> int:
    return sum(1 for name in table.conflict_fields if len(fields.get(name, ())) > 1)


def _wall(changed_at: str) -> int | None:
    try:
        return wall_clock(datetime.fromisoformat(changed_at).timestamp() * 1000)
    except ValueError:
        return None


def stamp(connection: Connection) -> int:
    """Turn every captured write into dotted field state; returns the rows stamped."""
    access.settle(connection)  # the signed-in person's writes: allowed, and theirs
    dirty = connection.exec_driver_sql(
        "SELECT seq, table_name, row_id, column_name, old_value, changed_at, person "
        "FROM sync_dirty ORDER BY seq"
    ).fetchall()
    if not dirty:
        return 0
    grouped: dict[str, dict[str, dict]] = defaultdict(dict)
    for _seq, table, row_id, column, old, changed_at, person in dirty:
        entry = grouped[table].setdefault(row_id, {"new": False, "old": {}, "at": changed_at})
        entry["person"] = person or ""  # the last to change it
        if column is None:
            entry["new"] = True
        elif column not in entry["old"]:
            entry["old"][column] = old
    tables = synced_tables()
    counters = Counters(connection)
    node = counters.node
    stamped = 0
    for table_name, entries in grouped.items():
        table = tables.get(table_name)
        if table is None:
            continue
        states = load_states(connection, table_name, entries)
        rows = load_rows(connection, table_name, entries)
        out, history = [], []
        for row_id, entry in entries.items():
            row = rows.get(row_id)
            if row is None:
                continue
            counter, clock = counters.next_dot(_wall(entry["at"]))
            known = row_id in states
            state = states.get(row_id) or {"c": {}, "f": {}}
            state["c"][node] = counter
            changed: list[str] | tuple[str, ...]
            if entry["new"] or not known:
                changed = table.fields
                changes = {}
            else:
                changed = [name for name in entry["old"] if name in table.checks]
                changes = {name: (entry["old"][name], row[name]) for name in changed}
            for name in changed:
                state["f"][name] = [[node, counter, clock]]
            out.append((row_id, state, conflict_count(table, state["f"])))
            history.append(
                (
                    table_name,
                    row_id,
                    changes_json(changes),
                    node,
                    counter,
                    clock,
                    False,
                    entry["person"],
                )
            )
            stamped += 1
        save_states(connection, table_name, out)
        record_history(connection, history)
    counters.save()
    add_to_vector(connection, {node: counters.counter})
    connection.exec_driver_sql("DELETE FROM sync_dirty WHERE seq <= ?", (dirty[-1][0],))
    access.after_stamp(connection)
    return stamped
