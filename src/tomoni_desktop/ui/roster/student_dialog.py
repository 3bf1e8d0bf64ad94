"""Adding or editing a pupil: identity, address, phone and signal, and guardians."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import Gender, PhoneAccess, Signal
from tomoni_desktop.core.pupil_fields import BY_NAME, FIELDS_CONTEXT
from tomoni_desktop.io.cleaning import parse_date
from tomoni_desktop.services.roster.editing import (
    GuardianForm,
    StudentForm,
    classes_of_year,
    classmates,
    load_student,
    nisn_used_by,
    save_student,
)
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import error_text
from tomoni_desktop.ui.form_fields import ProblemForm
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.roster.guardian_dialog import GuardianDialog
from tomoni_desktop.ui.roster.history_view import HistoryView
from tomoni_desktop.ui.widgets import Retranslating, ask, list_view, show_text

RELIGIONS = ("Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Khonghucu")
TABS = ("identity", "address", "reach", "guardians")


def _date_text(value) -> str:
    return value.strftime("%d-%m-%Y") if value else ""  # the one date format of the screens


class StudentDialog(Retranslating, QDialog):
    def __init__(
        self, app: AppContext, student_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.student_id = student_id
        self.form_data = StudentForm(class_id=app.school.my_class_id)
        self.tabs = QTabWidget()
        self.forms: dict[str, ProblemForm] = {}
        pages = {}
        for key in TABS:
            page = QWidget()
            pages[key] = page
            self.tabs.addTab(page, "")
            if key != "guardians":
                self.forms[key] = ProblemForm(QFormLayout(page))
        identity, address, reach = (
            self.forms["identity"],
            self.forms["address"],
            self.forms["reach"],
        )
        self.full_name = identity.add("full_name", QLineEdit())
        self.nisn = identity.add("nisn", QLineEdit())
        self.nisn.setMaxLength(10)
        self.nisn_warning = QLabel()
        self.nisn_warning.setObjectName("fieldWarning")
        self.nisn_warning.setWordWrap(True)
        self.nisn_warning.hide()
        identity.layout.addRow("", self.nisn_warning)
        self.nis = identity.add("nis", QLineEdit())
        self.gender = identity.add("gender", QComboBox())
        self.gender.addItem("", None)
        for value in Gender:
            self.gender.addItem(value.value, value.value)
        self.class_id = identity.add("class_id", QComboBox())
        self.birth_place = identity.add("birth_place", QLineEdit())
        self.birth_date = identity.add("birth_date", QLineEdit())
        self.religion = identity.add("religion", QComboBox())
        self.religion.setEditable(True)
        self.religion.addItems(["", *RELIGIONS])
        self.address = address.add("address", QLineEdit())
        self.rt = address.add("rt", QLineEdit())
        self.rw = address.add("rw", QLineEdit())
        self.dusun = address.add("dusun", QLineEdit())
        self.village = address.add("village", QLineEdit())
        self.kecamatan = address.add("kecamatan", QLineEdit())
        self.phone_access = reach.add("phone_access", QComboBox())
        for access in PhoneAccess:
            self.phone_access.addItem("", access.value)
        self.buddy = reach.add("shares_phone_with_id", QComboBox())
        self.signal = reach.add("signal", QComboBox())
        for strength in Signal:
            self.signal.addItem("", strength.value)
        self.consent = reach.add("consent_recorded_on", QLineEdit())
        self.notes = reach.add("notes", QPlainTextEdit())
        self.notes.setMaximumHeight(90)

        self.guardian_model: RowTableModel[GuardianForm] = RowTableModel(
            [
                Column(lambda: self.tr("Name"), lambda g: g.name),
                Column(lambda: self.tr("Relation"), lambda g: labels.relation(g.relation)),
                Column(lambda: self.tr("Mobile"), lambda g: g.mobile),
                Column(lambda: self.tr("WhatsApp"), lambda g: g.whatsapp),
                Column(lambda: self.tr("Primary"), lambda g: "✓" if g.is_primary else ""),
            ],
            self,
        )
        self.guardian_table = list_view(
            SearchProxy(self.guardian_model, lambda g: g.name, self), single=True
        )
        self.guardian_table.setSortingEnabled(False)
        header = self.guardian_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # numbers never cut
        self.guardian_table.doubleClicked.connect(self._edit_guardian)
        self.add_guardian = QPushButton()
        self.edit_guardian = QPushButton()
        self.remove_guardian = QPushButton()
        self.guardian_problem = QLabel()
        self.guardian_problem.setObjectName("fieldProblem")
        self.guardian_problem.setWordWrap(True)
        self.guardian_problem.hide()
        buttons = QHBoxLayout()
        for button in (self.add_guardian, self.edit_guardian, self.remove_guardian):
            buttons.addWidget(button)
        buttons.addStretch(1)
        guardian_layout = QVBoxLayout(pages["guardians"])
        guardian_layout.addWidget(self.guardian_table)
        guardian_layout.addWidget(self.guardian_problem)
        guardian_layout.addLayout(buttons)
        self.add_guardian.clicked.connect(lambda: self._open_guardian(None))
        self.edit_guardian.clicked.connect(self._edit_guardian)
        self.remove_guardian.clicked.connect(self._remove_guardian)

        # The record's history, for a pupil who exists: who changed what, on which laptop.
        self.as_loaded: tuple | None = None  # what the form held when it was filled
        self.history = HistoryView(app)
        # and what happened with the pupil: absences, work back, scores, contacts, cases
        from tomoni_desktop.ui.roster.timeline_view import TimelineView

        self.timeline = TimelineView(app)
        if student_id is not None:
            self.tabs.addTab(self.history, "")
            self.history.load(student_id)
            self.tabs.addTab(self.timeline, "")
            self.timeline.load(student_id)
        self.box = QDialogButtonBox()
        # A parent's request (UU PDP): every record about the child, as PDF and JSON.
        self.everything = self.box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.everything.setVisible(student_id is not None)
        self.everything.clicked.connect(lambda: self.save_everything())
        self.purge = self.box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.purge.setVisible(student_id is not None)
        actor = app.database.actor
        self.purge.setEnabled(actor is None or actor.is_office)  # the office's to do
        self.purge.setAutoDefault(False)
        self.purge.clicked.connect(lambda: self.confirm_purge())
        self.save = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.box.accepted.connect(self.submit)
        self.box.rejected.connect(self.reject)
        self.said = QLabel()  # where a saved file went
        self.said.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.said)
        layout.addWidget(self.box)
        self.setMinimumSize(560, 520)
        # Wide enough for the history's six columns, and still inside a 1366x768 screen.
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(900, screen.width() - 80) if screen else 900, 560)
        self.save.setEnabled(False)
        self.phone_access.currentIndexChanged.connect(self._phone_access_changed)
        self.class_id.currentIndexChanged.connect(self._load_buddies)
        self.nisn.editingFinished.connect(self._check_nisn)
        self.retranslate()
        self._load()

    # loading -----------------------------------------------------------------
    def _load(self) -> None:
        year, student_id = self.app.school.school_year_id, self.student_id

        def work(uow, _ctx):
            form = load_student(uow, student_id, year) if student_id else None
            return form, classes_of_year(uow, year)

        self.app.run(work, self._fill, parent=self)

    def _fill(self, result) -> None:
        form, classes = result
        if form is not None:
            self.form_data = form
        data = self.form_data
        self.class_id.blockSignals(True)
        for class_id, name in classes:
            self.class_id.addItem(name, str(class_id))
        self.class_id.setCurrentIndex(max(self.class_id.findData(str(data.class_id)), 0))
        self.class_id.blockSignals(False)
        for line, value in (
            (self.full_name, data.full_name),
            (self.nisn, data.nisn),
            (self.nis, data.nis),
            (self.birth_place, data.birth_place),
            (self.birth_date, _date_text(data.birth_date)),
            (self.address, data.address),
            (self.rt, data.rt),
            (self.rw, data.rw),
            (self.dusun, data.dusun),
            (self.village, data.village),
            (self.kecamatan, data.kecamatan),
            (self.consent, _date_text(data.consent_recorded_on)),
        ):
            show_text(line, value)
        self.gender.setCurrentIndex(
            max(self.gender.findData(data.gender.value if data.gender else None), 0)
        )
        self.religion.setCurrentText(data.religion)
        self.phone_access.setCurrentIndex(self.phone_access.findData(data.phone_access.value))
        self.signal.setCurrentIndex(self.signal.findData(data.signal.value))
        self.notes.setPlainText(data.notes)
        self.guardian_model.set_rows(data.guardians)
        self.save.setEnabled(True)
        self._load_buddies()
        self.retranslate()
        self.as_loaded = self._typed()

    def _load_buddies(self) -> None:
        class_id = self.class_id.currentData()
        if not class_id:
            return
        year, me = self.app.school.school_year_id, self.student_id

        def work(uow, _ctx):
            return [
                (sid, name) for sid, name in classmates(uow, uuid.UUID(class_id), year) if sid != me
            ]

        self.app.run(work, self._fill_buddies, parent=self)

    def _fill_buddies(self, owners) -> None:
        wanted = (
            str(self.form_data.shares_phone_with_id)
            if self.form_data.shares_phone_with_id
            else None
        )
        self.buddy.clear()
        self.buddy.addItem(self.tr("(someone outside the class)"), None)
        for student_id, name in owners:
            self.buddy.addItem(name, str(student_id))
        self.buddy.setCurrentIndex(max(self.buddy.findData(wanted), 0))
        self._phone_access_changed()

    def _phone_access_changed(self) -> None:
        self.buddy.setEnabled(self.phone_access.currentData() == PhoneAccess.SHARED.value)

    def _check_nisn(self) -> None:
        nisn, school, me = self.nisn.text().strip(), self.app.school.school_id, self.student_id
        self.app.run(lambda uow, _ctx: nisn_used_by(uow, school, nisn, me), self._show_nisn_warning)

    def _show_nisn_warning(self, other: str | None) -> None:
        self.nisn_warning.setVisible(bool(other))
        if other:
            self.nisn_warning.setText(
                self.tr(
                    "This NISN is already used by {name}. Check that it is not the same pupil."
                ).format(name=other)
            )

    # guardians -----------------------------------------------------------------
    def _selected_guardian(self) -> int | None:
        rows = self.guardian_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _open_guardian(self, index: int | None) -> None:
        guardians = list(self.guardian_model.rows)
        current = guardians[index] if index is not None else GuardianForm(is_primary=not guardians)
        dialog = GuardianDialog(current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edited = dialog.guardian
        if index is None:
            guardians.append(edited)
        else:
            guardians[index] = edited
        if edited.is_primary:
            guardians = [replace(g, is_primary=g is edited) for g in guardians]
        self.guardian_model.set_rows(guardians)

    def _edit_guardian(self, *_args) -> None:
        index = self._selected_guardian()
        if index is not None:
            self._open_guardian(index)

    def _remove_guardian(self) -> None:
        index = self._selected_guardian()
        if index is not None:
            guardians = list(self.guardian_model.rows)
            del guardians[index]
            self.guardian_model.set_rows(guardians)

    # saving --------------------------------------------------------------------
    def _typed(self) -> tuple:
        """Everything the teacher can change, as typed (no parsing: a half-typed date counts)."""
        lines = (
            self.full_name,
            self.nisn,
            self.nis,
            self.birth_place,
            self.birth_date,
            self.address,
            self.rt,
            self.rw,
            self.dusun,
            self.village,
            self.kecamatan,
            self.consent,
        )
        combos = (self.gender, self.class_id, self.phone_access, self.buddy, self.signal)
        return (
            tuple(line.text() for line in lines),
            tuple(combo.currentData() for combo in combos),
            self.religion.currentText(),
            self.notes.toPlainText(),
            tuple(self.guardian_model.rows),
        )

    def reject(self) -> None:
        """Cancel, Escape or the window's close: changes are not dropped without asking."""
        if self.as_loaded is None or self._typed() == self.as_loaded:
            super().reject()
            return
        self.discard_question = ask(
            self,
            self.tr("Close without saving? What you typed for this pupil will be lost."),
            self.tr("Close without saving"),
            self.tr("Keep editing"),
            lambda: QDialog.reject(self),
        )

    def collect(self) -> StudentForm:
        """The form as typed; dates are read here so a bad one is named like any field."""
        return replace(
            self.form_data,
            full_name=self.full_name.text(),
            nisn=self.nisn.text(),
            nis=self.nis.text(),
            gender=Gender(self.gender.currentData()) if self.gender.currentData() else None,
            class_id=uuid.UUID(self.class_id.currentData())
            if self.class_id.currentData()
            else None,
            birth_place=self.birth_place.text(),
            birth_date=parse_date(self.birth_date.text(), "birth_date"),
            religion=self.religion.currentText(),
            address=self.address.text(),
            rt=self.rt.text(),
            rw=self.rw.text(),
            dusun=self.dusun.text(),
            village=self.village.text(),
            kecamatan=self.kecamatan.text(),
            phone_access=PhoneAccess(self.phone_access.currentData()),
            shares_phone_with_id=uuid.UUID(self.buddy.currentData())
            if self.buddy.currentData()
            else None,
            signal=Signal(self.signal.currentData()),
            consent_recorded_on=parse_date(self.consent.text(), "consent_recorded_on"),
            notes=self.notes.toPlainText(),
            guardians=list(self.guardian_model.rows),
        )

    def show_problem(self, error: ValidationError) -> None:
        self.guardian_problem.hide()
        field = error.field or ""
        if field.startswith("guardians."):
            number = int(field.split(".")[1]) + 1
            self.guardian_problem.setText(
                self.tr("Parent or guardian {number}: {message}").format(
                    number=number, message=error_text(error)
                )
            )
            self.guardian_problem.show()
            self.tabs.setCurrentIndex(TABS.index("guardians"))
            return
        for key, form in self.forms.items():
            if form.show(error):
                self.tabs.setCurrentIndex(TABS.index(key))
                for other_key, other in self.forms.items():
                    if other_key != key:
                        other.clear()
                return
        from tomoni_desktop.ui.errors import show_error

        show_error(self, error)

    def submit(self) -> None:
        try:
            form = self.collect()
        except ValidationError as error:
            self.show_problem(error)
            return
        year = self.app.school.school_year_id
        self.save.setEnabled(False)

        def saved(student_id: uuid.UUID) -> None:
            self.student_id = student_id
            self.accept()

        def failed(error: BaseException) -> None:
            self.save.setEnabled(True)
            if isinstance(error, ValidationError):
                self.show_problem(error)
            else:
                from tomoni_desktop.ui.errors import show_error

                show_error(self, error)

        self.app.run(
            lambda uow, _ctx: save_student(uow, form, year),
            saved,
            parent=self,
            on_failure=failed,
        )

    def save_everything(self, path=None) -> None:
        """Everything the school holds about this pupil, for a parent who asks."""
        from datetime import date

        from tomoni_desktop.services.roster.everything import write_everything
        from tomoni_desktop.ui.printing import ask_pdf_path, print_pdf

        student_id = self.student_id
        if student_id is None:
            return
        path = path or ask_pdf_path(self, "data-siswa.pdf")
        if path is None:
            return
        today = date.today()
        print_pdf(
            self,
            self.app,
            lambda uow: write_everything(uow, student_id, path, today),
            path,
            self.said,
            None,  # the service notes what it wrote
        )

    def confirm_purge(self):
        """A lawful request: the pupil's personal data deleted on every computer."""
        from datetime import date

        from tomoni_desktop.services.roster.purge import purge_pupils
        from tomoni_desktop.ui.errors import show_error
        from tomoni_desktop.ui.widgets import ask

        student_id = self.student_id
        if student_id is None:
            return None

        def purge() -> None:
            self.app.run(
                lambda uow, _ctx: purge_pupils(uow, [student_id], date.today()),
                lambda _count: self.accept(),
                parent=self,
                on_failure=lambda error: show_error(self, error),
            )

        return ask(
            self,
            self.tr(
                "Delete this pupil's personal data on every computer of the school? The name, "
                "NISN, address, the guardians' names and numbers and every note about the "
                "pupil are blanked; the grades and attendance stay as figures without a name. "
                "This cannot be undone (the backups made before still hold the data until "
                "they are replaced)."
            ),
            self.tr("Delete the personal data"),
            self.tr("Keep"),
            purge,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit pupil") if self.student_id else self.tr("New pupil"))
        self.everything.setText(self.tr("Everything about this pupil…"))
        self.purge.setText(self.tr("Delete personal data…"))
        for index, title in enumerate(
            (
                self.tr("Identity"),
                self.tr("Address"),
                self.tr("Phone and signal"),
                self.tr("Parents and guardians"),
                self.tr("History"),
                self.tr("Timeline"),
            )
        ):
            if index < self.tabs.count():
                self.tabs.setTabText(index, title)
        for form in self.forms.values():  # the pupil's fields are named in core/pupil_fields.py
            form.set_captions(
                {
                    name: QCoreApplication.translate(FIELDS_CONTEXT, field.label)
                    for name, field in BY_NAME.items()
                    if name in form.captions
                }
            )
        self.forms["identity"].set_captions({"class_id": self.tr("Class")})
        # The form a date takes, not a date: a sample date looked like a value already filled.
        for field in (self.birth_date, self.consent):
            field.setPlaceholderText(self.tr("dd-mm-yyyy"))
        for index in range(self.phone_access.count()):
            access = PhoneAccess(self.phone_access.itemData(index))
            self.phone_access.setItemText(index, labels.phone_access(access))
        for index in range(self.signal.count()):
            strength = Signal(self.signal.itemData(index))
            self.signal.setItemText(index, labels.signal(strength))
        self.add_guardian.setText(self.tr("Add…"))
        self.edit_guardian.setText(self.tr("Edit…"))
        self.remove_guardian.setText(self.tr("Remove"))
        self.save.setText(self.tr("Save"))
        self.cancel.setText(self.tr("Cancel"))
        self.guardian_model.retranslate()
