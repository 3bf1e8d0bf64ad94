"""Trust figures, so far: what encrypting backups costs.

    python benchmarks/trust.py [--pupils 900] [--rounds 5]

A demo school of P pupils with its worksheets, register and grades. Each round makes one plain
backup and one encrypted backup of it (SQLite's backup API, the integrity check, then for the
second AES-256-GCM in 1 MiB chunks), alternating which goes first; the medians are compared.
The teachers' PINs, the idle lock and the database's own encryption are not built yet: their
keys (`pin_ms`, `lock_ms`, the `*_ratio_encrypted`) are left out rather than made up, and
`db_encrypted` says false.
Prints a table, then one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=900)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from tomoni_desktop.core import backup as backups
    from tomoni_desktop.core.backup_crypto import make_backup_keys
    from tomoni_desktop.core.migrate import create_database
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.services.demo.school import build_demo_school

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        database = create_database(root / "sekolah.sqlite3")
        with unit_of_work(database) as uow:
            build_demo_school(uow, students=args.pupils, seed=5, today=date(2026, 11, 27))
        database.close()
        path = root / "sekolah.sqlite3"
        keys = make_backup_keys("kunci cadangan sekolah")
        times: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for number in range(args.rounds):
            order = ("plain", "encrypted") if number % 2 == 0 else ("encrypted", "plain")
            for kind in order:
                started = time.perf_counter()
                backups.create_backup(
                    path,
                    root / kind,
                    "manual",
                    keep=1,
                    keys=keys if kind == "encrypted" else None,
                )
                times[kind].append(time.perf_counter() - started)
        size_mb = path.stat().st_size / 1e6
    plain, encrypted = (statistics.median(times[k]) for k in ("plain", "encrypted"))
    ratio = encrypted / plain
    print(f"School of {args.pupils} pupils, database {size_mb:.1f} MB, {args.rounds} rounds")
    print(f"{'':44}{'value':>10}{'goal':>8}")
    print(f"{'plain backup (ms, median)':44}{plain * 1000:10.1f}")
    print(f"{'encrypted backup (ms, median)':44}{encrypted * 1000:10.1f}")
    verdict = "met" if ratio <= 1.5 else "NOT met"
    print(f"{'encrypted / plain':44}{ratio:10.2f}{1.5:8} {verdict}")
    print(
        json.dumps(
            {
                "pupils": args.pupils,
                "database_mb": round(size_mb, 2),
                "backup_plain_ms": round(plain * 1000, 1),
                "backup_encrypted_ms": round(encrypted * 1000, 1),
                "backup_ratio": round(ratio, 3),
                "db_encrypted": False,
            }
        )
    )


if __name__ == "__main__":
    main()
