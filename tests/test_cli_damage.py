"""`tomoni db check|status|recover` and `tomoni restore` on a damaged database (issue 15 §1)."""

from __future__ import annotations

import pytest

from tests.damage import damage_table_page, truncate, zero_schema_page
from tests.test_cli import assert_one_clear_line, run
from tomoni_desktop.core.backup import list_backups
from tomoni_desktop.core.health import check

DAMAGES = [lambda path: damage_table_page(path, "students"), truncate, zero_schema_page]


@pytest.fixture
def school(capsys, demo_database):
    demo_database.close()
    code, _, _ = run(capsys, "backup", "--db", str(demo_database.path))  # opens it once too
    assert code == 0
    return demo_database.path


def test_check_of_a_whole_database(capsys, school):
    code, out, _ = run(capsys, "--lang", "en", "db", "check", "--db", str(school), "--full")
    assert code == 0 and "whole" in out


@pytest.mark.parametrize("damage", DAMAGES, ids=["page", "truncated", "schema"])
def test_check_and_status_say_damaged(capsys, school, damage):
    damage(school)
    code, out, _ = run(capsys, "db", "check", "--db", str(school))
    assert code == 1
    assert "RUSAK" in out
    assert "Cadangan baik terbaru" in out and "-manual.sqlite3" in out
    code, _, err = run(capsys, "db", "status", "--db", str(school))
    assert code == 1
    assert_one_clear_line(err, "school.sqlite3 rusak")


@pytest.mark.parametrize("damage", DAMAGES, ids=["page", "truncated", "schema"])
def test_restore_over_a_damaged_database_sets_it_aside(capsys, school, damage):
    [saved] = list_backups(school.parent / "backups")
    damage(school)
    code, out, err = run(capsys, "restore", str(saved.path), "--db", str(school))
    assert code == 0, err
    assert "dipindahkan" in out and ".damaged-" in out
    assert check(school, full=True).ok
    assert len(list(school.parent.glob("school.damaged-*.sqlite3"))) == 1


def test_recover_salvages_into_a_new_file(capsys, school):
    damage_table_page(school, "students")
    code, out, err = run(capsys, "db", "recover", "--db", str(school))
    assert code == 0, err
    assert "Diselamatkan" in out
    assert check(school, full=True).ok
    code, out, _ = run(capsys, "db", "status", "--db", str(school))
    assert code == 0
