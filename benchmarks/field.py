"""A whole school on a small laptop: cold start, every page visited, and peak memory
(issue 16 §2).

    python benchmarks/field.py [--students 900] [--district 10000] [--runs 3]

A school of 900 pupils (the demo's shape: a semester's worksheets, returns, scores,
attendance, contacts) is written with `tomoni demo`, then:
- cold start: the app started as a new process until the overview's figures are in
  ("ready"), the median of --runs;
- pages: the main window (1366×768, offscreen) opened on it in a process of its own, and
  every page clicked twice; a page is ready when the database worker has nothing left to do
  for it and the events it posted are handled. Peak memory is that process's VmHWM at the end.
The same pages on a district office of --district pupils (0 to skip).
Goals: peak ≤ 250 MiB, each page ≤ 300 ms, ready ≤ 1.5 s; with 10,000 pupils each page ≤ 1 s.
Prints a table, then one line of JSON (peak_mib, page_ms_max, ready_s, page_ms_max_10k).
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

APP = "from tomoni_desktop.app import main; raise SystemExit(main())"
VISIT_PAGES = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from tomoni_desktop.app import peak_memory_kib
from tomoni_desktop.services.school.database import open_school
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.main_window import MainWindow
from tomoni_desktop.ui.operations import OperationRunner
from tomoni_desktop.ui.translation import LanguageSwitcher

switcher = LanguageSwitcher()
switcher.apply("id")
runner = OperationRunner()
window = MainWindow(switcher, QSettings(sys.argv[2], QSettings.Format.IniFormat), runner)
window.resize(1366, 768)
window.show()


def settle():
    quiet = 0
    while quiet < 3:  # three rounds of events in a row with the worker idle
        app.processEvents()
        quiet = quiet + 1 if not runner.busy else 0
        if runner.busy:
            time.sleep(0.0005)


started = open_school(Path(sys.argv[1]))
opened = started.opened
window.begin(AppContext(opened.database, opened.settings, started.school, runner, "id"))
settle()
visits = {}
for visit in ("first", "again"):
    for key, button in window.nav_buttons.items():
        begun = time.perf_counter()
        button.click()
        settle()
        window.repaint()
        visits.setdefault(key, {})[visit] = (time.perf_counter() - begun) * 1000
print(json.dumps({"pages": visits, "peak_mib": peak_memory_kib() / 1024}))
runner.shutdown()
opened.database.close()
"""


def write_school(path: Path, students: int, env: dict[str, str]) -> float:
    begun = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tomoni_desktop", "demo", "--db", str(path)]
        + ["--students", str(students)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - begun


def cold_start(path: Path, env: dict[str, str]) -> float:
    begun = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", APP, "--db", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env, TOMONI_STARTUP_PROBE="1"),
    )
    ready = None
    for line in process.stdout:  # type: ignore[union-attr]
        if line.split()[:1] == [b"ready"]:
            ready = time.perf_counter() - begun
    process.wait()
    if ready is None:
        raise SystemExit("the app did not get ready: " + process.stderr.read().decode())  # type: ignore[union-attr]
    return ready


def visit_pages(path: Path, env: dict[str, str], folder: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", VISIT_PAGES, str(path), str(folder / "window.ini")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit("visiting the pages failed: " + done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--students", type=int, default=900)
    parser.add_argument("--district", type=int, default=10_000, help="0: skip")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            TOMONI_DATA_DIR=str(folder / "data"),
            TOMONI_NO_DIALOGS="1",
        )
        school = folder / "school.sqlite3"
        made_s = write_school(school, options.students, env)
        cold_start(school, env)  # a warm-up: the files in the OS cache, as on a second start
        ready_s = statistics.median(cold_start(school, env) for _ in range(options.runs))
        school_pages = visit_pages(school, env, folder)
        district_pages = None
        if options.district:
            district = folder / "district.sqlite3"
            write_school(district, options.district, env)
            district_pages = visit_pages(district, env, folder)

    print(
        f"A school of {options.students} pupils (written in {made_s:.0f} s); "
        f"cold start to ready, median of {options.runs}: {ready_s:.2f} s"
    )
    header = f"{'page':<14} {'first (ms)':>11} {'again (ms)':>11}"
    if district_pages:
        header += f" {f'{options.district} pupils, first':>22} {'again':>8}"
    print(header)
    for key, times in school_pages["pages"].items():
        line = f"{key:<14} {times['first']:>11.0f} {times['again']:>11.0f}"
        if district_pages:
            far = district_pages["pages"][key]
            line += f" {far['first']:>22.0f} {far['again']:>8.0f}"
        print(line)
    page_ms_max = max(max(t.values()) for t in school_pages["pages"].values())
    page_ms_max_10k = (
        max(max(t.values()) for t in district_pages["pages"].values()) if district_pages else None
    )
    print(
        f"peak memory with every page open: {school_pages['peak_mib']:.0f} MiB"
        + (f" ({district_pages['peak_mib']:.0f} MiB for the district)" if district_pages else "")
    )
    print("goals: peak ≤ 250 MiB, each page ≤ 300 ms, ready ≤ 1.5 s; 10,000 pupils: ≤ 1,000 ms")
    print(
        json.dumps(
            {
                "students": options.students,
                "peak_mib": round(school_pages["peak_mib"], 1),
                "page_ms_max": round(page_ms_max, 1),
                "ready_s": round(ready_s, 3),
                "page_ms_max_10k": round(page_ms_max_10k, 1) if page_ms_max_10k else None,
                "district_students": options.district or None,
                "district_peak_mib": round(district_pages["peak_mib"], 1)
                if district_pages
                else None,
            }
        )
    )


if __name__ == "__main__":
    main()
