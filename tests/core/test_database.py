"""What kind of file is this, and is SQLite set up to lose nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tomoni_desktop.core.database import FileKind, inspect_file, require_tomoni_file
from tomoni_desktop.core.errors import DatabaseError


def test_kinds_of_files(tmp_path, database, db_path):
    assert inspect_file(tmp_path / "missing.sqlite3") is FileKind.MISSING
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert inspect_file(empty) is FileKind.EMPTY
    text = tmp_path / "notes.txt"
    text.write_text("Daftar hadir kelas VII A\n" * 20)
    assert inspect_file(text) is FileKind.NOT_SQLITE
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (x)")
    assert inspect_file(other) is FileKind.OTHER_SQLITE
    assert inspect_file(db_path) is FileKind.TOMONI


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="folder"):
        inspect_file(tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "File not found"), (b"PK\x03\x04 not a database", "not a Tomoni Desktop database")],
)
def test_require_tomoni_file_says_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "file.sqlite3"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        require_tomoni_file(path)
    assert message in caught.value.english()
    assert str(path) in caught.value.english()


def test_pragmas_for_durability(database):
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000


def test_a_database_whose_process_was_killed_is_still_recognised(tmp_path):
    path = tmp_path / "crash.sqlite3"
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from tomoni_desktop.core.migrate import create_database\n"
        "from tomoni_desktop.services.demo.school import build_demo_school\n"
        f"db = create_database(Path({str(path)!r}))\n"
        "from tomoni_desktop.core.unit_of_work import unit_of_work\n"
        "with unit_of_work(db) as uow: build_demo_school(uow, students=20)\n"
        "os._exit(0)  # no clean close, like a battery that dies\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / "crash.sqlite3-wal").exists()
    assert inspect_file(path) is FileKind.TOMONI
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM students").fetchone()[0] == 20
