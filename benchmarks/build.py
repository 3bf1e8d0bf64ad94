"""The one-folder build (PyInstaller, build.spec): how big it is, what takes the space, and
whether the frozen commands start (issue 16 §1).

    pip install pyinstaller && python benchmarks/build.py [--keep DIR]

Builds into a temporary folder (or --keep DIR), then:
- size: the whole folder, and the largest parts (Qt's libraries one by one, Python packages);
- smoke, all from the frozen folder: `tomoni --version`, `tomoni demo`, an import of a Dapodik
  file, a packet, a route sheet, a progress report, a sync round (office → a joined laptop),
  the same over the network (the frozen hub on loopback, a push and a pull), a
  backup and its restore, the GUI started offscreen until "ready" (TOMONI_STARTUP_PROBE), and
  the camera as the folder was made (Windows: ready to use; Linux: left out, and said so).
  Exits 1 if any of them fails.
Goal: the folder ≤ 150 MB. Prints a table, then one line of JSON (build_mb, smoke_ok).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
GOAL_MB = 150


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(built: Path, count: int = 16) -> list[tuple[str, int]]:
    """The biggest pieces: Qt's libraries and plugins one by one, everything else by its
    top-level name under _internal."""
    inside = built / "_internal"
    parts: dict[str, int] = {}
    for path in inside.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(inside).as_posix()
        if relative.startswith("PySide6/Qt/lib/"):
            key = relative
        elif relative.startswith("PySide6/Qt/plugins/"):
            key = "/".join(relative.split("/")[:4])
        else:
            key = relative.split("/")[0]
        parts[key] = parts.get(key, 0) + path.stat().st_size
    for executable in ("tomoni", "tomoni-desktop", "tomoni.exe", "tomoni-desktop.exe"):
        if (built / executable).exists() and not (built / executable).is_symlink():
            parts[executable] = (built / executable).stat().st_size
    return sorted(parts.items(), key=lambda item: -item[1])[:count]


def _dapodik_file(school: Path, out: Path) -> Path:
    """The school's pupils as a Dapodik workbook (written by this environment, read frozen)."""
    from tomoni_desktop.core.database import Database
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.io.dapodik_sample import write_dapodik_workbook
    from tomoni_desktop.services.roster.files import dapodik_pupils
    from tomoni_desktop.services.school.setup import school_context

    database = Database.open(school)
    try:
        with unit_of_work(database) as uow:
            context = school_context(uow)
            assert context is not None
            pupils = dapodik_pupils(uow, context.school_year_id)
    finally:
        database.close()
    return write_dapodik_workbook(out, pupils)


def _over_the_network(cli: Path, env: dict, office: Path, laptop: Path) -> bool:
    """The frozen `tomoni hub serve` on loopback, and the frozen laptop pushing and pulling."""
    hub = subprocess.Popen(
        [str(cli), "hub", "serve", "--db", str(office), "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        said = hub.stdout.readline()  # type: ignore[union-attr]
        if " at " not in said:
            print(f"smoke: the hub did not start:\n{hub.stderr.read()[-1500:]}", file=sys.stderr)  # type: ignore[union-attr]
            return False
        url = said.split(" at ")[1].split()[0]
        for action in ("push", "pull"):
            done = subprocess.run(
                [str(cli), "sync", action, "--db", str(laptop), "--hub", url],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            if done.returncode:
                print(f"smoke: sync {action} failed:\n{done.stderr[-1500:]}", file=sys.stderr)
                return False
        return True
    finally:
        hub.terminate()
        hub.wait(10)


def smoke(built: Path, work: Path) -> dict[str, bool]:
    """Every part of the app a teacher's day reaches, run from the frozen folder: a module or
    data file the spec misses fails here, not on a school's laptop."""
    suffix = ".exe" if os.name == "nt" else ""
    cli, gui = built / f"tomoni{suffix}", built / f"tomoni-desktop{suffix}"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TOMONI_DATA_DIR=str(work / "data"),
        TOMONI_NO_DIALOGS="1",
        TOMONI_LANG="en",
    )
    office, laptop = work / "office.sqlite3", work / "laptop.sqlite3"
    secret = work / "passphrase.txt"
    secret.write_text("kata sandi sekolah kami\n", encoding="utf-8")
    stick = work / "stick"
    stick.mkdir()
    results: dict[str, bool] = {}

    def frozen(name: str, *args: object) -> bool:
        done = subprocess.run(
            [cli, *map(str, args)], capture_output=True, text=True, env=env, timeout=300
        )
        results[name] = done.returncode == 0
        if done.returncode:
            print(f"smoke: {name} failed:\n{done.stderr[-1500:]}", file=sys.stderr)
        return results[name]

    frozen("tomoni --version", "--version")
    if frozen("tomoni demo", "demo", "--db", office, "--students", "40"):
        dapodik = _dapodik_file(office, work / "dapodik.xlsx")
        frozen("import a Dapodik file", "import", "dapodik", dapodik, "--db", office)
        frozen("packet", "packet", "--db", office, "--class", "VII A", "--out", work / "p.pdf")
        frozen(
            "route sheet",
            "round", "plan", "--db", office, "--class", "VII A",
            "--date", "31-12-2026", "--out", work / "route.pdf",
        )  # fmt: skip
        frozen(
            "progress report",
            "report", "progress", "--db", office, "--class", "VII A", "--out", work / "r.pdf",
        )  # fmt: skip
        frozen("sync: make the office", "sync", "init-school", "--db", office,
               "--passphrase-file", secret)  # fmt: skip
        join = stick / "laptop.tomoni-join"
        frozen("sync: invite a laptop", "sync", "invite", "--db", office, "--out", join,
               "--name", "Laptop Guru", "--passphrase-file", secret)  # fmt: skip
        frozen("sync: join", "sync", "join", join, "--db", laptop, "--passphrase-file", secret)
        frozen("sync: the office's bundle", "sync", "export", "--db", office,
               "--to", stick / "office.tomoni")  # fmt: skip
        frozen("sync: imported on the laptop", "sync", "import", stick / "office.tomoni",
               "--db", laptop)  # fmt: skip
        results["sync over the network: hub serve, push, pull"] = _over_the_network(
            cli, env, office, laptop
        )
        frozen("backup", "backup", "--db", office, "--to", work / "backups")
        saved = sorted((work / "backups").glob("tomoni-*"))
        if saved:
            frozen("restore", "restore", saved[-1], "--db", office)
    started = subprocess.run(
        [gui, "--db", str(office)],
        capture_output=True,
        text=True,
        env=dict(env, TOMONI_STARTUP_PROBE="camera"),
        timeout=120,
    )
    lines = [line.split() for line in started.stdout.splitlines() if line.strip()]
    stages = [words[0] for words in lines]
    results["GUI started to ready"] = started.returncode == 0 and "ready" in stages
    # Windows' camera comes through Media Foundation; the Linux folder is made without one
    # (build.spec). A camera that loads but finds no backend ("backend") fails either way.
    camera = next((words[1] for words in lines if words[:1] == ["camera"]), None)
    results["camera as built"] = camera == ("-" if sys.platform == "win32" else "absent")
    if not results["camera as built"]:
        print(f"smoke: the frozen camera says {camera!r}", file=sys.stderr)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    options = parser.parse_args()
    if (
        shutil.which("pyinstaller") is None
        and not (Path(sys.executable).parent / "pyinstaller").exists()
    ):
        raise SystemExit("PyInstaller is not installed: pip install pyinstaller")
    pyinstaller = shutil.which("pyinstaller") or str(Path(sys.executable).parent / "pyinstaller")
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        dist = options.keep or work / "dist"
        begun = time.perf_counter()
        made = subprocess.run(
            [
                pyinstaller,
                "--noconfirm",
                "--distpath",
                str(dist),
                "--workpath",
                str(work / "build"),
                str(ROOT / "build.spec"),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if made.returncode != 0:
            print(made.stderr[-4000:], file=sys.stderr)
            raise SystemExit("PyInstaller failed (its last lines are above)")
        build_s = time.perf_counter() - begun
        [built] = [p for p in dist.iterdir() if p.is_dir() and p.name.startswith("tomoni-desktop")]
        total = folder_size(built)
        parts = largest_parts(built)
        checks = smoke(built, work)
    print(f"One-folder build: {built.name}, built in {build_s:.0f} s")
    print(f"{'part':<48} {'MB':>7}")
    for part, size in parts:
        print(f"{part:<48} {size / MB:>7.1f}")
    print(f"{'the whole folder':<48} {total / MB:>7.1f}   (goal ≤ {GOAL_MB} MB)")
    for check, ok in checks.items():
        print(f"smoke: {check:<40} {'ok' if ok else 'FAILED'}")
    print(
        json.dumps(
            {
                "build_mb": round(total / MB, 1),
                "goal_mb": GOAL_MB,
                "build_s": round(build_s, 1),
                "smoke_ok": all(checks.values()),
                "smoke": checks,
                "largest": {part: round(size / MB, 1) for part, size in parts},
            }
        )
    )
    if not all(checks.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
