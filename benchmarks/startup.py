"""Cold start of the main window on a demo school of 900 pupils, against a bare Qt floor.

    python benchmarks/startup.py [--runs 7] [--students 900]

Each run is a new process. The app prints "shown" from its event loop once the main window is
on screen, and "ready" once the database is open and the overview's figures are filled in;
each line carries the process's peak memory so far (VmHWM). The floor is a process that
imports PySide6 and SQLAlchemy and shows an empty QMainWindow, printing "shown" the same way.
Runs alternate between the two so that a busy machine slows both alike. Qt's offscreen
platform is used, so the figure does not depend on an X server.
Prints a table, then one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import sys
import sqlalchemy  # noqa: F401
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from tomoni_desktop.app import peak_memory_kib
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1240, 700)
window.show()
QTimer.singleShot(0, lambda: (print("shown", peak_memory_kib(), flush=True), QCoreApplication.quit()))
app.exec()
"""
APP = "from tomoni_desktop.app import main; raise SystemExit(main())"


def run_once(code: str, args: list[str], env: dict[str, str], stages: tuple[str, ...]) -> dict:
    """Seconds from process start to each stage line, and the peak memory (MiB) at each."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    seen = {}
    for stage in stages:
        line = process.stdout.readline().split()
        if not line or line[0].decode() != stage:
            break
        seen[stage] = (time.perf_counter() - start, int(line[1]) / 1024)
    _, status, usage = os.wait4(process.pid, 0)
    code_ = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace")
    process.stdout.close()
    process.stderr.close()
    if len(seen) != len(stages) or code_ != 0:
        raise SystemExit(f"a run failed (exit {code_}): {error.strip()}")
    seen["exit_peak_mib"] = usage.ru_maxrss / 1024
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--students", type=int, default=900)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo900.sqlite3"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            TOMONI_DATA_DIR=str(Path(folder) / "data"),
            TOMONI_STARTUP_PROBE="1",
            TOMONI_NO_DIALOGS="1",
        )
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tomoni_desktop",
                "demo",
                "--db",
                str(database),
                "--students",
                str(options.students),
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        app_args = ["--db", str(database)]
        # One warm-up of each, so both find their files in the OS cache alike.
        run_once(FLOOR, [], env, ("shown",))
        run_once(APP, app_args, env, ("shown", "ready"))
        floor_runs, app_runs = [], []
        for _ in range(options.runs):
            floor_runs.append(run_once(FLOOR, [], env, ("shown",)))
            app_runs.append(run_once(APP, app_args, env, ("shown", "ready")))

    def median(runs, stage, part):
        return statistics.median(run[stage][part] for run in runs)

    floor_s, floor_mib = median(floor_runs, "shown", 0), median(floor_runs, "shown", 1)
    app_s, app_mib = median(app_runs, "shown", 0), median(app_runs, "shown", 1)
    ready_s, ready_mib = median(app_runs, "ready", 0), median(app_runs, "ready", 1)
    print(f"Cold start, median of {options.runs} runs, demo school of {options.students} pupils")
    print(
        f"{'process and moment':<58} {'time (s)':>9} {'peak (MiB)':>11} {'x floor':>8} {'x floor mem':>12}"
    )
    for name, seconds, mib in (
        ("floor: PySide6 + SQLAlchemy, empty QMainWindow shown", floor_s, floor_mib),
        ("Tomoni: main window shown", app_s, app_mib),
        ("Tomoni: database open, overview figures filled in", ready_s, ready_mib),
    ):
        print(
            f"{name:<58} {seconds:>9.3f} {mib:>11.1f} {seconds / floor_s:>8.2f} {mib / floor_mib:>12.2f}"
        )
    print("goal: main window shown <= 1.5 x the floor in time and in peak memory")
    print(
        json.dumps(
            {
                "students": options.students,
                "runs": options.runs,
                "app_s": round(app_s, 4),
                "floor_s": round(floor_s, 4),
                "ratio": round(app_s / floor_s, 3),
                "app_peak_mib": round(app_mib, 1),
                "floor_peak_mib": round(floor_mib, 1),
                "memory_ratio": round(app_mib / floor_mib, 3),
                "ready_s": round(ready_s, 4),
                "ready_ratio": round(ready_s / floor_s, 3),
                "ready_peak_mib": round(ready_mib, 1),
                "ready_memory_ratio": round(ready_mib / floor_mib, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
