"""Form rows with a problem line under the input, as every editing dialog shows them."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.ui.errors import error_text

W = TypeVar("W", bound=QWidget)


def grow_to_fit(window: QWidget) -> None:
    """Make room for a message that just appeared (never shrinking what the teacher sized):
    a wrapped problem line would otherwise be cut to one line."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    hint = window.sizeHint()
    if hint.width() > window.width() or hint.height() > window.height():
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))


class ProblemForm:
    """A QFormLayout whose rows each have a caption, an input, and a hidden problem line."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.inputs: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}

    def add(self, name: str, widget: W) -> W:
        caption, problem = QLabel(), QLabel()
        problem.setObjectName("fieldProblem")
        problem.setWordWrap(True)
        problem.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(problem)
        self.layout.addRow(caption, column)
        self.inputs[name], self.captions[name], self.problems[name] = widget, caption, problem
        return widget

    def clear(self) -> None:
        for label in self.problems.values():
            label.hide()

    def show(self, error: ValidationError) -> bool:
        """Put the message under its field; False when the field is not in this form."""
        self.clear()
        field = error.field or ""
        label = self.problems.get(field)
        if label is None:
            return False
        label.setText(error_text(error))
        label.show()
        self.inputs[field].setFocus()
        grow_to_fit(label.window())
        return True

    def set_captions(self, captions: dict[str, str]) -> None:
        for name, text in captions.items():
            self.captions[name].setText(text)
