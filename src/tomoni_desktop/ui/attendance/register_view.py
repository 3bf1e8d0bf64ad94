"""The day's register as a table for the keyboard: H, S, I or A marks the chosen pupil and
moves to the next; arrows move; L says the letter came today. A click and a letter per
exception: the pupils not marked were present."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from tomoni_desktop.core.models import AttendanceMark
from tomoni_desktop.services.attendance.register import RegisterRow, RegisterSheet
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.formatting import format_date

_Index = QModelIndex | QPersistentModelIndex
KEYS = {
    Qt.Key.Key_H: AttendanceMark.PRESENT,
    Qt.Key.Key_S: AttendanceMark.SICK,
    Qt.Key.Key_I: AttendanceMark.EXCUSED,
    Qt.Key.Key_A: AttendanceMark.ABSENT,
}
COLOURS = {
    AttendanceMark.SICK: QColor("#fff1c7"),
    AttendanceMark.EXCUSED: QColor("#dcecf7"),
    AttendanceMark.ABSENT: QColor("#f9d6d5"),
}


class RegisterModel(QAbstractTableModel):
    """Columns: the pupil, the mark (its letter and word), the letter's day, the note."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sheet: RegisterSheet | None = None
        self.headers: tuple[str, ...] = ("", "", "", "")

    def set_sheet(self, sheet: RegisterSheet) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def row_at(self, number: int) -> RegisterRow:
        assert self.sheet is not None
        return self.sheet.rows[number]

    def put(self, number: int, row: RegisterRow) -> None:
        """Show a changed row at once (the write follows on the worker)."""
        assert self.sheet is not None
        self.sheet.rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, 3))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.sheet is None or not index.isValid():
            return None
        row = self.sheet.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{index.row() + 1}. {row.name}"
            if column == 1:  # a mark with its word; present ("H") or not taken yet ("·")
                if row.mark is None:
                    return "H" if self.sheet.taken else "·"
                return f"{row.mark.value}  {labels.attendance_mark(row.mark)}"
            if column == 2:
                return format_date(row.letter_on) if row.letter_on else ""
            return row.note
        if role == Qt.ItemDataRole.BackgroundRole and row.mark in COLOURS:
            return QBrush(COLOURS[row.mark])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1 and row.mark is None:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class RegisterTable(QTableView):
    """Emits what the teacher pressed on a pupil's row; the page writes it."""

    marked = Signal(int, object)  # row, AttendanceMark
    letter = Signal(int)  # row: the letter came today

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        current = self.currentIndex()
        key = Qt.Key(event.key())
        if current.isValid() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if key in KEYS:
                self.marked.emit(current.row(), KEYS[key])
                below = current.siblingAtRow(current.row() + 1)
                if below.isValid():
                    self.setCurrentIndex(below)
                return
            if key == Qt.Key.Key_L:
                self.letter.emit(current.row())
                return
        super().keyPressEvent(event)
