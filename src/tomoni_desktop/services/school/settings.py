"""This laptop's settings (paper, backups, habits on the return slip)."""

from __future__ import annotations

from typing import Any

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.settings import AppSettings, load_settings, save_settings
from tomoni_desktop.core.unit_of_work import UnitOfWork


def laptop_settings(uow: UnitOfWork) -> AppSettings:
    return load_settings(uow.session)


def change_settings(uow: UnitOfWork, **changes: Any) -> AppSettings:
    """Validate and keep the changed settings; a refused one changes nothing."""
    settings = save_settings(uow.session, **changes)
    uow.changed(Area.SETTINGS)
    return settings
