"""Backups and restores from the app: cancelling leaves nothing behind and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.errors import OperationCancelled
from tomoni_desktop.core.models import Student
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services.school.database import back_up, list_backups, restore_database


def _cancel(_done: int, _total: int) -> None:
    raise OperationCancelled()


def _pupils(database) -> int:
    with unit_of_work(database) as uow:
        return uow.session.scalar(select(func.count()).select_from(Student)) or 0


def test_a_cancelled_backup_leaves_no_file(demo_database):
    with pytest.raises(OperationCancelled):
        back_up(Units(demo_database), "manual", _cancel)
    assert list_backups(Units(demo_database)) == []
    folder = demo_database.path.parent / "backups"
    assert not folder.exists() or not any(folder.iterdir())


def test_a_backup_says_it_changed_the_backups(demo_database):
    units = Units(demo_database)
    info = back_up(units, "manual")
    assert info.path.exists() and units.changes == {"backups"}


def test_a_cancelled_restore_changes_nothing(demo_database):
    saved = back_up(Units(demo_database), "manual")
    with unit_of_work(demo_database) as uow:
        for student in uow.session.scalars(select(Student).limit(5)):
            student.mark_deleted()
    before = _pupils(demo_database)
    with pytest.raises(OperationCancelled):
        restore_database(Units(demo_database), saved.path, _cancel)
    assert _pupils(demo_database) == before  # the same file, still usable
    assert backups.integrity_ok(demo_database.path)


def test_a_restore_brings_the_backup_back_and_says_everything_changed(demo_database):
    saved = back_up(Units(demo_database), "manual")
    everyone = _pupils(demo_database)
    with unit_of_work(demo_database) as uow:
        for student in uow.session.scalars(select(Student).limit(5)):
            student.mark_deleted()
    units = Units(demo_database)
    restored = restore_database(units, saved.path)
    try:
        assert _pupils(restored.opened.database) == everyone
        assert restored.replaced is not None and restored.replaced.reason == "before-restore"
        assert "students" in units.changes and "school" in units.changes
    finally:
        restored.opened.database.close()
