"""What follows absences: the parents to call about an A without a letter, and the open steps
of the counsellor's cases, each with its owner and due date. A contact is logged, a step
done with its outcome, a case closed with its result."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import ContactKind, ContactOutcome
from tomoni_desktop.services.attendance.follow_up import (
    CallDue,
    Case,
    CaseContact,
    CaseStep,
    FollowUpQueue,
    StepDue,
    semester_queue,
)
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import EveryClassBox, Retranslating, list_view, name_form_rows


class FollowUpView(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.class_ids: list[uuid.UUID] = []  # the class chosen on the page
        self.every_class = EveryClassBox()
        self.queue: FollowUpQueue | None = None
        self.calls_title, self.steps_title = QLabel(), QLabel()
        for title in (self.calls_title, self.steps_title):
            title.setObjectName("sectionTitle")
        self.calls: RowTableModel[CallDue] = RowTableModel(
            [
                Column(lambda: self.tr("Pupil"), lambda c: c.pupil),
                Column(lambda: self.tr("Class"), lambda c: c.class_name),
                Column(lambda: self.tr("Absent on"), lambda c: format_date(c.day), lambda c: c.day),
                Column(
                    lambda: self.tr("When"),
                    lambda c: self.tr("overdue") if c.overdue else self.tr("today"),
                ),
            ],
            self,
        )
        self.calls_view = list_view(SearchProxy(self.calls, lambda c: c.pupil, self), 2)
        self.calls_view.horizontalHeader().setStretchLastSection(True)
        self.log_call = QPushButton()
        self.whatsapp = QPushButton()
        self.call_letter = QPushButton()
        self.steps: RowTableModel[StepDue] = RowTableModel(
            [
                Column(lambda: self.tr("Due"), lambda s: format_date(s.due_on), lambda s: s.due_on),
                Column(lambda: self.tr("Pupil"), lambda s: s.pupil),
                Column(lambda: self.tr("Class"), lambda s: s.class_name),
                Column(lambda: self.tr("Step"), lambda s: labels.case_step(s.kind)),
                Column(lambda: self.tr("Who"), lambda s: labels.staff_role(s.owner)),
                Column(
                    lambda: self.tr("Why"), lambda s: labels.case_reason(s.reason, s.absent_days)
                ),
            ],
            self,
        )
        self.steps_view = list_view(SearchProxy(self.steps, lambda s: s.pupil, self), 0)
        self.steps_view.horizontalHeader().setStretchLastSection(True)
        self.step_done = QPushButton()
        self.step_letter = QPushButton()
        self.whole_case = QPushButton()
        self.close_case = QPushButton()
        upper, lower = QWidget(), QWidget()
        upper_layout, lower_layout = QVBoxLayout(upper), QVBoxLayout(lower)
        for layout_ in (upper_layout, lower_layout):
            layout_.setContentsMargins(0, 0, 0, 0)
        calls_row = QHBoxLayout()
        calls_row.addWidget(self.calls_title, 1)
        calls_row.addWidget(self.every_class)
        calls_row.addWidget(self.whatsapp)
        calls_row.addWidget(self.call_letter)
        calls_row.addWidget(self.log_call)
        upper_layout.addLayout(calls_row)
        upper_layout.addWidget(self.calls_view, 1)
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps_title, 1)
        steps_row.addWidget(self.step_done)
        steps_row.addWidget(self.step_letter)
        steps_row.addWidget(self.whole_case)
        steps_row.addWidget(self.close_case)
        lower_layout.addLayout(steps_row)
        lower_layout.addWidget(self.steps_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self.every_class.toggled.connect(lambda _on: self.refresh())
        self.log_call.clicked.connect(self.open_contact)
        self.whatsapp.clicked.connect(self.open_whatsapp)
        self.calls_view.doubleClicked.connect(lambda _i: self.open_contact())
        self.call_letter.clicked.connect(self.open_absence_letter)
        self.step_letter.clicked.connect(self.open_summons_letter)
        self.whole_case.clicked.connect(self.open_case)
        self.step_done.clicked.connect(self.open_step)
        self.steps_view.doubleClicked.connect(lambda _i: self.open_step())
        self.close_case.clicked.connect(self.open_close)
        self.retranslate()

    def show_classes(
        self, class_ids: list[uuid.UUID], every_class_ids: list[uuid.UUID] | None = None
    ) -> None:
        self.class_ids = class_ids
        self.every_class.know(every_class_ids)
        self.refresh()

    def refresh(self) -> None:
        """Cases absences brought by sync call for are opened first; then the queue."""
        class_ids, today = self.every_class.chosen(self.class_ids), date.today()
        semester = self.app.school.semester_id

        self.app.run(
            lambda uow, _ctx: semester_queue(uow, class_ids, semester, today),
            self._show,
            parent=self,
        )

    def _show(self, queue: FollowUpQueue) -> None:
        self.queue = queue
        self.calls.set_rows(queue.calls)
        self.steps.set_rows(queue.steps)
        self.calls_view.resizeColumnsToContents()
        self.steps_view.resizeColumnsToContents()
        self._titles()

    def _titles(self) -> None:
        queue = self.queue
        calls = len(queue.calls) if queue else 0
        steps = len(queue.steps) if queue else 0
        cases = queue.open_cases if queue else 0
        self.calls_title.setText(
            self.tr("Parents to contact about an absence without a letter: {count}").format(
                count=calls
            )
        )
        self.steps_title.setText(
            self.tr("Open cases: {cases} · steps to do: {steps}").format(cases=cases, steps=steps)
        )

    # actions -------------------------------------------------------------------------------
    def chosen_call(self) -> CallDue | None:
        proxy = self.calls_view.model()
        assert isinstance(proxy, SearchProxy)
        return proxy.selected_row(self.calls_view)

    def chosen_step(self) -> StepDue | None:
        proxy = self.steps_view.model()
        assert isinstance(proxy, SearchProxy)
        return proxy.selected_row(self.steps_view)

    def open_contact(self) -> QDialog | None:
        call = self.chosen_call()
        if call is None:
            return None
        dialog = ContactDialog(self.app, call.student_id, call.pupil, "absence", self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_whatsapp(self) -> QDialog | None:
        from tomoni_desktop.ui.attendance.whatsapp_dialog import WhatsAppDialog

        call = self.chosen_call()
        if call is None:
            return None
        from tomoni_desktop.services.attendance.whatsapp import absence_message

        student_id, day = call.student_id, call.day
        dialog = WhatsAppDialog(
            self.app,
            student_id,
            call.pupil,
            lambda uow: absence_message(uow, student_id, day),
            "absence",
            self,
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_absence_letter(self) -> QDialog | None:
        """A letter for a family without a phone (or one that did not answer)."""
        from tomoni_desktop.core.models import LetterKind

        call = self.chosen_call()
        if call is None:
            return None
        return self._open_letter(
            LetterKind.ABSENCE, call.class_id, call.student_id, call.pupil, call.day
        )

    def open_summons_letter(self) -> QDialog | None:
        """The letter summoning the parents, for a case (the day they are asked to come)."""
        from tomoni_desktop.core.models import LetterKind

        step = self.chosen_step()
        if step is None:
            return None
        return self._open_letter(
            LetterKind.SUMMONS,
            step.class_id,
            step.student_id,
            step.pupil,
            max(step.due_on, date.today()),
            step.case_id,
        )

    def _open_letter(self, kind, class_id, student_id, pupil, about_on, case_id=None) -> QDialog:
        from tomoni_desktop.ui.attendance.letter_dialog import LetterDialog

        dialog = LetterDialog(
            self.app,
            class_id,
            [(student_id, pupil)],
            kind=kind,
            chosen=[student_id],
            about_on=about_on,
            case_id=case_id,
            parent=self,
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_case(self) -> QDialog | None:
        """The chosen step's case whole: every step, outcome and note, and its contacts."""
        step = self.chosen_step()
        if step is None:
            return None
        dialog = CaseDialog(self.app, step.case_id, self)
        dialog.open()
        return dialog

    def open_step(self) -> QDialog | None:
        step = self.chosen_step()
        if step is None:
            return None
        dialog = StepDialog(self.app, step, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_close(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from tomoni_desktop.services.attendance.follow_up import close_case

        step = self.chosen_step()
        if step is None:
            return
        result, ok = QInputDialog.getText(
            self,
            self.tr("Close the case"),
            self.tr("How did the case of {pupil} end?").format(pupil=step.pupil),
        )
        if not ok:
            return
        self.app.run(
            lambda uow, _ctx: close_case(uow, step.case_id, date.today(), result),
            lambda _none: self.refresh(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.log_call.setText(self.tr("Log a contact…"))
        self.whatsapp.setText(self.tr("WhatsApp…"))
        self.step_done.setText(self.tr("Step done…"))
        self.call_letter.setText(self.tr("Letter…"))
        self.step_letter.setText(self.tr("Summons letter…"))
        self.whole_case.setText(self.tr("The whole case…"))
        self.close_case.setText(self.tr("Close the case…"))
        self.calls.retranslate()
        self.steps.retranslate()
        self._titles()


class ContactDialog(Retranslating, QDialog):
    """A call, message, visit, letter or meeting with the pupil's parents, and its outcome."""

    def __init__(
        self,
        app: AppContext,
        student_id: uuid.UUID,
        pupil: str,
        about: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app, self.student_id, self.pupil, self.about = app, student_id, pupil, about
        self.kind, self.outcome = QComboBox(), QComboBox()
        for kind in ContactKind:
            self.kind.addItem("", kind)
        for outcome in ContactOutcome:
            self.outcome.addItem("", outcome)
        self.day = date_edit()
        self.day.setMaximumDate(QDate.currentDate())
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.form = QFormLayout()
        self.form.addRow("", self.kind)
        self.form.addRow("", self.outcome)
        self.form.addRow("", self.day)
        self.form.addRow("", self.note)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.box)
        self.retranslate()

    def save(self) -> None:
        from tomoni_desktop.services.attendance.contacts import log_contact

        kind, outcome = self.kind.currentData(), self.outcome.currentData()
        day, note, student_id, about = (
            to_date(self.day.date()),
            self.note.text(),
            self.student_id,
            self.about,
        )
        teacher = self.app.settings.my_teacher_id or None
        self.app.run(
            lambda uow, _ctx: log_contact(
                uow,
                student_id,
                kind,
                outcome,
                day,
                date.today(),
                about=about,
                note=note,
                by_id=uuid.UUID(teacher) if teacher else None,
            ),
            lambda _id: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contact with the parents of {pupil}").format(pupil=self.pupil))
        for number in range(self.kind.count()):
            self.kind.setItemText(number, labels.contact_kind(self.kind.itemData(number)))
        for number in range(self.outcome.count()):
            self.outcome.setItemText(number, labels.contact_outcome(self.outcome.itemData(number)))
        name_form_rows(
            self.form,
            (self.tr("How"), self.tr("Outcome"), self.tr("Day"), self.tr("Note")),
        )


class StepDialog(Retranslating, QDialog):
    """A case's step done: what came of it, and the counsellor's confidential note."""

    def __init__(self, app: AppContext, step: StepDue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.step = app, step
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.outcome = QLineEdit()
        self.outcome.setMaxLength(500)
        self.confidential = QPlainTextEdit()
        self.confidential.setFixedHeight(90)
        self.form = QFormLayout()
        self.form.addRow("", self.outcome)
        self.form.addRow("", self.confidential)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.box)
        self.resize(560, 260)
        self.retranslate()

    def save(self) -> None:
        from tomoni_desktop.services.attendance.follow_up import complete_step

        step_id, outcome = self.step.step_id, self.outcome.text()
        note = self.confidential.toPlainText()
        self.app.run(
            lambda uow, _ctx: complete_step(uow, step_id, date.today(), outcome, note),
            lambda _none: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        step = self.step
        self.setWindowTitle(self.tr("Step done"))
        self.heading.setText(
            f"{step.pupil} · {labels.case_step(step.kind)} · {labels.staff_role(step.owner)}"
        )
        name_form_rows(
            self.form,
            (self.tr("What came of it"), self.tr("Counsellor's note (confidential)")),
        )


class CaseDialog(Retranslating, QDialog):
    """A case whole, to read: why it opened, each step with its owner, due date, outcome and
    the counsellor's note (marked confidential), and the contacts logged for it."""

    def __init__(self, app: AppContext, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.case: Case | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("sectionTitle")
        self.steps: RowTableModel[CaseStep] = RowTableModel(
            [
                Column(lambda: self.tr("Step"), lambda s: labels.case_step(s.kind)),
                Column(lambda: self.tr("Who"), lambda s: labels.staff_role(s.owner)),
                Column(lambda: self.tr("Due"), lambda s: format_date(s.due_on), lambda s: s.due_on),
                Column(
                    lambda: self.tr("Done"),
                    lambda s: format_date(s.done_on) if s.done_on else "",
                    lambda s: s.done_on or date.max,
                ),
                Column(lambda: self.tr("What came of it"), lambda s: s.outcome),
                Column(
                    lambda: self.tr("Counsellor's note (confidential)"),
                    lambda s: s.confidential_note,
                ),
            ],
            self,
        )
        self.steps_view = list_view(SearchProxy(self.steps, lambda s: s.outcome, self), 2)
        self.steps_view.horizontalHeader().setStretchLastSection(True)
        self.contacts_title = QLabel()
        self.contacts: RowTableModel[CaseContact] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Day"),
                    lambda c: format_date(c.contacted_on),
                    lambda c: c.contacted_on,
                ),
                Column(lambda: self.tr("How"), lambda c: labels.contact_kind(c.kind)),
                Column(lambda: self.tr("Outcome"), lambda c: labels.contact_outcome(c.outcome)),
                Column(lambda: self.tr("Note"), lambda c: c.note),
            ],
            self,
        )
        self.contacts_view = list_view(SearchProxy(self.contacts, lambda c: c.note, self), 0)
        self.contacts_view.horizontalHeader().setStretchLastSection(True)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps_view, 2)
        layout.addWidget(self.contacts_title)
        layout.addWidget(self.contacts_view, 1)
        layout.addWidget(self.box)
        self.resize(980, 520)
        self.retranslate()
        from tomoni_desktop.services.attendance.follow_up import case_of

        self.app.run(
            lambda uow, _ctx: case_of(uow, case_id),
            self._show,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def _show(self, case: Case) -> None:
        self.case = case
        self.steps.set_rows(case.steps)
        self.contacts.set_rows(case.contacts)
        self.steps_view.resizeColumnsToContents()
        self.contacts_view.resizeColumnsToContents()
        self._say()

    def _say(self) -> None:
        case = self.case
        if case is None:
            return
        status = (
            self.tr("closed on {day}: {result}").format(
                day=format_date(case.closed_on), result=case.result
            )
            if case.closed_on
            else self.tr("open")
        )
        self.heading.setText(
            self.tr(
                "{pupil} ({name}) · {why} since {first} · opened on {opened} · {status}"
            ).format(
                pupil=case.pupil,
                name=case.class_name,
                why=labels.case_reason(case.reason, case.absent_days),
                first=format_date(case.first_absence_on),
                opened=format_date(case.opened_on),
                status=status,
            )
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A case for the counsellor"))
        self.contacts_title.setText(self.tr("Contacts with the family about this case"))
        self.steps.retranslate()
        self.contacts.retranslate()
        self._say()
