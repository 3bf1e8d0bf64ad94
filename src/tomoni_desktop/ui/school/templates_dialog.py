"""The school's own words for messages to parents (an absence, a meeting invitation, a reminder
of work not back yet), with the placeholders each may use; empty: the standard words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.settings import TEMPLATES, AppSettings
from tomoni_desktop.services.school.settings import change_settings
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.widgets import Retranslating

NAMES = tuple(TEMPLATES)  # absence, meeting, worksheet


class TemplatesDialog(Retranslating, QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.texts = {name: self._current(app.settings, name) for name in NAMES}
        self.which = QComboBox()
        for name in NAMES:
            self.which.addItem("", name)
        self.text = QPlainTextEdit()
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.standard = QPushButton()
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.which, 1)
        row.addWidget(self.standard)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.placeholders)
        layout.addWidget(self.said)
        layout.addWidget(self.box)
        self.which.currentIndexChanged.connect(lambda _i: self._show())
        self.text.textChanged.connect(self._keep_typed)
        self.standard.clicked.connect(lambda: self.text.setPlainText(TEMPLATES[self.chosen()].text))
        self.resize(640, 420)
        self.retranslate()
        self._show()

    @staticmethod
    def _current(settings: AppSettings, name: str) -> str:
        return getattr(settings, f"template_{name}") or TEMPLATES[name].text

    def chosen(self) -> str:
        return str(self.which.currentData())

    def _show(self) -> None:
        name = self.chosen()
        self.text.blockSignals(True)
        self.text.setPlainText(self.texts[name])
        self.text.blockSignals(False)
        self.placeholders.setText(
            self.tr("Placeholders: {names}").format(
                names=", ".join("{" + p + "}" for p in TEMPLATES[name].placeholders)
            )
        )

    def _keep_typed(self) -> None:
        self.texts[self.chosen()] = self.text.toPlainText()

    def save(self) -> None:
        """All three at once; words equal to the standard ones are kept as "standard"."""
        changes = {
            f"template_{name}": "" if text.strip() == TEMPLATES[name].text else text.strip()
            for name, text in self.texts.items()
        }

        def saved(settings: AppSettings) -> None:
            self.app.settings = settings
            self.said.setText(self.tr("Kept: every message to parents uses these words now."))

        self.app.run(
            lambda uow, _ctx: change_settings(uow, **changes),
            saved,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Messages to parents"))
        for index, words in enumerate(
            (
                self.tr("An absence without a letter"),
                self.tr("A parent meeting invitation"),
                self.tr("Work not back yet"),
            )
        ):
            self.which.setItemText(index, words)
        self.standard.setText(self.tr("The standard words"))
        self._show()
