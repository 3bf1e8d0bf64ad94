"""How long work tells its caller how far it has got: progress(done, total)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
