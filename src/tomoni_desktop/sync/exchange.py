"""Rows out of a database for a bundle, and rows from a bundle merged into a database.

Both work on a SQLAlchemy connection inside the caller's transaction, with raw SQLite values,
so what is read is what is written back, type for type.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP
from tomoni_desktop.sync.bundle import BundleRejected
from tomoni_desktop.sync.capture import quiet
from tomoni_desktop.sync.merge import dominates, join, merge_fields, rank
from tomoni_desktop.sync.packing import (
    expanded,
    left_out,
    pack,
    packed_from_wire,
    read_stored,
    unpack,
    wire_dot,
    wire_row,
    with_shown_values,
)
from tomoni_desktop.sync.stamp import conflict_count
from tomoni_desktop.sync.state import (
    BATCH,
    Counters,
    changes_json,
    load_packed,
    load_rows,
    record_history,
    save_packed,
    values_reader,
)
from tomoni_desktop.sync.storage import on_sqlite, value_writers
from tomoni_desktop.sync.tables import (
    HEX32,
    MAX_TEXT,
    NAME,
    SyncedTable,
    decode_value,
    synced_tables,
)

MAX_NODES = 10_000
MAX_SIBLINGS = 64
MAX_FIELDS = 512
MAX_COUNTER = 2**62
FOREIGN_KEY_VIOLATION = "23503"  # PostgreSQL's SQLSTATE


# ---------------------------------------------------------------- export


def node_tops(connection: Connection) -> list[tuple[str, int]]:
    """Every node in any row's context, with the highest counter of it any row has seen:
    in the context lines, or in the dots kept as columns of sync_rows (each read along its
    (node, counter) index; a union of the two could not use them)."""
    tops: dict[str, int] = {}
    for query in (
        "SELECT node, MAX(counter) FROM sync_row_nodes GROUP BY node",
        "SELECT node, MAX(counter) FROM sync_rows WHERE node IS NOT NULL GROUP BY node",
    ):
        for node, counter in connection.exec_driver_sql(query):
            tops[node] = max(tops.get(node, 0), counter)
    return sorted(tops.items())


def _mark_lacked(connection: Connection, target: dict[str, int]) -> None:
    """Note in a temporary table the rows a reader with vector `target` lacks: those whose
    context holds a counter of some node above the reader's, found by the index."""
    connection.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS sync_export (table_name TEXT, row_id TEXT, "
        "PRIMARY KEY (table_name, row_id))" + (" WITHOUT ROWID" if on_sqlite(connection) else "")
    )
    connection.exec_driver_sql("DELETE FROM sync_export")  # a temporary table is found first
    for node, highest in node_tops(connection):
        known = target.get(node, 0)
        if highest > known:
            for source in ("sync_row_nodes", "sync_rows"):  # by their (node, counter) index
                connection.exec_driver_sql(
                    "INSERT INTO sync_export (table_name, row_id) "
                    f"SELECT table_name, row_id FROM {source} WHERE node = ? AND counter > ? "
                    "ON CONFLICT DO NOTHING",
                    (node, known),
                )


def count_rows(connection: Connection, target: dict[str, int] | None) -> dict[str, int]:
    """Rows to send per table; for a target, also marks them for `export_rows`."""
    if target is None:
        query = "SELECT table_name, COUNT(*) FROM sync_rows GROUP BY table_name"
    else:
        _mark_lacked(connection, target)
        query = "SELECT table_name, COUNT(*) FROM sync_export GROUP BY table_name"
    return dict(connection.exec_driver_sql(query).fetchall())


def export_rows(
    connection: Connection,
    target: dict[str, int] | None,
    target_files: frozenset[str],
    counted: dict[str, int] | None = None,
) -> Iterator[dict[str, Any]]:
    """Every row the target lacks (all rows when `target` is None), parents first.
    `counted` is count_rows' answer for the same target, made in this transaction."""
    if counted is None:
        counted = count_rows(connection, target)
    for table in synced_tables().values():
        if table.name not in counted:
            continue
        pending: list[tuple] = []
        for line in _states_of(connection, table, marked=target is not None):
            pending.append(line)
            if len(pending) >= BATCH:
                yield from _rows_out(connection, table, pending, target_files)
                pending = []
        yield from _rows_out(connection, table, pending, target_files)


def _states_of(connection: Connection, table: SyncedTable, marked: bool) -> Iterator[tuple]:
    """A table's rows as (row id, *STORED, id found, *values) (only those `_mark_lacked`
    noted, when `marked`), a page at a time: memory stays flat however big the school.
    The state and the row are read in one join: half the cost of looking the rows up."""
    values = ", ".join(f't."{name}"' for name in table.fields)
    joined = f'LEFT JOIN "{table.name}" AS t ON t.id = ' + (
        "s.row_id" if on_sqlite(connection) else "CAST(s.row_id AS uuid)"
    )
    if marked:
        query = (
            f"SELECT e.row_id, s.state, s.node, s.counter, s.clock, t.id, {values} "
            "FROM sync_export AS e JOIN sync_rows AS s ON s.table_name = e.table_name "
            f"AND s.row_id = e.row_id {joined} WHERE e.table_name = ? AND e.row_id > ? "
            "ORDER BY e.row_id LIMIT 2000"
        )
    else:
        query = (
            f"SELECT s.row_id, s.state, s.node, s.counter, s.clock, t.id, {values} "
            f"FROM sync_rows AS s {joined} WHERE s.table_name = ? AND s.row_id > ? "
            "ORDER BY s.row_id LIMIT 2000"
        )
    after = ""
    while True:
        page = connection.exec_driver_sql(query, (table.name, after)).fetchall()
        if not page:
            return
        yield from page
        after = page[-1][0]


def _rows_out(
    connection: Connection,
    table: SyncedTable,
    pending: list[tuple],
    target_files: frozenset[str],
) -> Iterator[dict[str, Any]]:
    """Bundle rows of `_states_of` lines. A row kept as its dot travels compact, made
    here at once (what wire_row makes of its state, without making the state)."""
    carried = values_reader(connection, table.name)
    fields, name = table.fields, table.name
    for row_id, text, node, counter, clock, found, *values in pending:
        if found is None:
            raise LookupError(f"{name} {row_id}: a row state without its row")
        if text is None and not table.binary:
            yield {
                "t": name,
                "id": row_id,
                "c": {node: counter},
                "d": [[node, counter, clock]],
                "v": dict(zip(fields, carried(values), strict=True)),
            }
            continue
        packed = read_stored(text, node, counter, clock, fields)
        shown = dict(zip(fields, carried(values), strict=True))
        out = wire_row(name, row_id, packed, shown, table.binary)
        if table.content_field and row_id in target_files:
            left_out(out, table.content_field)
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


ROW_KEYS = frozenset({"t", "id", "c", "d", "f"})
ROW_KEYS_OPTIONAL = ROW_KEYS | {"o"}
COMPACT_KEYS = frozenset({"t", "id", "c", "d", "v"})  # packing.py
COMPACT_KEYS_OPTIONAL = COMPACT_KEYS | {"o", "i"}


def missing_records(name: str, table: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} refers to records this computer does not have (table {table}); "
            "nothing was imported. Ask for a bundle with everything (Semua data).",
        ),
        name=name,
        table=table,
    )


def _check_row(row: Any, tables: dict[str, SyncedTable], name: str) -> tuple[SyncedTable, dict]:
    """The row's table and its fields as [dot index, value] lists with decoded values (a
    compact row's: its values, decoded), or a refusal naming the table, row and field."""
    if type(row) is not dict or not (
        row.keys() == COMPACT_KEYS  # the usual row, at once
        or ROW_KEYS <= row.keys() <= ROW_KEYS_OPTIONAL
        or COMPACT_KEYS <= row.keys() <= COMPACT_KEYS_OPTIONAL
    ):
        raise invalid_row(name, "", "", "")
    table_name, row_id = row["t"], row["id"]
    table = tables.get(table_name) if type(table_name) is str else None
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
        or not all(map(_context_line, context.items()))
    ):
        raise invalid_row(name, table.name, row_id, "c")
    dots = row["d"]
    if type(dots) is not list or len(dots) > MAX_FIELDS * MAX_SIBLINGS:
        raise invalid_row(name, table.name, row_id, "d")
    for dot in dots:
        if (
            type(dot) is not list
            or len(dot) != 3
            or type(dot[1]) is not int
            or type(dot[2]) is not int
            or not isinstance(dot[0], str)
            or not 0 < dot[1] <= context.get(dot[0], 0)  # every dot inside the row's context
            or not 0 <= dot[2] < 2**63
        ):
            raise invalid_row(name, table.name, row_id, "d")
    if "v" in row:  # compact: one dot wrote every field
        return table, _checked_values(row, table, name)
    checks = table.checks
    fields = row["f"]
    if type(fields) is not dict or not 0 < len(fields) <= MAX_FIELDS:  # a row has fields
        raise invalid_row(name, table.name, row_id, "f")
    count = len(dots)
    decoded: dict[str, list] = {}
    for column, entries in fields.items():
        if type(entries) is not list or not 0 < len(entries) <= MAX_SIBLINGS:
            raise invalid_row(name, table.name, row_id, str(column)[:64])
        check = checks.get(column)
        if check is None and (not isinstance(column, str) or not NAME.match(column)):
            raise invalid_row(name, table.name, row_id, str(column)[:64])
        if column == "id":
            raise invalid_row(name, table.name, row_id, column)
        if len(entries) == 1:  # the usual case: one value, no siblings
            entry = entries[0]
            if type(entry) is list and len(entry) == 2:
                index, value = entry
                kind = type(value)
                if (
                    type(index) is int
                    and 0 <= index < count
                    and (kind is str or kind is int or kind is float or value is None)
                    and (check is None or check(value))
                    and (kind is not str or len(value) <= MAX_TEXT)
                ):
                    decoded[column] = entries
                    continue
        binary = False  # the general case, which also names what is wrong
        for entry in entries:
            if type(entry) is not list or len(entry) != 2:
                raise invalid_row(name, table.name, row_id, column)
            index, value = entry
            if type(index) is not int or not 0 <= index < count:
                raise invalid_row(name, table.name, row_id, column)
            binary = binary or type(value) is dict
            _checked_value(value, check, name, table, row_id, column)
        # [dot index, value] pairs; the row's own lists unless a file's bytes were decoded
        decoded[column] = (
            [[index, decode_value(value)] for index, value in entries] if binary else entries
        )
    _check_omitted(row, table, name)
    return table, decoded


def _context_line(line: tuple[Any, Any]) -> bool:
    node, counter = line
    return (
        type(node) is str
        and HEX32.match(node) is not None
        and type(counter) is int
        and (0 < counter < MAX_COUNTER)
    )


def _checked_values(row: dict, table: SyncedTable, name: str) -> dict[str, Any]:
    """A compact row's values (one each, no siblings), decoded, or a refusal naming the
    field. Its "i" says which dot wrote a field, when not the first: only with several."""
    row_id, shown, checks = row["id"], row["v"], table.checks
    if type(shown) is not dict or not 0 < len(shown) <= MAX_FIELDS:
        raise invalid_row(name, table.name, row_id, "v")
    count = len(row["d"])
    if "i" not in row:
        if count != 1:
            raise invalid_row(name, table.name, row_id, "d")
    else:
        index = row["i"]
        if (
            count < 2
            or type(index) is not dict
            or not index.keys() <= shown.keys()
            or not all(type(i) is int and 0 <= i < count for i in index.values())
        ):
            raise invalid_row(name, table.name, row_id, "i")
    if table.whole_and_valid(shown):
        _check_omitted(row, table, name)
        return shown
    if "id" in shown:
        raise invalid_row(name, table.name, row_id, "id")
    decoded = shown
    for column, value in shown.items():
        check = checks.get(column)
        if check is not None and check(value):
            continue  # the usual case: a column's check passes only plain, bounded values
        if check is None and (not isinstance(column, str) or not NAME.match(column)):
            raise invalid_row(name, table.name, row_id, str(column)[:64])
        plain = _checked_value(value, check, name, table, row_id, column)
        if plain is not value:  # a file's bytes: decoded in a copy, the row stays as sent
            decoded = dict(decoded) if decoded is shown else decoded
            decoded[column] = plain
    _check_omitted(row, table, name)
    return decoded


def _checked_value(
    value: Any, check: Any, name: str, table: SyncedTable, row_id: str, column: str
) -> Any:
    """One field's value from a bundle (bytes decoded), or a refusal naming it."""
    kind = type(value)
    if kind is dict:
        try:
            if value.keys() != {"$b"} or type(value["$b"]) is not str:
                raise ValueError(column)
            value = decode_value(value)
        except ValueError as error:
            raise invalid_row(name, table.name, row_id, column) from error
    elif kind is list or (kind is str and len(value) > MAX_TEXT):
        raise invalid_row(name, table.name, row_id, column)
    if check is not None and not check(value):
        raise invalid_row(name, table.name, row_id, column)
    return value


def _check_omitted(row: dict, table: SyncedTable, name: str) -> None:
    omitted = row.get("o")
    if omitted is not None and (
        type(omitted) is not list or any(o != table.content_field for o in omitted)
    ):
        raise invalid_row(name, table.name, row["id"], "o")


def apply_rows(
    connection: Connection,
    rows: Iterable[Any],
    name: str,
    counters: Counters,
    people: dict[str, str] | None = None,
) -> ImportReport:
    """Merge every row into the database, inside the caller's transaction, capture off.
    Any invalid row raises before the caller commits, so nothing is half-written.

    Every bundle is written a table at a time, each table's rows by id (export_rows); a row
    twice, or out of that order, is refused. Checking the order needs no memory of the rows
    seen, so a bundle of any size is read in the same memory."""
    report = ImportReport()
    tables = synced_tables()
    finished: set[str] = set()
    last_id = ""
    batch: list[tuple[dict, dict]] = []
    current: SyncedTable | None = None
    later = Later()
    empty: set[str] = set()  # tables that held nothing, no row and no state, before

    def merge(table: SyncedTable, rows_of_table: list[tuple[dict, dict]]) -> None:
        _merge_batch(
            connection,
            table,
            rows_of_table,
            report,
            counters,
            name,
            people or {},
            later,
            table.name in empty,
        )

    if on_sqlite(connection):  # a broken reference is named at the end (protocol.py)
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    with quiet(connection) as calm, _references_checked(name):
        for row in rows:
            table, fields = _check_row(row, tables, name)
            row_id = row["id"]
            if table is not current:
                if table.name in finished:
                    raise invalid_row(name, table.name, row_id, "id")
                if current is not None:
                    finished.add(current.name)
                last_id = ""
                if _holds_nothing(connection, table.name):
                    empty.add(table.name)
            if row_id <= last_id:
                raise invalid_row(name, table.name, row_id, "id")
            last_id = row_id
            if table is not current or len(batch) >= BATCH:
                if table is current:  # a second batch of one table: many rows
                    calm.lift(table.name)
                if current is not None:
                    merge(current, batch)
                current, batch = table, []
            batch.append((row, fields))
        if current is not None:
            merge(current, batch)
        later.write(connection)
    return report


def _holds_nothing(connection: Connection, table: str) -> bool:
    """No row of `table` here, and no state of one."""
    return not connection.exec_driver_sql(
        f'SELECT 1 FROM "{table}" UNION ALL SELECT 1 FROM sync_rows WHERE table_name = ? LIMIT 1',
        (table,),
    ).first()


class Later:
    """References that may point ahead (`SyncedTable.forward`), written once every row is
    in: by table and column, (value, row id) pairs."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], list[tuple[Any, str]]] = {}

    def hold(self, table: SyncedTable, values: dict[str, Any], row_id: str) -> set[str]:
        """Keep the references in `values` that could point ahead; returns their columns,
        which the caller writes empty for now (a new row) or leaves out (an update)."""
        # a reference to nothing points nowhere ahead: written at once
        held = {c for c in table.forward if values.get(c) is not None}
        for column in held:
            self.values.setdefault((table.name, column), []).append((values[column], row_id))
        return held

    def write(self, connection: Connection) -> None:
        for (table, column), pairs in self.values.items():
            writers = value_writers(connection, table)
            if column in writers:
                pairs = [(writers[column](value), row_id) for value, row_id in pairs]
            connection.exec_driver_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', pairs)


@contextmanager
def _references_checked(name: str) -> Iterator[None]:
    """PostgreSQL checks a reference at each statement: a row pointing at a row that is
    neither here nor in the bundle is refused by name, as SQLite's check at the end does."""
    try:
        yield
    except IntegrityError as error:
        diagnosis = getattr(error.orig, "diag", None)
        if getattr(error.orig, "sqlstate", None) != FOREIGN_KEY_VIOLATION or diagnosis is None:
            raise
        raise missing_records(name, str(diagnosis.table_name or "?")) from error


def _with_values(state: dict, local_row: dict) -> dict[str, list]:
    """A stored state's fields with the shown values put back from the table's row."""
    fields = with_shown_values(state["f"], local_row)
    fields.update(state.get("u", {}))
    return fields


def _shown_of_wire(remote: dict[str, list], dots: list) -> tuple[dict[str, list], dict[str, Any]]:
    """Each field's shown dot and value in a bundle row taken as it is: its greatest sibling."""
    shown_dots, shown = {}, {}
    for column, entries in remote.items():
        if len(entries) == 1:
            index, value = entries[0]
        else:
            index, value = max(entries, key=lambda e: rank(dots[e[0]]))
        shown_dots[column], shown[column] = dots[index], value
    return shown_dots, shown


def _newest(
    shown_dots: dict[str, list] | None, columns: Iterable[str], dots: list, index: dict[str, int]
) -> list:
    """The greatest dot shown in `columns`. `shown_dots` None: a compact row's, whose fields
    are its first dot's unless `index` (its "i") says otherwise."""
    if shown_dots is None:
        if not index:
            return dots[0]
        return max((dots[index.get(c, 0)] for c in columns), key=rank)
    return max((shown_dots[c] for c in columns if c in shown_dots), key=rank)


def _merge_batch(
    connection: Connection,
    table: SyncedTable,
    batch: list[tuple[dict, dict]],
    report: ImportReport,
    counters: Counters,
    name: str,
    people: dict[str, str],  # "node:counter": who made that change, as the sender knows
    later: Later,
    empty: bool,  # the table held nothing before the import: no row of the batch is here
) -> None:
    ids = [row["id"] for row, _ in batch]
    # (a bundle holds a row once: none of the batch was written by an earlier one)
    states = {} if empty else load_packed(connection, table.name, ids)
    local_rows = {} if empty else load_rows(connection, table.name, ids)
    inserts, out_states, history, one_dots, made = [], [], [], [], []
    updates: dict[tuple[str, ...], list[tuple]] = {}  # by the fields changed: indexes of
    # fields that did not change are left alone
    every_field, in_order = table.field_set, table.in_order

    def person_of(dot: list) -> str:  # who made the change, as the sender knows
        return people.get(f"{dot[0]}:{dot[1]}", "") if people else ""

    for row, remote in batch:
        row_id, remote_context, dots = row["id"], row["c"], row["d"]
        if len(dots) == 1:
            counters.observe(dots[0][2])
        elif dots:
            counters.observe(max(dot[2] for dot in dots))
        local_row = local_rows.get(row_id)
        # A state without its row (or a row without state) is merged as a row new here.
        state = states.get(row_id) if local_row is not None else None
        old_conflicts = 0
        packed: dict[str, Any] | None = None  # None: the bundle row's state, taken as it is
        if state is not None and dominates(state["c"], remote_context):
            report.count(table.name, "unchanged")  # seen all of it already
            continue
        # each field's shown value, and its dot (None: every field's is the row's one dot)
        shown_dots: dict[str, list] | None = None
        if "o" not in row and (state is None or dominates(remote_context, state["c"])):
            # New here, or the sender has seen everything this row had: its state is the merge.
            if "v" in row:
                shown = remote
            elif len(dots) == 1:
                shown = {column: entries[0][1] for column, entries in remote.items()}
            else:
                shown_dots, shown = _shown_of_wire(remote, dots)
            if state is not None and local_row is not None:  # a state comes with its row
                old_conflicts = conflict_count(table, state["f"], local_row)
        else:
            if "v" in row:
                remote = expanded(remote, row.get("i", {}))
            siblings = {c: [[*dots[i], v] for i, v in entries] for c, entries in remote.items()}
            if state is not None and local_row is not None:
                local = _with_values(unpack(state, decode_value), local_row)
                old_conflicts = conflict_count(table, local, local_row)
                merged = merge_fields(
                    local,
                    state["c"],
                    siblings,
                    remote_context,
                    keep_local=frozenset(row.get("o", ())),
                )
                context = join(state["c"], remote_context)
            else:
                merged = {c: sorted(s, key=rank, reverse=True) for c, s in siblings.items()}
                context = dict(remote_context)
            shown = {c: s[0][3] for c, s in merged.items()}
            shown_dots = {c: s[0][:3] for c, s in merged.items()}
            packed = pack(
                {
                    "c": context,
                    "f": {c: s for c, s in merged.items() if c in table.checks},
                    "u": {c: s for c, s in merged.items() if c not in table.checks},
                }
            )
        # the usual row, taken as it is: kept as its dot (no state made, no conflict in it)
        dot = wire_dot(row, every_field) if packed is None else None
        if every_field <= shown.keys():
            values = shown  # the usual row: every field sent
        else:
            values = {}
            for column in table.fields:
                if column in shown:
                    values[column] = shown[column]
                elif local_row is not None:
                    values[column] = local_row[column]
                else:
                    values[column] = table.defaults.get(column)
        if local_row is None:
            if table.content_field and "o" in row:
                # The sender believed we had this file (a restored backup may not).
                raise missing_records(name, table.name)
            _check_content(table, values, name, row_id)
            held = later.hold(table, values, row_id)
            ordered = in_order(values)
            if held:
                ordered = tuple(
                    None if c in held else v for c, v in zip(table.fields, ordered, strict=True)
                )
            inserts.append((row_id, *ordered))
            if dot is not None:  # its "made" line kept with it
                made.append((row_id, dot, True, person_of(dot)))
                continue
            newest = _newest(shown_dots, shown, dots, row.get("i", {}))
            history.append(
                (
                    table.name,
                    row_id,
                    "{}",
                    newest[0],
                    newest[1],
                    newest[2],
                    True,
                    person_of(newest),
                )
            )
        else:
            before, now_values = in_order(local_row), in_order(values)
            changed = (
                {}
                if before == now_values  # compared in C; field by field only when they differ
                else {
                    c: (old, new)
                    for c, old, new in zip(table.fields, before, now_values, strict=True)
                    if old != new
                }
            )
            if changed:
                _check_content(table, values, name, row_id)
                now = {c: values[c] for c in changed}
                held = later.hold(table, now, row_id)
                now = {c: v for c, v in now.items() if c not in held}  # the references wait
                if now:
                    updates.setdefault(tuple(now), []).append((*now.values(), row_id))
                newest = _newest(shown_dots, changed, dots, row.get("i", {}))
                history.append(
                    (
                        table.name,
                        row_id,
                        changes_json(changed),
                        newest[0],
                        newest[1],
                        newest[2],
                        True,
                        person_of(newest),
                    )
                )
            report.count(table.name, "updated" if changed else "unchanged")
        if dot is not None:
            one_dots.append((row_id, dot))
            continue
        if packed is None:
            packed = packed_from_wire(row, table.checks)
        conflicts = conflict_count(table, packed["f"], values)
        if conflicts > old_conflicts:
            report.count(table.name, "conflicts", conflicts - old_conflicts)
        out_states.append((row_id, packed, conflicts))
    if inserts:
        report.count(table.name, "new", len(inserts))
    columns = ", ".join(f'"{c}"' for c in table.columns)
    writers = value_writers(connection, table.name)
    if writers:
        inserts = [_written(table.columns, row, writers) for row in inserts]
        updates = {
            fields: [_written((*fields, "id"), row, writers) for row in rows]
            for fields, rows in updates.items()
        }
    if inserts:
        marks = ", ".join("?" * len(table.columns))
        connection.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', inserts
        )
    for changed_fields, rows in updates.items():
        assignments = ", ".join(f'"{c}" = ?' for c in changed_fields)
        connection.exec_driver_sql(f'UPDATE "{table.name}" SET {assignments} WHERE id = ?', rows)
    replacing = [row_id for row_id, *_ in chain(out_states, one_dots, made) if row_id in states]
    save_packed(connection, table.name, out_states, one_dots, made, replacing)
    record_history(connection, history)


def _written(columns: tuple[str, ...], values: tuple, writers: dict[str, Any]) -> tuple:
    return tuple(writers[c](v) if c in writers else v for c, v in zip(columns, values, strict=True))


def _check_content(table: SyncedTable, values: dict, name: str, row_id: str) -> None:
    """A content-addressed file must be the file its hash names."""
    if table.content_field is None:
        return
    content = values.get(table.content_field)
    if not isinstance(content, bytes) or hashlib.sha256(content).hexdigest() != values.get(
        "sha256"
    ):
        raise invalid_row(name, table.name, row_id, table.content_field)
