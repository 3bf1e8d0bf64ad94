"""Small pieces every page shares: a list view over a proxy, and retranslation on demand."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


def list_view(
    proxy: QSortFilterProxyModel,
    sort_column: int = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    single: bool = False,
) -> QTableView:
    """A read-only, sortable table of whole rows, as every list in the app is."""
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    # Fit columns to the first rows only: measuring ten thousand rows would stall the page.
    view.horizontalHeader().setResizeContentsPrecision(200)
    return view


class Retranslating:
    """Mixin for widgets: calls self.retranslate() when Qt says the language changed."""

    def retranslate(self) -> None:  # pragma: no cover - every user defines it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
