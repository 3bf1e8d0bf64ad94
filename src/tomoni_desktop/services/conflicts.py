"""The conflict inbox and each record's history, in words a teacher reads.

A conflict is a grade field (a score) that two laptops changed without seeing each other's
change: every value is kept until a person keeps one or types another. That choice is a new
edit that has seen all of them, so it clears the conflict on every laptop it reaches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Connection

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.sync.capture import note_write
from tomoni_desktop.sync.identity import load_identity
from tomoni_desktop.sync.packing import unpack
from tomoni_desktop.sync.peers import all_peers, own_person
from tomoni_desktop.sync.protocol import own_nodes
from tomoni_desktop.sync.state import clock_time
from tomoni_desktop.sync.tables import ConflictField, decode_value, synced_tables


def node_names(uow: UnitOfWork) -> dict[str, str]:
    """Which laptop each node id belongs to, as far as this computer knows."""
    connection = uow.connection
    names: dict[str, str] = {}
    for peer in all_peers(connection):
        for node in peer.nodes:
            names[node] = _who(peer.person, peer.name)
    identity = load_identity(connection)
    own = _who(own_person(connection), identity.name if identity else "")
    for node in own_nodes(connection):
        names[node] = own
    return names


def _who(person: str, laptop: str) -> str:
    """ "Rahmatia, S.Pd. · Laptop Bu Sari": the teacher, then the laptop."""
    return " · ".join(part for part in (person, laptop) if part)


@dataclass(frozen=True)
class ConflictValue:
    value: object
    laptop: str
    when: datetime


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    field: str
    label: str  # what the row is, for a person: the pupil and the worksheet
    values: tuple[ConflictValue, ...]
    editor: ConflictField  # what a person may type instead


def _label(connection: Connection, table: str, row_id: str) -> str:
    if table == "worksheet_copies":
        found = connection.exec_driver_sql(
            "SELECT s.full_name, w.title FROM worksheet_copies c JOIN students s "
            "ON s.id = c.student_id JOIN hand_outs h ON h.id = c.hand_out_id JOIN worksheets w "
            "ON w.id = h.worksheet_id WHERE c.id = ?",
            (row_id,),
        ).first()
        if found:
            return f"{found[0]} · {found[1]}"
    return f"{table} {row_id[:8]}"


def list_conflicts(uow: UnitOfWork) -> list[Conflict]:
    connection = uow.connection
    names = node_names(uow)
    tables = synced_tables()
    found: list[Conflict] = []
    for table_name, row_id, state in connection.exec_driver_sql(
        "SELECT table_name, row_id, state FROM sync_rows WHERE conflicts > 0 "
        "ORDER BY table_name, row_id"
    ):
        table = tables.get(table_name)
        if table is None:
            continue
        fields = unpack(json.loads(state), decode_value)["f"]
        current = (
            connection.exec_driver_sql(f'SELECT * FROM "{table_name}" WHERE id = ?', (row_id,))
            .mappings()
            .first()
        )
        if current is None:  # the row itself has not arrived yet
            continue
        for field in sorted(table.conflict_fields):
            siblings = fields.get(field, [])
            if len(siblings) < 2:
                continue
            values = [
                ConflictValue(
                    current[field] if index == 0 else decode_value(sibling[3]),
                    names.get(sibling[0], sibling[0][:8]),
                    clock_time(sibling[2]),
                )
                for index, sibling in enumerate(siblings)
            ]
            found.append(
                Conflict(
                    table_name,
                    row_id,
                    field,
                    _label(connection, table_name, row_id),
                    tuple(values),
                    table.conflict_fields[field],
                )
            )
    return found


def resolve_conflict(uow: UnitOfWork, table: str, row_id: str, field: str, value: object) -> None:
    """Settle a conflict with `value` (one of the values, or a new one) as an edit here."""
    connection = uow.connection
    spec = synced_tables().get(table)
    if (
        spec is None
        or field not in spec.conflict_fields
        or not spec.checks[field](value)
        or not spec.conflict_fields[field].accepts(value)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That value cannot be used here."), field="value"
        )
    old = connection.exec_driver_sql(
        f'SELECT "{field}" FROM "{table}" WHERE id = ?', (row_id,)
    ).scalar()
    connection.exec_driver_sql(f'UPDATE "{table}" SET "{field}" = ? WHERE id = ?', (value, row_id))
    # Keeping the value already shown changes nothing in the row; the decision is still an
    # edit that has seen every value.
    note_write(connection, table, row_id, field, old)
    from tomoni_desktop.sync.stamp import stamp

    stamp(connection)  # the inbox empties at once, not at the next bundle
    uow.changed(Area.SYNC, Area.WORKSHEETS)


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    laptop: str
    arrived: bool
    changes: dict[str, tuple[object, object]]  # empty: the record was made
    record_kind: str = ""  # "guardian" or "class" for a pupil's related records
    record_name: str = ""


def row_history(uow: UnitOfWork, table: str, row_id: str) -> list[HistoryEntry]:
    """Newest first: what changed in this record, when, and on which laptop."""
    connection = uow.connection
    from tomoni_desktop.sync.stamp import stamp

    stamp(connection)  # edits not yet stamped appear too
    names = node_names(uow)
    entries = []
    for changes, node, clock, arrived in connection.exec_driver_sql(
        "SELECT changes, node, clock, arrived FROM sync_history WHERE table_name = ? "
        "AND row_id = ? ORDER BY clock DESC, seq DESC",
        (table, row_id.replace("-", "")),
    ):
        decoded = {
            name: (decode_value(old), decode_value(new))
            for name, (old, new) in json.loads(changes).items()
            if name != "updated_at"
        }
        entries.append(
            HistoryEntry(clock_time(clock), names.get(node, node[:8]), bool(arrived), decoded)
        )
    return entries


def pupil_history(uow: UnitOfWork, student_id: str) -> list[HistoryEntry]:
    """A pupil's own record, their guardians and their classes, newest first."""
    connection = uow.connection
    pupil = student_id.replace("-", "")
    entries = row_history(uow, "students", pupil)
    related = connection.exec_driver_sql(
        "SELECT 'guardian', id, name FROM guardians WHERE student_id = ? UNION ALL "
        "SELECT 'class', e.id, c.name FROM enrollments e JOIN school_classes c "
        "ON c.id = e.class_id WHERE e.student_id = ?",
        (pupil, pupil),
    ).fetchall()
    for kind, row_id, name in related:
        table = "guardians" if kind == "guardian" else "enrollments"
        entries += [
            replace(entry, record_kind=kind, record_name=name)
            for entry in row_history(uow, table, row_id)
        ]
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def concurrent_values(uow: UnitOfWork, table: str, row_id: str) -> dict[str, list]:
    """Plain fields whose other concurrent values are still kept: shown beside history."""
    connection = uow.connection
    found = connection.exec_driver_sql(
        "SELECT state FROM sync_rows WHERE table_name = ? AND row_id = ?",
        (table, row_id.replace("-", "")),
    ).scalar()
    if not found:
        return {}
    names = node_names(uow)
    return {
        field: [
            (decode_value(s[3]), names.get(s[0], s[0][:8]), clock_time(s[2])) for s in siblings[1:]
        ]
        for field, siblings in unpack(json.loads(found), decode_value)["f"].items()
        if len(siblings) > 1
    }
