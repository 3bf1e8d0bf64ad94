"""Files as the children's data needs them: written whole (to a temporary file beside it,
renamed when complete, so nothing half-written is left where the file should be), and the
user's only."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def write_whole(out: Path, write: Callable[[Path], T]) -> T:
    """Run `write` on a ".partial" file beside `out`, then put it in place; on failure
    the partial file goes and `out` is untouched."""
    partial = out.with_name(out.name + ".partial")
    try:
        result = write(partial)
        partial.replace(out)
        return result
    finally:
        partial.unlink(missing_ok=True)


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
