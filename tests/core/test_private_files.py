"""Children's data on a shared laptop: every file Tomoni makes is its user's only (0600, its
folders 0700), whatever the umask it was started with; files an older version left readable
by others are closed when the database is opened. POSIX only (Windows keeps files in the
user's profile, closed to other users by its ACLs)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.killed import killed_while

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

RUN = """
import os, sys
os.umask(0o022)  # the usual one: files readable by everyone
from tomoni_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def tomoni(data: Path, *argv: str) -> None:
    env = {**os.environ, "TOMONI_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", RUN, *argv], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_backups_log_and_folders_are_the_users_only(tmp_path):
    data = tmp_path / "data"
    database = data / "sekolah.sqlite3"
    tomoni(data, "demo", "--db", str(database), "--students", "32")
    tomoni(data, "backup", "--db", str(database))
    tomoni(data, "report", "week", "--db", str(database), "--out", str(data / "minggu.pdf"))
    secret = data / "frasa.txt"
    secret.write_text("frasa sekolah yang panjang sekali\n")
    secret.chmod(0o600)  # the teacher's own file
    tomoni(data, "sync", "init-school", "--db", str(database), "--passphrase-file", str(secret))
    join = data / "laptop.tomoni-join"
    tomoni(
        data,
        "sync",
        "invite",
        "--db",
        str(database),
        "--out",
        str(join),
        "--name",
        "Laptop A",
        "--passphrase-file",
        str(secret),
    )
    tomoni(data, "sync", "export", "--db", str(database), "--to", str(data / "kantor.tomoni"))
    tomoni(data, "export", "roster", "--db", str(database), "--out", str(data / "siswa.xlsx"))
    made = [p for p in data.rglob("*")]
    assert database in made and (data / "tomoni.log") in made
    assert any(p.parent.name == "backups" for p in made)
    assert join in made and (data / "kantor.tomoni") in made and (data / "siswa.xlsx") in made
    open_to_others = {
        str(p.relative_to(data)): oct(mode(p))
        for p in [data, *made]
        if mode(p) & (stat.S_IRWXG | stat.S_IRWXO)
    }
    assert open_to_others == {}


def test_a_database_left_readable_by_an_older_version_is_closed_when_opened(tmp_path):
    data = tmp_path / "data"
    database = data / "sekolah.sqlite3"
    tomoni(data, "demo", "--db", str(database), "--students", "32")
    for path in (data, database):
        path.chmod(0o755 if path.is_dir() else 0o644)
    tomoni(data, "db", "status", "--db", str(database))
    assert mode(data) == 0o700 and mode(database) == 0o600


def test_a_failing_statement_leaves_no_pupils_data_in_its_error_or_the_log(tmp_path, caplog):
    """The whole statement with its values (names, NISNs, birth dates) went into the error's
    text, and so into tomoni.log, kept in four 1 MB files."""
    import logging

    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from tomoni_desktop.core.database import make_engine

    engine = make_engine(tmp_path / "x.sqlite3")
    pupil = {"name": "Siti " + "Aminah"}  # not in the traceback's source lines
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE pupils (name TEXT UNIQUE)"))
            connection.execute(text("INSERT INTO pupils VALUES (:name)"), pupil)
            connection.execute(text("INSERT INTO pupils VALUES (:name)"), pupil)
    except SQLAlchemyError:
        logging.getLogger("tomoni_desktop.test").exception("statement failed")
    finally:
        engine.dispose()
    assert "statement failed" in caplog.text and "UNIQUE" in caplog.text
    assert "Siti Aminah" not in caplog.text


def test_an_export_a_crash_left_half_written_is_deleted_at_the_next_start(tmp_path, data_dir):
    from tomoni_desktop.core.files import clear_leftovers, in_progress, write_whole

    data_dir.mkdir(parents=True, exist_ok=True)
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    out = stick / "rapor.pdf"
    assert write_whole(out, lambda p: p.write_bytes(b"%PDF") and 1) == 1
    assert out.exists() and not (stick / "rapor.pdf.partial").exists()
    assert clear_leftovers() == 0  # nothing was left

    # Killed while writing: the partial file stays on the stick, however young it is.
    partial = stick / "paket.pdf.partial"
    killed_while(
        "from tomoni_desktop.core.files import in_progress\n"
        "from pathlib import Path\n"
        f"with in_progress(Path({str(partial)!r})) as p:\n"
        "    p.write_bytes(b'half of a packet with children names')\n"
        "    KILL()\n",
        data_dir,
    )
    assert partial.exists()
    writing = in_progress(stick / "lain.pdf.partial")  # another window, writing right now
    busy = writing.__enter__()
    busy.write_bytes(b"...")
    assert clear_leftovers() == 1
    assert not partial.exists() and busy.exists()
    writing.__exit__(None, None, None)
    assert not busy.exists() and clear_leftovers() == 0


def test_a_killed_backup_or_restore_leaves_no_copy_after_the_next_start(
    demo_database, tmp_path, data_dir
):
    """The copies are full, valid files of every child's data: cleared at the next start,
    never listed as backups."""
    from tomoni_desktop.core.backup import list_backups
    from tomoni_desktop.core.files import clear_leftovers

    data_dir.mkdir(parents=True, exist_ok=True)
    demo_database.close()
    folder = tmp_path / "backups"
    killed_while(
        "from pathlib import Path\n"
        "import tomoni_desktop.core.backup as b\n"
        "b.integrity_ok = KILL\n"  # the copy is whole; killed before it is put in place
        f"b.create_backup(Path({str(demo_database.path)!r}), Path({str(folder)!r}))\n",
        data_dir,
    )
    from tomoni_desktop.core.backup import create_backup

    good = create_backup(demo_database.path, folder)
    killed_while(
        "from pathlib import Path\n"
        "import tomoni_desktop.core.backup as b\n"
        "copy = b._copy_database\n"
        "def copy_then_die(source, target, progress=None):\n"
        "    copy(source, target, progress)\n"
        "    if target.name.endswith('.restoring'):\n"
        "        KILL()\n"
        "b._copy_database = copy_then_die\n"
        f"b.restore_backup(Path({str(good.path)!r}), Path({str(demo_database.path)!r}),"
        f" Path({str(folder)!r}), 5)\n",
        data_dir,
    )
    left = [p.name for p in [*folder.iterdir(), *demo_database.path.parent.iterdir()]]
    assert any(name.endswith((".plain", ".partial")) for name in left)
    assert any(name.endswith(".restoring") for name in left)
    assert {info.path.suffix for info in list_backups(folder)} == {".sqlite3"}  # none offered
    assert clear_leftovers() >= 2
    left = [p.name for p in [*folder.iterdir(), *demo_database.path.parent.iterdir()]]
    assert not [n for n in left if n.endswith((".plain", ".partial", ".restoring"))], left
