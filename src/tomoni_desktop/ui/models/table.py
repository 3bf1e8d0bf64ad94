"""One table model for every list: rows of plain data, columns described once.

Views show it through a SearchProxy, which filters; the model sorts itself, in Python, by raw
values (a column's sort key), not the text shown, so dates and numbers sort as such.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def fold(value: Any) -> Any:
    """A sort key that ignores case, inside tuples too."""
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, tuple):
        return tuple(fold(part) for part in value)
    return value


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: Callable[[], str]  # called again when the language changes
    display: Callable[[Row], Any]
    sort_key: Callable[[Row], Any] | None = None
    numeric: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self.generation = 0  # counts reorders, so caches built from the rows know when to renew
        self._sort: tuple[int, Qt.SortOrder] | None = None

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.generation += 1
        self.endResetModel()

    def _sort_key(self, column: int):
        spec = self._columns[column]
        key = spec.sort_key or spec.display

        def sort_key(row):
            value = key(row)
            # None sorts first; text ignores case; mixed types never compare with each other
            return (value is not None, fold(value))

        return sort_key

    def _sorted(self, rows: list[Row]) -> list[Row]:
        if self._sort is None:
            return rows
        column, order = self._sort
        return sorted(
            rows, key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in Python with a key per row: ten thousand rows take milliseconds,
        where a proxy comparing through data() calls back into Python a quarter-million times."""
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_rows = [self._rows[index.row()] for index in old_persistent]
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        self.generation += 1
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(position[id(row)], index.column())
                for row, index in zip(old_rows, old_persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def keep_given_order(self) -> None:
        """Show rows in the order they are given (a walk's stops), not sorted by a column."""
        self._sort = None

    def add_row(self, row: Row) -> int:
        """Insert one row where the current order puts it (a view redraws that row only)."""
        position = len(self._rows)
        if self._sort is not None:
            column, order = self._sort
            key = self._sort_key(column)
            mine = key(row)
            descending = order == Qt.SortOrder.DescendingOrder
            position = next(
                (
                    number
                    for number, other in enumerate(self._rows)
                    if (key(other) < mine if descending else mine < key(other))
                ),
                len(self._rows),
            )
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self.endInsertRows()
        self.generation += 1
        return position

    def replace_row(self, old: Row, new: Row) -> None:
        """Put `new` in the place of `old` (the same thing, changed): that row is redrawn."""
        number = next(n for n, row in enumerate(self._rows) if row is old)
        self._rows[number] = new
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._columns) - 1))

    def remove_where(self, unwanted: Callable[[Row], bool]) -> int:
        """Take out the rows that are `unwanted`, one by one (a view keeps its place and
        nothing is sorted again: one scanned code must not redraw fifteen thousand rows)."""
        removed = 0
        for number in range(len(self._rows) - 1, -1, -1):
            if unwanted(self._rows[number]):
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
                removed += 1
        if removed:
            self.generation += 1
        return removed

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(row)
            return value if isinstance(value, str) else str(value)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title()
        return None

    def retranslate(self) -> None:
        """Headers and translated cell texts follow a change of language."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
