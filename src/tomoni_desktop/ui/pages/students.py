"""Siswa: the pupils of the teacher's class or the whole school, searchable as you type."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import PhoneAccess, Signal
from tomoni_desktop.services.students import StudentRow, list_students
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import SCHOOL, STUDENTS, AppContext
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view

ALL = None


def search_text(row: StudentRow) -> str:
    return " ".join(
        (
            row.full_name,
            row.nisn,
            row.nis,
            row.village,
            row.dusun,
            row.guardian_name,
            row.class_name,
        )
    )


class StudentsPage(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.loaded = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.class_filter = QComboBox()
        self.phone_filter = QComboBox()
        self.signal_filter = QComboBox()
        self.count_line = QLabel()
        self.model: RowTableModel[StudentRow] = RowTableModel(self._columns(), self)
        self.proxy = SearchProxy(self.model, search_text, self)
        self.table = list_view(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.class_filter, 1)
        filters.addWidget(self.phone_filter, 1)
        filters.addWidget(self.signal_filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.count_line)
        layout.addWidget(self.table, 1)

        self.retranslate()
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)
        for combo in (self.class_filter, self.phone_filter, self.signal_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        app.changed.connect(self._on_changed)

    def _columns(self) -> list[Column[StudentRow]]:
        return [
            Column(lambda: self.tr("Name"), lambda r: r.full_name),
            Column(lambda: self.tr("NISN"), lambda r: r.nisn),
            Column(lambda: self.tr("Gender"), lambda r: labels.gender(r.gender)),
            Column(
                lambda: self.tr("Class"),
                lambda r: r.class_name,
                lambda r: (r.class_level, r.class_name),
            ),
            Column(lambda: self.tr("Village"), lambda r: r.village),
            Column(lambda: self.tr("Phone"), lambda r: labels.phone_access(r.phone_access)),
            Column(lambda: self.tr("Signal"), lambda r: labels.signal(r.signal)),
            Column(lambda: self.tr("Parent or guardian"), lambda r: r.guardian_name),
            Column(lambda: self.tr("Guardian's number"), lambda r: r.guardian_phone),
        ]

    def showEvent(self, event) -> None:
        # Loaded the first time the page is shown: start-up does not pay for it.
        if not self.loaded:
            self.loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        year = self.app.school.school_year_id
        self.app.run(lambda session, _ctx: list_students(session, year), self._show, parent=self)

    def _show(self, rows: list[StudentRow]) -> None:
        self.model.set_rows(rows)
        self._fill_class_filter(rows)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _fill_class_filter(self, rows: list[StudentRow]) -> None:
        current = self.class_filter.currentData()
        if current is ALL and self.class_filter.count() <= 1:
            my_class = self.app.school.my_class_id  # first load: the teacher's own class
            current = str(my_class) if my_class else ALL
        classes = sorted({(r.class_level, r.class_name, r.class_id) for r in rows})
        self.class_filter.blockSignals(True)
        self.class_filter.clear()
        self.class_filter.addItem(self.tr("All classes"), ALL)
        for _level, name, class_id in classes:
            self.class_filter.addItem(self.tr("Class {name}").format(name=name), str(class_id))
        found = self.class_filter.findData(current)
        self.class_filter.setCurrentIndex(max(found, 0))
        self.class_filter.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        # Item data holds plain strings: Qt hands Python enums and UUIDs back as other types.
        class_id: str | None = self.class_filter.currentData()
        phone: str | None = self.phone_filter.currentData()
        signal: str | None = self.signal_filter.currentData()
        if class_id is ALL and phone is ALL and signal is ALL:
            self.proxy.set_predicate(None)
        else:
            self.proxy.set_predicate(
                lambda r: (
                    (class_id is ALL or str(r.class_id) == class_id)
                    and (phone is ALL or r.phone_access == phone)
                    and (signal is ALL or r.signal == signal)
                )
            )
        self._update_count()

    def _update_count(self) -> None:
        shown = self.proxy.visible_rows()
        without_phone = sum(1 for r in shown if r.phone_access is PhoneAccess.NONE)
        without_signal = sum(1 for r in shown if r.signal is Signal.NONE)
        self.count_line.setText(
            self.tr("{pupils} pupils · {phone} without a phone · {signal} without signal").format(
                pupils=len(shown), phone=without_phone, signal=without_signal
            )
        )

    def _on_changed(self, areas: frozenset[str]) -> None:
        if self.loaded and areas & {SCHOOL, STUDENTS}:
            self.refresh()

    def _fill_choice(self, combo: QComboBox, choices: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Students"))
        self.search.setPlaceholderText(self.tr("Search name, NISN, NIS, village or guardian…"))
        self._fill_choice(
            self.phone_filter,
            [(self.tr("Any phone access"), ALL)]
            + [(labels.phone_access(value), value.value) for value in PhoneAccess],
        )
        self._fill_choice(
            self.signal_filter,
            [(self.tr("Any signal"), ALL)]
            + [(labels.signal(value), value.value) for value in Signal],
        )
        if self.class_filter.count():
            self._fill_class_filter(self.model.rows)
        self.model.retranslate()
        self._update_count()
