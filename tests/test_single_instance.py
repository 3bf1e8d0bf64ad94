"""One app per database: a second window is refused, and the commands that replace the
file wait for the app to close it (issue 15 §3)."""

from __future__ import annotations

import sqlite3

from tests.test_app import start
from tests.test_cli import assert_one_clear_line, run
from tomoni_desktop.core.backup import list_backups
from tomoni_desktop.core.instance import hold_for_app


def test_a_second_app_on_the_same_database_is_refused(tmp_path, data_dir, demo_database):
    database = demo_database
    database.close()
    held = hold_for_app(database.path)  # as the first app window does
    try:
        result = start("--db", str(database.path), "--lang", "en", data_dir=data_dir, probe=True)
    finally:
        held.release()
    assert result.returncode == 1
    assert "already has school.sqlite3 open in another window" in result.stderr
    assert "shown" not in result.stdout
    again = start("--db", str(database.path), data_dir=data_dir, probe=True)
    assert again.returncode == 0, again.stderr


def test_restore_and_upgrade_are_refused_while_the_app_has_the_file(
    capsys, demo_database, tmp_path
):
    demo_database.close()
    path = demo_database.path
    code, _, _ = run(capsys, "backup", "--db", str(path), "--to", str(tmp_path / "stick"))
    assert code == 0
    [saved] = list_backups(tmp_path / "stick")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE students SET full_name = 'SESUDAH CADANGAN'")
    held = hold_for_app(path)
    try:
        code, _, err = run(capsys, "restore", str(saved.path), "--db", str(path))
        assert code == 1
        assert_one_clear_line(err, "school.sqlite3", "Tutup aplikasinya")
        code, _, err = run(capsys, "db", "upgrade", "--db", str(path))
        assert code == 1
        assert_one_clear_line(err, "school.sqlite3")
    finally:
        held.release()
    with sqlite3.connect(path) as connection:  # nothing was replaced
        assert (
            connection.execute(
                "SELECT count(*) FROM students WHERE full_name = 'SESUDAH CADANGAN'"
            ).fetchone()[0]
            > 0
        )
    code, _, _ = run(capsys, "restore", str(saved.path), "--db", str(path))
    assert code == 0
