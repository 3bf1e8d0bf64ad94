"""Backups are verified copies; restore keeps what it replaces; nothing else is touched."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.errors import DatabaseError
from tomoni_desktop.core.lifecycle import backup_now, daily_backup_if_due, open_for_use
from tomoni_desktop.core.models import Student
from tomoni_desktop.core.node import current_node_id
from tomoni_desktop.core.unit_of_work import unit_of_work


def count_students(path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM students").fetchone()[0]


def test_backup_is_a_verified_copy(demo_database, tmp_path):
    info = backups.create_backup(demo_database.path, tmp_path / "b", reason="manual")
    assert info.path.parent == tmp_path / "b"
    assert info.reason == "manual" and info.size > 0
    assert backups.integrity_ok(info.path)
    assert count_students(info.path) == 96
    assert not list((tmp_path / "b").glob("*.partial"))
    assert not (tmp_path / "b" / (info.path.name + "-wal")).exists()


def test_only_the_newest_are_kept_and_other_files_are_left_alone(demo_database, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "catatan-guru.txt").write_text("jangan dihapus")
    made = [backups.create_backup(demo_database.path, folder, "manual", keep=3) for _ in range(5)]
    kept = backups.list_backups(folder)
    assert [b.path for b in kept] == [b.path for b in reversed(made[-3:])]
    assert (folder / "catatan-guru.txt").read_text() == "jangan dihapus"


def test_backup_into_a_place_that_cannot_be_a_folder(demo_database, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError) as caught:
        backups.create_backup(demo_database.path, blocker / "sub")
    assert "backup folder" in caught.value.english()


def test_restore_brings_back_the_data_and_keeps_the_replaced_database(demo_database, tmp_path):
    folder = tmp_path / "b"
    saved = backup_now(demo_database, "manual")
    with unit_of_work(demo_database) as uow:
        session = uow.session
        for student in session.scalars(select(Student)).all()[:10]:
            student.mark_deleted()
        session.commit()
    with unit_of_work(demo_database) as uow:
        session = uow.session
        node_before = current_node_id(session)
    demo_database.close()

    replaced = backups.restore_backup(saved.path, demo_database.path, folder, keep=5).backup
    assert replaced is not None and replaced.reason == "before-restore"
    opened = open_for_use(demo_database.path)
    try:
        with unit_of_work(opened.database) as uow:
            session = uow.session
            alive = select(func.count()).select_from(Student).where(Student.deleted_at.is_(None))
            assert session.scalar(alive) == 96
            # a restored database is a new node: no change id is ever issued twice
            assert current_node_id(session) != node_before
    finally:
        opened.database.close()


def test_a_damaged_backup_is_refused_and_changes_nothing(demo_database, tmp_path):
    saved = backup_now(demo_database, "manual")
    data = bytearray(saved.path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 512] = b"\xff" * 512
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(bytes(data))
    demo_database.close()
    before = demo_database.path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        backups.restore_backup(broken, demo_database.path, tmp_path / "b", keep=5)
    assert "damaged" in caught.value.english()
    assert demo_database.path.read_bytes() == before


def test_not_a_backup_is_refused(demo_database, tmp_path):
    other = tmp_path / "foto.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 200)
    with pytest.raises(DatabaseError, match="not a Tomoni Desktop backup"):
        backups.restore_backup(other, demo_database.path, tmp_path / "b", keep=5)


def test_daily_backup_once_a_day(demo_database):
    first = daily_backup_if_due(demo_database)
    assert first is not None and first.reason == "daily"
    assert daily_backup_if_due(demo_database) is None
    folder = first.path.parent
    assert backups.backup_due_today(folder, now=datetime.now(UTC) + timedelta(days=1))
