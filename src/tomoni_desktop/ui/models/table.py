"""One table model for every list: rows of plain data, columns described once.

Views show it through a QSortFilterProxyModel; sorting uses raw values (SORT_ROLE), not the
text shown, so dates and numbers sort as such.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def sortable(key: Any) -> Any:
    """A value Qt itself can compare: text folded, tuples as one text with padded numbers."""
    if isinstance(key, str):
        return key.casefold()
    if isinstance(key, tuple):
        return "\x1f".join(
            f"{part:012d}" if isinstance(part, int) else str(sortable(part)) for part in key
        )
    return key


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
        self.generation = 0  # counts resets, so caches built from the rows know when to renew

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.generation += 1
        self.endResetModel()

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
        if role == SORT_ROLE:
            key = column.sort_key(row) if column.sort_key else column.display(row)
            return sortable(key)
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
