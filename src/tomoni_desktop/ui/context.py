"""What every page is given: the open database, the operation runner and the settings.

Passed to each page explicitly: no global application object for tests to patch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from tomoni_desktop.core.database import Database
from tomoni_desktop.core.settings import AppSettings
from tomoni_desktop.services.school import SchoolContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.operations import Operation, OperationContext, OperationRunner

log = logging.getLogger(__name__)

# Areas a change can touch; pages redraw only when one of theirs changed.
SCHOOL = "school"
STUDENTS = "students"
SETTINGS = "settings"
BACKUPS = "backups"
WORKSHEETS = "worksheets"
SYNC = "sync"
EVERYTHING = frozenset({SCHOOL, STUDENTS, SETTINGS, BACKUPS, WORKSHEETS, SYNC})

SessionWork = Callable[[Session, OperationContext], Any]


class AppContext(QObject):
    changed = Signal(object)  # frozenset of the areas above
    language_changed = Signal(str)

    def __init__(
        self,
        database: Database,
        settings: AppSettings,
        school: SchoolContext,
        runner: OperationRunner,
        language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.school = school
        self.runner = runner
        self.language = language

    def run(
        self,
        work: SessionWork,
        on_success: Callable[[Any], None] | None = None,
        *,
        parent: QWidget | None = None,
        changes: frozenset[str] = frozenset(),
        label: str | None = None,
        cancellable: bool = False,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        """Run `work(session, context)` on the worker in a short session of its own."""
        database = self.database

        def in_session(operation_context: OperationContext) -> Any:
            with database.session() as session:
                return work(session, operation_context)

        return self.run_plain(
            in_session,
            on_success,
            parent=parent,
            changes=changes,
            label=label,
            cancellable=cancellable,
            on_failure=on_failure,
        )

    def run_plain(
        self,
        work: Callable[[OperationContext], Any],
        on_success: Callable[[Any], None] | None = None,
        *,
        parent: QWidget | None = None,
        changes: frozenset[str] = frozenset(),
        label: str | None = None,
        cancellable: bool = False,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        """Run work that manages the database itself (backup, restore) on the worker.

        After success, `changes` tells every page what may need redrawing; a failure shows
        the teacher's message unless `on_failure` handles it.
        """

        def asker_alive() -> bool:
            # A dialog closed while its work ran: its callbacks would touch deleted widgets.
            return parent is None or shiboken6.isValid(parent)

        def succeeded(result: Any) -> None:
            if on_success and asker_alive():
                on_success(result)
            if changes:
                self.changed.emit(changes)  # the data changed, whoever asked

        def failed(error: BaseException) -> None:
            if not asker_alive():
                log.info("result of a closed window's work: %r", error)
            elif on_failure:
                on_failure(error)
            else:
                show_error(parent, error)

        return self.runner.run(
            work,
            succeeded,
            failed,
            label=label,
            cancellable=cancellable,
            parent=parent,
        )
