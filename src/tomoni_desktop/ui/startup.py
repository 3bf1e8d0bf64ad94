"""Opening the database after the window is up: on the worker, never on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tomoni_desktop.ui.operations import OperationContext

if TYPE_CHECKING:
    from tomoni_desktop.core.lifecycle import OpenedDatabase
    from tomoni_desktop.services.school import SchoolContext


@dataclass(frozen=True)
class Started:
    opened: OpenedDatabase
    school: SchoolContext | None  # None: the first-run setup is still to do


def open_database(path: Path, demo: bool):
    """Work for the runner: open (create, back up, migrate) and read the school context.

    The SQLAlchemy ORM and the models are first imported here, off the GUI thread, which is
    what lets the window appear before them.
    """

    def work(context: OperationContext) -> Started:
        from tomoni_desktop.core.lifecycle import open_for_use
        from tomoni_desktop.services.school import school_context

        opened = open_for_use(path, create=True)
        with opened.database.session() as session:
            school = school_context(session)
            if school is None and demo:
                from tomoni_desktop.services.demo import build_demo_school

                label = QCoreApplication.translate("startup", "Writing the demo school…")
                build_demo_school(
                    session, progress=lambda done, total: context.progress(done, total, label)
                )
                school = school_context(session)
        return Started(opened, school)

    return work
