"""Dialogs about people: setting up sign-in, adding a person, a new PIN, the recovery code."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import ProfileRole
from tomoni_desktop.services.school import profiles
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.people.sign_in import pin_field
from tomoni_desktop.ui.widgets import FormDialog, Retranslating, name_form_rows


class SetUpSignInDialog(FormDialog):
    """The first person (the office) and their PIN; then the recovery code, shown once."""

    set_up = Signal(object)  # profiles.SignInSetUp

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.name = QLineEdit()
        self.pin, self.again = pin_field(), pin_field()
        for field in (self.name, self.pin, self.again):
            self.form.addRow(QLabel(), field)
        self.retranslate()

    def save(self) -> None:
        name, pin, again = self.name.text(), self.pin.text(), self.again.text()

        def finished(done: profiles.SignInSetUp) -> None:
            self.accept()
            self.set_up.emit(done)

        database = self.app.database

        def work(units, _ctx):
            done = profiles.set_up_sign_in_here(units, name, pin, again)
            database.actor = done.actor  # the one who set it up is signed in
            return done

        self.app.run_flow(work, finished, parent=self, on_failure=self.failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up sign-in"))
        self.explain.setText(
            self.tr(
                "From now on everyone who uses this computer signs in with a PIN, and the "
                "school's keys are kept locked. You are the first person: the office, who adds "
                "the teachers and resets a forgotten PIN. A PIN is 6 to 12 digits."
            )
        )
        name_form_rows(self.form, (self.tr("Your name"), self.tr("PIN"), self.tr("PIN again")))


class RecoveryCodeDialog(Retranslating, QDialog):
    """The recovery code, shown once: it cannot be closed until it is written down."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.code = QLabel(code)
        self.code.setObjectName("codeField")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written = QCheckBox()
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Printed straight to paper: the code is never written to a file on the laptop.
        self.print_button = self.box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_code)
        self.close_button = self.box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.written.toggled.connect(self.close_button.setEnabled)
        self.box.rejected.connect(self._close_if_written)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.code)
        layout.addWidget(self.written)
        layout.addWidget(self.box)
        self.resize(560, 240)
        self.retranslate()

    def sheet(self):
        """The page to keep in the school's safe: the code, large, and what it is for."""
        from html import escape

        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(
            "<h2>"
            + escape(self.tr("Tomoni Desktop: recovery code"))
            + "</h2><p>"
            + escape(self.explain.text())
            + "</p><p style='font-size:28pt; font-family:monospace'><b>"
            + escape(self.code.text())
            + "</b></p><p>"
            + escape(self.tr("Made on {day}. Keep this sheet locked away at the school.")).replace(
                "{day}", QDate.currentDate().toString("dd-MM-yyyy")
            )
            + "</p>"
        )
        return document

    def print_code(self, printer=None) -> None:
        from tomoni_desktop.ui.printing import ask_printer

        if printer is None:
            printer = ask_printer(self)
            if printer is None:
                return
        self.sheet().print_(printer)
        self.written.setChecked(True)

    def _close_if_written(self) -> None:
        if self.written.isChecked():
            self.accept()

    def reject(self) -> None:  # Escape does not lose the code either
        self._close_if_written()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery code"))
        self.explain.setText(
            self.tr(
                "If every office PIN is forgotten, this code lets the office set a new one. "
                "Write it on paper now and keep it locked away at the school: it is shown only "
                "this once and is not kept on the computer."
            )
        )
        self.written.setText(self.tr("I have written the code down"))
        self.print_button.setText(self.tr("Print…"))


class AddPersonDialog(FormDialog):
    def __init__(self, app: AppContext, teachers, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ProfileRole:
            self.role.addItem("", role)
        self.teacher = QComboBox()
        self.teacher.addItem("", None)
        for teacher_id, name in teachers:
            self.teacher.addItem(name, teacher_id)
        self.pin, self.again = pin_field(), pin_field()
        for field in (self.name, self.role, self.teacher, self.pin, self.again):
            self.form.addRow(QLabel(), field)
        self.teacher.currentIndexChanged.connect(self._name_from_teacher)
        self.retranslate()

    def _name_from_teacher(self) -> None:
        if not self.name.text().strip() and self.teacher.currentData() is not None:
            self.name.setText(self.teacher.currentText())

    def save(self) -> None:
        name, role = self.name.text(), self.role.currentData()
        teacher: uuid.UUID | None = self.teacher.currentData()
        pin, again = self.pin.text(), self.again.text()
        self.app.run(
            lambda uow, _ctx: profiles.add_profile(uow, name, role, teacher, pin, again),
            lambda _row: self.accept(),
            parent=self,
            on_failure=self.failed,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a person"))
        self.explain.setText(
            self.tr(
                "A teacher's classes and subjects come from the teacher chosen here: the "
                "homeroom teacher changes her classes in full, a subject teacher the scores "
                "and worksheets of what she teaches. Give the person their PIN in private."
            )
        )
        for index in range(self.role.count()):
            self.role.setItemText(index, labels.profile_role(self.role.itemData(index)))
        self.teacher.setItemText(0, self.tr("(not a teacher)"))
        name_form_rows(
            self.form,
            (
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Teacher"),
                self.tr("PIN"),
                self.tr("PIN again"),
            ),
        )


class NewPinDialog(FormDialog):
    """A new PIN: the office's reset of someone's (profile given), or one's own."""

    def __init__(
        self, app: AppContext, person: profiles.ProfileRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, parent)
        self.person = person
        self.pin, self.again = pin_field(), pin_field()
        self.form.addRow(QLabel(), self.pin)
        self.form.addRow(QLabel(), self.again)
        self.resize(480, 200)
        self.retranslate()

    def save(self) -> None:
        pin, again, person = self.pin.text(), self.again.text(), self.person

        def work(uow, _ctx) -> None:
            if person is None:
                profiles.change_own_pin(uow, pin, again)
            else:
                profiles.reset_pin(uow, person.id, pin, again)

        self.app.run(work, lambda _none: self.accept(), parent=self, on_failure=self.failed)

    def retranslate(self) -> None:
        if self.person is None:
            self.setWindowTitle(self.tr("Change my PIN"))
            self.explain.setText(self.tr("Type your new PIN twice."))
        else:
            self.setWindowTitle(self.tr("New PIN for {name}").format(name=self.person.name))
            self.explain.setText(
                self.tr(
                    "Type a new PIN for {name} twice, and give it to them in private. Any wait "
                    "after wrong PINs ends."
                ).format(name=self.person.name)
            )
        name_form_rows(self.form, (self.tr("New PIN"), self.tr("Again")))


class RecoveryDialog(FormDialog):
    """A forgotten office PIN: the recovery code and a new PIN; signs the office in (through
    the sign-in panel's door: the database may not be open yet)."""

    recovered = Signal(object)  # the actor

    def __init__(
        self, runner, door, people: list[profiles.ProfileRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(None, parent)
        self.runner, self.door = runner, door
        self.person = QComboBox()
        for person in people:
            if person.role == ProfileRole.OFFICE:
                self.person.addItem(person.name, person.id)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        self.pin, self.again = pin_field(), pin_field()
        for field in (self.person, self.code, self.pin, self.again):
            self.form.addRow(QLabel(), field)
        self.retranslate()

    def save(self) -> None:
        profile_id = self.person.currentData() or ""
        code, pin, again = self.code.text(), self.pin.text(), self.again.text()
        door = self.door

        def finished(actor) -> None:
            self.accept()
            self.recovered.emit(actor)

        self.runner.run(
            lambda _ctx: door.recover(profile_id, code, pin, again), finished, self.failed
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Forgot your PIN?"))
        self.explain.setText(
            self.tr(
                "A teacher who forgot her PIN asks the office for a new one. If the office "
                "forgot its own PIN, type the recovery code written down when sign-in was set "
                "up, and a new PIN."
            )
        )
        name_form_rows(
            self.form,
            (self.tr("Office"), self.tr("Recovery code"), self.tr("New PIN"), self.tr("Again")),
        )
