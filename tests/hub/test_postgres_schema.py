"""The hub runs the same models and the same Alembic migrations on PostgreSQL as a laptop on
SQLite (issue 17 §2): every revision upgrades, with data, and the result is the models."""

from __future__ import annotations

import json
import uuid

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from tomoni_desktop.core import migrate
from tomoni_desktop.core.models import Base


def test_every_migration_runs_on_postgresql_and_ends_at_the_models(server_url):
    engine = create_engine(server_url)
    try:
        migrate.upgrade_engine(engine)
        assert migrate.current_revision(engine) == migrate.HEAD_REVISION
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_a_row_state_kept_before_0019_becomes_lines_of_its_context_on_postgresql(server_url):
    """0019's own data step, written for both engines: {"c": {node: counter}} as lines."""
    engine = create_engine(server_url)
    a, b, row = "a" * 32, "b" * 32, uuid.uuid4().hex
    try:
        migrate.upgrade_engine(engine, "0018_fk_indexes")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO sync_rows (table_name, row_id, state, conflicts) "
                    "VALUES ('students', :row, :state, 0)"
                ),
                {"row": row, "state": json.dumps({"c": {a: 7, b: 3}, "d": [], "f": {}})},
            )
        migrate.upgrade_engine(engine)
        with engine.connect() as connection:
            lines = connection.execute(
                text("SELECT row_id, node, counter FROM sync_row_nodes ORDER BY node")
            ).fetchall()
        assert [tuple(line) for line in lines] == [(row, a, 7), (row, b, 3)]
    finally:
        engine.dispose()


def test_a_one_dot_state_moves_to_its_columns_on_postgresql(server_url):
    """0022's own data step on PostgreSQL: a small state whose context is its dot becomes
    the dot's columns and loses its line; a wider one stays as it was."""
    engine = create_engine(server_url)
    a, b, one, wide = "a" * 32, "b" * 32, uuid.uuid4().hex, uuid.uuid4().hex
    states = {
        one: {"c": {a: 7}, "d": [[a, 7, 2**40]]},
        wide: {"c": {a: 9, b: 4}, "d": [[a, 9, 2**40 + 1]]},
    }
    try:
        migrate.upgrade_engine(engine, "0021_compact_states")
        with engine.begin() as connection:
            for row, state in states.items():
                connection.execute(
                    text(
                        "INSERT INTO sync_rows (table_name, row_id, state, conflicts) "
                        "VALUES ('students', :row, :state, 0)"
                    ),
                    {"row": row, "state": json.dumps(state)},
                )
                for node, counter in state["c"].items():
                    connection.execute(
                        text(
                            "INSERT INTO sync_row_nodes (table_name, row_id, node, counter) "
                            "VALUES ('students', :row, :node, :counter)"
                        ),
                        {"row": row, "node": node, "counter": counter},
                    )
        migrate.upgrade_engine(engine)
        with engine.connect() as connection:
            kept = {
                row[0]: tuple(row[1:])
                for row in connection.execute(
                    text("SELECT row_id, state, node, counter, clock FROM sync_rows")
                )
            }
            lines = connection.execute(
                text("SELECT row_id, node FROM sync_row_nodes ORDER BY node")
            ).fetchall()
        assert kept[one] == (None, a, 7, 2**40)
        assert json.loads(kept[wide][0]) == states[wide] and kept[wide][1] is None
        assert [tuple(line) for line in lines] == [(wide, a), (wide, b)]
    finally:
        engine.dispose()


def test_a_hub_database_of_revision_19_upgrades_to_hold_a_clock_past_32_bits(server_url):
    """0020: counters and clocks become BIGINT on PostgreSQL, with the history kept."""
    engine = create_engine(server_url)
    row, node = uuid.uuid4().hex, "c" * 32
    history = (
        "INSERT INTO sync_history (table_name, row_id, changes, node, counter, clock, arrived, "
        "person) VALUES ('students', :row, '{}', :node, :counter, :clock, false, '')"
    )
    try:
        migrate.upgrade_engine(engine, "0019_row_nodes")
        with engine.begin() as connection:
            connection.execute(text(history), {"row": row, "node": node, "counter": 1, "clock": 5})
        migrate.upgrade_engine(engine)
        clock = (1_780_000_000_000 << 16) + 3  # a stamp's clock in 2026
        with engine.begin() as connection:
            connection.execute(
                text(history), {"row": row, "node": node, "counter": 2**40, "clock": clock}
            )
            kept = connection.execute(
                text("SELECT counter, clock FROM sync_history ORDER BY counter")
            ).fetchall()
        assert [tuple(k) for k in kept] == [(1, 5), (2**40, clock)]
    finally:
        engine.dispose()
