"""Joining a school's sync: the school passphrase, and a new laptop's first start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.sync.keys import MIN_PASSPHRASE
from tomoni_desktop.ui.widgets import Retranslating


class PassphraseDialog(Retranslating, QDialog):
    """Asks for the school passphrase (twice when it is being set). Never shown or kept."""

    def __init__(self, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm = confirm
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.first_label, self.second_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.first_label, self.first)
        if confirm:
            self.form.addRow(self.second_label, self.second)
        else:
            self.second.hide()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._check()

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        text = self.first.text()
        problem = ""
        if self.confirm and len(text.strip()) < MIN_PASSPHRASE:
            problem = self.tr("At least {least} characters.").format(least=MIN_PASSPHRASE)
        elif self.confirm and self.second.text() != text:
            problem = self.tr("The two are not the same yet.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(text) and not problem
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("School passphrase"))
        self.explanation.setText(
            self.tr(
                "Choose the school passphrase: a short sentence the office and the homeroom "
                "teachers know. It opens join files; it is never stored or shown."
            )
            if self.confirm
            else self.tr("Type the school passphrase.")
        )
        self.first_label.setText(self.tr("Passphrase"))
        self.second_label.setText(self.tr("Again"))
        self._check()


class JoinSchoolDialog(Retranslating, QDialog):
    """A new laptop's first start: join the school with the office's join file and passphrase,
    and take the school's data from the office's bundle on the same stick."""

    def __init__(self, runner, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.database = database
        self.result_context = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.join_file = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.bundle = QLineEdit()
        self.choose_join = QPushButton()
        self.choose_bundle = QPushButton()
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field, button in (
            (self.labels[0], self.join_file, self.choose_join),
            (self.labels[1], self.passphrase, None),
            (self.labels[2], self.bundle, self.choose_bundle),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            if button is not None:
                row.addWidget(button)
            form.addRow(label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.choose_join.clicked.connect(
            lambda: self._choose(self.join_file, self.tr("Join file (*.tomoni-join)"))
        )
        self.choose_bundle.clicked.connect(
            lambda: self._choose(self.bundle, self.tr("Sync bundle (*.tomoni)"))
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        self.retranslate()

    def _choose(self, field: QLineEdit, kinds: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "", field.text(), kinds)
        if path:
            field.setText(path)

    def submit(self) -> None:
        from pathlib import Path

        from tomoni_desktop.core.unit_of_work import run_flow
        from tomoni_desktop.services import sync
        from tomoni_desktop.ui.errors import error_text

        join_file, bundle = Path(self.join_file.text()), Path(self.bundle.text())
        passphrase, database = self.passphrase.text(), self.database
        self.buttons.setEnabled(False)

        def work(ctx):
            def join(units):
                return sync.join_with_first_bundle(
                    units, join_file, passphrase, bundle, progress=lambda d, t: ctx.progress(d, t)
                )

            return run_flow(database, join).result

        def done(context) -> None:
            self.buttons.setEnabled(True)
            self.result_context = context
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.problem.setText(error_text(error))

        self.runner.run(work, done, failed, label=self.tr("Joining the school…"), parent=self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join a school"))
        self.explanation.setText(
            self.tr(
                "The office gives you a join file and a bundle of the school's data on a stick, "
                "and tells you the school passphrase."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Join file"), self.tr("School passphrase"), self.tr("Bundle from the office")),
            strict=True,
        ):
            label.setText(text)
        self.choose_join.setText(self.tr("Choose…"))
        self.choose_bundle.setText(self.tr("Choose…"))
