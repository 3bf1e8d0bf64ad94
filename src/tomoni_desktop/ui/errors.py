"""Telling the teacher what went wrong, in their language; the detail goes to the log."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tomoni_desktop.core.errors import OperationCancelled, TomoniError
from tomoni_desktop.core.paths import log_path

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    if isinstance(error, TomoniError):
        return error.translated(QCoreApplication.translate)
    return QCoreApplication.translate(
        "errors", "Something unexpected went wrong. The details are in {log}"
    ).format(log=log_path())


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, OperationCancelled):
        return
    if not isinstance(error, TomoniError):
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    else:
        log.info("error shown to the teacher: %s", error.log_text())
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "Tomoni Desktop"))
    box.setText(error_text(error))
    box.addButton(QCoreApplication.translate("errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
