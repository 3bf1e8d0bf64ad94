"""The school's hub over the LAN (issue 17 §2): 30 laptops syncing with the office at once.

    python benchmarks/hub.py [--laptops 30]

The office of a 900-pupil demo school runs `tomoni hub serve` as a process of its own on
loopback. Each of the laptops (joined with its own join file, each holding the school) does a
term's work on its class (benchmarks/sync.py's term_of_work), then all of them sync at the
same moment, each in a process of its own (push, then pull). Each sync's time is measured
from the laptop's side. Then each laptop syncs once more, one after another, and must end
equal to the office, table by table.

The district: `--schools` schools of `--pupils` pupils each (30 × 900 ≈ 27,000), every one
with its term (worksheets, returns, scores, attendance) and keys of its own, added to a
district hub on PostgreSQL (a throwaway cluster from Debian's packages, or `--district-db`).
`tomoni hub serve --district` runs as a process of its own; each school's office pushes its
term bundle to it, one after another, and `district_s` is the wall time of all 30 pushes
(each school's export, the transfer and the hub's merge). Every school's schema must then
hold what its office holds. `--skip-lan` or `--skip-district` runs one half.

Prints a table, then one line of JSON: lan_max_s, lan_failed, lan_equal, district_s,
district_equal.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sync_scale import same_data  # every synced table equal on both sides

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' helpers
from tests.hub.serving import hub_process  # noqa: E402 - `tomoni hub serve` as a process

import sync as stick_figures  # benchmarks/sync.py: the school, its laptops, a term's work
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.services.demo.school import build_demo_school
from tomoni_desktop.services.school.database import open_database
from tomoni_desktop.services.sync.district import add_school, district_report, school_url
from tomoni_desktop.services.sync.network import push_to_hub

CHILD = """
import json, sys, time
from pathlib import Path
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.unit_of_work import Units
from tomoni_desktop.services.sync.network import sync_with_hub

database = Database.open(Path(sys.argv[1]))
start_at = float(sys.argv[3])
if start_at:  # warmed up as a laptop that has been open a while: code loaded, mappers made
    import tempfile
    from tomoni_desktop.services import sync
    with tempfile.TemporaryDirectory() as warm:
        sync.export_bundle(Units(database), to=Path(warm))
while time.time() < start_at:  # every laptop starts at the same moment
    time.sleep(0.005)
begun = time.perf_counter()
try:
    done = sync_with_hub(Units(database), sys.argv[2])
    answer = {"ok": True, "sent": done.pushed.rows, "received": done.pulled.report.new
              + done.pulled.report.updated}
except Exception as error:  # noqa: BLE001 - a failure is a figure here
    answer = {"ok": False, "error": str(error)[:300]}
answer["seconds"] = time.perf_counter() - begun
database.close()
print(json.dumps(answer))
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--laptops", type=int, default=30)
    parser.add_argument("--schools", type=int, default=30)
    parser.add_argument("--pupils", type=int, default=900, help="per school of the district")
    parser.add_argument("--district-db", help="an empty PostgreSQL database (else a throwaway)")
    parser.add_argument("--skip-lan", action="store_true")
    parser.add_argument("--skip-district", action="store_true")
    options = parser.parse_args()
    figures: dict = {
        "lan_max_s": None,
        "lan_median_s": None,
        "lan_failed": None,
        "laptops": 0,
        "lan_equal": None,
    }
    if not options.skip_lan:
        figures.update(lan(options.laptops))
    figures.update({"district_s": None, "district_equal": None, "district_pupils": 0})
    if not options.skip_district:
        figures.update(district(options.schools, options.pupils, options.district_db))
    print(json.dumps(figures))


def lan(laptop_count: int) -> dict:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        office = stick_figures.school(folder, 900, worksheets=True)
        template = stick_figures.laptop_template(office, folder)
        laptops = []
        for number in range(laptop_count):
            laptop = stick_figures.a_laptop(office, template, folder, f"Laptop {number + 1:02d}")
            stick_figures.term_of_work(laptop, number, 1)
            laptops.append(Path(str(laptop.engine.url.database)))
            laptop.close()
        office_path = Path(str(office.engine.url.database))
        office.close()
        with hub_process("--db", str(office_path)) as url:
            # Every laptop has loaded the app (and written a bundle once) before the moment
            # they all start at: 30 laptops warming up on this machine's 2 cores would
            # measure Python's start, not the sync. Their syncs still share the cores.
            start_at = time.time() + 5.0 + 0.8 * len(laptops)
            syncing = [
                subprocess.Popen(
                    [sys.executable, "-c", CHILD, str(path), url, str(start_at)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for path in laptops
            ]
            answers = []
            for process in syncing:
                out, err = process.communicate(timeout=600)
                lines = out.strip().splitlines()
                answers.append(
                    json.loads(lines[-1]) if lines else {"ok": False, "error": err[-300:]}
                )
            # Then each laptop once more, one after another: the office has everyone's work
            # now, so every laptop must end equal to it.
            for path in laptops:
                subprocess.run(
                    [sys.executable, "-c", CHILD, str(path), url, "0"],
                    capture_output=True,
                    check=True,
                )
        times = [a["seconds"] for a in answers if a["ok"]]
        failed = [a for a in answers if not a["ok"]]
        equal_to_office = sum(1 for path in laptops if same_data(office_path, path))
    print(f"{'':<44} {'measured':>10} {'goal':>8}")
    print(f"{'laptops syncing at once':<44} {len(laptops):>10}")
    print(f"{'slowest sync, push + pull (s)':<44} {max(times, default=0):>10.2f} {'<= 10':>8}")
    print(f"{'median sync (s)':<44} {statistics.median(times) if times else 0:>10.2f}")
    print(f"{'failed':<44} {len(failed):>10} {'0':>8}")
    print(f"{'laptops equal to the office after a 2nd pass':<44} {equal_to_office:>10}")
    for answer in failed[:3]:
        print("  failed:", answer.get("error"))
    return {
        "lan_max_s": round(max(times, default=0), 2),
        "lan_median_s": round(statistics.median(times), 2) if times else None,
        "lan_failed": len(failed),
        "laptops": len(laptops),
        "lan_equal": equal_to_office,
    }


def as_another_school(path: Path, number: int) -> None:
    """A copy of the built school made another one: its own NPSN, name and id (every
    reference to the school follows), written straight into SQLite and captured."""
    from tomoni_desktop.core.ids import school_id
    from tomoni_desktop.core.models import Base

    npsn = f"9998{number:04d}"
    new = school_id(npsn).hex
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("BEGIN")
    (old,) = connection.execute("SELECT id FROM schools").fetchone()
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == "schools":
                connection.execute(
                    f'UPDATE "{table.name}" SET "{key.parent.name}" = ? WHERE "{key.parent.name}" = ?',
                    (new, old),
                )
    connection.execute(
        "UPDATE schools SET id = ?, npsn = ?, name = ? WHERE id = ?",
        (new, npsn, f"SMP Negeri {number} Contoh", old),
    )
    connection.execute("COMMIT")
    connection.close()


def district(schools: int, pupils: int, url: str | None) -> dict:
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        if url is None:
            # the tests' throwaway cluster (Debian's initdb and pg_ctl in a temporary folder)
            from tests.hub.postgres import throwaway_cluster

            url = stack.enter_context(throwaway_cluster())
        built = time.perf_counter()
        template = folder / "sekolah.sqlite3"
        database = open_database(template, create=True).database
        with unit_of_work(database) as uow:
            build_demo_school(uow, students=pupils, seed=21, today=date(2026, 11, 20))
        database.close()
        offices = []
        for number in range(1, schools + 1):
            path = folder / f"sekolah{number:02d}.sqlite3"
            source, copy = sqlite3.connect(template), sqlite3.connect(path)
            source.backup(copy)  # the WAL's pages too
            source.close()
            copy.close()
            as_another_school(path, number)
            office = open_database(path).database
            stick_figures.call(office, sync.make_office, stick_figures.PASSPHRASE)
            join = folder / f"kabupaten{number:02d}.tomoni-join"
            stick_figures.call(
                office, sync.invite_laptop, join, stick_figures.PASSPHRASE, "Hub kabupaten"
            )
            add_school(url, join, stick_figures.PASSPHRASE)
            office.close()
            offices.append(path)
        print(f"{schools} schools of {pupils} pupils made in {time.perf_counter() - built:.0f} s")
        with hub_process("--district", "--db", url) as address:
            seconds, rows = [], 0
            begun = time.perf_counter()
            for path in offices:
                office = Database.open(path)
                start = time.perf_counter()
                rows += push_to_hub(Units(office), address).rows
                seconds.append(time.perf_counter() - start)
                office.close()
            total = time.perf_counter() - begun
        equal = 0
        for path in offices:
            office = Database.open(path)
            with office.engine.connect() as connection:
                school = connection.exec_driver_sql("SELECT id FROM schools").scalar()
            office.close()
            if same_data(path, school_url(url, str(uuid.UUID(str(school))))):
                equal += 1
        report = district_report(url)
    print(f"{'':<44} {'measured':>10} {'goal':>8}")
    print(f"{'schools pushing their term to the district':<44} {schools:>10}")
    print(f"{'pupils in the district':<44} {sum(r.pupils for r in report):>10}")
    print(f"{'rows merged at the district hub':<44} {rows:>10}")
    print(f"{'all pushes, one after another (s)':<44} {total:>10.1f} {'<= 300':>8}")
    print(f"{'slowest school (s)':<44} {max(seconds):>10.1f}")
    print(f"{'schools equal to their office':<44} {equal:>10} {schools:>8}")
    return {
        "district_s": round(total, 1),
        "district_equal": equal,
        "district_pupils": sum(r.pupils for r in report),
        "district_rows": rows,
    }


if __name__ == "__main__":
    main()
