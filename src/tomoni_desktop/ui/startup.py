"""Opening the database after the window is up: on the worker, never on the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tomoni_desktop.ui.operations import OperationContext

if TYPE_CHECKING:
    from tomoni_desktop.services.school.database import OpenSchool


def open_database(path: Path, demo: bool):
    """Work for the runner: open (create, back up, migrate) and read the school context.

    The SQLAlchemy ORM and the models are first imported here, off the GUI thread, which is
    what lets the window appear before them.
    """

    def work(context: OperationContext) -> OpenSchool:
        from tomoni_desktop.services.school.database import open_school

        label = QCoreApplication.translate("startup", "Writing the demo school…")
        return open_school(
            path, demo, progress=lambda done, total: context.progress(done, total, label)
        )

    return work
