"""The start on a damaged database: the app says so, shows what reads, and the teacher's
choice (the newest good backup, or a salvage) opens the school again (issue 15 §1)."""

from __future__ import annotations

from tests.damage import damage_table_page
from tests.test_app import start
from tomoni_desktop.core.health import check
from tomoni_desktop.core.lifecycle import backup_now
from tomoni_desktop.services.school.database import (
    DamagedSchool,
    OpenSchool,
    open_database,
    open_school_or_damage,
)
from tomoni_desktop.ui.school.damaged_dialog import Choice, DamagedDialog
from tomoni_desktop.ui.startup import mend_database


def _damaged_school(demo_database, with_backup: bool = True) -> DamagedSchool:
    demo_database.close()
    opened = open_database(demo_database.path)
    if with_backup:
        backup_now(opened.database, "daily")
    opened.database.close()
    damage_table_page(demo_database.path, "students")
    found = open_school_or_damage(demo_database.path)
    assert isinstance(found, DamagedSchool)
    return found


def test_the_app_started_on_a_damaged_file_stops_at_the_choice(demo_database, data_dir):
    _damaged_school(demo_database)
    result = start("--db", str(demo_database.path), data_dir=data_dir, probe=True)
    assert result.returncode == 1
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["shown", "damaged"]
    assert "Traceback" not in result.stderr


def test_the_dialog_says_what_reads_and_offers_the_newest_backup(qtbot, switcher, demo_database):
    damaged = _damaged_school(demo_database)
    dialog = DamagedDialog(damaged)
    qtbot.addWidget(dialog)
    text = dialog.explain.text()
    assert "school.sqlite3" in text
    assert "orang tua dan wali: 1" in text or "orang tua dan wali: " in text
    assert "siswa: " in text
    assert "bundel" in text  # what comes back from the office
    assert dialog.restore_button.isEnabled() and dialog.salvage_button.isEnabled()
    assert "Pulihkan cadangan" in dialog.restore_button.text()
    dialog.restore_button.click()
    assert dialog.choice is Choice.RESTORE


def test_without_a_backup_only_salvage_is_offered(qtbot, switcher, demo_database):
    damaged = _damaged_school(demo_database, with_backup=False)
    dialog = DamagedDialog(damaged)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert "Tidak ada cadangan baik" in dialog.explain.text()
    dialog.salvage_button.click()
    assert dialog.choice is Choice.SALVAGE


def test_each_choice_opens_the_school_again(qtbot, runner, demo_database):
    damaged = _damaged_school(demo_database)
    for choice in ("restore", "salvage"):
        done: list[OpenSchool] = []
        runner.run(mend_database(damaged.path, damaged, choice, None, None), done.append)
        qtbot.waitUntil(lambda done=done: bool(done), timeout=20_000)
        [started] = done
        assert started.school is not None
        assert started.set_aside is not None and started.set_aside.exists()
        started.opened.database.close()
        assert check(damaged.path, full=True).ok
        damage_table_page(damaged.path, "students")  # damaged again for the next way out
    assert len(list(damaged.path.parent.glob("school.damaged-*"))) >= 1


def test_the_full_check_on_demand_from_settings(qtbot, window, app_context):
    from PySide6.QtCore import Qt

    from tests.ui.conftest import settle
    from tests.ui.test_main_window import click_nav

    click_nav(qtbot, window, "settings")
    settings = window.pages["settings"]
    settings.tabs.setCurrentIndex(1)
    assert settings.check.text() == "Periksa basis data"
    qtbot.mouseClick(settings.check, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: getattr(settings, "health_box", None) is not None)
    assert "utuh" in settings.health_box.text()
