"""A module that sets `OFFICE_ON_BOTH_ENGINES = True` runs each of its tests twice: with the
office's database in SQLite, as on the office computer, and in PostgreSQL, as on a hub; the
same services and sync code are tested on both engines (issue 17 §2)."""

from __future__ import annotations

import pytest

from tests.sync import helpers


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if getattr(metafunc.module, "OFFICE_ON_BOTH_ENGINES", False):
        metafunc.parametrize("office_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(autouse=True)
def office_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    engine = getattr(request, "param", "sqlite")
    if engine == "postgresql":
        monkeypatch.setattr(helpers, "OFFICE_SERVER", request.getfixturevalue("cluster"))
    return engine
