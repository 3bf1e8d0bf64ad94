"""The school's hub over the LAN (issue 17 §2): 30 laptops syncing with the office at once.

    python benchmarks/hub.py [--laptops 30]

The office of a 900-pupil demo school runs `tomoni hub serve` as a process of its own on
loopback. Each of the laptops (joined with its own join file, each holding the school) does a
term's work on its class (benchmarks/sync.py's term_of_work), then all of them sync at the
same moment, each in a process of its own (push, then pull). Each sync's time is measured
from the laptop's side. Then each laptop syncs once more, one after another, and must end
equal to the office, table by table. A district hub on PostgreSQL is not built yet, so
`district_s` is null. Prints a table, then one line of JSON: lan_max_s, lan_failed,
lan_equal, district_s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sync_scale import same_data  # every synced table equal on both sides

import sync as stick_figures  # benchmarks/sync.py: the school, its laptops, a term's work

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
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        office = stick_figures.school(folder, 900, worksheets=True)
        template = stick_figures.laptop_template(office, folder)
        laptops = []
        for number in range(options.laptops):
            laptop = stick_figures.a_laptop(office, template, folder, f"Laptop {number + 1:02d}")
            stick_figures.term_of_work(laptop, number, 1)
            laptops.append(Path(str(laptop.engine.url.database)))
            laptop.close()
        office_path = Path(str(office.engine.url.database))
        office.close()
        hub = subprocess.Popen(
            [sys.executable, "-m", "tomoni_desktop", "--lang", "en", "hub", "serve"]
            + ["--db", str(office_path), "--listen", "127.0.0.1:0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            said = hub.stdout.readline()  # type: ignore[union-attr]
            if " at " not in said:
                raise SystemExit("the hub did not start: " + hub.stderr.read())  # type: ignore[union-attr]
            url = said.split(" at ")[1].split()[0]
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
        finally:
            hub.terminate()
            hub.wait(10)
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
    print(
        json.dumps(
            {
                "lan_max_s": round(max(times, default=0), 2),
                "lan_median_s": round(statistics.median(times), 2) if times else None,
                "lan_failed": len(failed),
                "laptops": len(laptops),
                "lan_equal": equal_to_office,
                "district_s": None,
            }
        )
    )


if __name__ == "__main__":
    main()
