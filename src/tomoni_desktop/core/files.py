"""Writing a file whole: to a temporary file beside it, renamed when complete, so nothing
half-written is ever left where the file should be."""

from __future__ import annotations

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
