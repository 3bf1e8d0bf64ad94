"""Siswa: the pupils of the teacher's class or the whole school, searchable as you type."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.models import PhoneAccess, Signal
from tomoni_desktop.services.roster.students import StudentRow, list_students
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view

ALL = None
WEAK_OR_NONE = "weak_or_none"  # the Beranda figure: every pupil whose signal is not good


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
        self.gender_filter = QComboBox()
        self.whole_school = False  # asked for every class (from Beranda), not the own class
        self.count_line = QLabel()
        self.notice = QLabel()  # what the last import or export did; the counts change apart
        self.notice.setObjectName("notice")
        self.show_left = QCheckBox()
        self.without_consent = QCheckBox()  # the homeroom teacher's list to ask (UU PDP)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.move_button = QPushButton()
        self.left_button = QPushButton()
        self.returns_button = QPushButton()  # work that came back without a cover to scan
        self.import_button = QPushButton()
        self.export_button = QPushButton()
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
        filters.addWidget(self.gender_filter, 1)
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.move_button,
            self.left_button,
            self.returns_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        counts = QHBoxLayout()
        counts.addWidget(self.count_line, 1)
        counts.addWidget(self.without_consent)
        counts.addWidget(self.show_left)
        # What an import did, wrapped on a row of its own: beside the counts it widened the
        # window off a 1366-pixel screen.
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addLayout(counts)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

        self.retranslate()
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)
        for combo in (self.class_filter, self.phone_filter, self.signal_filter, self.gender_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.show_left.toggled.connect(self._apply_filters)
        self.without_consent.toggled.connect(self._apply_filters)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.left_button.clicked.connect(self.toggle_left)
        self.returns_button.clicked.connect(self.open_returns)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export_visible)
        self._update_actions()
        app.changed.connect(self._on_changed)

    def _columns(self) -> list[Column[StudentRow]]:
        return [
            Column(
                lambda: self.tr("Name"),
                lambda r: r.full_name or self.tr("(personal data deleted)"),
            ),
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

    def preload(self) -> None:
        """Load the list in the background before the teacher opens the page (queued after
        start-up's own work), so that opening it is immediate even for a whole school."""
        if not self.loaded:
            self.loaded = True
            self.refresh()

    def showEvent(self, event) -> None:
        self.preload()  # if start-up did not already
        super().showEvent(event)

    def refresh(self) -> None:
        year = self.app.school.school_year_id
        self.app.run(
            lambda uow, _ctx: list_students(uow, year, include_left=True),
            self._show,
            parent=self,
        )

    def _show(self, rows: list[StudentRow]) -> None:
        # Filters first, rows second: the proxy then filters ten thousand rows once, not twice.
        self._fill_class_filter(rows, apply=False)
        self._set_predicate()
        self.model.set_rows(rows)
        self._update_count()
        self._update_actions()
        self.table.resizeColumnsToContents()

    def _fill_class_filter(self, rows: list[StudentRow], apply: bool = True) -> None:
        current = self.class_filter.currentData()
        if current is ALL and self.class_filter.count() <= 1 and not self.whole_school:
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
        if apply:
            self._apply_filters()

    def _apply_filters(self) -> None:
        self._set_predicate()
        self._update_count()
        self._update_actions()

    def _set_predicate(self) -> None:
        # Item data holds plain strings: Qt hands Python enums and UUIDs back as other types.
        class_id: str | None = self.class_filter.currentData()
        phone: str | None = self.phone_filter.currentData()
        signal: str | None = self.signal_filter.currentData()
        gender: str | None = self.gender_filter.currentData()
        show_left = self.show_left.isChecked()
        only_without_consent = self.without_consent.isChecked()
        wanted_class = uuid.UUID(class_id) if class_id else ALL
        self.proxy.set_predicate(
            lambda r: (
                (show_left or not r.has_left)
                and not (only_without_consent and r.has_consent)
                and (wanted_class is ALL or r.class_id == wanted_class)
                and (phone is ALL or r.phone_access == phone)
                and (
                    signal is ALL
                    or r.signal == signal
                    or (signal == WEAK_OR_NONE and r.signal is not Signal.GOOD)
                )
                and (gender is ALL or r.gender == gender)
            )
        )

    def _update_count(self) -> None:
        shown = self.proxy.visible_rows()
        without_phone = sum(1 for r in shown if r.phone_access is PhoneAccess.NONE)
        without_signal = sum(1 for r in shown if r.signal is Signal.NONE)
        without_consent = sum(1 for r in shown if not r.has_consent)
        self.count_line.setText(
            self.tr(
                "{pupils} pupils · {phone} without a phone · {signal} without signal · "
                "{consent} without a parent's consent"
            ).format(
                pupils=len(shown),
                phone=without_phone,
                signal=without_signal,
                consent=without_consent,
            )
        )

    # actions -----------------------------------------------------------------
    def selected(self) -> StudentRow | None:
        return self.proxy.selected_row(self.table)

    def _update_actions(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.move_button, self.left_button, self.returns_button):
            button.setEnabled(chosen is not None)
        self.left_button.setText(
            self.tr("Back at school") if chosen and chosen.has_left else self.tr("Mark as left…")
        )
        self.returns_button.setText(self.tr("Work back…"))

    def open_returns(self) -> QDialog | None:
        from tomoni_desktop.ui.pickups.pupil_returns import PupilReturnsDialog

        chosen = self.selected()
        if chosen is None:
            return None
        dialog = PupilReturnsDialog(self.app, chosen.id, chosen.full_name, self)
        dialog.open()
        return dialog

    def open_editor(self, student_id: uuid.UUID | None) -> QDialog:
        from tomoni_desktop.ui.roster.student_dialog import StudentDialog

        dialog = StudentDialog(self.app, student_id, self)
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_editor(chosen.id)

    def move_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from tomoni_desktop.services.roster.editing import classes_of_year

        year = self.app.school.school_year_id
        self.app.run(
            lambda uow, _ctx: classes_of_year(uow, year),
            lambda classes: self._ask_class(chosen, classes),
            parent=self,
        )

    def _ask_class(self, chosen: StudentRow, classes: list[tuple[uuid.UUID, str]]) -> None:
        names = [name for _, name in classes]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Move to another class"),
            self.tr("Move {name} to class:").format(name=chosen.full_name),
            names,
            max(names.index(chosen.class_name), 0) if chosen.class_name in names else 0,
            False,
        )
        if not ok or name == chosen.class_name:
            return
        from tomoni_desktop.services.roster.editing import move_student

        class_id = classes[names.index(name)][0]
        year = self.app.school.school_year_id
        self.app.run(
            lambda uow, _ctx: move_student(uow, chosen.id, class_id, year),
            parent=self,
        )

    def toggle_left(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from tomoni_desktop.services.roster.editing import mark_left

        if chosen.has_left:
            self.app.run(
                lambda uow, _ctx: mark_left(uow, chosen.id, None),
                parent=self,
            )
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Mark as left"))
        box.setText(
            self.tr(
                "{name} has left the school today? The record is kept and hidden from the lists."
            ).format(name=chosen.full_name)
        )
        confirm = box.addButton(self.tr("Mark as left"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(
            lambda button: (
                self.app.run(
                    lambda uow, _ctx: mark_left(uow, chosen.id, date.today()),
                    parent=self,
                )
                if button is confirm
                else None
            )
        )
        box.open()

    def open_import(self) -> QDialog:
        from tomoni_desktop.ui.roster.import_dialog import ImportDialog

        dialog = ImportDialog(self.app, self)
        dialog.accepted.connect(lambda: self._say_imported(dialog.import_result))
        dialog.open()
        return dialog

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _say_imported(self, result) -> None:
        """What the import did stays in view after its dialog closes."""
        if result is not None:
            self._say(
                self.tr(
                    "Imported: {new} new, {updated} updated, {unchanged} unchanged, "
                    "{left_out} left out."
                ).format(
                    new=result.new,
                    updated=result.updated,
                    unchanged=result.unchanged,
                    left_out=result.left_out,
                )
            )

    def export_visible(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the list"),
            str(Path.home() / "daftar-siswa.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """The pupils shown now (search and filters applied), to .xlsx or .csv."""
        from tomoni_desktop.services.roster.files import export_roster

        wanted = {row.id for row in self.proxy.visible_rows()}
        year = self.app.school.school_year_id
        self.app.run(
            lambda uow, _ctx: export_roster(uow, year, path, student_ids=wanted),
            lambda count: self._say(
                self.tr("%n pupils written to {file}", "", count).format(file=path.name)
            ),
            parent=self,
            label=self.tr("Exporting…"),
        )

    def _on_changed(self, areas: frozenset[str]) -> None:
        if self.loaded and areas & {Area.SCHOOL, Area.STUDENTS}:
            self.refresh()

    def show_filtered(
        self, phone: str | None = ALL, signal: str | None = ALL, without_consent: bool = False
    ) -> None:
        """The whole school's pupils behind a figure of Beranda (any class, the one filter)."""
        self.whole_school = True  # a list not loaded yet must not narrow to the own class
        self.preload()
        self.without_consent.blockSignals(True)
        self.without_consent.setChecked(without_consent)
        self.without_consent.blockSignals(False)
        for combo, value in (
            (self.class_filter, ALL),
            (self.phone_filter, phone),
            (self.signal_filter, signal),
            (self.gender_filter, ALL),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.clear()
        self._apply_filters()

    def _fill_choice(self, combo: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pupils"))
        self.show_left.setText(self.tr("Show pupils who left"))
        self.without_consent.setText(self.tr("Only without a parent's consent"))
        self.add_button.setText(self.tr("Add pupil…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.move_button.setText(self.tr("Move class…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self._update_actions()
        self.search.setPlaceholderText(self.tr("Search name, NISN, NIS, village or guardian…"))
        self._fill_choice(
            self.phone_filter,
            [(self.tr("Any phone access"), ALL)]
            + [(labels.phone_access(value), value.value) for value in PhoneAccess],
        )
        self._fill_choice(
            self.signal_filter,
            [(self.tr("Any signal"), ALL)]
            + [(labels.signal(value), value.value) for value in Signal]
            + [(self.tr("Weak or no signal"), WEAK_OR_NONE)],
        )
        self._fill_choice(
            self.gender_filter,
            [(self.tr("L and P"), ALL), (self.tr("L (boys)"), "L"), (self.tr("P (girls)"), "P")],
        )
        if self.class_filter.count():
            self._fill_class_filter(self.model.rows)
        self.model.retranslate()
        self._update_count()
