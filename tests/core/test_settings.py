from __future__ import annotations

import pytest

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.paths import default_backup_dir
from tomoni_desktop.core.settings import AppSettings, load_settings, save_settings
from tomoni_desktop.core.unit_of_work import unit_of_work


def test_defaults_before_anything_is_saved(database):
    with unit_of_work(database) as uow:
        session = uow.session
        settings = load_settings(session)
    assert settings == AppSettings()
    assert settings.paper_size == "F4"
    assert settings.backup_folder(database.path) == default_backup_dir(database.path)


def test_saved_settings_come_back(database, tmp_path):
    with unit_of_work(database) as uow:
        session = uow.session
        save_settings(session, paper_size="A4", backups_to_keep=3, backup_dir=str(tmp_path))
    with unit_of_work(database) as uow:
        session = uow.session
        settings = load_settings(session)
    assert (settings.paper_size, settings.backups_to_keep) == ("A4", 3)
    assert settings.backup_folder(database.path) == tmp_path


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"paper_size": "Letter"}, "paper_size"),
        ({"backups_to_keep": 0}, "backups_to_keep"),
        ({"backups_to_keep": 1000}, "backups_to_keep"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_saved(database, change, field):
    with unit_of_work(database) as uow, pytest.raises(ValidationError) as caught:
        session = uow.session
        save_settings(session, **change)
    assert caught.value.field == field
    with unit_of_work(database) as uow:
        session = uow.session
        assert load_settings(session) == AppSettings()


def test_habits_are_a_setting_with_limits(database):
    with unit_of_work(database) as uow:
        session = uow.session
        saved = save_settings(session, habits="Sembahyang; Membaca ; Menyiram tanaman")
    assert saved.habit_list == ["Sembahyang", "Membaca", "Menyiram tanaman"]
    with unit_of_work(database) as uow, pytest.raises(ValidationError) as caught:
        session = uow.session
        save_settings(session, habits=";".join(f"Kebiasaan {n}" for n in range(9)))
    assert caught.value.field == "habits"
