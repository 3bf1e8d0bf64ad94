"""Property 3: an import or export killed with SIGKILL at any point leaves the database as it
was (and sound), and the stick never holds a file that looks like a bundle but is not one."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sync.helpers import call, dump, make_laptop, make_office, send
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.unit_of_work import Units
from tomoni_desktop.services import sync

KILLS = 10
RUNNER = (
    "import sys\n"
    "from tomoni_desktop.cli import main\n"
    "import tomoni_desktop.services.sync, tomoni_desktop.cli.sync\n"
    "print('ready', flush=True)\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _start(*argv: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", RUNNER, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout.readline().strip() == b"ready"
    return process


def _kill_after(process: subprocess.Popen, seconds: float) -> bool:
    """True when the process was killed before it finished."""
    time.sleep(seconds)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return not finished


def _kill_repeatedly(attempt, seconds: float) -> None:
    """KILLS attempts with kill points spread over the command's run (0 to 1.6 times its
    measured length); on a loaded machine a run may end before its kill, so attempts go on
    (at most four rounds) until at least half of KILLS really were killed mid-way."""
    killed = attempts = 0
    while attempts < KILLS or killed < KILLS // 2:
        assert attempts < 4 * KILLS, f"only {killed} of {attempts} runs were killed"
        killed += attempt(attempts, seconds * 1.6 * (attempts % KILLS) / KILLS)
        attempts += 1


def _run_seconds(*argv: str) -> float:
    """How long the command takes in a process of its own, from ready to its end: the window
    the kills are spread over (measured the same way they land, so load cannot skew it)."""
    process = _start(*argv)
    started = time.perf_counter()
    assert process.wait() == 0
    return time.perf_counter() - started


def _sound(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


def _dump_of(path: Path) -> dict:
    database = Database.open(path)
    try:
        return dump(database)
    finally:
        database.close()


def _copy(source: Path, target: Path) -> None:
    for suffix in ("", ".node"):
        shutil.copy(f"{source}{suffix}", f"{target}{suffix}")


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults")
    office = make_office(folder, students=400)
    laptop = make_laptop(office, folder, "Laptop Uji")
    send(office, laptop, folder / "first")  # the laptop knows the school
    with office.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE students SET notes = 'dikunjungi Jumat'")
        connection.exec_driver_sql("UPDATE guardians SET name = name || ' (wali)'")
    bundle = sync.export_bundle(Units(office), to=folder / "kantor.tomoni").path
    office.close()
    laptop.close()
    clean = folder / "Laptop Uji.sqlite3"
    # How long the import takes, run on a copy as the kills will run it.
    trial = folder / "trial.sqlite3"
    _copy(clean, trial)
    seconds = _run_seconds("sync", "import", str(bundle), "--db", str(trial))
    after = _dump_of(trial)
    return folder, clean, bundle, seconds, _dump_of(clean), after


def test_an_import_killed_anywhere_changes_nothing(big_bundle):
    folder, clean, bundle, seconds, before, after = big_bundle

    def attempt(number: int, delay: float) -> bool:
        target = folder / f"kill{number}.sqlite3"
        _copy(clean, target)
        process = _start("sync", "import", str(bundle), "--db", str(target))
        killed = _kill_after(process, delay)
        _sound(target)
        assert _dump_of(target) in (before, after)
        return killed

    _kill_repeatedly(attempt, seconds)


def test_an_export_killed_anywhere_leaves_no_false_bundle(big_bundle, tmp_path):
    folder, clean, _bundle, seconds, _before, _after = big_bundle
    source = tmp_path / "laptop.sqlite3"
    _copy(clean, source)
    with sqlite3.connect(source) as connection:
        connection.execute("UPDATE students SET village = 'Mahalona'")
    stick = tmp_path / "stick"
    stick.mkdir()
    export_seconds = _run_seconds(
        "sync", "export", "--db", str(source), "--to", str(stick / "trial.tomoni"), "--full"
    )
    (stick / "trial.tomoni").unlink()
    data_before = _dump_of(source)

    def attempt(_number: int, delay: float) -> bool:
        process = _start("sync", "export", "--db", str(source), "--to", str(stick), "--full")
        killed = _kill_after(process, delay)
        _sound(source)
        return killed

    _kill_repeatedly(attempt, export_seconds)
    database = Database.open(source)
    try:
        assert dump(database) == data_before
        for path in stick.glob("*.tomoni"):
            # Opened and checked whole (every chunk, the end, the signature), then known as
            # this laptop's own: a half-written bundle would be refused here.
            assert call(database, sync.import_bundle, path).already
    finally:
        database.close()
