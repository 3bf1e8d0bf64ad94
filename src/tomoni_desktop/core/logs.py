"""Logging to a file in the data folder: the place for tracebacks the teacher never sees."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from tomoni_desktop.core.paths import log_path


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_tomoni", False) for h in root.handlers):
        return
    handler = RotatingFileHandler(log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._tomoni = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
