"""What sync leaves for a person to decide: conflicting scores, a pupil entered twice, one
pickup code on two copies. One dialog shape serves all three: a list, and what to do."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.sync.duplicates import (
    CodeClash,
    DuplicateGroup,
    find_code_clashes,
    find_duplicates,
    give_new_code,
    merge_into,
)
from tomoni_desktop.services.sync.inbox import Conflict, list_conflicts, resolve_conflict
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import format_date, format_datetime
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.sync.value_editor import ValueEditor
from tomoni_desktop.ui.widgets import Retranslating, list_view


class InboxDialog(Retranslating, QDialog):
    """An explanation, a list read on the worker, a row of actions, and Close."""

    def __init__(
        self,
        app: AppContext,
        columns: Sequence[Column],
        search_text: Callable[[Any], str],
        read: Callable[[UnitOfWork], list],
        stretch: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.read = read
        self.model: RowTableModel = RowTableModel(columns, self)
        self.proxy = SearchProxy(self.model, search_text, self)
        self.table = list_view(self.proxy, single=True)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.action_row = QHBoxLayout()
        self.close_button = QPushButton()
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.action_row)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())
        self.close_button.clicked.connect(self.accept)

    def refresh(self) -> None:
        read = self.read
        self.app.run(lambda uow, _ctx: read(uow), self._fill, parent=self)

    def _fill(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.selection_changed()

    def selected(self) -> Any | None:
        return self.proxy.selected_row(self.table)

    def selection_changed(self) -> None:
        """Subclasses fill their actions for the chosen row."""

    def change(self, write: Callable[[UnitOfWork], Any], done: Callable[[Any], None]) -> None:
        """Run the use case on the worker as one unit of work, then read the list again."""

        def finished(result: Any) -> None:
            done(result)
            self.refresh()

        self.app.run(lambda uow, _ctx: write(uow), finished, parent=self)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()


def _value_text(value: object) -> str:
    return "—" if value is None else str(value)


class ConflictsDialog(InboxDialog):
    """Every grade two laptops entered differently: keep one value, or type the right one."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            app,
            [
                Column(lambda: self.tr("Pupil and worksheet"), lambda c: c.label),
                Column(lambda: self.tr("Field"), lambda c: self._field_text(c.field)),
                Column(
                    lambda: self.tr("Values"),
                    lambda c: " / ".join(_value_text(v.value) for v in c.values),
                ),
            ],
            lambda c: c.label,
            list_conflicts,
            0,
            parent,
        )
        self.choice = QComboBox()
        self.keep = QPushButton()
        self.other = ValueEditor()
        self.use_other = QPushButton()
        self.action_row.addWidget(self.choice, 1)
        self.action_row.addWidget(self.keep)
        self.action_row.addSpacing(16)
        self.action_row.addWidget(self.other)
        self.action_row.addWidget(self.use_other)
        self.keep.clicked.connect(lambda: self.resolve(self.choice.currentData()))
        self.use_other.clicked.connect(lambda: self.resolve(self.other.value()))
        self.other.changed.connect(self._update_use_other)
        self.resize(760, 420)
        self.retranslate()
        self.refresh()

    def selection_changed(self) -> None:
        conflict = self.selected()
        self.choice.clear()
        if conflict is not None:
            for value in conflict.values:
                self.choice.addItem(
                    self.tr("{value} — {laptop}, {when}").format(
                        value=_value_text(value.value),
                        laptop=value.laptop,
                        when=format_datetime(value.when),
                    ),
                    value.value,
                )
        if conflict is not None:
            self.other.set_field(conflict.editor)
        for widget in (self.choice, self.keep, self.other):
            widget.setEnabled(conflict is not None)
        self._update_use_other()

    def _update_use_other(self) -> None:
        self.use_other.setEnabled(self.selected() is not None and self.other.is_valid())

    def resolve(self, value: object) -> None:
        conflict: Conflict | None = self.selected()
        if conflict is not None:
            self.change(
                lambda c: resolve_conflict(
                    c, conflict.table, conflict.row_id, conflict.field, value
                ),
                lambda _r: None,
            )

    def _field_text(self, field: str) -> str:
        return {"score": self.tr("Score")}.get(field, field)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.explanation.setText(
            self.tr(
                "These scores were entered differently on two laptops. Keep the right one, or "
                "type it; your choice travels with the next bundle and settles it everywhere."
            )
        )
        self.keep.setText(self.tr("Keep this value"))
        self.use_other.setText(self.tr("Use this score"))
        super().retranslate()


class DuplicatesDialog(InboxDialog):
    """Pupils who seem to be one child entered twice: choose the record to keep, and merge."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            app,
            [
                Column(lambda: self.tr("Why"), self._reason_text),
                Column(
                    lambda: self.tr("Pupils"),
                    lambda g: "  |  ".join(self._pupil_text(p) for p in g.pupils),
                ),
            ],
            lambda g: " ".join(p.full_name for p in g.pupils),
            find_duplicates,
            1,
            parent,
        )
        self.keep_label = QLabel()
        self.keep = QComboBox()
        self.merge = QPushButton()
        self.action_row.addWidget(self.keep_label)
        self.action_row.addWidget(self.keep, 1)
        self.action_row.addWidget(self.merge)
        self.merge.clicked.connect(self.merge_selected)
        self.resize(820, 400)
        self.retranslate()
        self.refresh()

    def selection_changed(self) -> None:
        group = self.selected()
        self.keep.clear()
        if group is not None:
            for pupil in group.pupils:
                self.keep.addItem(self._pupil_text(pupil), str(pupil.id))
        self.keep.setEnabled(group is not None)
        self.merge.setEnabled(group is not None)

    def merge_selected(self) -> None:
        group: DuplicateGroup | None = self.selected()
        chosen = self.keep.currentData()
        if group is None or chosen is None:
            return
        keep = uuid.UUID(chosen)
        others = [p.id for p in group.pupils if p.id != keep]

        self.change(lambda uow: merge_into(uow, keep, others), lambda _r: None)

    def _reason_text(self, group: DuplicateGroup) -> str:
        if group.reason == "nisn":
            return self.tr("Same NISN")
        return self.tr("Same name and date of birth")

    def _pupil_text(self, pupil) -> str:
        parts = [pupil.full_name]
        if pupil.class_name:
            parts.append(pupil.class_name)
        parts.append(
            self.tr("NISN {nisn}").format(nisn=pupil.nisn) if pupil.nisn else self.tr("no NISN")
        )
        if pupil.birth_date:
            parts.append(format_date(pupil.birth_date))
        if pupil.village:
            parts.append(pupil.village)
        return ", ".join(parts)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Same pupil twice"))
        self.explanation.setText(
            self.tr(
                "These records look like one child entered on two laptops. Choose the record to "
                "keep: the other's guardians, classes and worksheets move to it, and its empty "
                "fields are filled from the other."
            )
        )
        self.keep_label.setText(self.tr("Keep:"))
        self.merge.setText(self.tr("Merge into one"))
        super().retranslate()


class CodeClashDialog(InboxDialog):
    """Copies on paper that share a pickup code: give one of them a new code to print."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            app,
            [
                Column(lambda: self.tr("Code"), lambda c: c.code),
                Column(lambda: self.tr("Pupil"), lambda c: c.pupil),
                Column(lambda: self.tr("Class"), lambda c: c.class_name),
                Column(lambda: self.tr("Worksheet"), lambda c: c.title),
            ],
            lambda c: f"{c.code} {c.pupil}",
            find_code_clashes,
            3,
            parent,
        )
        self.last_code = ""
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.renew = QPushButton()
        self.action_row.addWidget(self.renew)
        self.action_row.addWidget(self.result_label, 1)
        self.renew.clicked.connect(self.renew_selected)
        self.resize(760, 380)
        self.retranslate()
        self.refresh()

    def selection_changed(self) -> None:
        self.renew.setEnabled(self.selected() is not None)

    def renew_selected(self) -> None:
        clash: CodeClash | None = self.selected()
        if clash is None:
            return

        def done(code: str) -> None:
            self.last_code = code
            self.result_label.setText(
                self.tr("{pupil} now has code {code}: print this pupil's cover again.").format(
                    pupil=clash.pupil, code=code
                )
            )

        self.change(lambda c: give_new_code(c, clash.copy_id), done)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Same pickup code twice"))
        self.explanation.setText(
            self.tr(
                "Two laptops gave these copies on paper the same pickup code. Give one of them "
                "a new code, then print that pupil's cover again."
            )
        )
        self.renew.setText(self.tr("Give a new code"))
        super().retranslate()
