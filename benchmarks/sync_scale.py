"""Sync at district scale (issue 17 §1): a full sync of 100,000 pupils, export and import each
in a process of its own, against the raw SQLite floor measured in the same run and against
Kolibri's engine (Morango); peak memory at 10k, 100k and 300k pupils; the demo school's shape
(every table filled) at 24,500 and 49,000 pupils; and an incremental round of 1,000 changed
pupils in a 300,000-pupil database.

    python benchmarks/sync_scale.py [--quick] [--sizes 10000,100000,300000]

- Full sync: an office with the school and N pupils written straight into SQLite (captured
  by the triggers, as any write is), exports everything (its first export stamps every row);
  a freshly joined laptop imports it. Both sides are then compared table by table.
- Floor: the same pupils' rows, read back from the office, inserted with sqlite3's
  executemany into a table of the same definition and indexes, WAL, synchronous=FULL.
- Morango: run side by side where pip can install morango 0.8.15 (benchmarks/morango_side:
  a Django server with 100k records of 8 fields; a fresh client pulls them all over loopback
  HTTP, back-off sleeps taken out; both sides compared). Where it cannot (no index, or
  `--quick`, or `--no-morango`), its figure of 2026-11-29 (130 s, issue 17), and the output
  says which.
- SQLite's share: what SQLite alone spends in that sync, whatever drives it (the office
  reads every row and writes each row's state; the laptop writes the rows, the floor, and
  their states): a lower bound for the full sync, and so an upper bound on the ratio to
  Morango that any program writing these rows and states could reach.
- Demo shape: a 490-pupil demo school (every table filled: guardians, worksheets, copies,
  returns, scores, attendance, contacts) copied 50 and 100 times under new ids, as a
  district's schools would be: rows per second against the pupils-only figure.
- Incremental: after a full round both ways, the office changes 1,000 pupils and writes the
  laptop's bundle, which the laptop imports: the larger of the two times.
`--quick` runs the 100k figures only, against Morango's figure. Prints a table, then one line
of JSON with full_s, floor_s, floor_ratio, morango_s, morango_ratio (and morango_measured,
sqlite_s, morango_ratio_bound), peak_mib, demo_shape_row_ratio, incremental_s.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import sync as stick_figures  # benchmarks/sync.py: call, the passphrase, peak memory
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.services.demo.school import build_demo_school
from tomoni_desktop.services.school.database import open_database
from tomoni_desktop.sync.tables import synced_tables

MORANGO_100K_S = 130.0  # issue 17: Morango 0.8, 100k records of 8 fields, loopback HTTP
MORANGO = "morango==0.8.15"
MORANGO_SIDE = Path(__file__).parent / "morango_side"
MORANGO_GOAL = 50  # issue 17: at least 50 times faster
DEMO_PUPILS = 490
CHILD = (
    stick_figures.PEAK_KIB
    + """
import json, sys, time
from pathlib import Path
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.unit_of_work import Units
from tomoni_desktop.services import sync

database = Database.open(Path(sys.argv[2]))
started = time.perf_counter()
if sys.argv[1] == "export":
    result = sync.export_bundle(
        Units(database), to=Path(sys.argv[3]), full=sys.argv[4] == "full"
    )
    rows = result.rows
else:  # as the app imports: import_bundles, each bundle a unit of its own
    (result,) = sync.import_bundles(Units(database), [Path(sys.argv[3])])
    rows = result.report.new + result.report.updated + result.report.unchanged
seconds = time.perf_counter() - started
database.close()
print(json.dumps({"seconds": seconds, "peak_kib": peak_kib(), "rows": rows}))
"""
)


def in_child(step: str, *args: Path | str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, step, *map(str, args)], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{step} failed: {done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def office_and_laptop(folder: Path, demo_pupils: int, full_demo: bool) -> tuple[Path, Path]:
    """An office with a demo school (small, or every table filled) and a laptop that has
    joined it and holds nothing yet."""
    office_path, laptop_path = folder / "kantor.sqlite3", folder / "laptop.sqlite3"
    office = open_database(office_path, create=True).database
    with unit_of_work(office) as uow:
        build_demo_school(
            uow,
            students=demo_pupils,
            seed=17,
            today=date(2026, 9, 15),
            worksheets=full_demo,
            attendance=full_demo,
        )
    stick_figures.call(office, sync.make_office, stick_figures.PASSPHRASE)
    join = folder / "laptop.tomoni-join"
    stick_figures.call(office, sync.invite_laptop, join, stick_figures.PASSPHRASE, "Laptop Uji")
    office.close()
    laptop = open_database(laptop_path, create=True).database
    stick_figures.call(laptop, sync.join_school, join, stick_figures.PASSPHRASE)
    laptop.close()
    return office_path, laptop_path


def add_pupils(path: Path, count: int) -> None:
    """`count` more pupils, copied from the demo's first with new ids, names and NISNs,
    written straight into SQLite (the capture triggers note each one, as any write)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    names = [row[1] for row in connection.execute("PRAGMA table_info(students)")]
    template = dict(
        zip(names, connection.execute("SELECT * FROM students LIMIT 1").fetchone(), strict=True)
    )
    template.update(shares_phone_with_id=None, merged_into_id=None)
    marks = ", ".join("?" * len(names))
    columns = ", ".join(f'"{name}"' for name in names)
    connection.execute("BEGIN")
    batch = []
    for n in range(count):
        row = dict(template, id=uuid.uuid4().hex, nisn=f"{n:010d}", full_name=f"Murid {n:06d}")
        batch.append(tuple(row[name] for name in names))
        if len(batch) == 10_000:
            connection.executemany(f"INSERT INTO students ({columns}) VALUES ({marks})", batch)
            batch = []
    connection.executemany(f"INSERT INTO students ({columns}) VALUES ({marks})", batch)
    connection.execute("COMMIT")
    connection.close()


def clone_school(path: Path, copies: int) -> None:
    """The school's synced rows copied `copies` times under new ids (references followed),
    as a district's schools of the same shape; written straight into SQLite, captured."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    tables = synced_tables()
    connection.execute("BEGIN")
    connection.execute("CREATE TEMP TABLE originals (id TEXT PRIMARY KEY)")
    for name in tables:
        connection.execute(f'INSERT INTO temp.originals SELECT id FROM "{name}"')
    originals = [row[0] for row in connection.execute("SELECT id FROM temp.originals")]
    connection.execute(
        "CREATE TEMP TABLE new_ids (old TEXT, copy INTEGER, new TEXT, PRIMARY KEY (old, copy))"
    )
    for copy in range(1, copies + 1):
        connection.executemany(
            "INSERT INTO temp.new_ids VALUES (?, ?, ?)",
            ((old, copy, uuid.uuid4().hex) for old in originals),
        )
    for name, table in tables.items():
        references = {key.parent.name for key in table.table.foreign_keys}
        chosen = []
        for column in table.columns:
            if column == "id":
                chosen.append("(SELECT new FROM temp.new_ids WHERE old = t.id AND copy = ?1)")
            elif column in references:
                chosen.append(
                    f'COALESCE((SELECT new FROM temp.new_ids WHERE old = t."{column}" '
                    f'AND copy = ?1), t."{column}")'
                )
            else:
                chosen.append(f't."{column}"')
        listed = ", ".join(f'"{c}"' for c in table.columns)
        for copy in range(1, copies + 1):
            connection.execute(
                f'INSERT INTO "{name}" ({listed}) SELECT {", ".join(chosen)} FROM "{name}" AS t '
                "WHERE t.id IN (SELECT id FROM temp.originals)",
                (copy,),
            )
    connection.execute("COMMIT")
    connection.close()


def demo_shape(folder: Path, schools: int) -> dict:
    """A district of `schools` copies of a 490-pupil demo school, every table filled."""
    folder.mkdir(parents=True, exist_ok=True)
    office, laptop = office_and_laptop(folder, DEMO_PUPILS, full_demo=True)
    clone_school(office, schools - 1)
    bundle = folder / "semua.tomoni"
    out = in_child("export", office, bundle, "full")
    into = in_child("import", laptop, bundle)
    seconds = out["seconds"] + into["seconds"]
    return {
        "pupils": DEMO_PUPILS * schools,
        "rows": out["rows"],
        "full_s": seconds,
        "row_us": seconds / out["rows"] * 1e6,
        "export_mib": out["peak_kib"] / 1024,
        "import_mib": into["peak_kib"] / 1024,
        "equal": same_data(office, laptop),
    }


def _schema(source: sqlite3.Connection, tables: list[str]) -> list[str]:
    """The statements that make `tables` and their indexes, as the source has them."""
    marks = ", ".join("?" * len(tables))
    return [
        sql
        for (sql,) in source.execute(
            f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL "
            "AND type IN ('table', 'index') ORDER BY type = 'index'",
            tables,
        )
    ]


def _empty_copy(path: Path, schema: list[str]) -> sqlite3.Connection:
    """A new database of `schema`, WAL, synchronous=FULL: as the app writes."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    for statement in schema:
        connection.execute(statement)
    return connection


def _timed_inserts(connection: sqlite3.Connection, rows: dict[str, list[tuple]]) -> float:
    """Seconds to insert `rows` (by table) with executemany in one transaction."""
    started = time.perf_counter()
    connection.execute("BEGIN")
    for name, values in rows.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            connection.executemany(f'INSERT INTO "{name}" VALUES ({marks})', values)
    connection.execute("COMMIT")
    return time.perf_counter() - started


def floor_seconds(office: Path, folder: Path) -> tuple[float, int]:
    """Every synced row of the office inserted with executemany into tables of the same
    definitions and indexes (no triggers, no sync bookkeeping), WAL, synchronous=FULL."""
    source = sqlite3.connect(office)
    tables = list(synced_tables())
    schema = _schema(source, tables)
    rows = {name: source.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables}
    source.close()
    connection = _empty_copy(folder / "floor.sqlite3", schema)
    seconds = _timed_inserts(connection, rows)
    connection.close()
    return seconds, sum(len(r) for r in rows.values())


def sqlite_share(office: Path, laptop: Path, floor_s: float, folder: Path) -> float:
    """What SQLite alone spends in a full sync, whatever program drives it: the office reads
    every synced row and writes each row's sync state (its first export stamps them); the
    laptop writes the rows (the floor) and their states. The states are the laptop's after
    its import; each write is executemany into a table of the same definition, WAL,
    synchronous=FULL. A lower bound for `full_s`: no bundle, no checks, no merge."""
    source = sqlite3.connect(laptop)
    states = {"sync_rows": source.execute("SELECT * FROM sync_rows").fetchall()}
    schema = _schema(source, ["sync_rows"])
    source.close()
    reader = sqlite3.connect(office)
    started = time.perf_counter()
    for name in synced_tables():
        for _ in reader.execute(f'SELECT * FROM "{name}"'):
            pass
    read_s = time.perf_counter() - started
    reader.close()
    stamps = []
    for side in ("office", "laptop"):
        connection = _empty_copy(folder / f"states-{side}.sqlite3", schema)
        stamps.append(_timed_inserts(connection, states))
        connection.close()
    return read_s + sum(stamps) + floor_s


def same_data(office: Path, other: Path | str) -> bool:
    """Every synced table holds the same rows on both sides (`other`: a file, or the URL of
    a PostgreSQL school database), value for value as sync carries them."""
    from tomoni_desktop.core.database import Database
    from tomoni_desktop.core.postgres import make_server_engine
    from tomoni_desktop.sync.storage import rows_as_carried

    here = Database.open(office).engine
    there = make_server_engine(other) if isinstance(other, str) else Database.open(other).engine
    try:
        with here.connect() as mine, there.connect() as theirs:
            for name in synced_tables():
                if rows_as_carried(mine, name) != rows_as_carried(theirs, name):
                    print(f"differs: {name}", file=sys.stderr)
                    return False
        return True
    finally:
        here.dispose()
        there.dispose()


def full_sync(folder: Path, pupils: int) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    office, laptop = office_and_laptop(folder, 40, full_demo=False)
    add_pupils(office, pupils - 40)
    bundle = folder / "semua.tomoni"
    out = in_child("export", office, bundle, "full")
    into = in_child("import", laptop, bundle)
    floor_s, floor_rows = floor_seconds(office, folder)
    sqlite_s = sqlite_share(office, laptop, floor_s, folder)
    return {
        "pupils": pupils,
        "rows": out["rows"],
        "export_s": out["seconds"],
        "import_s": into["seconds"],
        "full_s": out["seconds"] + into["seconds"],
        "export_mib": out["peak_kib"] / 1024,
        "import_mib": into["peak_kib"] / 1024,
        "floor_s": floor_s,
        "floor_rows": floor_rows,
        "sqlite_s": sqlite_s,
        "bundle_mb": bundle.stat().st_size / 1e6,
        "equal": same_data(office, laptop),
        "office": office,
        "laptop": laptop,
    }


def incremental(folder: Path, office: Path, laptop: Path, changed: int) -> dict:
    """The laptop reports back (a nearly empty bundle), then the office changes `changed`
    pupils and writes the laptop's bundle; both ways timed."""
    back = folder / "balik.tomoni"
    in_child("export", laptop, back, "for-office")
    in_child("import", office, back)
    connection = sqlite3.connect(office, isolation_level=None)
    connection.execute(
        "UPDATE students SET notes = 'dikunjungi ' || id WHERE id IN "
        f"(SELECT id FROM students ORDER BY id LIMIT {changed})"
    )
    connection.close()
    bundle = folder / "perubahan.tomoni"
    out = in_child("export", office, bundle, "changes")
    into = in_child("import", laptop, bundle)
    return {
        "changed": changed,
        "rows": out["rows"],
        "export_s": out["seconds"],
        "import_s": into["seconds"],
        "incremental_s": max(out["seconds"], into["seconds"]),
        "equal": same_data(office, laptop),
    }


def morango_python(folder: Path) -> tuple[Path | None, str]:
    """A Python with Morango (a virtual environment of its own: it wants Django 3.2), or
    None and why not."""
    venv = folder / "morango-venv"
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True)
    if made.returncode != 0:
        return None, "no virtual environment could be made"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", MORANGO], capture_output=True, text=True
    )
    if installed.returncode != 0:
        return None, f"pip could not install {MORANGO}"
    return python, ""


def morango_side(folder: Path, records: int) -> dict:
    """Morango's full sync of `records` records: a server made with them, then a fresh
    client pulling everything over loopback HTTP (benchmarks/morango_side/run.py)."""
    python, why = morango_python(folder)
    if python is None:
        return {"measured": False, "why": why}
    app = folder / "morango-app"
    shutil.copytree(MORANGO_SIDE, app, ignore=shutil.ignore_patterns("__pycache__", "migrations"))

    def computer(name: str) -> dict[str, str]:  # its database, its own Morango instance
        return dict(os.environ, MORANGO_BENCH_DB=str(folder / f"{name}.db"), MORANGO_SYSTEM_ID=name)

    def step(name: str, *args: str) -> str:
        done = subprocess.run(
            [str(python), *args], capture_output=True, text=True, env=computer(name), cwd=app
        )
        if done.returncode != 0:
            raise SystemExit(f"Morango's {args[1]} failed: {done.stderr[-3000:]}")
        return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""

    step("server", "manage.py", "makemigrations", "bench")
    made = json.loads(step("server", "run.py", "serve-setup", str(records)))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [str(python), "manage.py", "runserver", "--nothreading", "--noreload", f"127.0.0.1:{port}"],
        env=computer("server"),
        cwd=app,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.25)
        url = f"http://127.0.0.1:{port}/"
        pulled = json.loads(step("client", "run.py", "pull", url, made["root"], made["teacher"]))
    finally:
        server.terminate()
        server.wait(timeout=30)
    sides = [
        hashlib.sha256(step(name, "run.py", "rows").encode()).hexdigest()
        for name in ("server", "client")
    ]
    return {
        "measured": True,
        "seconds": pulled["seconds"],
        "records": pulled["records"],
        "equal": pulled["records"] == records and sides[0] == sides[1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="the 100k figures only")
    parser.add_argument("--sizes", default="10000,100000,300000")
    parser.add_argument(
        "--no-morango", action="store_true", help="against Morango's figure, not run here"
    )
    options = parser.parse_args()
    sizes = [100_000] if options.quick else [int(s) for s in options.sizes.split(",")]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        runs = {}
        for pupils in sizes:
            runs[pupils] = full_sync(folder / f"p{pupils}", pupils)
            print(
                f"full sync {pupils:>7,} pupils: {runs[pupils]['rows']:>7,} rows  export "
                f"{runs[pupils]['export_s']:6.2f} s {runs[pupils]['export_mib']:6.0f} MiB  "
                f"import {runs[pupils]['import_s']:6.2f} s {runs[pupils]['import_mib']:6.0f} MiB  "
                f"floor {runs[pupils]['floor_s']:5.2f} s  equal {runs[pupils]['equal']}",
                flush=True,
            )
        main_run = runs.get(100_000) or runs[max(runs)]
        pupils_row_us = main_run["full_s"] / main_run["rows"] * 1e6
        shapes = {}
        if not options.quick:
            for schools in (50, 100):
                shapes[schools] = demo_shape(folder / f"demo{schools}", schools)
                shape = shapes[schools]
                print(
                    f"demo shape {shape['pupils']:>7,} pupils: {shape['rows']:>7,} rows  "
                    f"{shape['full_s']:6.2f} s  {shape['row_us']:5.1f} µs a row "
                    f"({shape['row_us'] / pupils_row_us:.2f}× pupils only)  "
                    f"export {shape['export_mib']:.0f} MiB, import {shape['import_mib']:.0f} MiB"
                    f"  equal {shape['equal']}",
                    flush=True,
                )
        largest = runs[max(runs)]
        step = incremental(folder / f"p{max(runs)}", largest["office"], largest["laptop"], 1000)
        print(
            f"incremental, 1,000 changed of {max(runs):,}: export {step['export_s']:.2f} s, "
            f"import {step['import_s']:.2f} s ({step['rows']} rows), equal {step['equal']}",
            flush=True,
        )
        morango = (
            {"measured": False, "why": "--quick" if options.quick else "--no-morango"}
            if options.quick or options.no_morango
            else morango_side(folder / "morango", 100_000)
        )
        if morango["measured"]:
            morango_s = morango["seconds"]
            print(
                f"Morango 0.8.15, side by side: {morango['records']:,} records pulled over "
                f"loopback HTTP in {morango_s:.1f} s, equal {morango['equal']}",
                flush=True,
            )
        else:
            morango_s = MORANGO_100K_S
            print(
                f"Morango: its figure of 2026-11-29 ({MORANGO_100K_S:.0f} s), not run here "
                f"({morango['why']})"
            )
        print(
            f"SQLite's own share of the 100k sync (office: rows read, states written; laptop: "
            f"rows and states written): {main_run['sqlite_s']:.2f} s; {MORANGO_GOAL}× Morango "
            f"asks the whole sync in {morango_s / MORANGO_GOAL:.2f} s, so no program writing "
            f"these rows and states gets past {morango_s / main_run['sqlite_s']:.0f}×",
            flush=True,
        )
        figures = {
            "full_s": round(main_run["full_s"], 2),
            "floor_s": round(main_run["floor_s"], 3),
            "floor_ratio": round(main_run["full_s"] / main_run["floor_s"], 2),
            "morango_s": round(morango_s, 1),
            "morango_ratio": round(morango_s / main_run["full_s"], 1),
            "morango_measured": morango["measured"],
            "sqlite_s": round(main_run["sqlite_s"], 3),
            "morango_ratio_bound": round(morango_s / main_run["sqlite_s"], 1),
            "peak_mib": round(
                max(
                    max(r["export_mib"], r["import_mib"])
                    for r in [*runs.values(), *shapes.values()]
                ),
                1,
            ),
            "demo_shape_row_ratio": (
                round(max(r["row_us"] for r in shapes.values()) / pupils_row_us, 2)
                if shapes
                else None
            ),
            "demo_shape_linearity": (
                round(shapes[100]["row_us"] / shapes[50]["row_us"], 2) if shapes else None
            ),
            "incremental_s": round(step["incremental_s"], 3),
            "equal": all(r["equal"] for r in [*runs.values(), *shapes.values()])
            and step["equal"]
            and morango.get("equal", True),
        }
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
