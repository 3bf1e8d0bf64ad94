"""Where Tomoni keeps its files, and where the shipped resources are found."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "TomoniDesktop"
DATA_DIR_ENV = "TOMONI_DATA_DIR"
DATABASE_FILENAME = "tomoni.sqlite3"
DEMO_DATABASE_FILENAME = "tomoni-demo.sqlite3"
LOG_FILENAME = "tomoni.log"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The user's data folder; TOMONI_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o700)  # left open by an older version: the folder holds children's data
    return path


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def demo_database_path() -> Path:
    """The demo school lives in its own file so it never mixes with real pupils."""
    return data_dir() / DEMO_DATABASE_FILENAME


def default_backup_dir(database: Path) -> Path:
    return database.parent / "backups"


def log_path() -> Path:
    return data_dir() / LOG_FILENAME


def _shipped_dir(name: str) -> Path:
    # A wheel carries the folder inside the package; a PyInstaller build unpacks it
    # under sys._MEIPASS; a source checkout has it at the top of the repository.
    candidates = [_PACKAGE_DIR / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "tomoni_desktop" / name)
    candidates.append(_PACKAGE_DIR.parent.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name} folder is missing from this installation")


def migrations_dir() -> Path:
    return _shipped_dir("migrations")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def translations_dir() -> Path:
    return resources_dir() / "translations"
