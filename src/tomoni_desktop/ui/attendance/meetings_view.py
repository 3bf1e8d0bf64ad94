"""Parent meetings of a class: planned on the school's meeting day, every family invited (by
WhatsApp where the parent agreed, else by a letter with a reply slip), the sign-in sheet
printed; after it, who came, what each family raised, and the tasks agreed with their owners."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QCheckBox,
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
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import ContactKind, StaffRole
from tomoni_desktop.services.parents.meetings import (
    Attendance,
    Invited,
    Meeting,
    MeetingRow,
    TaskRow,
    meeting_of,
    meetings_of,
)
from tomoni_desktop.services.school.register import Leaving
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date, to_qdate
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.printing import ask_pdf_path
from tomoni_desktop.ui.widgets import (
    EveryClassBox,
    Retranslating,
    list_view,
    name_form_rows,
    share_width,
    two_lines,
)

CLASS_COLUMN = 1  # of the tasks: shown when every class's tasks due are listed


class MeetingsView(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.class_id: uuid.UUID | None = None
        self.meeting: Meeting | None = None
        self.every_class = EveryClassBox()  # the tasks due in every class, as Beranda counts
        self.meetings: RowTableModel[MeetingRow] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Day"), lambda m: format_date(m.held_on), lambda m: m.held_on
                ),
                Column(lambda: self.tr("Time"), lambda m: m.starts_at),
                Column(lambda: self.tr("Place"), lambda m: m.place),
                Column(
                    lambda: self.tr("Came"),
                    lambda m: f"{m.attended} / {m.invited}" if m.recorded else "—",
                    lambda m: m.attended,
                ),
            ],
            self,
        )
        self.meetings_view = list_view(
            SearchProxy(self.meetings, lambda m: m.place, self),
            0,
            Qt.SortOrder.DescendingOrder,
            single=True,
        )
        # Two lines a row (the pupil over the village, the letter over its reply): the list
        # fits beside the meetings on a laptop's screen, in either language.
        self.families: RowTableModel[Invited] = RowTableModel(
            [
                Column(
                    lambda: "\n".join((self.tr("Pupil"), self.tr("Village"))),
                    lambda r: f"{r.pupil}\n{r.village}",
                    lambda r: r.pupil,
                ),
                Column(lambda: self.tr("Parent"), lambda r: r.guardian),
                Column(lambda: self.tr("Invited by"), self._invited_by),
                Column(lambda: self.tr("Came"), self._came),
                Column(lambda: self.tr("Raised"), lambda r: r.concern),
            ],
            self,
        )
        self.families_view = list_view(
            SearchProxy(self.families, lambda r: f"{r.pupil} {r.guardian} {r.village}", self), 0
        )
        two_lines(self.families_view)
        share_width(self.families_view, (4,))  # what a family raised takes what is left
        self.tasks: RowTableModel[TaskRow] = RowTableModel(
            [
                Column(lambda: self.tr("Due"), lambda t: format_date(t.due_on), lambda t: t.due_on),
                Column(lambda: self.tr("Class"), lambda t: t.class_name),  # every class's only
                Column(lambda: self.tr("Who"), lambda t: labels.staff_role(t.owner)),
                Column(lambda: self.tr("Task"), lambda t: t.task),
                Column(lambda: self.tr("Pupil"), lambda t: t.pupil),
                Column(
                    lambda: self.tr("Done"),
                    lambda t: format_date(t.done_on) if t.done_on else "",
                    lambda t: t.done_on or date.max,
                ),
            ],
            self,
        )
        self.tasks_view = list_view(SearchProxy(self.tasks, lambda t: t.task, self), 0)
        self.tasks_view.setColumnHidden(CLASS_COLUMN, True)
        self.tasks_view.horizontalHeader().setStretchLastSection(True)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.tasks_title = QLabel()
        self.tasks_title.setObjectName("sectionTitle")
        self.plan = QPushButton()
        self.letters = QPushButton()
        self.whatsapp = QPushButton()
        self.sheet = QPushButton()
        self.after = QPushButton()
        self.add_task = QPushButton()
        self.task_done = QPushButton()
        self.said = QLabel()
        self.said.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.plan)
        left_layout.addWidget(self.meetings_view, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        buttons = QHBoxLayout()
        for button in (self.letters, self.whatsapp, self.sheet, self.after):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.families_view, 3)
        tasks_row = QHBoxLayout()
        tasks_row.addWidget(self.tasks_title, 1)
        tasks_row.addWidget(self.every_class)
        tasks_row.addWidget(self.add_task)
        tasks_row.addWidget(self.task_done)
        right_layout.addLayout(tasks_row)
        right_layout.addWidget(self.tasks_view, 1)
        right_layout.addWidget(self.said)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 900])
        self._fitted = False  # the list of meetings as wide as its columns, once
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

        self.plan.clicked.connect(self.open_plan)
        self.letters.clicked.connect(self.print_invitations)
        self.whatsapp.clicked.connect(self.open_whatsapp)
        self.families_view.doubleClicked.connect(lambda _i: self.open_whatsapp())
        self.sheet.clicked.connect(self.print_sign_in)
        self.after.clicked.connect(self.open_after)
        self.every_class.toggled.connect(lambda _on: self.show_tasks())
        self.add_task.clicked.connect(self.open_task)
        self.task_done.clicked.connect(self.mark_task_done)
        self.meetings_view.selectionModel().selectionChanged.connect(
            lambda *_args: self.load_meeting()
        )
        self.retranslate()

    # reading ---------------------------------------------------------------------------------
    def show_class(
        self, class_id: uuid.UUID, every_class_ids: list[uuid.UUID] | None = None
    ) -> None:
        self.class_id = class_id
        self.every_class.know(every_class_ids)
        self.refresh()

    def show_tasks(self) -> None:
        """The chosen meeting's tasks; or, every class ticked, the open tasks due by today
        in every class (what Beranda counts), the earliest first."""
        from tomoni_desktop.services.parents.meetings import tasks_due

        every = self.every_class.shown()
        self.tasks_view.setColumnHidden(CLASS_COLUMN, not every)
        if not every:
            self.tasks.set_rows(self.meeting.tasks if self.meeting else [])
            self._title_tasks()
            self._enable()
            return
        class_ids, today = list(self.every_class.class_ids), date.today()
        self.app.run(
            lambda uow, _ctx: tasks_due(uow, class_ids, today), self._show_due, parent=self
        )

    def _show_due(self, rows: list[TaskRow]) -> None:
        if not self.every_class.shown():
            return  # unticked while it was read
        self.tasks.set_rows(rows)
        self.tasks_view.resizeColumnsToContents()
        self._title_tasks()
        self._enable()

    def _title_tasks(self) -> None:
        if self.every_class.shown():
            title = self.tr("Due in every class: {count}").format(count=self.tasks.rowCount())
        elif self.meeting is not None:
            title = self.tr("Tasks agreed: {count}").format(count=len(self.meeting.tasks))
        else:
            title = self.tr("Tasks agreed")
        self.tasks_title.setText(title)

    def refresh(self) -> None:
        class_id = self.class_id
        if class_id is None:
            return
        self.app.run(lambda uow, _ctx: meetings_of(uow, class_id), self._show_meetings, parent=self)

    def _show_meetings(self, rows: list[MeetingRow]) -> None:
        chosen = self.meeting.meeting_id if self.meeting else None
        self.meetings.set_rows(rows)
        self.meetings_view.resizeColumnsToContents()
        if rows and not self._fitted:
            self._fit_meetings()
        proxy = self.meetings_view.model()
        assert isinstance(proxy, SearchProxy)
        if rows:
            today = date.today()
            # the meeting chosen before, else the next one to come, else the latest
            upcoming = [r for r in rows if r.held_on >= today]
            wanted = (
                chosen
                or (min(upcoming, key=lambda r: r.held_on) if upcoming else rows[0]).meeting_id
            )
            proxy.select_where(self.meetings_view, lambda r: r.meeting_id == wanted)
            if self.chosen_meeting() is None:
                proxy.select_where(self.meetings_view, lambda r: r is rows[0])
        else:
            self.meeting = None
            self.families.set_rows([])
            self.show_tasks()
        self._enable()

    def _fit_meetings(self) -> None:
        """The left pane as wide as the meetings' columns (whatever the language's words),
        the rest to the families and tasks; a width the teacher drags to is kept after."""
        view = self.meetings_view
        needed = (
            view.horizontalHeader().length()
            + view.verticalScrollBar().sizeHint().width()
            + 2 * view.frameWidth()
        )
        total = sum(self.splitter.sizes())
        if total > needed:
            self.splitter.setSizes([needed, total - needed])
            self._fitted = True

    def chosen_meeting(self) -> MeetingRow | None:
        proxy = self.meetings_view.model()
        assert isinstance(proxy, SearchProxy)
        return proxy.selected_row(self.meetings_view)

    def chosen_family(self) -> Invited | None:
        proxy = self.families_view.model()
        assert isinstance(proxy, SearchProxy)
        return proxy.selected_row(self.families_view)

    def chosen_task(self) -> TaskRow | None:
        proxy = self.tasks_view.model()
        assert isinstance(proxy, SearchProxy)
        return proxy.selected_row(self.tasks_view)

    def load_meeting(self) -> None:
        row = self.chosen_meeting()
        if row is None:
            return
        meeting_id = row.meeting_id
        self.app.run(lambda uow, _ctx: meeting_of(uow, meeting_id), self._show_meeting, parent=self)

    def _show_meeting(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.families.set_rows(meeting.invited)
        self.show_tasks()
        self.tasks_view.resizeColumnsToContents()
        self._say()
        self._enable()

    def _enable(self) -> None:
        meeting = self.meeting
        held = meeting is not None and meeting.held_on <= date.today()
        for button in (self.letters, self.whatsapp, self.sheet):
            button.setEnabled(meeting is not None)
        self.add_task.setEnabled(meeting is not None and not self.every_class.shown())
        self.after.setEnabled(held)
        self.task_done.setEnabled(self.tasks.rowCount() > 0)

    # actions --------------------------------------------------------------------------------
    def open_plan(self) -> QDialog | None:
        if self.class_id is None:
            return None
        dialog = PlanMeetingDialog(self.app, self.class_id, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def print_invitations(self, path=None) -> None:
        """Letters for the families invited by letter that have none yet, printed."""
        from tomoni_desktop.services.parents.meetings import invite_by_letter
        from tomoni_desktop.ui.attendance.letter_dialog import print_letters

        meeting = self.meeting
        if meeting is None:
            return
        if not any(
            r.invited_by is ContactKind.LETTER and not r.letter_code for r in meeting.invited
        ):
            self.said.setText(self.tr("Every family invited by letter has its letter already."))
            return
        path = path or ask_pdf_path(self, f"undangan-{meeting.class_name}.pdf")
        if path is None:
            return
        meeting_id, today = meeting.meeting_id, date.today()

        def done(count: int, pages: int) -> None:
            self.said.setText(
                self.tr("%n invitations on {pages} pages: {path}", "", count).format(
                    pages=pages, path=path.name
                )
            )
            self.load_meeting()

        print_letters(
            self, self.app, lambda uow: invite_by_letter(uow, meeting_id, today), path, done
        )

    def open_whatsapp(self) -> QDialog | None:
        from tomoni_desktop.services.parents.meetings import whatsapp_invitation
        from tomoni_desktop.ui.attendance.whatsapp_dialog import WhatsAppDialog

        meeting, family = self.meeting, self.chosen_family()
        if meeting is None or family is None:
            return None
        meeting_id, student_id = meeting.meeting_id, family.student_id
        dialog = WhatsAppDialog(
            self.app,
            student_id,
            family.pupil,
            lambda uow: whatsapp_invitation(uow, meeting_id, student_id),
            "meeting",
            self,
        )
        dialog.open()
        return dialog

    def print_sign_in(self, path=None) -> None:
        from tomoni_desktop.core.settings import load_settings
        from tomoni_desktop.reports.meeting_sheets import write_sign_in_sheet
        from tomoni_desktop.services.parents.meetings import sign_in_sheet
        from tomoni_desktop.ui.printing import print_pdf

        meeting = self.meeting
        if meeting is None:
            return
        path = path or ask_pdf_path(
            self, f"daftar-hadir-{meeting.class_name}-{meeting.held_on.isoformat()}.pdf"
        )
        if path is None:
            return
        meeting_id, class_id = meeting.meeting_id, meeting.class_id

        def write(uow) -> int:
            sheet = sign_in_sheet(uow, meeting_id)
            return write_sign_in_sheet(sheet, path, load_settings(uow.session).paper_size)

        print_pdf(self, self.app, write, path, self.said, Leaving.SIGN_IN_SHEET, classes=[class_id])

    def open_after(self) -> QDialog | None:
        if self.meeting is None:
            return None
        dialog = AfterMeetingDialog(self.app, self.meeting, self)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(self.load_meeting)
        dialog.open()
        return dialog

    def open_task(self) -> QDialog | None:
        if self.meeting is None:
            return None
        dialog = TaskDialog(self.app, self.meeting, self.chosen_family(), self)
        dialog.accepted.connect(self.load_meeting)
        dialog.open()
        return dialog

    def mark_task_done(self) -> None:
        from tomoni_desktop.services.parents.meetings import complete_task

        task = self.chosen_task()
        if task is None:
            return
        done_on = None if task.done_on else date.today()  # again: not done after all
        self.app.run(
            lambda uow, _ctx: complete_task(uow, task.task_id, done_on),
            lambda _none: self.show_tasks() if self.every_class.shown() else self.load_meeting(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    # words ------------------------------------------------------------------------------------
    def _invited_by(self, row: Invited) -> str:
        if row.invited_by is ContactKind.WHATSAPP:
            return self.tr("WhatsApp")
        if row.letter_code:
            replied = self.tr("reply back") if row.replied else self.tr("no reply yet")
            return self.tr("letter {code}\n{replied}").format(code=row.letter_code, replied=replied)
        return self.tr("letter\n(not printed yet)")

    def _came(self, row: Invited) -> str:
        if row.attended is None:
            return ""
        if not row.attended:
            return self.tr("no")
        return self.tr("yes") + (f" ({row.attended_by})" if row.attended_by else "")

    def _say(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.heading.setText(self.tr("No meeting planned for this class yet."))
            return
        by_letter = sum(1 for r in meeting.invited if r.invited_by is ContactKind.LETTER)
        self.heading.setText(
            self.tr(
                "{day}, {time} · {place} · {invited} families ({letters} by letter) · came: {came}"
            ).format(
                day=format_date(meeting.held_on),
                time=meeting.starts_at,
                place=meeting.place,
                invited=len(meeting.invited),
                letters=by_letter,
                came=meeting.attended,
            )
        )
        self._title_tasks()

    def retranslate(self) -> None:
        self.plan.setText(self.tr("Plan a meeting…"))
        self.letters.setText(self.tr("Invitation letters…"))
        self.whatsapp.setText(self.tr("WhatsApp…"))
        self.sheet.setText(self.tr("Sign-in sheet…"))
        self.after.setText(self.tr("After the meeting…"))
        self.add_task.setText(self.tr("Add a task…"))
        self.task_done.setText(self.tr("Done / not done"))
        self._title_tasks()
        for model in (self.meetings, self.families, self.tasks):
            model.retranslate()
        self._say()


class PlanMeetingDialog(Retranslating, QDialog):
    def __init__(self, app: AppContext, class_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.class_id = app, class_id
        self.day = date_edit()
        self.day.setMinimumDate(QDate.currentDate())
        self.time = QTimeEdit(QTime(8, 0))
        self.time.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.agenda = QPlainTextEdit()
        self.agenda.setMaximumHeight(80)
        self.deputy, self.counsellor = QCheckBox(), QCheckBox()
        self.deputy.setChecked(True)
        self.counsellor.setChecked(True)
        self.form = QFormLayout()
        for widget in (self.day, self.time, self.place, self.agenda, self.deputy, self.counsellor):
            self.form.addRow("", widget)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.box)
        self.resize(520, 360)
        self.retranslate()
        from tomoni_desktop.services.parents.meetings import next_meeting_day

        today = date.today()
        self.app.run(
            lambda uow, _ctx: next_meeting_day(uow, class_id, today),
            lambda day: self.day.setDate(to_qdate(day)),
            parent=self,
        )

    def save(self) -> None:
        from tomoni_desktop.services.parents.meetings import plan_meeting

        class_id, day = self.class_id, to_date(self.day.date())
        starts, place = self.time.time().toString("HH:mm"), self.place.text()
        agenda, today = self.agenda.toPlainText(), date.today()
        deputy, counsellor = self.deputy.isChecked(), self.counsellor.isChecked()
        self.app.run(
            lambda uow, _ctx: plan_meeting(
                uow,
                class_id,
                day,
                starts,
                place,
                today,
                agenda=agenda,
                with_deputy_head=deputy,
                with_counsellor=counsellor,
            ),
            lambda _id: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan a parent meeting"))
        name_form_rows(
            self.form,
            (
                self.tr("Day"),
                self.tr("Starts at"),
                self.tr("Place"),
                self.tr("Agenda"),
                "",
                "",
            ),
        )
        self.place.setPlaceholderText(self.tr("e.g. the classroom"))
        self.deputy.setText(self.tr("The deputy head for student affairs comes"))
        self.counsellor.setText(self.tr("The counsellor (BK) comes"))


class AttendanceModel(QAbstractTableModel):
    """The families of a meeting: came (a box; space ticks it), who came and what they raised
    (typed in place)."""

    def __init__(self, rows: list[Invited], parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.headers = ("", "", "", "")

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (2, 3):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 1:
            return Qt.CheckState.Checked if row.attended else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.pupil, None, row.attended_by, row.concern)[column]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.rows[index.row()]
        if index.column() == 1 and role == Qt.ItemDataRole.CheckStateRole:
            came = Qt.CheckState(value) == Qt.CheckState.Checked
            row = replace(
                row,
                attended=came,
                attended_by=row.attended_by or (row.guardian if came else ""),
            )
        elif index.column() == 2:
            row = replace(row, attended_by=str(value), attended=row.attended or bool(value))
        elif index.column() == 3:
            row = replace(row, concern=str(value))
        else:
            return False
        self.rows[index.row()] = row
        self.dataChanged.emit(self.index(index.row(), 1), self.index(index.row(), 3))
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class AfterMeetingDialog(Retranslating, QDialog):
    """Who came, who for the family, what they raised; and the meeting's notes. Saved whole."""

    def __init__(self, app: AppContext, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.meeting = app, meeting
        # a family not recorded yet counts as not come until ticked
        rows = [replace(r, attended=bool(r.attended)) for r in meeting.invited]
        self.model = AttendanceModel(rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 70)
        self.table.setColumnWidth(2, 170)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit(meeting.notes)
        self.notes.setMaximumHeight(80)
        self.count = QLabel()
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.box)
        self.model.dataChanged.connect(lambda *_a: self._count())
        self.resize(900, 620)
        self.retranslate()

    def save(self) -> None:
        from tomoni_desktop.services.parents.meetings import record_attendance

        meeting_id, today = self.meeting.meeting_id, date.today()
        marks = {
            row.student_id: Attendance(row.attended, row.attended_by, row.concern)
            for row in self.model.rows
        }
        notes = self.notes.toPlainText()
        self.app.run(
            lambda uow, _ctx: record_attendance(uow, meeting_id, marks, today, notes),
            lambda _none: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def _count(self) -> None:
        came = sum(1 for row in self.model.rows if row.attended)
        self.count.setText(
            self.tr("{came} of {invited} families came").format(
                came=came, invited=len(self.model.rows)
            )
        )

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("After the meeting of {day}").format(day=format_date(self.meeting.held_on))
        )
        self.model.headers = (
            self.tr("Pupil"),
            self.tr("Came"),
            self.tr("Who came"),
            self.tr("What the family raised"),
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.notes_label.setText(self.tr("Notes of the meeting"))
        self._count()


class TaskDialog(Retranslating, QDialog):
    def __init__(
        self,
        app: AppContext,
        meeting: Meeting,
        family: Invited | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app, self.meeting = app, meeting
        self.owner = QComboBox()
        for role in StaffRole:
            self.owner.addItem(labels.staff_role(role), role.value)
        self.task = QLineEdit()
        self.due = date_edit(max(meeting.held_on, date.today()) + timedelta(days=7))
        self.pupil = QComboBox()
        self.pupil.addItem("", "")
        for row in meeting.invited:
            self.pupil.addItem(row.pupil, str(row.student_id))
        if family is not None:
            self.pupil.setCurrentIndex(max(self.pupil.findData(str(family.student_id)), 0))
        self.form = QFormLayout()
        for widget in (self.task, self.owner, self.due, self.pupil):
            self.form.addRow("", widget)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.box)
        self.resize(520, 220)
        self.retranslate()

    def save(self) -> None:
        from tomoni_desktop.services.parents.meetings import add_task

        meeting_id, owner = self.meeting.meeting_id, StaffRole(self.owner.currentData())
        task, due = self.task.text(), to_date(self.due.date())
        pupil = self.pupil.currentData()
        student_id = uuid.UUID(pupil) if pupil else None
        self.app.run(
            lambda uow, _ctx: add_task(uow, meeting_id, owner, task, due, student_id=student_id),
            lambda _id: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A task agreed at the meeting"))
        name_form_rows(
            self.form,
            (self.tr("Task"), self.tr("Who"), self.tr("Due"), self.tr("Pupil (if one)")),
        )
        for index, role in enumerate(StaffRole):
            self.owner.setItemText(index, labels.staff_role(role))
