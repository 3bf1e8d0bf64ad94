"""`tomoni hub serve` as a process of its own, for the tests and benchmarks/hub.py."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def hub_process(*arguments: str) -> Iterator[str]:
    """`tomoni hub serve ARGUMENTS` as a process of its own on a free loopback port; yields
    the address it says it serves at, and stops it at the end."""
    serving = subprocess.Popen(
        [sys.executable, "-m", "tomoni_desktop", "--lang", "en", "hub", "serve"]
        + [*arguments, "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    try:
        said = serving.stdout.readline()  # type: ignore[union-attr]
        if " hub at http://127.0.0.1:" not in said:
            raise RuntimeError("the hub did not start: " + serving.stderr.read())  # type: ignore[union-attr]
        yield said.split(" at ")[1].split()[0]
    finally:
        serving.terminate()
        serving.wait(10)
