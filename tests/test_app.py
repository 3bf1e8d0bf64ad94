"""`tomoni-desktop` as a process: it starts on the demo school, and refuses bad files clearly."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from tomoni_desktop.core.paths import DEMO_DATABASE_FILENAME

APP = [sys.executable, "-c", "from tomoni_desktop.app import main; raise SystemExit(main())"]


def start(*args: str, data_dir, probe: bool = False) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TOMONI_NO_DIALOGS="1",
        TOMONI_DATA_DIR=str(data_dir),
    )
    if probe:
        env["TOMONI_STARTUP_PROBE"] = "1"
    return subprocess.run([*APP, *args], capture_output=True, text=True, env=env, timeout=120)


def test_demo_opens_the_main_window_on_a_school_kept_apart(data_dir):
    result = start("--demo", data_dir=data_dir, probe=True)
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["shown", "ready"]
    demo = data_dir / DEMO_DATABASE_FILENAME
    # The demo's people sign in, so its file is encrypted: only the demo PIN opens it.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(demo).execute("SELECT count(*) FROM students").fetchall()
    from datetime import UTC, datetime

    from tomoni_desktop.core import cipher, keyfile

    office = next(pid for pid, _name, role in keyfile.people(demo) if role == "office")
    key = keyfile.unlock(demo, office, "246810", datetime.now(UTC)).key
    assert key is not None
    connection = cipher.connect(demo, read_only=True, key=key)
    assert connection.execute("SELECT count(*) FROM students").fetchone()[0] == 288
    connection.close()
    assert not (data_dir / "tomoni.sqlite3").exists()  # the real database is untouched
    again = start("--demo", "--lang", "en", data_dir=data_dir, probe=True)
    assert again.returncode == 0, again.stderr


def test_a_file_that_is_not_a_database_is_refused_with_one_line(tmp_path, data_dir):
    path = tmp_path / "rapor.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    result = start("--db", str(path), data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [f"{path} bukan basis data Tomoni Desktop."]


def test_a_database_from_a_newer_version_is_refused(tmp_path, data_dir):
    path = tmp_path / "baru.sqlite3"
    made = subprocess.run(
        [sys.executable, "-m", "tomoni_desktop", "demo", "--db", str(path), "--students", "10"],
        capture_output=True,
        env=dict(os.environ, TOMONI_DATA_DIR=str(data_dir)),
    )
    assert made.returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0100_future'")
    result = start("--db", str(path), "--lang", "en", data_dir=data_dir)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"{path} was made by a newer version of Tomoni Desktop. Install the newer version to open it."
    ]


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version(flag, data_dir):
    result = start(flag, data_dir=data_dir)
    assert result.returncode == 0 and "tomoni-desktop" in result.stdout


def test_without_a_screen_it_says_so_in_one_line_instead_of_aborting(data_dir):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(TOMONI_NO_DIALOGS="1", TOMONI_DATA_DIR=str(data_dir))
    result = subprocess.run([*APP, "--demo"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "memerlukan layar" in lines[0] and "tomoni" in lines[0]


def test_missing_system_libraries_are_named_with_their_packages():
    from tomoni_desktop.ui.display_check import MISSING, NO_SCREEN, display_problem

    screen = {"DISPLAY": ":0"}
    absent = {"libtomoni-tidak-ada.so.9": "libtomoni-tidak-ada9", "libc.so.6": "libc6"}
    assert display_problem(screen, "linux", absent) == (
        MISSING,
        {"packages": "libtomoni-tidak-ada9"},
    )
    assert display_problem(screen, "linux", {"libc.so.6": "libc6"}) is None
    assert display_problem({}, "linux") == (NO_SCREEN, {})
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "win32") is None
