"""A document written on the worker, then a label says where it went and how many pages it
has (or a box says why it could not be written): the same for every page that prints."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from tomoni_desktop.services.school.register import Leaving, note_left
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error


def print_pdf(
    parent: QWidget,
    app: AppContext,
    write: Callable[..., int],  # write(uow) -> pages
    path: Path,
    said: QLabel,
    leaving: Leaving | None,
    **about: Any,  # classes=, pupils= or everyone=, as register.note_left takes them
) -> None:
    """Write the PDF on the worker and note it in the register of what left the laptop,
    in the same unit of work (`leaving` None: the service writing it notes it itself)."""
    translate = QCoreApplication.translate

    def work(uow, _ctx) -> int:
        pages = write(uow)
        if leaving is not None:
            note_left(uow, leaving, path, **about)
        return pages

    app.run(
        work,
        lambda pages: said.setText(
            translate("printing", "Saved as {path} ({pages} pages).").format(
                path=path.name, pages=pages
            )
        ),
        parent=parent,
        label=translate("printing", "Printing…"),
        on_failure=lambda error: show_error(parent, error),
    )


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a PDF, asked in the home folder; None when the teacher cancels."""
    from PySide6.QtWidgets import QFileDialog

    translate = QCoreApplication.translate
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("printing", "Save as PDF"), str(Path.home() / suggested), "PDF (*.pdf)"
    )
    return Path(path) if path else None


def ask_printer(parent: QWidget):
    """The printer the teacher chose in Qt's print dialog (a QPrinter), or None on cancel."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    chosen = dialog.exec()
    # The dialog only points at the printer, which Python frees when printing is done: the
    # dialog goes now, not later with its parent window.
    dialog.deleteLater()
    return printer if chosen == QDialog.DialogCode.Accepted else None
