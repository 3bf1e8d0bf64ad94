"""Files as the children's data needs them: written whole (to a temporary file beside it,
renamed when complete, so nothing half-written is left where the file should be), and the
user's only."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
JOURNAL = "in-progress.txt"  # in the data folder: files being written, one path a line


def _journal() -> Path:
    from tomoni_desktop.core.paths import data_dir

    return data_dir() / JOURNAL


def _noted() -> list[str]:
    try:
        return [line for line in _journal().read_text(encoding="utf-8").splitlines() if line]
    except OSError:
        return []


def _keep(lines: list[str]) -> None:
    with contextlib.suppress(OSError):
        _journal().write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def _entry(line: str) -> tuple[int | None, Path]:
    """A journal line: "PID<tab>path" (a line of an older version: the path alone)."""
    pid, tab, path = line.partition("\t")
    if tab and pid.isdigit():
        return int(pid), Path(path)
    return None, Path(line)


def _alive(pid: int) -> bool:
    """Whether a process with this id runs (on Windows without signals: os.kill would end it)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def in_progress(partial: Path) -> Iterator[Path]:
    """A file being written (an export to a stick, a bundle, a backup or restore's copy):
    noted in the data folder with the writing process until it is done, so one a crash left
    behind is deleted at the next start, wherever it is; removed here when done or failed."""
    line = f"{os.getpid()}\t{Path(partial).absolute()}"
    _keep([*_noted(), line])
    try:
        yield partial
    finally:
        Path(partial).unlink(missing_ok=True)
        _keep([noted for noted in _noted() if noted != line])


STALE_AFTER_S = 600  # a file of a journal line without its process is older than this


def clear_leftovers(now: float | None = None) -> int:
    """Delete what a crash left half-written (at start); returns how many were deleted. A
    file whose writer still runs is left; so is one of an unknown writer written to in the
    last minutes (it may be another process's work)."""
    import time

    now = time.time() if now is None else now
    kept, deleted = [], 0
    for line in _noted():
        pid, path = _entry(line)
        try:
            fresh = now - path.stat().st_mtime < STALE_AFTER_S
        except OSError:
            continue  # gone already
        if (pid is not None and _alive(pid)) or (pid is None and fresh):
            kept.append(line)
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            deleted += 1
    _keep(kept)
    return deleted


def write_whole(out: Path, write: Callable[[Path], T]) -> T:
    """Run `write` on a ".partial" file beside `out`, then put it in place; on failure
    the partial file goes and `out` is untouched."""
    with in_progress(out.with_name(out.name + ".partial")) as partial:
        result = write(partial)
        partial.replace(out)
        return result


PRIVATE_UMASK = 0o077  # files 0600, folders 0700


def keep_private() -> None:
    """Every file and folder this process makes from now on is its user's only: a school
    laptop is shared, and its files hold children's names, families' phones, absences and
    grades. On Windows the user's profile is closed to others already (no umask there)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def make_private(*paths: Path) -> None:
    """Close files (0600) and folders (0700) an older version left open to others."""
    if os.name != "posix":
        return
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.chmod(0o700 if path.is_dir() else 0o600)
