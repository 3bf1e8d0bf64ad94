"""Small pieces every page shares: a list view over a proxy, a question before a step that
cannot be taken back, and retranslation on demand."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from tomoni_desktop.ui.context import AppContext


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


def share_width(view: QTableView, stretched: Iterable[int]) -> None:
    """The columns in `stretched` share what the others, each as wide as its contents,
    leave of the view: a list fits its pane, and no column is cut off at its right edge."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretched:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def two_lines(view: QTableView) -> None:
    """Rows tall enough for two lines of text each (no row measured: a list may be long)."""
    view.verticalHeader().setDefaultSectionSize(2 * view.fontMetrics().lineSpacing() + 8)
    view.setWordWrap(False)  # a line too long for its column is cut short with "…"


def show_text(field: QLineEdit, text: str) -> None:
    """A one-line field filled with a kept value, read from its first word (Qt leaves the
    cursor at the end, so a long address or a report's phrase showed only its tail)."""
    field.setText(text)
    field.setCursorPosition(0)


def stacked(header: str) -> str:
    """A column's two-word header on two lines: a narrow number under it keeps it narrow."""
    return header.replace(" ", "\n", 1)


def widest_code_width(view: QTableView) -> int:
    """How wide a column must be for any pickup code in the view's font: a code that
    wraps ("K6C-" over "EDN") is a code misread on a doorstep."""
    from tomoni_desktop.services.worksheets.pickup_codes import (
        CODE_ALPHABET,
        CODE_LENGTH,
        normalise_code,
    )

    metrics = view.fontMetrics()
    widest = max(CODE_ALPHABET, key=metrics.horizontalAdvance)
    # an item's text keeps this margin on each side (QCommonStyle), and a pixel of grid
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 2
    return metrics.horizontalAdvance(normalise_code(widest * CODE_LENGTH)) + 2 * margin


def ask(
    parent: QWidget,
    text: str,
    proceed: str,
    cancel: str,
    on_proceed: Callable[[], None],
    *,
    title: str = "",
    safe_default: bool = True,
) -> QMessageBox:
    """A window-modal question with two named buttons; `on_proceed` runs only on `proceed`.

    With `safe_default` the cancelling button is the default, so a slip of the Enter key
    takes no step that cannot be taken back. Returned (and left open) for tests to answer.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if safe_default else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay if safe_default else go)
    box.buttonClicked.connect(lambda button: on_proceed() if button is go else None)
    box.open()
    return box


def name_form_rows(form, words, start: int = 0) -> None:
    """Set the captions of a QFormLayout's rows from `start` on (when the language changes).
    A row added with an empty caption has no label at all (Qt makes none): one is made."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    for row, text in enumerate(words, start=start):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if label is None and text:
            label = QLabel()
            form.setWidget(row, QFormLayout.ItemRole.LabelRole, label)
        if isinstance(label, QLabel):
            label.setText(text)


class Retranslating:
    """Mixin for widgets: calls self.retranslate() when Qt says the language changed."""

    def retranslate(self) -> None:  # pragma: no cover - every user defines it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class EveryClassBox(Retranslating, QCheckBox):
    """ "Every class" on a tab that shows one class: Beranda counts what every class the
    person sees calls for, and its step ticks this to list them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.class_ids: list = []  # every class the person sees, once the page knows them
        self.retranslate()

    def know(self, class_ids: list | None) -> None:
        if class_ids is not None:
            self.class_ids = class_ids

    def shown(self) -> bool:
        """Ticked, and the classes known: every class is what the tab shows."""
        return self.isChecked() and bool(self.class_ids)

    def chosen(self, class_ids: list) -> list:
        """The classes the tab shows: every class, or those chosen on the page."""
        return list(self.class_ids if self.shown() else class_ids)

    def retranslate(self) -> None:
        self.setText(self.tr("Every class"))


class FormDialog(Retranslating, QDialog):
    """An explanation, a form and OK/Cancel; `save` runs when OK is pressed, and `failed`
    shows what refused it."""

    app: AppContext  # absent in front of an encrypted file not yet open (the recovery)

    def __init__(
        self,
        app: AppContext | None,
        parent: QWidget | None = None,
        size: tuple[int, int] = (540, 260),
    ) -> None:
        super().__init__(parent)
        if app is not None:
            self.app = app
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.form = QFormLayout()
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.box)
        self.resize(*size)

    def save(self) -> None:  # pragma: no cover - every dialog defines it
        raise NotImplementedError

    def failed(self, error: BaseException) -> None:
        from tomoni_desktop.ui.errors import show_error

        show_error(self, error)
