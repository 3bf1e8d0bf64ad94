"""The school's register rules (its tata tertib) and its own days off: kept for the whole
school (every laptop gets them by sync)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.services.attendance.calendar import (
    Rules,
    add_day_off,
    days_off_of,
    remove_day_off,
    rules_of,
    save_rules,
)
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view, name_form_rows


@dataclass(frozen=True)
class DayOffRow:
    day: date
    reason: str


class RulesDialog(Retranslating, QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.school_id: uuid.UUID = app.school.school_id
        self.rules_box, self.days_box = QGroupBox(), QGroupBox()
        self.saturday, self.call = QCheckBox(), QCheckBox()
        self.consecutive, self.in_month = QSpinBox(), QSpinBox()
        self.visit, self.summons = QSpinBox(), QSpinBox()
        for spin, low, high in (
            (self.consecutive, 2, 10),
            (self.in_month, 2, 20),
            (self.visit, 1, 30),
            (self.summons, 1, 60),
        ):
            spin.setRange(low, high)
        self.form = QFormLayout(self.rules_box)
        self.form.addRow(self.saturday)
        self.form.addRow(self.call)
        for spin in (self.consecutive, self.in_month, self.visit, self.summons):
            self.form.addRow(QLabel(), spin)
        self.meeting_day = QComboBox()
        for number in range(6):
            self.meeting_day.addItem(labels.weekday(number), number)
        self.form.addRow(QLabel(), self.meeting_day)
        self.days: RowTableModel[DayOffRow] = RowTableModel(
            [
                Column(lambda: self.tr("Day"), lambda r: format_date(r.day), lambda r: r.day),
                Column(lambda: self.tr("Why"), lambda r: r.reason),
            ],
            self,
        )
        self.days_view = list_view(SearchProxy(self.days, lambda r: r.reason, self), single=True)
        self.days_view.horizontalHeader().setStretchLastSection(True)
        self.new_day = date_edit()
        self.reason = QLineEdit()
        self.reason.setMaxLength(120)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        adding = QHBoxLayout()
        adding.addWidget(self.new_day)
        adding.addWidget(self.reason, 1)
        adding.addWidget(self.add_button)
        days_layout = QVBoxLayout(self.days_box)
        days_layout.addWidget(self.days_view, 1)
        days_layout.addLayout(adding)
        days_layout.addWidget(self.remove_button)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.days_box, 1)
        layout.addWidget(self.box)
        self.resize(620, 600)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.retranslate()
        self.load()

    def load(self) -> None:
        school = self.school_id
        self.app.run(
            lambda uow, _ctx: (rules_of(uow, school), days_off_of(uow, school)),
            self._fill,
            parent=self,
        )

    def _fill(self, loaded: tuple[Rules, list[tuple[date, str]]]) -> None:
        rules, days = loaded
        self.saturday.setChecked(rules.saturday_is_school_day)
        self.call.setChecked(rules.call_same_day)
        self.consecutive.setValue(rules.case_after_consecutive)
        self.in_month.setValue(rules.case_after_in_month)
        self.visit.setValue(rules.visit_within_days)
        self.summons.setValue(rules.summons_within_days)
        self.meeting_day.setCurrentIndex(rules.meeting_weekday)
        self.days.set_rows([DayOffRow(day, reason) for day, reason in days])

    def rules(self) -> Rules:
        return Rules(
            self.saturday.isChecked(),
            self.call.isChecked(),
            self.consecutive.value(),
            self.in_month.value(),
            self.visit.value(),
            self.summons.value(),
            int(self.meeting_day.currentData()),
        )

    def save(self) -> None:
        school, rules = self.school_id, self.rules()
        self.app.run(
            lambda uow, _ctx: save_rules(uow, school, rules),
            lambda _none: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def add(self) -> None:
        school, day, reason = self.school_id, to_date(self.new_day.date()), self.reason.text()

        def added(_none) -> None:
            self.reason.clear()
            self.load()

        self.app.run(
            lambda uow, _ctx: add_day_off(uow, school, day, reason),
            added,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def remove(self) -> None:
        proxy = self.days_view.model()
        assert isinstance(proxy, SearchProxy)
        row = proxy.selected_row(self.days_view)
        if row is None:
            return
        school = self.school_id
        self.app.run(
            lambda uow, _ctx: remove_day_off(uow, school, row.day),
            lambda _none: self.load(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register rules and days off"))
        self.rules_box.setTitle(self.tr("The school's rules"))
        self.days_box.setTitle(self.tr("The school's own days off"))
        self.saturday.setText(self.tr("Saturday is a school day"))
        self.call.setText(self.tr("An absence without a letter: call the parents that day"))
        name_form_rows(
            self.form,
            (
                self.tr("A case for the counsellor after this many absences in a row"),
                self.tr("…or after this many in one month"),
                self.tr("Home visit within (days)"),
                self.tr("Letter summoning the parents within (days)"),
                self.tr("Parents meet the school on"),
            ),
            start=2,
        )
        for number in range(6):
            self.meeting_day.setItemText(number, labels.weekday(number))
        self.reason.setPlaceholderText(self.tr("why (e.g. the school's anniversary)"))
        self.add_button.setText(self.tr("Add the day"))
        self.remove_button.setText(self.tr("Remove the chosen day"))
        self.days.retranslate()
