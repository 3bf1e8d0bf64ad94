"""The teacher's term walked through the real app (benchmarks/loop.py) still gets through
every step, in no more clicks and keys than the goal (issue 16 §3). A count, not a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LOOP = Path(__file__).parent.parent / "benchmarks" / "loop.py"


def test_a_terms_loop_is_walked_in_at_most_sixty_actions(tmp_path):
    done = subprocess.run(
        [sys.executable, str(LOOP), "--students", "120", "--shots", str(tmp_path / "shots")],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(figures["steps"]) == 9 and all(figures["steps"].values())
    assert figures["loop_actions"] <= 60
    assert len(list((tmp_path / "shots").glob("*.png"))) == 9
