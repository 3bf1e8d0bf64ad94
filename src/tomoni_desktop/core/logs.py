"""Logging to a file in the data folder: the place for tracebacks the teacher never sees."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from tomoni_desktop.core.files import make_private
from tomoni_desktop.core.paths import log_path


def configure_logging(level: int = logging.INFO) -> None:
    """Send logs to the data folder's log file (again, if the data folder has changed)."""
    root = logging.getLogger()
    target = str(log_path())
    for handler in list(root.handlers):
        if getattr(handler, "_tomoni", False):
            if getattr(handler, "baseFilename", None) == target:
                return
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    make_private(*(Path(f"{target}{suffix}") for suffix in ("", ".1", ".2", ".3")))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._tomoni = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
