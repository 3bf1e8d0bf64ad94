"""A fresh database in the session's PostgreSQL cluster (tests/conftest.py) for each hub test
that asks."""

from __future__ import annotations

import pytest

from tests.hub.postgres import new_database


@pytest.fixture
def server_url(cluster):
    return new_database(cluster)
