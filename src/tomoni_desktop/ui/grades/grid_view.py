"""The grade grid's table, for the keyboard: type a number and Enter goes down, Tab right,
arrows move; Delete empties a cell; Ctrl+V pastes a column copied from a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QTableView


class GradeTable(QTableView):
    pasted = Signal(QModelIndex, list)  # the first cell, and the lines pasted from there down
    cleared = Signal(QModelIndex)

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        """Enter keeps the value and goes down a row, as in a mark book."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            below = current.siblingAtRow(current.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        current = self.currentIndex()
        if event.matches(QKeySequence.StandardKey.Paste) and current.isValid():
            lines = QApplication.clipboard().text().replace("\r\n", "\n").split("\n")
            while lines and not lines[-1].strip():
                lines.pop()  # a spreadsheet ends its copy with a newline
            if lines:
                self.pasted.emit(current, [line.split("\t")[0] for line in lines])
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current.isValid():
            self.cleared.emit(current)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            if self.state() == QAbstractItemView.State.EditingState:
                return  # the editor's Enter: its delegate keeps the value, then closeEditor moves
            below = current.siblingAtRow(current.row() + 1)  # Enter without typing: next one
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().keyPressEvent(event)
