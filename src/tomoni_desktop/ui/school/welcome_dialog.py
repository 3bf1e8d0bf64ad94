"""The very first start, with no school yet: open the demo school, start my school, or join
a school that already syncs; each said in one sentence (Qt's command link buttons)."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from tomoni_desktop.ui.widgets import Retranslating


class FirstRun(enum.Enum):
    DEMO = "demo"
    OWN = "own"
    JOIN = "join"


class WelcomeDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: FirstRun | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons = {choice: QCommandLinkButton() for choice in FirstRun}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for choice in (FirstRun.OWN, FirstRun.JOIN, FirstRun.DEMO):
            button = self.buttons[choice]
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            layout.addWidget(button)
        self.setMinimumWidth(600)
        self.retranslate()

    def _choose(self, choice: FirstRun) -> None:
        self.choice = choice
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Tomoni Desktop"))
        self.heading.setText(self.tr("Welcome to Tomoni Desktop"))
        self.intro.setText(
            self.tr("There is no school on this laptop yet. How do you want to begin?")
        )
        texts = {
            FirstRun.OWN: (
                self.tr("Start my school"),
                self.tr(
                    "Type the school's name, the school year and your class; then import "
                    "your pupils from Dapodik."
                ),
            ),
            FirstRun.JOIN: (
                self.tr("Join a school that already uses Tomoni"),
                self.tr(
                    "Use the join file from the school office and the school passphrase: "
                    "the school's data comes with it."
                ),
            ),
            FirstRun.DEMO: (
                self.tr("Open the demo school"),
                self.tr(
                    "Try every feature on a made-up school (PIN 246810); it is kept apart "
                    "and never mixes with your own data."
                ),
            ),
        }
        for choice, (title, sentence) in texts.items():
            self.buttons[choice].setText(title)
            self.buttons[choice].setDescription(sentence)
