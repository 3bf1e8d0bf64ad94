"""Sync figures: 100,000 changed fields through a bundle, and an office round of 30 laptops.

    python benchmarks/sync.py [--students 5500] [--laptops 30]

1. A laptop of a 5,500-pupil school changes up to 22 fields of every pupil (over 100,000 changed
   fields), writes a bundle for the office, and the office imports it in a process of its own
   (so its peak memory is the import's). The baseline, in the same run and folder, is a raw
   sqlite3 executemany of as many rows into an indexed table, with the same pragmas.
2. An office round: 30 laptops (each joined with its own join file) do a term's work on their
   class of the demo school -- pupils' notes and phones, guardians' numbers, two new worksheets
   with questions, and scores of returned copies -- and write their bundles. The office imports
   all 30 and writes one bundle for every laptop; that is timed.
Prints a table, then one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from tomoni_desktop.core.database import Database
from tomoni_desktop.core.unit_of_work import Units, run_unit, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.services.demo.school import build_demo_school
from tomoni_desktop.services.school.database import open_database

PASSPHRASE = "kebun kakao di tepi sungai"
CHANGED = (
    "nis",
    "full_name",
    "birth_place",
    "birth_date",
    "religion",
    "address",
    "rt",
    "rw",
    "dusun",
    "village",
    "kecamatan",
    "phone_access",
    "signal",
    "notes",
    "consent_recorded_on",
    "gender",
    "left_on",
    "nisn",
    "updated_at",
)
# The child processes' own peak memory (also sync_scale.py's).
PEAK_KIB = """
import resource


def peak_kib():
    # VmHWM is this process's own high-water mark; ru_maxrss would include the parent's
    # size at fork, which Linux carries across exec.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
CHILD = (
    PEAK_KIB
    + """
import json, sys, time

from pathlib import Path
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services import sync
database = Database.open(Path(sys.argv[1]))
before = peak_kib()
started = time.perf_counter()
with unit_of_work(database) as uow:
    result = sync.import_bundle(uow, Path(sys.argv[2]))
seconds = time.perf_counter() - started
peak = peak_kib()
print(json.dumps({"seconds": seconds, "peak_kib": peak, "before_kib": before,
                  "updated": result.report.updated, "new": result.report.new}))
"""
)


def call(database: Database, service, *args, **options):
    """Run one use case in a unit of work of its own, as the GUI's runner and the CLI do."""
    return run_unit(database, lambda uow: service(uow, *args, **options)).result


def school(folder: Path, students: int, worksheets: bool) -> Database:
    database = open_database(folder / "kantor.sqlite3", create=True).database
    with unit_of_work(database) as uow:
        build_demo_school(
            uow, students=students, seed=11, today=date(2026, 9, 15), worksheets=worksheets
        )
    call(database, sync.make_office, PASSPHRASE)
    return database


def laptop_template(office: Database, folder: Path) -> Path:
    """A laptop that has the whole school, with its membership taken out to be copied."""
    join = folder / "template.tomoni-join"
    call(office, sync.invite_laptop, join, PASSPHRASE, "Template")
    path = folder / "template.sqlite3"
    laptop = open_database(path, create=True).database
    call(laptop, sync.join_school, join, PASSPHRASE)
    bundle = sync.export_bundle(Units(office), to=folder / "school.tomoni", full=True)
    call(laptop, sync.import_bundle, bundle.path)
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(
            "DELETE FROM local_settings WHERE key IN ('sync_identity', 'sync_removed')"
        )
        # The office stays known, with what it reported: each copy then writes, as a real
        # laptop would, only what changed since the office's last bundle.
        connection.exec_driver_sql("DELETE FROM sync_peers WHERE role != 'office'")
    laptop.close()
    return path


def a_laptop(office: Database, template: Path, folder: Path, name: str) -> Database:
    join = folder / f"{name}.tomoni-join"
    call(office, sync.invite_laptop, join, PASSPHRASE, name)
    path = folder / f"{name}.sqlite3"
    shutil.copy(template, path)  # without the .node file: it becomes a node of its own
    laptop = open_database(path).database
    call(laptop, sync.join_school, join, PASSPHRASE)
    return laptop


def raw_baseline(folder: Path, rows: int) -> float:
    """executemany of `rows` rows into an indexed table, with our pragmas; median of 3."""
    values = [
        (uuid.uuid4().hex, CHANGED[n % len(CHANGED)], f"nilai baru {n:08d}") for n in range(rows)
    ]
    times = []
    for attempt in range(3):
        path = folder / f"raw{attempt}.sqlite3"
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute(
            "CREATE TABLE changes (row_id TEXT, column_name TEXT, value TEXT, "
            "PRIMARY KEY (row_id, column_name))"
        )
        connection.execute("CREATE INDEX ix_changes_value ON changes (value)")
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO changes VALUES (?, ?, ?)", values)
        connection.execute("COMMIT")
        times.append(time.perf_counter() - started)
        connection.close()
    return statistics.median(times)


def hundred_thousand(folder: Path, students: int) -> dict:
    office = school(folder, students, worksheets=False)
    template = laptop_template(office, folder)
    laptop = a_laptop(office, template, folder, "Laptop Uji")
    assignments = ", ".join(
        {
            "nis": "nis = 'N' || substr(id, 1, 6)",
            "full_name": "full_name = full_name || ' S'",
            "birth_date": "birth_date = '2013-01-01'",
            "phone_access": "phone_access = CASE phone_access WHEN 'none' THEN 'own' ELSE 'none' END",
            "signal": "signal = CASE signal WHEN 'none' THEN 'good' ELSE 'none' END",
            "consent_recorded_on": "consent_recorded_on = '2026-07-14'",
            "gender": "gender = CASE gender WHEN 'L' THEN 'P' ELSE 'L' END",
            "left_on": "left_on = '2026-12-20'",
            "rt": "rt = '009'",
            "rw": "rw = '004'",
            "religion": "religion = 'Kristen'",
            "nisn": "nisn = substr('0' || abs(random()) || '0000000000', 1, 10)",
            "updated_at": "updated_at = '2026-11-24 08:00:00.000000'",
        }.get(name, f"{name} = COALESCE({name}, '') || ' baru'")
        for name in CHANGED
    )
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE students SET {assignments}")
        changes = connection.exec_driver_sql("SELECT COUNT(*) FROM sync_dirty").scalar()
    started = time.perf_counter()
    bundle = sync.export_bundle(Units(laptop), to=folder / "laptop.tomoni")
    export_s = time.perf_counter() - started
    laptop.close()
    office.close()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder / "kantor.sqlite3"), str(bundle.path)],
        capture_output=True,
        text=True,
        check=True,
    )
    measured = json.loads(child.stdout.strip().splitlines()[-1])
    raw_s = raw_baseline(folder, changes)
    return {
        "changes": changes,
        "rows": bundle.rows,
        "export_s": export_s,
        "import_s": measured["seconds"],
        "raw_sqlite_s": raw_s,
        "ratio": measured["seconds"] / raw_s,
        "bundle_bytes": bundle.size,
        "bytes_per_field": bundle.size / changes,
        "import_peak_mib": measured["peak_kib"] / 1024,
        "updated_rows": measured["updated"],
    }


def term_of_work(laptop: Database, class_index: int, term: int) -> None:
    """What one homeroom teacher changes in a term, for their own class."""
    with laptop.engine.begin() as connection:
        class_id = connection.exec_driver_sql(
            "SELECT id FROM school_classes ORDER BY level, name LIMIT 1 OFFSET ?",
            (class_index,),
        ).scalar()
        pupils = [
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT student_id FROM enrollments WHERE class_id = ?", (class_id,)
            )
        ]
        for pupil in pupils:
            connection.exec_driver_sql(
                "UPDATE students SET notes = ?, signal = 'weak' WHERE id = ?",
                (f"Dikunjungi minggu ke-{term}; belajar didampingi ibu.", pupil),
            )
            connection.exec_driver_sql(
                "UPDATE guardians SET mobile = ? WHERE student_id = ?",
                (f"+62812{abs(hash(pupil)) % 10**7:07d}", pupil),
            )
        connection.exec_driver_sql(
            "UPDATE worksheet_copies SET collected_on = '2026-10-20', score = 70 + "
            "(abs(random()) % 30) WHERE student_id IN (SELECT student_id FROM enrollments "
            "WHERE class_id = ?)",
            (class_id,),
        )
        school_id, subject_id = connection.exec_driver_sql(
            "SELECT school_id, id FROM subjects LIMIT 1"
        ).first()
        for number in range(2):
            worksheet = uuid.uuid4().hex
            connection.exec_driver_sql(
                "INSERT INTO worksheets (id, school_id, subject_id, level, title, instructions, "
                "objective, pass_mark, max_score, page_count, created_at, updated_at) VALUES "
                "(?, ?, ?, 7, ?, 'Kerjakan di rumah.', '', 75, 100, 0, "
                "'2026-10-01 08:00:00.000000', '2026-10-01 08:00:00.000000')",
                (worksheet, school_id, subject_id, f"LKPD {class_index}-{number}"),
            )
            for question in range(1, 6):
                connection.exec_driver_sql(
                    "INSERT INTO worksheet_questions (id, worksheet_id, number, text, "
                    "answer_space, answer_lines, created_at, updated_at) VALUES (?, ?, ?, ?, "
                    "'lines', 4, '2026-10-01 08:00:00.000000', '2026-10-01 08:00:00.000000')",
                    (uuid.uuid4().hex, worksheet, question, f"Soal nomor {question}."),
                )


def office_round(folder: Path, laptops: int) -> dict:
    office = school(folder, 900, worksheets=True)
    template = laptop_template(office, folder)
    bundles = []
    for number in range(laptops):
        laptop = a_laptop(office, template, folder, f"Laptop {number + 1:02d}")
        term_of_work(laptop, number, 1)
        bundles.append(sync.export_bundle(Units(laptop), to=folder / f"laptop{number:02d}.tomoni"))
        laptop.close()
    started = time.perf_counter()
    reports = [call(office, sync.import_bundle, b.path).report for b in bundles]
    back = sync.export_bundle(Units(office), to=folder / "kantor.tomoni")
    seconds = time.perf_counter() - started
    office.close()
    return {
        "office_round_s": seconds,
        "laptop_bundle_rows": statistics.median(b.rows for b in bundles),
        "office_updated": sum(r.updated for r in reports),
        "office_new": sum(r.new for r in reports),
        "office_bundle_rows": back.rows,
        "office_bundle_bytes": back.size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=5500)
    parser.add_argument("--laptops", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        big = hundred_thousand(Path(first), args.students)
        rounds = office_round(Path(second), args.laptops)
    print(f"{'':<46} {'measured':>12} {'goal':>10}")
    print(f"{'changed fields':<46} {big['changes']:>12,}")
    print(f"{'export, laptop (s)':<46} {big['export_s']:>12.3f}")
    print(f"{'import, office (s)':<46} {big['import_s']:>12.3f}")
    print(f"{'raw sqlite3 executemany, same rows (s)':<46} {big['raw_sqlite_s']:>12.3f}")
    print(f"{'import / raw':<46} {big['ratio']:>12.2f} {'<= 3':>10}")
    print(
        f"{'import peak memory, whole process (MiB)':<46} {big['import_peak_mib']:>12.1f} "
        f"{'<= 200':>10}"
    )
    print(f"{'bundle bytes':<46} {big['bundle_bytes']:>12,}")
    print(f"{'bundle bytes per changed field':<46} {big['bytes_per_field']:>12.1f}")
    print(
        f"{'office round: 30 bundles in, one out (s)':<46} {rounds['office_round_s']:>12.2f} "
        f"{'<= 60':>10}"
    )
    print(f"{'  rows per laptop bundle (median)':<46} {rounds['laptop_bundle_rows']:>12,}")
    print(f"{'  rows in the office bundle':<46} {rounds['office_bundle_rows']:>12,}")
    print(
        json.dumps(
            {
                **{
                    k: (round(v, 4) if isinstance(v, float) else v)
                    for k, v in {**big, **rounds}.items()
                }
            }
        )
    )


if __name__ == "__main__":
    main()
