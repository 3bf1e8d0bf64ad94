"""Opening the database after the window is up: on the worker, never on the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tomoni_desktop.ui.operations import OperationContext

if TYPE_CHECKING:
    from tomoni_desktop.services.school.database import DamagedSchool, OpenSchool


def open_database(path: Path, demo: bool, actor=None):
    """Work for the runner: open (create, back up, migrate) and read the school context;
    with `actor` (whose PIN opened an encrypted file), the database acts as that person.

    The SQLAlchemy ORM and the models are first imported here, off the GUI thread, which is
    what lets the window appear before them.
    """

    def work(context: OperationContext) -> OpenSchool | DamagedSchool:
        from tomoni_desktop.services.school.database import DamagedSchool, open_school_or_damage

        label = QCoreApplication.translate("startup", "Writing the demo school…")
        started = open_school_or_damage(
            path, demo, progress=lambda done, total: context.progress(done, total, label)
        )
        if isinstance(started, DamagedSchool):
            return started
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


def mend_database(path: Path, damaged: DamagedSchool, choice: str, passphrase: str | None, actor):
    """Work for the runner: the chosen way out of a damaged database ("restore" the newest
    good backup, or "salvage" what reads), then the school opened as at a normal start."""

    def work(context: OperationContext) -> OpenSchool:
        from tomoni_desktop.services.school.database import restore_from_backup, salvage_school

        def progress(done: int, total: int) -> None:
            context.progress(done, total)

        if choice == "restore":
            assert damaged.newest_backup is not None
            started = restore_from_backup(path, damaged.newest_backup.path, progress, passphrase)
        else:
            started = salvage_school(path, progress)
        if actor is not None:
            from tomoni_desktop.services.school.signing import actor_in

            database = started.opened.database
            database.actor = actor_in(database, actor)
        return started

    return work
