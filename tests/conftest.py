"""Shared fixtures: an offscreen Qt, a data folder and a database of each test's own."""

from __future__ import annotations

import os

# Set before anything imports Qt: every GUI test runs on Qt's offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TOMONI_NO_DIALOGS", "1")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tomoni_desktop.core.database import Database
from tomoni_desktop.core.migrate import create_database
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.demo.school import build_demo_school

DEMO_DAY = date(2026, 9, 15)  # a fixed day: the demo's school year follows the date


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder; nothing touches the real user's files."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TOMONI_DATA_DIR", str(folder))
    monkeypatch.delenv("TOMONI_LANG", raising=False)
    return folder


@pytest.fixture(scope="session")
def cluster() -> Iterator[str]:
    """One throwaway PostgreSQL cluster per worker, for the hub's tests (tests/hub)."""
    from tests.hub import postgres

    if not postgres.available():
        pytest.skip("PostgreSQL's initdb is not installed (.ci/run installs it)")
    with postgres.throwaway_cluster() as url:
        yield url


@pytest.fixture(scope="session")
def qapp():
    """The one offscreen QApplication of the test session (pytest-qt uses this one)."""
    from PySide6.QtWidgets import QApplication

    from tomoni_desktop.ui.collector import GuiThreadCollector

    app = QApplication.instance() or QApplication(["tomoni-tests"])
    collector = GuiThreadCollector(app)  # as the app does: cycles are freed on this thread
    yield app
    collector.timer.stop()


@pytest.fixture(autouse=True)
def collect_cycles_on_this_thread() -> Iterator[None]:
    """With automatic collection off (see ui/collector.py), free cycles between tests."""
    yield
    import gc

    if not gc.isenabled():
        from tomoni_desktop.ui.collector import collect_as_due

        collect_as_due()


@pytest.fixture(autouse=True)
def no_key_kept_between_tests() -> Iterator[None]:
    """Keys of encrypted databases live in the process (core/cipher.py): none outlives a test."""
    yield
    from tomoni_desktop.core import cipher

    cipher.forget_all()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "school.sqlite3"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A module that sets `DATABASE_ON_BOTH_ENGINES = True` runs each test that uses the
    `database` fixture twice: on a SQLite file, as on a laptop, and on PostgreSQL, as on a
    hub, so the services are tested on both engines."""
    if getattr(metafunc.module, "DATABASE_ON_BOTH_ENGINES", False) and (
        "database_engine" in metafunc.fixturenames
    ):
        metafunc.parametrize("database_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database_engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database(
    db_path: Path, database_engine: str, request: pytest.FixtureRequest
) -> Iterator[Database]:
    if database_engine == "postgresql":
        from tests.hub.postgres import new_database
        from tomoni_desktop.services.school.database import open_server_database

        url = new_database(request.getfixturevalue("cluster"))
        database = open_server_database(url).database
    else:
        database = create_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_database(database: Database) -> Database:
    with unit_of_work(database) as uow:
        build_demo_school(uow, students=96, seed=7, today=DEMO_DAY, worksheets=False)
    return database


@pytest.fixture
def make_dapodik(tmp_path: Path):
    """Writes a workbook in the real Dapodik layout from sample pupils (tests/samples.py)."""
    from tomoni_desktop.io.dapodik_sample import write_dapodik_workbook

    def make(pupils, name: str = "dapodik.xlsx") -> Path:
        return write_dapodik_workbook(tmp_path / name, pupils)

    return make
