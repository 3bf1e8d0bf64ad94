"""Pausing Python's cycle collector while a bulk read builds tens of thousands of small
objects that form no cycles (a school's grades): each collection would walk every object of
the app again; they are collected normally once the work is done."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
