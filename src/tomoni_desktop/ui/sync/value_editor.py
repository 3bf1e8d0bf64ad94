"""One field that edits a value of any kind a grade can have: a whole number or a decimal in
its range, one of a few choices, a date, or text. The conflict inbox uses it for whatever
field the metadata marks as a conflict field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from tomoni_desktop.sync.tables import ConflictField
from tomoni_desktop.ui.formatting import date_edit


class ValueEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = ConflictField("text")
        self.editor: QWidget = QLineEdit()
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.editor)

    def set_field(self, field: ConflictField) -> None:
        self.field = field
        editor: QWidget
        if field.kind == "integer":
            spin = QSpinBox()
            spin.setRange(int(_or(field.minimum, -(2**31))), int(_or(field.maximum, 2**31 - 1)))
            spin.valueChanged.connect(self.changed)
            editor = spin
        elif field.kind == "decimal":
            number = QDoubleSpinBox()
            number.setDecimals(2)
            number.setRange(_or(field.minimum, -1e9), _or(field.maximum, 1e9))
            number.valueChanged.connect(self.changed)
            editor = number
        elif field.kind == "choice":
            box = QComboBox()
            for choice in field.choices:
                box.addItem(choice, choice)
            box.currentIndexChanged.connect(self.changed)
            editor = box
        elif field.kind == "date":
            day = date_edit()
            day.dateChanged.connect(self.changed)
            editor = day
        else:
            line = QLineEdit()
            line.textChanged.connect(self.changed)
            editor = line
        self.layout_.replaceWidget(self.editor, editor)
        self.editor.deleteLater()
        self.editor = editor
        self.changed.emit()

    def value(self) -> Any:
        editor = self.editor
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QDateEdit):
            return editor.date().toPython()
        return editor.text().strip() if isinstance(editor, QLineEdit) else None

    def is_valid(self) -> bool:
        return self.field.accepts(self.value()) and self.value() not in ("", None)


def _or(value: float | None, fallback: float) -> float:
    return fallback if value is None else value
