"""Rows out of a database for a bundle, and rows from a bundle merged into a database.

Both work on a SQLAlchemy connection inside the caller's transaction, with raw SQLite values,
so what is read is what is written back, type for type.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP
from tomoni_desktop.sync.bundle import BundleRejected
from tomoni_desktop.sync.capture import quiet
from tomoni_desktop.sync.merge import dominates, join, merge_fields, rank
from tomoni_desktop.sync.stamp import conflict_count
from tomoni_desktop.sync.state import (
    BATCH,
    Counters,
    changes_json,
    load_rows,
    load_states,
    record_history,
    save_states,
)
from tomoni_desktop.sync.tables import (
    HEX32,
    MAX_TEXT,
    NAME,
    SyncedTable,
    decode_value,
    encode_value,
    synced_tables,
)

MAX_NODES = 10_000
MAX_SIBLINGS = 64
MAX_FIELDS = 512
MAX_COUNTER = 2**62


# ---------------------------------------------------------------- export


def _needed(state: dict, target: dict[str, int] | None) -> bool:
    return target is None or not dominates(target, state["c"])


def count_rows(connection: Connection, target: dict[str, int] | None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, text in connection.exec_driver_sql("SELECT table_name, state FROM sync_rows"):
        if _needed(json.loads(text), target):
            counts[name] = counts.get(name, 0) + 1
    return counts


def export_rows(
    connection: Connection,
    target: dict[str, int] | None,
    target_files: frozenset[str],
    counted: dict[str, int] | None = None,
) -> Iterator[dict[str, Any]]:
    """Every row the target lacks (all rows when `target` is None), parents first.
    `counted` (from count_rows) lets tables with nothing to send be skipped."""
    if counted is None:
        counted = count_rows(connection, target)
    for table in synced_tables().values():
        if table.name not in counted:
            continue
        pending: list[tuple[str, dict]] = []
        for row_id, text in _states_of(connection, table.name):
            state = json.loads(text)
            if _needed(state, target):
                pending.append((row_id, state))
            if len(pending) >= BATCH:
                yield from _rows_out(connection, table, pending, target_files)
                pending = []
        yield from _rows_out(connection, table, pending, target_files)


def _states_of(connection: Connection, table: str) -> Iterator[tuple[str, str]]:
    """A table's row states a page at a time: memory stays flat however big the school."""
    after = ""
    while True:
        page = connection.exec_driver_sql(
            "SELECT row_id, state FROM sync_rows WHERE table_name = ? AND row_id > ? "
            "ORDER BY row_id LIMIT 2000",
            (table, after),
        ).fetchall()
        if not page:
            return
        yield from page
        after = page[-1][0]


def _rows_out(
    connection: Connection,
    table: SyncedTable,
    pending: list[tuple[str, dict]],
    target_files: frozenset[str],
) -> Iterator[dict[str, Any]]:
    if not pending:
        return
    values = load_rows(connection, table.name, (row_id for row_id, _ in pending))
    for row_id, state in pending:
        row = values[row_id]
        fields: dict[str, list] = {}
        for name, siblings in state["f"].items():
            shown = siblings[0]
            fields[name] = [[*shown[:3], encode_value(row[name])], *siblings[1:]]
        fields.update(state.get("u", {}))
        out: dict[str, Any] = {"t": table.name, "id": row_id, "c": state["c"], "f": fields}
        if table.content_field and row_id in target_files:
            fields.pop(table.content_field, None)
            out["o"] = [table.content_field]
        yield out


# ---------------------------------------------------------------- import


@dataclass
class ImportReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)

    def count(self, table: str, outcome: str, amount: int = 1) -> None:
        setattr(self, outcome, getattr(self, outcome) + amount)
        per_table = self.tables.setdefault(table, {})
        per_table[outcome] = per_table.get(outcome, 0) + amount

    def as_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "tables": self.tables,
        }


def invalid_row(name: str, table: str, row: str, column: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} holds a row that is not valid (table {table}, row {row}, field {field}); "
            "nothing was imported.",
        ),
        name=name,
        table=table or "?",
        row=row or "?",
        field=column or "?",
    )


def _check_row(row: Any, tables: dict[str, SyncedTable], name: str) -> tuple[SyncedTable, dict]:
    """The row's table and its fields with decoded values, or a refusal naming the spot."""
    if type(row) is not dict or not {"t", "id", "c", "f"} <= row.keys() <= {
        "t",
        "id",
        "c",
        "f",
        "o",
    }:
        raise invalid_row(name, "", "", "")
    table_name, row_id = row["t"], row["id"]
    table = tables.get(table_name) if isinstance(table_name, str) else None
    if table is None:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} holds data this version does not know (table {table}); nothing was "
                "imported.",
            ),
            name=name,
            table=str(table_name)[:64],
        )
    if not isinstance(row_id, str) or not HEX32.match(row_id):
        raise invalid_row(name, table.name, "", "id")
    context = row["c"]
    if (
        type(context) is not dict
        or not 0 < len(context) <= MAX_NODES
        or not all(
            isinstance(n, str) and HEX32.match(n) and type(c) is int and 0 < c < MAX_COUNTER
            for n, c in context.items()
        )
    ):
        raise invalid_row(name, table.name, row_id, "c")
    fields = row["f"]
    if type(fields) is not dict or len(fields) > MAX_FIELDS:
        raise invalid_row(name, table.name, row_id, "f")
    decoded: dict[str, list] = {}
    for column, siblings in fields.items():
        if not isinstance(column, str) or not NAME.match(column) or column == "id":
            raise invalid_row(name, table.name, row_id, str(column)[:64])
        if type(siblings) is not list or not 0 < len(siblings) <= MAX_SIBLINGS:
            raise invalid_row(name, table.name, row_id, column)
        check = table.checks.get(column)
        out = []
        for sibling in siblings:
            if (
                type(sibling) is not list
                or len(sibling) != 4
                or not isinstance(sibling[0], str)
                or type(sibling[1]) is not int
                or type(sibling[2]) is not int
                or not 0 < sibling[1] <= context.get(sibling[0], 0)
                or not 0 <= sibling[2] < 2**63
            ):
                raise invalid_row(name, table.name, row_id, column)
            value = sibling[3]
            try:
                if isinstance(value, dict):
                    if set(value) != {"$b"} or not isinstance(value["$b"], str):
                        raise ValueError(column)
                    value = decode_value(value)
                elif isinstance(value, list) or isinstance(value, str) and len(value) > MAX_TEXT:
                    raise ValueError(column)
            except ValueError as error:
                raise invalid_row(name, table.name, row_id, column) from error
            if check is not None and not check(value):
                raise invalid_row(name, table.name, row_id, column)
            out.append([sibling[0], sibling[1], sibling[2], value])
        decoded[column] = out
    omitted = row.get("o", [])
    if type(omitted) is not list or any(o != table.content_field for o in omitted):
        raise invalid_row(name, table.name, row_id, "o")
    return table, decoded


def apply_rows(
    connection: Connection, rows: Iterable[Any], name: str, counters: Counters
) -> ImportReport:
    """Merge every row into the database, inside the caller's transaction, capture off.
    Any invalid row raises before the caller commits, so nothing is half-written."""
    report = ImportReport()
    tables = synced_tables()
    seen: set[tuple[str, str]] = set()
    batch: list[tuple[dict, dict]] = []
    current: SyncedTable | None = None
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    with quiet(connection):
        for row in rows:
            table, fields = _check_row(row, tables, name)
            key = (table.name, row["id"])
            if key in seen:
                raise invalid_row(name, table.name, row["id"], "id")
            seen.add(key)
            if table is not current or len(batch) >= BATCH:
                if current is not None:
                    _merge_batch(connection, current, batch, report, counters, name)
                current, batch = table, []
            batch.append((row, fields))
        if current is not None:
            _merge_batch(connection, current, batch, report, counters, name)
    return report


def _with_values(state: dict, local_row: dict) -> dict[str, list]:
    fields = {}
    for column, siblings in state["f"].items():
        shown = siblings[0]
        fields[column] = [
            [*shown[:3], local_row.get(column)],
            *([n, c, k, decode_value(v)] for n, c, k, v in siblings[1:]),
        ]
    for column, siblings in state.get("u", {}).items():
        fields[column] = [[n, c, k, decode_value(v)] for n, c, k, v in siblings]
    return fields


def _merge_batch(
    connection: Connection,
    table: SyncedTable,
    batch: list[tuple[dict, dict]],
    report: ImportReport,
    counters: Counters,
    name: str,
) -> None:
    ids = [row["id"] for row, _ in batch]
    states = load_states(connection, table.name, ids)
    local_rows = load_rows(connection, table.name, ids)
    inserts, updates, out_states, history = [], [], [], []
    for row, remote in batch:
        row_id, remote_context = row["id"], row["c"]
        for siblings in remote.values():
            for sibling in siblings:
                counters.observe(sibling[2])
        state = states.get(row_id)
        local_row = local_rows.get(row_id)
        old_conflicts = 0
        if state is None or local_row is None:
            merged = {c: sorted(s, key=rank, reverse=True) for c, s in remote.items()}
            context = dict(remote_context)
        else:
            local_context = state["c"]
            if dominates(local_context, remote_context):
                report.count(table.name, "unchanged")
                continue
            local = _with_values(state, local_row)
            old_conflicts = conflict_count(table, local)
            merged = merge_fields(
                local,
                local_context,
                remote,
                remote_context,
                keep_local=frozenset(row.get("o", ())),
            )
            context = join(local_context, remote_context)
        values = {}
        for column in table.fields:
            if column in merged:
                values[column] = merged[column][0][3]
            elif local_row is not None:
                values[column] = local_row[column]
            else:
                values[column] = table.defaults.get(column)
        if local_row is None:
            if table.content_field and "o" in row:
                raise invalid_row(name, table.name, row_id, table.content_field)
            _check_content(table, values, name, row_id)
            inserts.append((row_id, *(values[c] for c in table.fields)))
            report.count(table.name, "new")
            newest = max((s[0] for s in merged.values()), key=rank)
            history.append((table.name, row_id, "{}", newest[0], newest[1], newest[2], True))
        else:
            changed = {c: (local_row[c], v) for c, v in values.items() if local_row[c] != v}
            if changed:
                _check_content(table, values, name, row_id)
                updates.append((*(values[c] for c in table.fields), row_id))
                newest = max((merged[c][0] for c in changed if c in merged), key=rank)
                history.append(
                    (
                        table.name,
                        row_id,
                        changes_json(changed),
                        newest[0],
                        newest[1],
                        newest[2],
                        True,
                    )
                )
            report.count(table.name, "updated" if changed else "unchanged")
        new_state: dict[str, Any] = {"c": context, "f": {}}
        unknown = {}
        for column, siblings in merged.items():
            if column in table.checks:
                new_state["f"][column] = [
                    siblings[0][:3],
                    *([n, c, k, encode_value(v)] for n, c, k, v in siblings[1:]),
                ]
            else:
                unknown[column] = [[n, c, k, encode_value(v)] for n, c, k, v in siblings]
        if unknown:
            new_state["u"] = unknown
        conflicts = conflict_count(table, new_state["f"])
        if conflicts > old_conflicts:
            report.count(table.name, "conflicts", conflicts - old_conflicts)
        out_states.append((row_id, new_state, conflicts))
    columns = ", ".join(f'"{c}"' for c in table.columns)
    if inserts:
        marks = ", ".join("?" * len(table.columns))
        connection.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', inserts
        )
    if updates:
        assignments = ", ".join(f'"{c}" = ?' for c in table.fields)
        connection.exec_driver_sql(f'UPDATE "{table.name}" SET {assignments} WHERE id = ?', updates)
    save_states(connection, table.name, out_states)
    record_history(connection, history)


def _check_content(table: SyncedTable, values: dict, name: str, row_id: str) -> None:
    """A content-addressed file must be the file its hash names."""
    if table.content_field is None:
        return
    content = values.get(table.content_field)
    if not isinstance(content, bytes) or hashlib.sha256(content).hexdigest() != values.get(
        "sha256"
    ):
        raise invalid_row(name, table.name, row_id, table.content_field)
