"""Files made to exhaust a school laptop, fed to the readers the app uses (issue 15 §2).

Each file is made here (tomoni_desktop/io/hostile_samples.py) at the size the issue found,
then read in a process of its own, as the app would read it when a teacher picks it: its
wall time and its peak memory (the process and any it started: a PDF is drawn in a child).
Goal: every file refused or handled in ≤ 10 s and ≤ 300 MiB.

    python benchmarks/hostile.py            # every file, full size
    python benchmarks/hostile.py --quick    # smaller files (a minute)

Last line: JSON with `worst_s` and `worst_mib`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_S, GOAL_MIB = 10.0, 300.0


def _make(name: str, folder: Path, quick: bool) -> Path:
    from tomoni_desktop.io import hostile_samples as hostile

    scale = 8 if quick else 1
    makers = {
        "xlsx: one shared string of 1 GB": lambda p: hostile.shared_string_bomb(
            p.with_suffix(".xlsx"), megabytes=1024 // scale
        ),
        "xlsx: 1,048,576 blank rows declared": lambda p: hostile.blank_rows_workbook(
            p.with_suffix(".xlsx")
        ),
        "xlsx: 10^9 rows declared": lambda p: hostile.blank_rows_workbook(
            p.with_suffix(".xlsx"), last_row=1_000_000_000
        ),
        "csv: one field of 10 MB": lambda p: hostile.long_field_csv(p.with_suffix(".csv")),
        "pdf: 2 MB inflating to 2 GB": lambda p: _write(
            p.with_suffix(".pdf"), hostile.inflating_pdf(2048 // scale)
        ),
        "pdf: 60 MB of drawing commands": lambda p: _write(
            p.with_suffix(".pdf"), hostile.drawing_pdf(60)
        ),
        "pdf: 7 MB of drawing commands": lambda p: _write(
            p.with_suffix(".pdf"), hostile.drawing_pdf(7)
        ),
        "pdf: page tree 50,000 levels deep": lambda p: _write(
            p.with_suffix(".pdf"), hostile.deep_pdf(50_000)
        ),
        "join file: largest scrypt cost": lambda p: hostile.costly_join_file(
            p.with_suffix(".tomoni-join")
        ),
    }
    return makers[name](folder / f"case{list(makers).index(name)}")


CASES = [
    "xlsx: one shared string of 1 GB",
    "xlsx: 1,048,576 blank rows declared",
    "xlsx: 10^9 rows declared",
    "csv: one field of 10 MB",
    "pdf: 2 MB inflating to 2 GB",
    "pdf: 60 MB of drawing commands",
    "pdf: 7 MB of drawing commands",
    "pdf: page tree 50,000 levels deep",
    "join file: largest scrypt cost",
]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def read_as_the_app_would(path: Path) -> str:
    """In the child: the reader a teacher's pick reaches; what happened, in a few words."""
    from tomoni_desktop.core.errors import TomoniError

    try:
        if path.suffix in (".xlsx", ".csv"):
            from tomoni_desktop.services.roster.files import read_roster_file, source_for

            records = read_roster_file(path, source_for(path), lambda _d, _t: None)
            return f"read: {len(records)} pupils"
        if path.suffix == ".pdf":
            from tomoni_desktop.services.worksheets.library import check_pdf_file

            return f"accepted: {check_pdf_file(path)} pages"
        from tomoni_desktop.sync.keys import read_join_file

        read_join_file(path, "kata sandi sekolah kami")
        return "opened"
    except TomoniError as error:
        return "refused: " + error.english()


def _peak_mib() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def child(path: Path) -> None:
    outcome = read_as_the_app_would(path)
    print(json.dumps({"outcome": outcome, "peak_mib": round(_peak_mib(), 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller files")
    parser.add_argument("--read", type=Path, help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    if args.read:
        child(args.read)
        return
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, TOMONI_DATA_DIR=str(Path(folder) / "data"))
        for name in CASES:
            path = _make(name, Path(folder), args.quick)
            started = time.perf_counter()
            try:
                done = subprocess.run(
                    [sys.executable, __file__, "--read", str(path)],
                    capture_output=True,
                    text=True,
                    timeout=120,
                    env=env,
                )
                seconds = time.perf_counter() - started
                found = json.loads(done.stdout.strip().splitlines()[-1])
                outcome, mib = found["outcome"], found["peak_mib"]
            except subprocess.TimeoutExpired:
                seconds, outcome, mib = time.perf_counter() - started, "did not end", -1.0
            except (json.JSONDecodeError, IndexError):
                seconds = time.perf_counter() - started
                outcome, mib = "failed: " + done.stderr.strip()[-200:], -1.0
            rows.append((name, path.stat().st_size, seconds, mib, outcome))
            path.unlink()
    print(f"{'file':38} {'size':>10} {'seconds':>8} {'MiB':>7}  outcome")
    for name, size, seconds, mib, outcome in rows:
        size_text = f"{size / 1024:.1f} KB" if size < 1024 * 1024 else f"{size / 2**20:.1f} MB"
        print(f"{name:38} {size_text:>10} {seconds:8.2f} {mib:7.1f}  {outcome[:90]}")
    worst_s = max(row[2] for row in rows)
    worst_mib = max(row[3] for row in rows)
    print(f"goal: each ≤ {GOAL_S:.0f} s and ≤ {GOAL_MIB:.0f} MiB")
    print(
        json.dumps(
            {
                "worst_s": round(worst_s, 2),
                "worst_mib": round(worst_mib, 1),
                "goal_s": GOAL_S,
                "goal_mib": GOAL_MIB,
                "cases": {row[0]: {"s": round(row[2], 2), "mib": row[3]} for row in rows},
            }
        )
    )


if __name__ == "__main__":
    main()
