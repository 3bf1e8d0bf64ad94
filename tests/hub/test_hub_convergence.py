"""Convergence (design/sync.md, property 1) with the hub on PostgreSQL as one more node: the
office, three laptops and the hub take random edits and exchange random bundles, delivered
late, twice, out of order or never, and end with the same rows and the same field states.
TOMONI_HUB_SCHEDULES sets how many schedules run (60 by default: each makes a database)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hub.postgres import drop_database, new_database
from tests.hub.test_hub_sync import make_hub
from tests.sync.helpers import open_school, send
from tests.sync.test_convergence import NODES, School, operations, run_schedule, template
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.postgres import make_server_engine, side_path
from tomoni_desktop.sync import identity as members

SCHEDULES = int(os.environ.get("TOMONI_HUB_SCHEDULES", "60"))
__all__ = ["template"]  # the school of office and laptops, made once for this module


@pytest.fixture(scope="module")
def hub_template(template, cluster) -> str:
    """A hub database that joined the template's school and took the office's bundle."""
    office = open_school(template / "kantor.sqlite3")
    url = new_database(cluster)
    hub = make_hub(office, url, template)
    send(office, hub, template / "stick")
    hub.close()
    office.close()
    return url


class SchoolWithHub(School):
    def __init__(self, template, folder, hub_url: str) -> None:
        super().__init__(template, folder)
        hub = Database(path=side_path(hub_url), engine=make_server_engine(hub_url))
        self.nodes.append(hub)
        with hub.engine.connect() as connection:
            self.identities.append(members.load_identity(connection))


@settings(
    max_examples=SCHEDULES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(schedule=st.lists(operations(NODES + 1), max_size=24))
def test_any_schedule_with_the_hub_as_a_node_ends_with_every_node_equal(
    template, hub_template, cluster, tmp_path_factory, schedule
):
    copy = new_database(cluster, hub_template)
    school = SchoolWithHub(template, tmp_path_factory.mktemp("run"), copy)
    try:
        run_schedule(school, schedule)
    finally:
        school.close()
        drop_database(cluster, copy)
