"""A process of its own killed where the test says: what a laptop switched off at the wall
leaves behind."""

from __future__ import annotations

import os
import subprocess
import sys


def killed_while(code: str, data_dir) -> None:
    """Run `code` in a process of its own that is killed (os._exit) where it calls KILL()."""
    snippet = "import os\nKILL = lambda *a, **k: os._exit(9)\n" + code
    result = subprocess.run(
        [sys.executable, "-c", snippet],
        env=dict(os.environ, TOMONI_DATA_DIR=str(data_dir)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 9, result.stderr
