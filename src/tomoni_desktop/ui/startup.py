"""Opening the database after the window is up: on the worker, never on the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tomoni_desktop.ui.operations import OperationContext

if TYPE_CHECKING:
    from tomoni_desktop.services.school.database import OpenSchool


def open_database(path: Path, demo: bool, actor=None):
    """Work for the runner: open (create, back up, migrate) and read the school context;
    with `actor` (whose PIN opened an encrypted file), the database acts as that person.

    The SQLAlchemy ORM and the models are first imported here, off the GUI thread, which is
    what lets the window appear before them.
    """

    def work(context: OperationContext) -> OpenSchool:
        from tomoni_desktop.services.school.database import open_school

        label = QCoreApplication.translate("startup", "Writing the demo school…")
        started = open_school(
            path, demo, progress=lambda done, total: context.progress(done, total, label)
        )
        if actor is not None:
            from tomoni_desktop.services.school.signing import actor_in

            database = started.opened.database
            database.actor = actor_in(database, actor)
        return started

    return work


def is_locked(path: Path) -> bool:
    """An encrypted database whose key nobody has given yet: its header and its key file,
    read without SQLAlchemy (which is imported off the GUI thread)."""
    from tomoni_desktop.core import cipher
    from tomoni_desktop.core.keyfile import key_file

    return (
        path.exists()
        and not cipher.is_plain(path)
        and key_file(path).exists()
        and cipher.key_of(path) is None
    )
