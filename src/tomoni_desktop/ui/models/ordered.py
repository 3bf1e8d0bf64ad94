"""Rows whose order is the teacher's (a walk's stops): moved one by one with the keyboard or
dragged with the mouse, never sorted by a column."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from tomoni_desktop.ui.models.table import Column, Row, RowTableModel

ROWS_MIME = "application/x-tomoni-row"
_Index = QModelIndex | QPersistentModelIndex


class OrderedRowsModel(RowTableModel[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.keep_given_order()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The order is the teacher's: a click on a header does not change it."""

    def move_row(self, source: int, target: int) -> bool:
        """Put the row at `source` before the row now at `target` (len(rows): at the end).
        A view's selection follows the row."""
        rows = self.rows
        if not 0 <= source < len(rows) or not 0 <= target <= len(rows):
            return False
        if target in (source, source + 1):
            return False
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)
        row = rows.pop(source)
        rows.insert(target - 1 if target > source else target, row)
        self.endMoveRows()
        self.generation += 1
        return True

    # dragging ---------------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled  # between rows, not onto one

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's name
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(ROWS_MIME, str(rows[0] if rows else -1).encode())
        return data

    def dropMimeData(  # noqa: N802 - Qt's name
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Moves the dragged row here. Returns False so that the view, which thinks in copies
        and removals, has nothing left to remove: the move is already done."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROWS_MIME):
            return False
        source = int(bytes(data.data(ROWS_MIME).data()).decode() or -1)
        if row < 0:  # dropped onto a row, or below the last one
            row = parent.row() if parent.isValid() else len(self.rows)
        self.move_row(source, row)
        return False
