"""Property 10: a database that comes back (a restored backup, a copied file, a file put back
by hand) is a new node, so its next edit never reuses a change id the office already has."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.sync.helpers import dump, make_laptop, make_office, send
from tests.test_cli import run
from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.node import current_node_id
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.services.school.database import open_database, restore_database


def _node(database: Database):
    with unit_of_work(database) as uow:
        return current_node_id(uow.session)


def _edit(database: Database, address: str) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET address = ? WHERE id = (SELECT MIN(id) FROM students)",
            (address,),
        )


def _laptop_after_a_round(tmp_path: Path) -> tuple[Database, Database]:
    office = make_office(tmp_path / "kantor", students=6)
    laptop = make_laptop(office, tmp_path / "kantor", "Laptop Bu Ani")
    send(office, laptop, tmp_path / "first")
    return office, laptop


def _backup_then_edit_and_send(office, laptop, tmp_path) -> backups.BackupInfo:
    """The laptop is backed up, then an edit of it reaches the office (its dots are issued)."""
    saved = backups.create_backup(laptop.path, tmp_path / "cadangan", "manual")
    _edit(laptop, "Jl. Sebelum Dipulihkan 1")
    send(laptop, office, tmp_path / "a")
    return saved


def test_a_backup_restored_from_the_app_is_a_new_node(tmp_path):
    office, laptop = _laptop_after_a_round(tmp_path)
    saved = _backup_then_edit_and_send(office, laptop, tmp_path)
    before = _node(laptop)
    restored = restore_database(Units(laptop), saved.path)
    assert _node(restored.opened.database) != before
    restored.opened.database.close()
    office.close()


def test_a_backup_restored_with_the_cli_is_a_new_node(capsys, tmp_path):
    office, laptop = _laptop_after_a_round(tmp_path)
    saved = _backup_then_edit_and_send(office, laptop, tmp_path)
    before = _node(laptop)
    laptop.close()
    code, _, _ = run(capsys, "restore", str(saved.path), "--db", str(laptop.path))
    assert code == 0
    reopened = open_database(laptop.path).database
    assert _node(reopened) != before
    reopened.close()
    office.close()


def test_a_file_put_back_by_hand_is_a_new_node(tmp_path):
    office, laptop = _laptop_after_a_round(tmp_path)
    saved = _backup_then_edit_and_send(office, laptop, tmp_path)
    before = _node(laptop)
    path = laptop.path
    laptop.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(saved.path, path)  # the node file beside it still names the same node
    reopened = open_database(path).database
    assert _node(reopened) != before
    reopened.close()
    office.close()


def test_reopening_without_a_restore_keeps_the_node(tmp_path):
    office, laptop = _laptop_after_a_round(tmp_path)
    _edit(laptop, "Jl. Tetap 2")
    send(laptop, office, tmp_path / "a")
    before, path = _node(laptop), laptop.path
    laptop.close()
    reopened = open_database(path).database
    assert _node(reopened) == before  # its counter is where the node left it
    reopened.close()
    office.close()


def test_backup_edit_sync_restore_edit_sync_converges(capsys, tmp_path):
    """The reproduction: before the fix, edit B reused edit A's change id, so B never reached
    the office and A never came back to the laptop."""
    office, laptop = _laptop_after_a_round(tmp_path)
    saved = _backup_then_edit_and_send(office, laptop, tmp_path)  # edit A reaches the office
    path = laptop.path
    laptop.close()
    assert run(capsys, "restore", str(saved.path), "--db", str(path))[0] == 0
    laptop = open_database(path).database
    with laptop.engine.begin() as connection:  # edit B, on another field of another pupil
        connection.exec_driver_sql(
            "UPDATE students SET notes = 'Edit B' WHERE id = (SELECT MAX(id) FROM students)"
        )
    send(laptop, office, tmp_path / "b")
    send(office, laptop, tmp_path / "c")
    assert dump(laptop) == dump(office)
    with sqlite3.connect(path) as connection:
        values = {
            row[0]
            for row in connection.execute(
                "SELECT address FROM students UNION SELECT notes FROM students"
            )
        }
    assert {"Jl. Sebelum Dipulihkan 1", "Edit B"} <= values
    laptop.close()
    office.close()


def test_a_copied_school_database_is_a_new_node(tmp_path):
    office, laptop = _laptop_after_a_round(tmp_path)
    copy = tmp_path / "salinan" / "laptop.sqlite3"
    copy.parent.mkdir()
    laptop.close()
    shutil.copyfile(laptop.path, copy)  # without the file beside it
    first = open_database(laptop.path).database
    second = open_database(copy).database
    assert _node(first) != _node(second)
    with unit_of_work(second) as uow:
        assert sync.identity_of(uow).name == "Laptop Bu Ani"  # the same member, a new node
    first.close()
    second.close()
    office.close()


def test_change_ids_of_a_rolled_back_unit_are_not_noted_beside_the_database(tmp_path):
    """A dry run (or a failed use case) issues change ids and rolls them back: the file beside
    the database must not claim them, or the next start would make a new node for nothing."""
    from tomoni_desktop.core.node import node_file
    from tomoni_desktop.sync.stamp import stamp

    office, laptop = _laptop_after_a_round(tmp_path)
    _edit(laptop, "Jl. Coba 3")
    noted = node_file(laptop.path).read_text()
    try:
        with unit_of_work(laptop) as uow:
            stamp(uow.connection)  # issues a change id ...
            raise RuntimeError("... and the use case fails")
    except RuntimeError:
        pass
    with unit_of_work(laptop) as uow:
        uow.session.connection()  # a later unit that commits
    assert node_file(laptop.path).read_text() == noted
    before, path = _node(laptop), laptop.path
    laptop.close()
    reopened = open_database(path).database
    assert _node(reopened) == before
    reopened.close()
    office.close()
