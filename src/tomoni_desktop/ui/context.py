"""What every page is given: the open database, the operation runner and the settings.

Passed to each page explicitly: no global application object for tests to patch. Pages hand
use cases to `run` (one unit of work) or `run_flow` (several) and never touch the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tomoni_desktop.core.areas import EVERYTHING, Area
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.settings import AppSettings
from tomoni_desktop.core.unit_of_work import Done, UnitOfWork, Units, run_flow, run_unit
from tomoni_desktop.services.school.database import OpenSchool
from tomoni_desktop.services.school.setup import SchoolContext, school_context
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.operations import Operation, OperationContext, OperationRunner

log = logging.getLogger(__name__)

Work = Callable[[UnitOfWork, OperationContext], Any]
SCHOOL_CONTEXT = frozenset({Area.SCHOOL, Area.SETTINGS})  # what the school context is read from
FlowWork = Callable[[Units, OperationContext], Any]


class AppContext(QObject):
    changed = Signal(object)  # frozenset of core.unit_of_work.Area: what an operation changed
    adopted = Signal()  # another database is in place (a restore): who is there is asked again
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
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        *,
        parent: QWidget | None = None,
        label: str | None = None,
        cancellable: bool = False,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        """Run the use case `work(uow, context)` on the worker as one unit of work: committed
        if it returns, rolled back if it raises or is cancelled. Every page then hears what
        the use case itself said it changed."""
        database = self.database

        def in_unit(operation_context: OperationContext) -> Done[Any]:
            return run_unit(database, lambda uow: work(uow, operation_context))

        return self._submit(in_unit, on_success, parent, label, cancellable, on_failure)

    def run_flow(
        self,
        work: FlowWork,
        on_success: Callable[[Any], None] | None = None,
        *,
        parent: QWidget | None = None,
        label: str | None = None,
        cancellable: bool = False,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        """Run a flow of several units of work (bundles one by one, backups) on the worker."""
        database = self.database

        def in_units(operation_context: OperationContext) -> Done[Any]:
            return run_flow(database, lambda units: work(units, operation_context))

        return self._submit(in_units, on_success, parent, label, cancellable, on_failure)

    def run_plain(
        self,
        work: Callable[[OperationContext], Any],
        on_success: Callable[[Any], None] | None = None,
        *,
        parent: QWidget | None = None,
        label: str | None = None,
        cancellable: bool = False,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Operation:
        """Run work that does not touch the database (a file copy, printing) on the worker."""

        def plain(operation_context: OperationContext) -> Done[Any]:
            return Done(work(operation_context), frozenset())

        return self._submit(plain, on_success, parent, label, cancellable, on_failure)

    def adopt(self, opened: OpenSchool) -> None:
        """Work on another database from now on (a restore put one in place)."""
        self.database = opened.opened.database
        self.settings = opened.opened.settings
        if opened.school is not None:
            self.school = opened.school
        self.adopted.emit()
        self.changed.emit(EVERYTHING)

    def _reload_school_then_announce(self, changes: frozenset[Area]) -> None:
        """The school, year, semester or the teacher's class may have changed: read the
        context again before the pages redraw from it."""
        database = self.database

        def loaded(done: Done[SchoolContext | None]) -> None:
            if done.result is not None:
                self.school = done.result
            self.changed.emit(changes)

        self.runner.run(
            lambda _ctx: run_unit(database, school_context),
            loaded,
            lambda _error: self.changed.emit(changes),
        )

    def _submit(
        self,
        work: Callable[[OperationContext], Done[Any]],
        on_success: Callable[[Any], None] | None,
        parent: QWidget | None,
        label: str | None,
        cancellable: bool,
        on_failure: Callable[[BaseException], None] | None,
    ) -> Operation:
        """After success the operation's own changes tell every page what may need redrawing;
        a failure shows the teacher's message unless `on_failure` handles it."""

        def asker_alive() -> bool:
            # A dialog closed while its work ran: its callbacks would touch deleted widgets.
            return parent is None or shiboken6.isValid(parent)

        def succeeded(done: Done[Any]) -> None:
            if on_success and asker_alive():
                on_success(done.result)
            if done.changes & SCHOOL_CONTEXT:
                self._reload_school_then_announce(done.changes)
            elif done.changes:
                self.changed.emit(done.changes)  # the data changed, whoever asked

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
