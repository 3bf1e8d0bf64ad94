"""Forgetting purged pupils' old values: this computer's sync history of their rows, and
values kept beside the shown one (a conflict, or an older edit of a plain field), hold
what the purge blanked."""

from __future__ import annotations

import orjson
from sqlalchemy import Connection

from tomoni_desktop.core.personal import PERSONAL, blank_purged, rows_of_purged
from tomoni_desktop.sync.capture import row_id_sql
from tomoni_desktop.sync.stamp import conflict_count, stamp
from tomoni_desktop.sync.state import load_rows, read_packed
from tomoni_desktop.sync.tables import synced_tables


def forget_purged(connection: Connection) -> None:
    """Blank what is not blank yet, stamp it (captured old values become history), then
    delete that history and the kept concurrent values of every purged pupil's rows."""
    if not connection.exec_driver_sql(
        "SELECT 1 FROM students WHERE purged_on IS NOT NULL LIMIT 1"
    ).first():
        return  # nobody purged: nothing to do (the import's usual case)
    blank_purged(connection)
    stamp(connection)
    tables = synced_tables()
    for table, names in PERSONAL.items():
        # as sync keeps ids (PostgreSQL's uuid column reads with dashes)
        rows = f"SELECT {row_id_sql(connection, 'p.id')} FROM ({rows_of_purged(table)}) AS p"
        connection.exec_driver_sql(
            f"DELETE FROM sync_history WHERE table_name = ? AND row_id IN ({rows})", (table,)
        )
        connection.exec_driver_sql(  # and the "made" lines rows keep with them
            "UPDATE sync_rows SET made_arrived = NULL, made_by = NULL WHERE table_name = ? "
            f"AND made_arrived IS NOT NULL AND row_id IN ({rows})",
            (table,),
        )
        # A state keeping a value beside the shown one has a second dot: "d":[[…],[…]]
        # (packing.py); a row one dot wrote whole has no ",[" and is not read at all.
        kept = connection.exec_driver_sql(
            "SELECT row_id, state FROM sync_rows WHERE table_name = ? "
            f"AND state LIKE '%,[%' AND row_id IN ({rows})",
            (table,),
        ).fetchall()
        shown = load_rows(connection, table, [row_id for row_id, _state in kept])
        for row_id, state in kept:
            found = read_packed(table, state)
            fields = found.get("f", {})
            trimmed = False
            for name in names:
                if isinstance(fields.get(name), list) and len(fields[name]) > 1:
                    fields[name] = fields[name][:1]  # the shown (blank) value only
                    trimmed = True
            if trimmed:
                conflicts = conflict_count(tables[table], fields, shown.get(row_id, {}))
                connection.exec_driver_sql(
                    "UPDATE sync_rows SET state = ?, conflicts = ? "
                    "WHERE table_name = ? AND row_id = ?",
                    (orjson.dumps(found).decode(), conflicts, table, row_id),
                )
