"""The sign-in screen: who is using this computer, and their PIN. The same panel opens the
app and unlocks it after it locked itself."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.services.school.profiles import MAX_PIN, ProfileRow, SignedIn
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.errors import error_text
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.operations import OperationRunner
from tomoni_desktop.ui.widgets import Retranslating, list_view


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PIN)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), field))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class SignInPanel(Retranslating, QWidget):
    """Choose your name, type your PIN. `signed_in` carries the actor once the PIN is right:
    the database already acts as that person, or (in front of an encrypted file) its key is
    known and it can open. The door (services/school/signing.py) does the checking, on the
    database worker."""

    signed_in = Signal(object)

    def __init__(self, runner: OperationRunner, door, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.door = door
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.model: RowTableModel[ProfileRow] = RowTableModel(
            [
                Column(lambda: self.tr("Name"), lambda p: p.name),
                Column(lambda: self.tr("Role"), lambda p: labels.profile_role(p.role)),
            ],
            self,
        )
        self.proxy = SearchProxy(self.model, lambda p: p.name, self)
        self.people = list_view(self.proxy, single=True)
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.people.setWordWrap(False)
        self.pin = pin_field()
        self.pin_label = QLabel()
        self.go = QPushButton()
        self.go.setDefault(True)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("notice")
        self.hint.hide()
        self.forgot = QPushButton()
        self.forgot.setFlat(True)
        self.forgot.setObjectName("nextStep")

        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.explain)
        inner.addWidget(self.people)
        row = QHBoxLayout()
        row.addWidget(self.pin_label)
        row.addWidget(self.pin, 1)
        row.addWidget(self.go)
        inner.addLayout(row)
        inner.addWidget(self.problem)
        inner.addWidget(self.hint)
        inner.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(box, 2)
        across.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(across)
        outer.addStretch(2)

        self.go.clicked.connect(self.try_pin)
        self.pin.returnPressed.connect(self.try_pin)
        self.forgot.clicked.connect(self.open_recovery)
        self.people.selectionModel().selectionChanged.connect(self._chosen)
        self.demo_pin: str | None = None
        self.retranslate()
        self.read_hint()

    def read_hint(self) -> None:
        door = self.door
        self.runner.run(lambda _ctx: door.hint(), self._show_hint)

    def _show_hint(self, demo_pin: str | None) -> None:
        self.demo_pin = demo_pin
        self.hint.setVisible(demo_pin is not None)
        self.retranslate()

    def set_people(self, people: list[ProfileRow], current: str | None = None) -> None:
        self.model.set_rows(people)
        rows = min(max(len(people), 3), 10)  # the list as tall as the people, up to ten
        self.people.setFixedHeight(
            self.people.horizontalHeader().sizeHint().height()
            + rows * self.people.verticalHeader().defaultSectionSize()
            + 2 * self.people.frameWidth()
        )
        wanted = next((i for i, p in enumerate(self.model.rows) if p.id == current), 0)
        index = self.proxy.mapFromSource(self.model.index(wanted, 0))
        self.people.selectRow(index.row())
        self.pin.clear()
        self.problem.clear()
        self.pin.setFocus()

    def chosen(self) -> ProfileRow | None:
        rows = self.people.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def _chosen(self) -> None:
        self.pin.clear()
        self.problem.clear()
        self.pin.setFocus()

    def try_pin(self) -> None:
        person = self.chosen()
        if person is None:
            self.problem.setText(self.tr("Choose your name first."))
            return
        pin = self.pin.text()
        self.pin.clear()
        door = self.door
        self.go.setEnabled(False)
        self.runner.run(lambda _ctx: door.check(person.id, pin), self._answer, self._failed)

    def _answer(self, signed: SignedIn) -> None:
        self.go.setEnabled(True)
        if signed.actor is not None:
            self.problem.clear()
            self.signed_in.emit(signed.actor)
        elif signed.blocked_until is not None:
            wait = signed.blocked_until - datetime.now(UTC)
            self.problem.setText(
                self.tr(
                    "Too many wrong PINs. Try again in %n seconds.",
                    "",
                    max(1, math.ceil(wait.total_seconds())),
                )
            )
        else:
            self.problem.setText(
                self.tr(
                    "That PIN is not right. %n more tries before a wait.", "", signed.tries_left
                )
            )

    def _failed(self, error: BaseException) -> None:
        self.go.setEnabled(True)
        self.problem.setText(error_text(error))

    def open_recovery(self):
        from tomoni_desktop.ui.people.dialogs import RecoveryDialog

        dialog = RecoveryDialog(self.runner, self.door, list(self.model.rows), self)
        dialog.recovered.connect(self.signed_in.emit)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is using this computer?"))
        self.explain.setText(
            self.tr(
                "Choose your name and type your PIN. What you can see and change follows your "
                "role; every change you make carries your name."
            )
        )
        self.pin_label.setText(self.tr("PIN"))
        self.go.setText(self.tr("Sign in"))
        self.forgot.setText(self.tr("Forgot your PIN?"))
        if self.demo_pin is not None:
            self.hint.setText(
                self.tr("The demo school: everyone's PIN is {pin}.").format(pin=self.demo_pin)
            )
        self.model.retranslate()
