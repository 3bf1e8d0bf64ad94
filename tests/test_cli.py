"""The `tomoni` command, as a teacher or the office would type it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tomoni_desktop import __version__
from tomoni_desktop.cli import main
from tomoni_desktop.core.backup import list_backups
from tomoni_desktop.core.migrate import HEAD_REVISION


def run(capsys, *argv: str) -> tuple[int, str, str]:
    from tomoni_desktop.core import cipher

    cipher.forget_all()  # each command is a process of its own: no key kept from the last
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clear_line(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"tomoni {__version__}"


def test_demo_then_status_in_indonesian(capsys, tmp_path):
    db = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--students", "60", "--seed", "3")
    assert code == 0
    assert "Sekolah contoh ditulis" in out and "60 siswa" in out
    code, out, _ = run(capsys, "db", "status", "--db", str(db))
    assert code == 0
    assert f"Revisi skema: {HEAD_REVISION} (terbaru: {HEAD_REVISION})" in out
    assert "ID node:" in out and "SMP Negeri 1 Tomoni" in out
    counts = dict(line.split() for line in out.splitlines() if line.startswith("  "))
    assert counts["students"] == "60" and counts["enrollments"] == "60"


def test_english_on_request(capsys, tmp_path):
    db = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "--lang", "en", "demo", "--db", str(db), "--students", "10")
    assert code == 0 and "Demo school written" in out
    assert ", 10 pupils, " in out and "1 classes" not in out  # each number its own plural
    code, out, _ = run(capsys, "demo", "--db", str(tmp_path / "contoh.sqlite3"), "--students", "10")
    assert code == 0 and ", 10 siswa, " in out


def test_upgrade_of_a_current_database_says_so(capsys, demo_database):
    demo_database.close()
    code, out, _ = run(capsys, "db", "upgrade", "--db", str(demo_database.path))
    assert code == 0 and "Sudah versi terbaru" in out


def test_backup_and_restore(capsys, demo_database, tmp_path):
    demo_database.close()
    path = demo_database.path
    code, out, _ = run(capsys, "backup", "--db", str(path), "--to", str(tmp_path / "stick"))
    assert code == 0 and "Cadangan ditulis dan diperiksa" in out
    [saved] = list_backups(tmp_path / "stick")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE students SET full_name = 'DIUBAH'")
    code, out, _ = run(capsys, "restore", str(saved.path), "--db", str(path))
    assert code == 0 and "dipulihkan" in out
    with sqlite3.connect(path) as connection:
        assert (
            connection.execute(
                "SELECT count(*) FROM students WHERE full_name = 'DIUBAH'"
            ).fetchone()[0]
            == 0
        )
    assert [b.reason for b in list_backups(path.parent / "backups")] == ["before-restore"]


@pytest.mark.parametrize(
    "argv",
    [
        ("db", "status", "--db", "{missing}"),
        ("db", "upgrade", "--db", "{missing}"),
        ("backup", "--db", "{missing}"),
    ],
)
def test_a_missing_file(capsys, tmp_path, argv):
    missing = str(tmp_path / "hilang.sqlite3")
    code, _, err = run(capsys, *(a.format(missing=missing) for a in argv))
    assert code == 1
    assert_one_clear_line(err, "Berkas tidak ditemukan", missing)


@pytest.mark.parametrize(
    "content", [b"Nama,NISN\nAyu,0123456789\n", b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_a_file_that_is_not_a_tomoni_database(capsys, tmp_path, content):
    path = tmp_path / "daftar.sqlite3"
    path.write_bytes(content)
    code, _, err = run(capsys, "db", "status", "--db", str(path))
    assert code == 1
    assert_one_clear_line(err, "bukan basis data Tomoni Desktop")


def test_another_programs_sqlite_database(capsys, tmp_path):
    path = tmp_path / "lain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE x (y)")
    code, _, err = run(capsys, "db", "upgrade", "--db", str(path))
    assert code == 1
    assert_one_clear_line(err, "bukan basis data Tomoni Desktop")


def test_a_database_from_a_newer_version(capsys, demo_database):
    demo_database.close()
    with sqlite3.connect(demo_database.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    for argv in (("db", "status"), ("db", "upgrade")):
        code, _, err = run(capsys, *argv, "--db", str(demo_database.path))
        assert code == 1
        assert_one_clear_line(err, "versi yang lebih baru")


def test_demo_into_a_database_that_has_a_school(capsys, demo_database):
    demo_database.close()
    code, _, err = run(capsys, "demo", "--db", str(demo_database.path))
    assert code == 1
    assert_one_clear_line(err, "sudah berisi sekolah")


def test_restore_of_something_that_is_not_a_backup(capsys, demo_database, tmp_path):
    demo_database.close()
    bogus = tmp_path / "bukan.sqlite3"
    bogus.write_text("halo")
    code, _, err = run(capsys, "restore", str(bogus), "--db", str(demo_database.path))
    assert code == 1
    assert_one_clear_line(err, "bukan cadangan Tomoni Desktop")


def test_unexpected_errors_go_to_the_log_not_the_screen(capsys, tmp_path, monkeypatch, data_dir):
    import tomoni_desktop.services.school.database as lifecycle

    def broken(*_args, **_kwargs):
        raise RuntimeError("something deep broke")

    monkeypatch.setattr(lifecycle, "open_database", broken)
    code, _, err = run(capsys, "db", "upgrade", "--db", str(tmp_path / "x.sqlite3"))
    assert code == 1
    assert_one_clear_line(err, "tomoni.log")
    assert "something deep broke" in (data_dir / "tomoni.log").read_text()


def test_the_installed_command_runs(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tomoni_desktop",
            "db",
            "status",
            "--db",
            str(tmp_path / "none.sqlite3"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert_one_clear_line(result.stderr, "Berkas tidak ditemukan")
