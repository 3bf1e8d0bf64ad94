"""A damaged database is found at start, set aside by a restore instead of refusing it, and
what can be read is salvaged (issue 15 §1)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.damage import damage_table_page, truncate, zero_schema_page
from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.database import DatabaseDamaged
from tomoni_desktop.core.health import check, recover
from tomoni_desktop.core.lifecycle import backup_now, open_for_use
from tomoni_desktop.core.node import node_file
from tomoni_desktop.services.school.database import open_database, restore_from_backup

DAMAGES = {
    "a bad page in the pupils table": lambda path: damage_table_page(path, "students"),
    "a file cut short": truncate,
    "the schema page zeroed": zero_schema_page,
}


def _counts(path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for (table,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            )
        }


@pytest.fixture
def school(demo_database):
    """The demo school, opened once as the app does (so its node file is beside it)."""
    demo_database.close()
    open_database(demo_database.path).database.close()
    return demo_database.path


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_database_is_found_at_start(school, damage):
    assert check(school).ok
    damage(school)
    with pytest.raises(DatabaseDamaged) as raised:
        open_for_use(school)
    assert "school.sqlite3 is damaged" in raised.value.english()


def test_what_is_still_readable_is_said(school):
    before = _counts(school)
    damage_table_page(school, "students")
    with pytest.raises(DatabaseDamaged) as raised:
        open_for_use(school)
    readable = raised.value.health.readable
    assert readable["guardians"] == before["guardians"]
    assert readable["students"] is None or readable["students"] < before["students"]


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_good_backup_is_restored_over_a_damaged_file(school, damage, tmp_path):
    opened = open_for_use(school)
    saved = backup_now(opened.database, "daily")
    opened.database.close()
    expected = _counts(school)
    damage(school)
    restored = restore_from_backup(school, saved.path)
    restored.opened.database.close()
    assert restored.set_aside is not None and restored.set_aside.exists()
    assert "damaged" in restored.set_aside.name
    assert restored.replaced is None  # a damaged file is not offered as a backup
    assert [b.path for b in backups.list_backups(school.parent / "backups")] == [saved.path]
    after = _counts(school)
    assert after["students"] == expected["students"]
    assert after["guardians"] == expected["guardians"]


def test_the_newest_good_backup_is_offered_not_a_damaged_one(school):
    opened = open_for_use(school)
    good = backup_now(opened.database, "daily")
    newer = backup_now(opened.database, "manual")
    opened.database.close()
    damage_table_page(newer.path, "students")
    assert backups.newest_good_backup(school.parent / "backups", school) == good


def test_salvage_keeps_every_readable_row_and_lets_sync_fill_the_rest(school):
    before = _counts(school)
    with sqlite3.connect(school) as connection:
        old_node = connection.execute(
            "SELECT value FROM local_settings WHERE key = 'node_id'"
        ).fetchone()[0]
    damage_table_page(school, "students")
    recovered = recover(school)
    assert recovered.set_aside.exists()
    assert check(school, full=True).ok
    after = _counts(school)
    assert after["teachers"] == before["teachers"]
    assert after["school_classes"] == before["school_classes"]
    assert 0 < after["students"] < before["students"]
    assert recovered.salvaged.dropped > 0  # the lost pupils' guardians, marks, ...
    opened = open_database(school)  # opens, at the newest schema, as a new node
    with opened.database.engine.connect() as connection:
        settings = dict(connection.exec_driver_sql("SELECT key, value FROM local_settings").all())
    opened.database.close()
    assert settings["node_id"] != old_node
    assert json.loads(settings.get("sync_vector", "{}")) == {}
    assert node_file(school).exists()


def test_a_file_that_was_never_ours_is_not_called_damaged(tmp_path):
    other = tmp_path / "rapor.sqlite3"
    other.write_bytes(b"\x00" * 8192)
    from tomoni_desktop.core.errors import DatabaseError

    with pytest.raises(DatabaseError) as raised:
        open_for_use(other)
    assert not isinstance(raised.value, DatabaseDamaged)


def test_an_encrypted_database_is_checked_and_salvaged_under_its_key(demo_database):
    from tomoni_desktop.core import cipher
    from tomoni_desktop.core.unit_of_work import run_flow
    from tomoni_desktop.services.school import profiles

    pin = "240617"
    run_flow(demo_database, lambda units: profiles.set_up_sign_in_here(units, "Kantor", pin, pin))
    demo_database.close()
    path = demo_database.path
    assert check(path, full=True).ok
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 12 : page * 12 + 2000] = b"\x5a" * 2000  # one page: its HMAC fails
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_for_use(path)
    recovered = recover(path)
    assert check(path, full=True).ok
    assert not path.read_bytes().startswith(b"SQLite format 3")  # still encrypted
    assert cipher.key_of(path) is not None
    assert sum(recovered.salvaged.rows.values()) > 0
    open_database(path).database.close()
