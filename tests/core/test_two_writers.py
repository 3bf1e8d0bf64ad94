"""Two writers on one file: the second waits for the first instead of failing, and a writer
that waits too long gets a clear message (issue 15 §3)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from tomoni_desktop.core import database as database_module
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.errors import DatabaseError
from tomoni_desktop.core.unit_of_work import unit_of_work

SETTING = "INSERT INTO local_settings (key, value) VALUES (:key, 'x')"


def _count(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM local_settings WHERE key LIKE 'writer-%'")
        ).scalar_one()


def test_a_writer_that_read_first_waits_for_another_instead_of_failing(database, db_path):
    """The unit reads, another process writes meanwhile, then the unit writes: with a plain
    BEGIN, SQLite refused the upgrade to a write at once ("database is locked")."""
    other = Database.open(db_path)
    other_done: list[BaseException | None] = []

    def other_writes() -> None:
        try:
            with other.engine.begin() as connection:
                connection.execute(text(SETTING), {"key": "writer-other"})
            other_done.append(None)
        except BaseException as error:  # noqa: BLE001 - reported to the test
            other_done.append(error)

    try:
        with unit_of_work(database) as uow:
            uow.connection.execute(text("SELECT count(*) FROM local_settings")).scalar_one()
            thread = threading.Thread(target=other_writes)
            thread.start()
            time.sleep(0.3)  # the other writer is now trying to write
            uow.connection.execute(text(SETTING), {"key": "writer-unit"})
        thread.join(timeout=30)
    finally:
        other.close()
    assert other_done == [None]
    assert _count(database) == 2


def test_a_writer_that_waits_too_long_is_told_why(database, db_path, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    holder = Database.open(db_path)
    waiting = Database.open(db_path)
    try:
        with holder.engine.begin() as connection:
            connection.execute(text(SETTING), {"key": "writer-holder"})
            with pytest.raises(DatabaseError) as raised, unit_of_work(waiting) as uow:
                uow.connection.execute(text(SETTING), {"key": "writer-waiting"})
    finally:
        holder.close()
        waiting.close()
    assert "another" in raised.value.english().lower()
    assert _count(database) == 1
