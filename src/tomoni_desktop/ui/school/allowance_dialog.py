"""Kuota data: what the school gave pupils and teachers for online lessons, month by month,
a new gift to a class or to every teacher, and the month's list printed for the principal."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.reports.allowance_list import AllowanceLine, AllowanceMonth, gigabytes
from tomoni_desktop.services.school.allowance import (
    allowance_choices,
    allowance_month,
    give_allowance,
)
from tomoni_desktop.services.school.register import Leaving
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view, name_form_rows

TEACHERS = "teachers"  # the recipients' choice that means every teacher


class AllowanceDialog(Retranslating, QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.teachers: list[uuid.UUID] = []
        self.current: AllowanceMonth | None = None
        self.month = QComboBox()
        today = date.today()
        year, month = today.year, today.month
        for _ in range(12):
            self.month.addItem(
                QLocale().toString(QDate(year, month, 1), "MMMM yyyy"), (year, month)
            )
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        self.summary = QLabel()
        self.model: RowTableModel[AllowanceLine] = RowTableModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.name),
                Column(
                    lambda: self.tr("Class or teacher"),
                    lambda r: self.tr("Teacher") if r.teacher else r.where,
                ),
                Column(
                    lambda: self.tr("Given on"),
                    lambda r: format_date(r.given_on),
                    lambda r: r.given_on,
                ),
                Column(
                    lambda: self.tr("Data"), lambda r: gigabytes(r.megabytes), lambda r: r.megabytes
                ),
                Column(lambda: self.tr("From"), lambda r: r.source),
            ],
            self,
        )
        self.view = list_view(SearchProxy(self.model, lambda r: f"{r.name} {r.where}", self), 2)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.print_button = QPushButton()
        self.give_box = QGroupBox()
        self.recipients = QComboBox()
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0.1, 200)
        self.amount.setDecimals(1)
        self.amount.setValue(10)
        self.amount.setSuffix(" GB")
        self.given_on = date_edit()
        self.given_on.setMaximumDate(QDate.currentDate())
        self.source = QLineEdit("BOS")
        self.source.setMaxLength(60)
        self.give_button = QPushButton()
        self.form = QFormLayout(self.give_box)
        for widget in (self.recipients, self.amount, self.given_on, self.source):
            self.form.addRow(QLabel(), widget)
        self.form.addRow(self.give_button)
        top = QHBoxLayout()
        top.addWidget(self.month)
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.give_box)
        layout.addWidget(self.box)
        self.resize(760, 620)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.give_button.clicked.connect(self.give)
        self.print_button.clicked.connect(self.choose_file)
        self.retranslate()
        school, year_id = app.school.school_id, app.school.school_year_id
        app.run(lambda uow, _ctx: allowance_choices(uow, school, year_id), self._fill, parent=self)
        self.refresh()

    def _fill(self, choices) -> None:
        classes, self.teachers = choices
        self.recipients.clear()
        for class_id, name in classes:
            self.recipients.addItem(
                self.tr("Every pupil of {name}").format(name=name), str(class_id)
            )
        self.recipients.addItem(
            self.tr("Every teacher ({count})").format(count=len(self.teachers)), TEACHERS
        )

    def refresh(self) -> None:
        chosen = self.month.currentData()
        if chosen is None:
            return
        year, month = chosen
        school, today = self.app.school.school_id, date.today()
        self.app.run(
            lambda uow, _ctx: allowance_month(uow, school, year, month, today),
            self._show,
            parent=self,
        )

    def _show(self, month: AllowanceMonth) -> None:
        self.current = month
        self.model.set_rows(month.lines)
        self.view.resizeColumnsToContents()
        self._say()

    def _say(self) -> None:
        month = self.current
        if month is None:
            return
        self.summary.setText(
            self.tr("{count} received {total}").format(
                count=len(month.lines), total=gigabytes(month.total_mb)
            )
        )

    def give(self) -> None:
        chosen = self.recipients.currentData()
        if chosen is None:
            return
        school, today = self.app.school.school_id, date.today()
        day, source = to_date(self.given_on.date()), self.source.text()
        megabytes = round(self.amount.value() * 1024)
        class_id = None if chosen == TEACHERS else uuid.UUID(chosen)
        teachers = list(self.teachers) if chosen == TEACHERS else []
        self.app.run(
            lambda uow, _ctx: give_allowance(
                uow, school, day, megabytes, source, today, class_id=class_id, teacher_ids=teachers
            ),
            lambda _count: self.refresh(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        month = self.current
        if month is None:
            return
        suggested = Path.home() / f"kuota-{month.first:%Y-%m}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        from tomoni_desktop.core.settings import load_settings
        from tomoni_desktop.reports.allowance_list import write_allowance_list
        from tomoni_desktop.ui.printing import print_pdf

        month = self.current
        if month is None:
            return
        print_pdf(
            self,
            self.app,
            lambda uow: write_allowance_list(month, path, load_settings(uow.session).paper_size),
            path,
            self.summary,
            Leaving.ALLOWANCES,
            pupils=[line.student_id for line in month.lines if line.student_id is not None],
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mobile data (kuota)"))
        self.print_button.setText(self.tr("Print the month…"))
        self.give_box.setTitle(self.tr("Record data given"))
        name_form_rows(
            self.form, (self.tr("To"), self.tr("Each"), self.tr("Given on"), self.tr("From"))
        )
        self.give_button.setText(self.tr("Record"))
        self.model.retranslate()
        self._say()
