"""Roster figures: Dapodik import, filtering as the teacher types, opening the students page.

    python benchmarks/roster.py [--import-pupils 1000] [--list-pupils 10000]

1. Import: a workbook in the real Dapodik layout (generated here from a demo school) read,
   previewed and written into an empty school, end to end, against openpyxl alone reading the
   same file in read-only mode, in the same run.
2. Filtering: the students page's proxy (search text prepared per row) against a plain
   QSortFilterProxyModel searching every column, over the same model of N pupils, both shown
   in a table view; each keystroke of a few typed searches is timed (filter + repaint).
3. Opening the students page on N pupils: the app has started (its list loads in the
   background after the overview), then "Siswa" is clicked, until the page is painted; and
   the first load on its own, from creating the page until its table is filled.

Qt's offscreen platform is used. Prints a table, then one line of JSON.
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
from datetime import date
from pathlib import Path

from tomoni_desktop.core.unit_of_work import unit_of_work

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = ["siti", "tadulako", "0145", "wayan", "lestari"]
DEMO_DAY = date(2026, 9, 15)


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def demo_database(path: Path, pupils: int):
    from tomoni_desktop.core.migrate import create_database
    from tomoni_desktop.services.demo.school import build_demo_school

    database = create_database(path)
    with unit_of_work(database) as uow:
        build_demo_school(uow, students=pupils, seed=11, today=DEMO_DAY)
    return database


def measure_import(folder: Path, pupils: int) -> dict:
    from openpyxl import load_workbook

    from tomoni_desktop.core.migrate import create_database
    from tomoni_desktop.core.models import Term
    from tomoni_desktop.io.dapodik import read_dapodik
    from tomoni_desktop.io.dapodik_sample import write_dapodik_workbook
    from tomoni_desktop.services.roster.applying import apply_import
    from tomoni_desktop.services.roster.files import dapodik_pupils
    from tomoni_desktop.services.roster.importing import plan_import
    from tomoni_desktop.services.school.setup import SchoolSetup, school_context, setup_school

    source = demo_database(folder / "office.sqlite3", pupils)
    with unit_of_work(source) as uow:
        context = school_context(uow)
        workbook = write_dapodik_workbook(
            folder / "dapodik.xlsx", dapodik_pupils(uow, context.school_year_id)
        )
    source.close()

    def openpyxl_alone():
        book = load_workbook(workbook, read_only=True, data_only=True)
        rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
        return rows

    def tomoni_import(run: int):
        database = create_database(folder / f"teacher{run}.sqlite3")
        with unit_of_work(database) as uow:
            school = setup_school(
                uow,
                SchoolSetup(
                    "SMP Negeri 1 Tomoni (contoh)",
                    "99990001",
                    "2026/2027",
                    Term.GANJIL,
                    "Guru",
                    7,
                    "VII A",
                ),
            )

        def work():
            records = read_dapodik(workbook).records
            with unit_of_work(database) as uow:
                plan = plan_import(uow, school.school_year_id, records, "dapodik", workbook.name)
                return apply_import(uow, plan)

        seconds, result = timed(work)
        database.close()
        assert result.new == pupils, result
        return seconds

    openpyxl_alone()  # both find the file in the OS cache
    openpyxl_runs, import_runs = [], []
    for run in range(3):
        openpyxl_runs.append(timed(openpyxl_alone)[0])
        import_runs.append(tomoni_import(run))
    return {
        "import_pupils": pupils,
        "import_s": statistics.median(import_runs),
        "openpyxl_read_s": statistics.median(openpyxl_runs),
    }


def measure_filtering_and_page(folder: Path, pupils: int) -> dict:
    from PySide6.QtCore import QEvent, QEventLoop, QSettings, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.services.roster.students import list_students
    from tomoni_desktop.services.school.setup import school_context
    from tomoni_desktop.ui.context import AppContext
    from tomoni_desktop.ui.main_window import MainWindow
    from tomoni_desktop.ui.models.search_proxy import SearchProxy
    from tomoni_desktop.ui.models.table import RowTableModel
    from tomoni_desktop.ui.operations import OperationRunner
    from tomoni_desktop.ui.pages.students import StudentsPage, search_text
    from tomoni_desktop.ui.translation import LanguageSwitcher

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # The school is written by another process, as a teacher's laptop opens an existing file:
    # this process starts with the heap of an app, not of a demo generator.
    path = folder / "school10k.sqlite3"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tomoni_desktop",
            "demo",
            "--db",
            str(path),
            "--students",
            str(pupils),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    from tomoni_desktop.core.database import Database

    database = Database.open(path)
    with unit_of_work(database) as uow:
        session = uow.session
        context = school_context(uow)
        settings = load_settings(session)
        rows = list_students(uow, context.school_year_id, include_left=True)

    runner = OperationRunner()
    app_context = AppContext(database, settings, context, runner, "id")
    page_columns = StudentsPage(app_context)._columns()  # the very columns the page shows
    model = RowTableModel(page_columns)
    model.set_rows(rows)

    def keystrokes(apply) -> list[float]:
        timings = []
        for word in TYPED:
            for end in range(1, len(word) + 1):
                start = time.perf_counter()
                apply(word[:end])
                app.processEvents()
                timings.append(time.perf_counter() - start)
            start = time.perf_counter()
            apply("")
            app.processEvents()
            timings.append(time.perf_counter() - start)
        return timings

    ours = SearchProxy(model, search_text)
    ours_view = QTableView()
    ours_view.setModel(ours)
    ours_view.resize(1000, 600)
    ours_view.show()
    plain = QSortFilterProxyModel()
    plain.setSourceModel(model)
    plain.setFilterKeyColumn(-1)
    plain.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    plain_view = QTableView()
    plain_view.setModel(plain)
    plain_view.resize(1000, 600)
    plain_view.show()
    app.processEvents()
    keystrokes(ours.set_search)  # warm-up: the per-row search text is built once
    ours_ms = [t * 1000 for t in keystrokes(ours.set_search)]
    plain_ms = [t * 1000 for t in keystrokes(plain.setFilterFixedString)]
    ours_view.close()
    plain_view.close()

    def open_page() -> float:
        # Wait in Qt's event loop, as the app does, not in a Python polling loop that would
        # take the interpreter lock from the worker a thousand times a second.
        start = time.perf_counter()
        page = StudentsPage(app_context)
        page.resize(1100, 650)
        waiting = QEventLoop()
        page.model.modelReset.connect(waiting.quit)
        page.show()
        waiting.exec()
        app.processEvents()  # the first paint of the filled table
        seconds = time.perf_counter() - start
        page.close()
        page.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # really gone before the next
        return seconds

    def open_from_navigation() -> float:
        """What the teacher does: the app has started, then she clicks "Siswa"."""
        window = MainWindow(
            switcher, QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat), runner
        )
        window.show()
        window.attach(app_context)
        idle = QEventLoop()
        while runner.busy:  # start-up's work and the background load of the list
            runner.busy_changed.connect(lambda busy: None if busy else idle.quit())
            idle.exec()
        start = time.perf_counter()
        window.nav_buttons["students"].click()
        app.processEvents()  # the students page painted
        seconds = time.perf_counter() - start
        assert window.pages["students"].proxy.rowCount() > 0
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        return seconds

    open_page()
    opening_cold = [open_page() * 1000 for _ in range(5)]
    switcher = LanguageSwitcher()
    switcher.apply("id")
    opening = [open_from_navigation() * 1000 for _ in range(5)]
    runner.shutdown()
    database.close()
    return {
        "list_pupils": len(rows),
        "keystrokes": len(ours_ms),
        "filter_ms_median": statistics.median(ours_ms),
        "filter_ms_max": max(ours_ms),
        "plain_proxy_ms_median": statistics.median(plain_ms),
        "open_page_ms": statistics.median(opening),
        "open_page_cold_ms": statistics.median(opening_cold),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--import-pupils", type=int, default=1000)
    parser.add_argument("--list-pupils", type=int, default=10_000)
    options = parser.parse_args()
    os.environ.setdefault("TOMONI_DATA_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as folder:
        figures = measure_filtering_and_page(Path(folder), options.list_pupils)
        figures |= measure_import(Path(folder), options.import_pupils)
    figures["import_ratio"] = figures["import_s"] / figures["openpyxl_read_s"]
    figures["filter_speedup"] = figures["plain_proxy_ms_median"] / figures["filter_ms_median"]

    print(
        f"Roster figures ({figures['import_pupils']} pupils imported, {figures['list_pupils']} listed)"
    )
    print(f"{'measure':<58} {'value':>10}  goal")
    for name, value, goal in (
        ("openpyxl alone, read-only read of the file (s)", figures["openpyxl_read_s"], ""),
        ("Dapodik import: read, preview, write (s)", figures["import_s"], ""),
        ("import / openpyxl", figures["import_ratio"], "<= 3"),
        ("filter per keystroke, median (ms)", figures["filter_ms_median"], "<= 50"),
        (
            "plain QSortFilterProxyModel per keystroke, median (ms)",
            figures["plain_proxy_ms_median"],
            "",
        ),
        ("plain / ours", figures["filter_speedup"], ">= 3"),
        ("open the students page from the navigation (ms)", figures["open_page_ms"], "<= 300"),
        ("  its first load, page made and list read cold (ms)", figures["open_page_cold_ms"], ""),
    ):
        print(f"{name:<58} {value:>10.3f}  {goal}")
    print(
        json.dumps(
            {
                key: round(value, 4) if isinstance(value, float) else value
                for key, value in figures.items()
            }
        )
    )


if __name__ == "__main__":
    main()
