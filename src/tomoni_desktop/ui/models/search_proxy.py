"""A sort/filter proxy that searches a prepared text per row instead of asking every column.

Each row's searchable text is built once when the rows change, so a keystroke costs one
substring test per row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

from tomoni_desktop.ui.models.table import RowTableModel


def normalise(text: str) -> str:
    return " ".join(text.casefold().split())


class SearchProxy(QSortFilterProxyModel):
    def __init__(
        self,
        source: RowTableModel,
        search_text: Callable[[Any], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._search_text = search_text
        self._haystacks: list[str] = []
        self._generation = -1
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None
        self.setSourceModel(source)

    def rows_model(self) -> RowTableModel[Any]:
        source = self.sourceModel()
        assert isinstance(source, RowTableModel)  # this proxy only ever filters our table model
        return source

    def _haystack(self, source_row: int) -> str:
        # Built lazily: Qt re-filters inside the source's reset, before any slot of ours runs.
        source = self.rows_model()
        if self._generation != source.generation:
            self._haystacks = [normalise(self._search_text(row)) for row in source.rows]
            self._generation = source.generation
        return self._haystacks[source_row]

    def set_search(self, text: str) -> None:
        needle = normalise(text)
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (see RowTableModel.sort); this proxy only filters."""
        self.sourceModel().sort(column, order)

    def _accepts(self, number: int, row: Any) -> bool:
        """The one rule both Qt's filtering and visible_rows() use."""
        if self._needle and self._needle not in self._haystack(number):
            return False
        return self._predicate is None or self._predicate(row)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self._accepts(source_row, self.rows_model().row_at(source_row))

    def selected_row(self, view: QAbstractItemView) -> Any | None:
        """The row behind the view's current selection (first one), or None."""
        chosen = view.selectionModel().selectedRows()
        return self.rows_model().row_at(self.mapToSource(chosen[0]).row()) if chosen else None

    def selected_rows(self, view: QAbstractItemView) -> list[Any]:
        """Every row behind the view's selection, in the order shown."""
        chosen = sorted(view.selectionModel().selectedRows(), key=lambda index: index.row())
        return [self.rows_model().row_at(self.mapToSource(i).row()) for i in chosen]

    def select_where(self, view: QAbstractItemView, wanted: Callable[[Any], bool]) -> bool:
        """Select the first shown row that is `wanted` (a list read again keeps its choice)."""
        source = self.rows_model()
        for number, row in enumerate(source.rows):
            if wanted(row):
                index = self.mapFromSource(source.index(number, 0))
                if index.isValid():
                    view.setCurrentIndex(index)
                    view.selectionModel().select(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    return True
        return False

    def visible_rows(self) -> list[Any]:
        """The rows shown, in order, worked out in Python (no call into Qt per row)."""
        source = self.rows_model()
        return [row for number, row in enumerate(source.rows) if self._accepts(number, row)]
