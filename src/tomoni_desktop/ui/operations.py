"""Background operations: service calls run on one database worker thread, never the GUI's.

A page hands the runner a function of an OperationContext; the function runs on the worker,
and its result (or error) comes back to callbacks on the GUI thread. Long work reports
progress and can be cancelled; the service then raises OperationCancelled and rolls back.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tomoni_desktop.core.errors import OperationCancelled

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400  # work shorter than this shows no dialog at all


class OperationContext:
    """What a running operation can tell the GUI, and ask it."""

    def __init__(self, operation: Job, relay: _Worker) -> None:
        self._operation = operation
        self._relay = relay

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.check_cancelled()
        self._relay.progressed.emit(self._operation.number, done, total, text)

    def check_cancelled(self) -> None:
        if self._operation.cancel_requested.is_set():
            raise OperationCancelled()

    @property
    def cancelled(self) -> bool:
        return self._operation.cancel_requested.is_set()


@dataclass(frozen=True)
class Job:
    """What the worker thread is handed: the work and its cancel flag, nothing of the GUI.

    The callbacks (which hold pages and dialogs) stay in the `Operation` on the GUI thread.
    Whatever the worker holds last is freed on the worker thread; a dialog freed there would
    be destroyed off the GUI thread, which crashes Qt.
    """

    number: int
    work: Callable[[OperationContext], Any]
    cancel_requested: threading.Event


@dataclass
class Operation:
    number: int
    work: Callable[[OperationContext], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    label: str | None
    cancellable: bool
    cancel_requested: threading.Event = field(default_factory=threading.Event)
    dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self.cancel_requested.set()

    def job(self) -> Job:
        return Job(self.number, self.work, self.cancel_requested)


class _Worker(QObject):
    progressed = Signal(int, int, int, str)
    succeeded = Signal(int, object)
    failed = Signal(int, object)

    @Slot(object)
    def execute(self, job: Job) -> None:
        try:
            result = job.work(OperationContext(job, self))
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI
            self.failed.emit(job.number, error)
        else:
            self.succeeded.emit(job.number, result)


class OperationRunner(QObject):
    """Runs operations one after another on a single worker thread that owns the database."""

    _submit = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._numbers = itertools.count(1)
        self._pending: dict[int, Operation] = {}
        self._thread = QThread()
        self._thread.setObjectName("tomoni-database-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute, Qt.ConnectionType.QueuedConnection)
        self._worker.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def run(
        self,
        work: Callable[[OperationContext], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        label: str | None = None,
        cancellable: bool = False,
        parent: QWidget | None = None,
    ) -> Operation:
        """Queue `work`; with a label, a progress dialog appears if it takes a while."""
        operation = Operation(next(self._numbers), work, on_success, on_failure, label, cancellable)
        if label is not None:
            operation.dialog = self._make_dialog(operation, parent)
        was_idle = not self._pending
        self._pending[operation.number] = operation
        if was_idle:
            self.busy_changed.emit(True)
        self._submit.emit(operation.job())
        return operation

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _make_dialog(self, operation: Operation, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(operation.label or "", "", 0, 0, parent)
        dialog.setWindowTitle(operation.label or "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if operation.cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(operation.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.reset()
        # QProgressDialog shows itself after minimumDuration only once a value is set. The
        # runner is the timer's context: if the runner is gone first, the call is dropped.
        QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_if_running(operation))
        return dialog

    def _show_if_running(self, operation: Operation) -> None:
        if operation.number in self._pending and operation.dialog is not None:
            operation.dialog.show()

    def _finish(self, number: int) -> Operation | None:
        operation = self._pending.pop(number, None)
        if operation and operation.dialog is not None:
            operation.dialog.close()
            operation.dialog.deleteLater()
            operation.dialog = None
        if not self._pending:
            self.busy_changed.emit(False)
        return operation

    @Slot(int, int, int, str)
    def _on_progress(self, number: int, done: int, total: int, text: str) -> None:
        operation = self._pending.get(number)
        if operation is None or operation.dialog is None:
            return
        operation.dialog.setMaximum(max(total, 0))
        operation.dialog.setValue(min(done, total) if total else 0)
        if text:
            operation.dialog.setLabelText(text)

    @Slot(int, object)
    def _on_succeeded(self, number: int, result: Any) -> None:
        operation = self._finish(number)
        if operation and operation.on_success:
            operation.on_success(result)

    @Slot(int, object)
    def _on_failed(self, number: int, error: BaseException) -> None:
        operation = self._finish(number)
        if operation is None:
            return
        if not isinstance(error, OperationCancelled | Exception):
            log.error("worker stopped by %r", error)
        if operation.on_failure:
            operation.on_failure(error)
        else:
            log.error("operation failed", exc_info=(type(error), error, error.__traceback__))

    def shutdown(self) -> None:
        """Finish queued work, then stop the thread (called when the app closes).

        Results that arrive after this are dropped: their pages may already be gone.
        """
        for signal in (self._worker.succeeded, self._worker.failed, self._worker.progressed):
            signal.disconnect()
        for operation in self._pending.values():
            operation.cancel()
            if operation.dialog is not None:
                operation.dialog.deleteLater()
                operation.dialog = None
        self._pending.clear()
        self._thread.quit()
        self._thread.wait()
        self._worker.deleteLater()
