"""Forgetting purged pupils' old values: this computer's sync history of their rows, and
values kept beside the shown one for a conflict, hold what the purge blanked."""

from __future__ import annotations

import orjson
from sqlalchemy import Connection

from tomoni_desktop.core.personal import PERSONAL, blank_purged, rows_of_purged
from tomoni_desktop.sync.capture import row_id_sql
from tomoni_desktop.sync.stamp import stamp


def forget_purged(connection: Connection) -> None:
    """Blank what is not blank yet, stamp it (captured old values become history), then
    delete that history and the kept concurrent values of every purged pupil's rows."""
    if not connection.exec_driver_sql(
        "SELECT 1 FROM students WHERE purged_on IS NOT NULL LIMIT 1"
    ).first():
        return  # nobody purged: nothing to do (the import's usual case)
    blank_purged(connection)
    stamp(connection)
    for table, names in PERSONAL.items():
        # as sync keeps ids (PostgreSQL's uuid column reads with dashes)
        rows = f"SELECT {row_id_sql(connection, 'p.id')} FROM ({rows_of_purged(table)}) AS p"
        connection.exec_driver_sql(
            f"DELETE FROM sync_history WHERE table_name = ? AND row_id IN ({rows})", (table,)
        )
        for row_id, state in connection.exec_driver_sql(
            f"SELECT row_id, state FROM sync_rows WHERE table_name = ? AND conflicts > 0 "
            f"AND row_id IN ({rows})",
            (table,),
        ).fetchall():
            found = orjson.loads(state)
            fields = found.get("f", {})
            for name in names:
                if isinstance(fields.get(name), list) and len(fields[name]) > 1:
                    fields[name] = fields[name][:1]  # the shown (blank) value only
            connection.exec_driver_sql(
                "UPDATE sync_rows SET state = ?, conflicts = 0 WHERE table_name = ? AND row_id = ?",
                (orjson.dumps(found).decode(), table, row_id),
            )
