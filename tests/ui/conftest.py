from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from tomoni_desktop.core.settings import load_settings
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.school.setup import school_context
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.main_window import MainWindow
from tomoni_desktop.ui.operations import OperationRunner
from tomoni_desktop.ui.translation import LanguageSwitcher


@pytest.fixture
def switcher(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher()
    switcher.apply("id")
    yield switcher
    switcher.apply("en")  # leave no translator installed for the next test


@pytest.fixture
def runner(qapp, qtbot) -> Iterator[OperationRunner]:
    runner = OperationRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # no work left in flight
    runner.shutdown()


@pytest.fixture
def app_context(demo_database, runner) -> AppContext:
    with unit_of_work(demo_database) as uow:
        session = uow.session
        school = school_context(uow)
        settings = load_settings(session)
    return AppContext(demo_database, settings, school, runner, "id")


def settle(qtbot, context: AppContext) -> None:
    """Wait until the database worker has nothing left to do (writes a page hands it once
    the screen is painted are handed over first)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=10_000)


@pytest.fixture
def ui_settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, app_context, switcher, ui_settings, runner) -> MainWindow:
    window = MainWindow(switcher, ui_settings, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(app_context)
    settle(qtbot, app_context)
    return window
