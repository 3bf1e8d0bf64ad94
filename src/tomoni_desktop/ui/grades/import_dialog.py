"""Grades brought back from Excel: the workbook is read and checked whole, what would change
is shown cell by cell, and only "Apply" writes it — all of it, or nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.services.grades.exchange import GradeChange, import_grade_sheet
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import error_text, show_error
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view


class GradeImportDialog(Retranslating, QDialog):
    def __init__(
        self,
        app: AppContext,
        class_id: uuid.UUID,
        subject_id: uuid.UUID,
        where: str,  # "VII A · Matematika"
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.class_id, self.subject_id, self.where = class_id, subject_id, where
        self.path: Path | None = None
        self.changes: list[GradeChange] | None = None  # the preview of the chosen file
        self.applied = 0
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model: RowTableModel[GradeChange] = RowTableModel(
            [
                Column(lambda: self.tr("Pupil"), lambda c: c.pupil),
                Column(lambda: self.tr("Assessment"), lambda c: c.assessment),
                Column(lambda: self.tr("Now"), lambda c: c.before or "—"),
                Column(lambda: self.tr("From the file"), lambda c: c.after or "—"),
            ],
            self,
        )
        self.table = list_view(SearchProxy(self.model, lambda c: c.pupil, self))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.box = QDialogButtonBox()
        self.apply = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.apply.setEnabled(False)
        self.box.accepted.connect(self.run_import)
        self.box.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.box)
        self.resize(820, 520)
        self.choose.clicked.connect(self.choose_file)
        self.retranslate()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the grades workbook"),
            str(Path.home()),
            self.tr("Excel (*.xlsx);;All files (*)"),
        )
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> None:
        """Read and check the file on the worker and keep nothing: what would change."""
        class_id, subject_id = self.class_id, self.subject_id
        semester = self.app.school.semester_id
        self.path, self.changes = path, None
        self.model.set_rows([])
        self.apply.setEnabled(False)
        self.file_label.setText(path.name)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))

        def failed(error: BaseException) -> None:
            self.summary.setText(
                error_text(error)
                + "\n"
                + self.tr("Nothing was imported; mend the file and choose it again.")
            )
            self.summary.setStyleSheet("color: #b00020")

        self.app.run(
            lambda uow, _ctx: import_grade_sheet(
                uow, class_id, subject_id, semester, path, dry_run=True
            ),
            self._show_changes,
            parent=self,
            label=self.tr("Reading the file…"),
            on_failure=failed,
        )

    def _show_changes(self, changes: list[GradeChange]) -> None:
        self.changes = changes
        self.model.set_rows(changes)
        self.table.resizeColumnsToContents()
        pupils = len({change.pupil for change in changes})
        self.summary.setText(
            self.tr(
                "%n results of {pupils} pupils would change in {where}.", "", len(changes)
            ).format(pupils=pupils, where=self.where)
            if changes
            else self.tr("The file holds the same results as {where}: nothing to change.").format(
                where=self.where
            )
        )
        self.apply.setText(self.tr("Apply %n changes", "", len(changes)))
        self.apply.setEnabled(bool(changes))

    def run_import(self) -> None:
        """The same file applied for real, in one unit of work (checked again whole)."""
        if not self.changes or self.path is None:
            return
        path, class_id, subject_id = self.path, self.class_id, self.subject_id
        semester = self.app.school.semester_id
        self.apply.setEnabled(False)

        def done(changes: list[GradeChange]) -> None:
            self.applied = len(changes)
            self.accept()

        def failed(error: BaseException) -> None:
            self.apply.setEnabled(True)
            show_error(self, error)

        self.app.run(
            lambda uow, _ctx: import_grade_sheet(uow, class_id, subject_id, semester, path),
            done,
            parent=self,
            label=self.tr("Importing…"),
            on_failure=failed,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Grades from Excel · {where}").format(where=self.where))
        if self.path is None:
            self.file_label.setText(
                self.tr(
                    "Choose the workbook saved with “Grades to Excel…” and filled in: every "
                    "change is shown before anything is written."
                )
            )
        self.choose.setText(self.tr("Choose file…"))
        self.close_button.setText(self.tr("Close"))
        if self.changes is None:
            self.apply.setText(self.tr("Apply"))
        else:
            self._show_changes(self.changes)
        self.model.retranslate()
