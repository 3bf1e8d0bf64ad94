"""One throwaway PostgreSQL cluster for every hub test of a worker, and a fresh database in
it for each test that asks."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import create_engine, text

from tests.hub import postgres

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def cluster():
    if not postgres.available():
        pytest.skip("PostgreSQL's initdb is not installed (.ci/run installs it)")
    with postgres.throwaway_cluster() as url:
        yield url


def new_database(cluster: str, template: str | None = None) -> str:
    """The URL of a new, empty database in the cluster (or a copy of `template`'s)."""
    name = f"hub_{next(_numbers)}"
    engine = create_engine(cluster, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        copy = f" TEMPLATE {template.rsplit('/', 1)[1]}" if template else ""
        connection.execute(text(f"CREATE DATABASE {name}{copy}"))
    engine.dispose()
    return cluster.rsplit("/", 1)[0] + "/" + name


def drop_database(cluster: str, url: str) -> None:
    engine = create_engine(cluster, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"DROP DATABASE {url.rsplit('/', 1)[1]} WITH (FORCE)"))
    engine.dispose()


@pytest.fixture
def server_url(cluster):
    return new_database(cluster)
