"""A paragraph written for one pupil at a time (a report's description, the homeroom
teacher's note): shown from its first word, kept on its button once changed, and handed
over to be kept when another pupil is shown, as a cell keeps its score on leaving it."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from tomoni_desktop.services.school.setup import clean_text  # as the services keep a text


class KeptText(QObject):
    """The box and its button, for the page to lay out. `show_for(whose, kept)` puts a
    pupil's text in the box; `keep` carries (whose, the text as typed) when the button is
    pressed, or when another pupil is shown while the text differs from what is kept."""

    keep = Signal(object, str)

    def __init__(self, lines: int = 2, most: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.most = most  # characters, as a one-line field's most: typing stops there
        self.box = QPlainTextEdit()
        self.box.setTabChangesFocus(True)
        height = self.box.fontMetrics().lineSpacing() * lines
        self.box.setFixedHeight(height + 2 * self.box.frameWidth() + 10)
        self.button = QPushButton()
        self.button.setEnabled(False)
        self.whose: Hashable | None = None
        self.kept = ""
        self.box.textChanged.connect(self._edited)
        self.button.clicked.connect(lambda: self.keep.emit(self.whose, self.text()))

    def text(self) -> str:
        return self.box.toPlainText()

    def changed(self) -> bool:
        return self.whose is not None and clean_text(self.text()) != clean_text(self.kept)

    def show_for(self, whose: Hashable | None, kept: str) -> None:
        """`whose` text as kept (None: nobody's). A text changed for another is handed over
        first; for the same one, read again (a bundle came in), what is typed stays."""
        if self.changed():
            if whose != self.whose:
                self.keep.emit(self.whose, self.text())
            elif clean_text(self.text()) != clean_text(kept):
                self.kept = kept
                self._edited()
                return
        self.whose, self.kept = whose, kept
        if whose is None:
            self.box.clear()
        else:
            self.box.setPlainText(kept)  # the cursor at its first word
        self._edited()

    def revert(self) -> None:
        """What was typed is dropped: the kept text again."""
        self.box.setPlainText(self.kept)

    def _edited(self) -> None:
        text = self.text()
        if len(text) > self.most:  # typed or pasted past the most: the rest is not taken
            cursor = self.box.textCursor()
            at = min(cursor.position(), self.most)
            self.box.setPlainText(text[: self.most])
            cursor = self.box.textCursor()
            cursor.setPosition(at)
            self.box.setTextCursor(cursor)
            return  # setPlainText came back here
        self.button.setEnabled(self.changed())
