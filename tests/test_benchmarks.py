"""Each benchmark script starts on its own (as `python benchmarks/NAME.py`, outside the test
tree): its imports and its options are sound. The figures themselves are not asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).parent.parent / "benchmarks").glob("*.py"))


def test_there_are_benchmarks():
    assert {p.stem for p in BENCHMARKS} >= {
        "startup",
        "roster",
        "packets",
        "sync",
        "history",
        "pickups",
        "grades",
        "attendance",
        "trust",
        "hostile",
    }


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda p: p.stem)
def test_a_benchmark_starts_outside_the_tests(script, tmp_path):
    result = subprocess.run(
        [sys.executable, str(script), "--help"],
        cwd=tmp_path,  # not the repository: nothing of tests/ can be imported by accident
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "usage" in result.stdout
