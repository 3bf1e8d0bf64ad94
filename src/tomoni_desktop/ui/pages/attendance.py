"""Kehadiran: the day's register of a class (all present, then the exceptions, by keyboard),
the month's recap, what the school's rules say must follow (calls to parents, cases for the
counsellor with their steps), the class's parent meetings and its online lesson schedule."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.models import AttendanceMark
from tomoni_desktop.services.attendance.choices import AttendanceChoices, attendance_choices
from tomoni_desktop.services.attendance.register import RegisterSheet, register_of
from tomoni_desktop.ui.attendance.follow_up_view import FollowUpView
from tomoni_desktop.ui.attendance.meetings_view import MeetingsView
from tomoni_desktop.ui.attendance.recap_view import MonthRecapView
from tomoni_desktop.ui.attendance.register_view import RegisterModel, RegisterTable
from tomoni_desktop.ui.attendance.schedule_view import ScheduleView
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, to_date, to_qdate
from tomoni_desktop.ui.widgets import Retranslating


def not_school_day_text(why: str) -> str:
    """Why a day is no school day, in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if why == "sunday":
        return translate("AttendancePage", "Sunday")
    if why == "saturday":
        return translate("AttendancePage", "Saturday (the school does not teach on Saturdays)")
    kind, _, name = why.partition(":")
    if kind == "holiday":
        return translate("AttendancePage", "public holiday: {name}").format(name=name)
    return translate("AttendancePage", "the school's day off: {name}").format(name=name or "—")


class AttendancePage(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.loaded = False
        self.choices: AttendanceChoices | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.class_label, self.day_label = QLabel(), QLabel()
        self.class_choice = QComboBox()
        self.day = date_edit()
        self.day.setMaximumDate(QDate.currentDate())
        self.previous_day, self.next_day = QPushButton("◀"), QPushButton("▶")
        for button in (self.previous_day, self.next_day):
            button.setFixedWidth(36)
        self.all_present = QPushButton()
        self.rules_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        # the day's register
        self.model = RegisterModel(self)
        self.table = RegisterTable()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        register = QWidget()
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 4, 0, 0)
        register_layout.addWidget(self.table, 1)
        register_layout.addWidget(self.legend)
        self.recap = MonthRecapView(app)
        self.follow_up = FollowUpView(app)
        self.meetings = MeetingsView(app)
        self.schedule = ScheduleView(app)
        self.tabs.addTab(register, "")
        self.tabs.addTab(self.recap, "")
        self.tabs.addTab(self.follow_up, "")
        self.tabs.addTab(self.meetings, "")
        self.tabs.addTab(self.schedule, "")
        self.letters = QPushButton()

        choices = QHBoxLayout()
        choices.addWidget(self.class_label)
        choices.addWidget(self.class_choice)
        choices.addSpacing(12)
        choices.addWidget(self.day_label)
        choices.addWidget(self.previous_day)
        choices.addWidget(self.day)
        choices.addWidget(self.next_day)
        choices.addSpacing(12)
        choices.addWidget(self.all_present)
        choices.addWidget(self.status, 1)
        choices.addWidget(self.letters)
        choices.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(choices)
        layout.addWidget(self.tabs, 1)

        self.class_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.day.dateChanged.connect(lambda _d: self.refresh_register())
        self.previous_day.clicked.connect(lambda: self.step_day(-1))
        self.next_day.clicked.connect(lambda: self.step_day(1))
        self.all_present.clicked.connect(self.take_register)
        self.rules_button.clicked.connect(self.open_rules)
        self.letters.clicked.connect(self.open_letters)
        self.table.marked.connect(self.mark)
        self.table.letter.connect(self.letter_today)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_tab())
        app.changed.connect(self._on_changed)
        self.retranslate()

    # loading -----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.loaded:
            self.loaded = True
            school = self.app.school
            self.app.run(
                lambda uow, _ctx: attendance_choices(
                    uow, school.school_year_id, school.semester_id
                ),
                self._fill,
                parent=self,
            )
        super().showEvent(event)

    def _fill(self, choices: AttendanceChoices) -> None:
        self.choices = choices
        self.class_choice.blockSignals(True)
        self.class_choice.clear()
        for class_id, name in choices.classes:
            self.class_choice.addItem(name, str(class_id))
        mine = self.app.school.my_class_id
        self.class_choice.setCurrentIndex(
            max(self.class_choice.findData(str(mine) if mine else ""), 0)
        )
        self.class_choice.blockSignals(False)
        self.recap.set_months(choices.months(date.today()))
        self.schedule.set_choices(choices)
        self.refresh()

    def class_id(self) -> uuid.UUID | None:
        data = self.class_choice.currentData()
        return uuid.UUID(data) if data else None

    def chosen_day(self) -> date:
        return to_date(self.day.date())

    def step_day(self, days: int) -> None:
        """The day before or after, passing over Sundays (a holiday shows why it is none)."""
        day = self.chosen_day() + timedelta(days=days)
        if day.weekday() == 6:
            day += timedelta(days=days)
        if day <= date.today():
            self.day.setDate(to_qdate(day))

    def refresh(self) -> None:
        self.refresh_register()
        self.refresh_tab()

    def refresh_tab(self) -> None:
        class_id = self.class_id()
        if class_id is None:
            return
        if self.tabs.currentWidget() is self.recap:
            self.recap.show_class(class_id, self.chosen_day())
        every = [c for c, _name in self.choices.classes] if self.choices else None
        if self.tabs.currentWidget() is self.follow_up:
            self.follow_up.show_classes([class_id], every)
        elif self.tabs.currentWidget() is self.meetings:
            self.meetings.show_class(class_id, every)
        elif self.tabs.currentWidget() is self.schedule:
            self.schedule.show_class(class_id)

    def refresh_register(self) -> None:
        class_id, day = self.class_id(), self.chosen_day()
        if class_id is None:
            return
        self.app.run(
            lambda uow, _ctx: register_of(uow, class_id, day), self._show_sheet, parent=self
        )

    def _show_sheet(self, sheet: RegisterSheet) -> None:
        if sheet.class_id != self.class_id() or sheet.day != self.chosen_day():
            return  # the teacher chose another class or day meanwhile
        self.model.set_sheet(sheet)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 190)
        self.table.setColumnWidth(2, 120)
        if sheet.rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()
        self._say()

    # writing -----------------------------------------------------------------------------
    def take_register(self) -> None:
        class_id, day = self.class_id(), self.chosen_day()
        if class_id is None:
            return
        from tomoni_desktop.services.attendance.register import take_register

        teacher = self.app.settings.my_teacher_id or None
        self.app.run(
            lambda uow, _ctx: take_register(
                uow, class_id, day, date.today(), uuid.UUID(teacher) if teacher else None
            ),
            lambda _none: self.refresh_register(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def mark(self, number: int, mark: AttendanceMark) -> None:
        """A key on a pupil's row: shown at once, written on the worker (a unit of work of
        its own, which also takes the day's register and opens cases)."""
        from tomoni_desktop.services.attendance.register import set_mark

        sheet = self.model.sheet
        if sheet is None:
            return
        class_id, day, row = sheet.class_id, sheet.day, sheet.rows[number]
        present = mark is AttendanceMark.PRESENT
        self.model.sheet = replace(sheet, taken=True)
        self.model.put(
            number,
            replace(row, mark=None, letter_on=None) if present else replace(row, mark=mark),
        )
        self._say()
        teacher = self.app.settings.my_teacher_id or None

        def failed(error: BaseException) -> None:
            show_error(self, error)
            self.refresh_register()  # as it is stored

        # Written once the row is painted: the worker's Python would hold the interpreter
        # while the view draws the mark (a key showed in 20 ms instead of 3).
        QTimer.singleShot(
            0,
            lambda: self.app.run(
                lambda uow, _ctx: set_mark(
                    uow,
                    class_id,
                    day,
                    row.student_id,
                    mark,
                    date.today(),
                    teacher_id=uuid.UUID(teacher) if teacher else None,
                ),
                parent=self,
                on_failure=failed,
            ),
        )

    def letter_today(self, number: int) -> None:
        from tomoni_desktop.services.attendance.register import set_letter

        sheet = self.model.sheet
        if sheet is None or sheet.rows[number].mark is None:
            return
        row, today = sheet.rows[number], date.today()
        letter = None if row.letter_on else today  # L again: not received after all
        self.model.put(number, replace(row, letter_on=letter))

        def failed(error: BaseException) -> None:
            show_error(self, error)
            self.refresh_register()

        self.app.run(
            lambda uow, _ctx: set_letter(uow, row.student_id, sheet.day, letter),
            parent=self,
            on_failure=failed,
        )

    def show_tab(self, name: str, every_class: bool = False) -> None:
        """Beranda's step opens its tab: "follow_up", "meetings" or "schedule"; the follow-up
        or the meeting tasks of `every_class` when Beranda counted them all."""
        tabs = {"follow_up": self.follow_up, "meetings": self.meetings, "schedule": self.schedule}
        tab = tabs.get(name, self.follow_up)
        if every_class and tab in (self.follow_up, self.meetings):
            tab.every_class.setChecked(True)
        self.tabs.setCurrentWidget(tab)

    def open_letters(self):
        """Letters on paper to chosen families of the class (a note about results, mostly)."""
        from tomoni_desktop.ui.attendance.letter_dialog import LetterDialog

        class_id, sheet = self.class_id(), self.model.sheet
        if class_id is None:
            return None
        pupils = [(row.student_id, row.name) for row in sheet.rows] if sheet else []
        dialog = LetterDialog(self.app, class_id, pupils, parent=self)
        dialog.open()
        return dialog

    def open_rules(self):
        from tomoni_desktop.ui.attendance.rules_dialog import RulesDialog

        dialog = RulesDialog(self.app, self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(lambda _code: self.refresh_register())  # a day off added
        dialog.open()
        return dialog

    def _on_changed(self, areas: frozenset[str]) -> None:
        if self.loaded and self.isVisible() and (Area.SYNC in areas or Area.STUDENTS in areas):
            self.refresh()

    # words -------------------------------------------------------------------------------
    def _say(self) -> None:
        sheet = self.model.sheet
        if sheet is None:
            return
        self.all_present.setEnabled(sheet.not_school_day is None and not sheet.taken)
        self.table.setEnabled(sheet.not_school_day is None)
        if sheet.not_school_day is not None:
            self.status.setText(
                self.tr("No school on this day ({why}).").format(
                    why=not_school_day_text(sheet.not_school_day)
                )
            )
            return
        counts = {mark: sheet.count(mark) for mark in AttendanceMark}
        present = len(sheet.rows) - sum(counts.values())
        if not sheet.taken:
            self.status.setText(
                self.tr("Not taken yet: press “All present”, or mark the pupils who are not here.")
            )
            return
        self.status.setText(
            self.tr("Taken · present {h} · sick {s} · excused {i} · absent {a}").format(
                h=present,
                s=counts[AttendanceMark.SICK],
                i=counts[AttendanceMark.EXCUSED],
                a=counts[AttendanceMark.ABSENT],
            )
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Attendance"))
        self.class_label.setText(self.tr("Class"))
        self.day_label.setText(self.tr("Day"))
        self.day.setLocale(QLocale())
        self.all_present.setText(self.tr("All present"))
        self.rules_button.setText(self.tr("Rules and days off…"))
        self.previous_day.setToolTip(self.tr("The day before"))
        self.next_day.setToolTip(self.tr("The next day"))
        self.tabs.setTabText(0, self.tr("Daily register"))
        self.tabs.setTabText(1, self.tr("Month"))
        self.tabs.setTabText(2, self.tr("Follow-up"))
        self.tabs.setTabText(3, self.tr("Parent meetings"))
        self.tabs.setTabText(4, self.tr("Online lessons"))
        self.letters.setText(self.tr("Letters…"))
        self.model.headers = (
            self.tr("Pupil"),
            self.tr("Mark"),
            self.tr("Letter received"),
            self.tr("Note"),
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.legend.setText(
            self.tr(
                "Choose a pupil and press H present · S sick · I excused (izin) · A absent "
                "without a reason; the next pupil is chosen. L: the letter came today. "
                "Pupils not marked were present. An A without a letter puts a call to the "
                "parents on “Follow-up”; absences in a row open a case for the counsellor."
            )
        )
        self._say()
