"""Once people sign in, the database file is encrypted (SQLCipher) under the key their PINs
release: a copy opens for no one without a PIN; backups stay encrypted and carry their key
file; a restore puts both back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from tomoni_desktop.core import cipher, keyfile
from tomoni_desktop.core.backup import create_backup, list_backups, prune_backups, restore_backup
from tomoni_desktop.core.database import DatabaseLocked, FileKind, inspect_file
from tomoni_desktop.core.models import Student
from tomoni_desktop.core.unit_of_work import run_flow, unit_of_work
from tomoni_desktop.services.school import profiles
from tomoni_desktop.services.school.database import open_database

PIN = "240617"


@pytest.fixture
def encrypted(demo_database):
    done = run_flow(
        demo_database,
        lambda units: profiles.set_up_sign_in_here(units, "Kantor", PIN, PIN),
    ).result
    demo_database.actor = done.actor
    return demo_database, done


def _pupils(database) -> int:
    with unit_of_work(database) as uow:
        return uow.session.scalar(select(func.count()).select_from(Student))


def test_the_file_is_encrypted_and_the_app_keeps_working(encrypted):
    database, done = encrypted
    assert not database.path.read_bytes().startswith(b"SQLite format 3")
    assert _pupils(database) == 96  # the open database works on, through SQLCipher
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database.path).execute("SELECT * FROM students").fetchall()
    cipher.forget_all()  # a new process: nobody has signed in
    assert inspect_file(database.path) is FileKind.LOCKED
    with pytest.raises(DatabaseLocked):
        open_database(database.path)
    wrong = keyfile.unlock(database.path, done.actor.profile_id, "111222", datetime.now(UTC))
    assert wrong.key is None and wrong.tries_left == 2
    right = keyfile.unlock(database.path, done.actor.profile_id, PIN, datetime.now(UTC))
    assert right.key == done.actor.vault_key
    cipher.remember(database.path, right.key)
    reopened = open_database(database.path).database
    assert _pupils(reopened) == 96
    reopened.close()


def test_backups_stay_encrypted_carry_their_key_file_and_restore(encrypted, tmp_path):
    database, _done = encrypted
    folder = tmp_path / "cadangan"
    first = create_backup(database.path, folder, "manual")
    assert not first.path.read_bytes().startswith(b"SQLite format 3")
    assert keyfile.key_file(first.path).exists()
    assert [b.path for b in list_backups(folder)] == [first.path]  # the key file is no backup

    with unit_of_work(database) as uow:  # a change after the backup, undone by the restore
        uow.session.scalars(select(Student).limit(1)).one().notes = "sesudah cadangan"
    database.close()
    restore_backup(first.path, database.path, folder, keep=5)
    restored = open_database(database.path).database
    with unit_of_work(restored) as uow:
        notes = uow.session.scalars(select(Student.notes)).all()
    assert "sesudah cadangan" not in notes
    assert not database.path.read_bytes().startswith(b"SQLite format 3")
    restored.close()

    second = create_backup(database.path, folder, "manual")
    prune_backups(folder, 1)
    assert not keyfile.key_file(first.path).exists()  # it went with its backup
    assert keyfile.key_file(second.path).exists()
