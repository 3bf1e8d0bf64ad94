"""The online lesson schedule of a class: its weekly slots with the subject teachers, each on
its channel; a lesson at the same time as another of the class, or of the same teacher in
another class, is shown in red with what it clashes with. Printed for the parents."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import LessonChannel
from tomoni_desktop.services.attendance.choices import AttendanceChoices
from tomoni_desktop.services.parents.schedule import Clash, Slot, clashes, slots_of_year
from tomoni_desktop.services.school.register import Leaving
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.printing import ask_pdf_path
from tomoni_desktop.ui.widgets import Retranslating, list_view, name_form_rows, show_text

CLASH = QColor("#fde2e0")


class SlotsModel(RowTableModel[Slot]):
    """The slots, a clashing one painted red."""

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self.clashing: set[uuid.UUID] = set()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            if self.row_at(index.row()).slot_id in self.clashing:
                return QBrush(CLASH)
            return None
        return super().data(index, role)


class ScheduleView(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.class_id: uuid.UUID | None = None
        self.choices: AttendanceChoices | None = None
        self.found: list[Clash] = []
        self.model = SlotsModel(
            [
                Column(
                    lambda: self.tr("Day"),
                    lambda s: labels.weekday(s.weekday),
                    lambda s: (s.weekday, s.starts_at),
                ),
                Column(lambda: self.tr("Time"), lambda s: f"{s.starts_at}–{s.ends_at}"),
                Column(lambda: self.tr("Subject"), lambda s: s.subject),
                Column(lambda: self.tr("Teacher"), lambda s: s.teacher),
                Column(lambda: self.tr("Channel"), lambda s: labels.lesson_channel(s.channel)),
                Column(lambda: self.tr("Group or link"), lambda s: s.link),
                Column(lambda: self.tr("Clash"), self._clash_of),
            ],
            self,
        )
        self.view = list_view(
            SearchProxy(self.model, lambda s: f"{s.subject} {s.teacher}", self), 0
        )
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add, self.change, self.remove = QPushButton(), QPushButton(), QPushButton()
        self.print_button = QPushButton()
        self.said = QLabel()
        self.said.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.said, 1)
        for button in (self.add, self.change, self.remove, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.add.clicked.connect(lambda: self.open_slot(None))
        self.change.clicked.connect(lambda: self.open_slot(self.chosen()))
        self.view.doubleClicked.connect(lambda _i: self.open_slot(self.chosen()))
        self.remove.clicked.connect(self.remove_slot)
        self.print_button.clicked.connect(lambda: self.print_schedule())
        self.retranslate()

    def set_choices(self, choices: AttendanceChoices) -> None:
        self.choices = choices

    def show_class(self, class_id: uuid.UUID) -> None:
        self.class_id = class_id
        self.refresh()

    def refresh(self) -> None:
        year = self.app.school.school_year_id
        self.app.run(lambda uow, _ctx: slots_of_year(uow, year), self._show, parent=self)

    def _show(self, slots: list[Slot]) -> None:
        # clashes are found over the whole school (a teacher teaches several classes)
        self.found = [
            clash
            for clash in clashes(slots)
            if self.class_id in (clash.first.class_id, clash.second.class_id)
        ]
        self.model.clashing = {c.first.slot_id for c in self.found} | {
            c.second.slot_id for c in self.found
        }
        self.model.set_rows([s for s in slots if s.class_id == self.class_id])
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(6, 160)  # the clash: the last column takes what is left
        self._say()

    def chosen(self) -> Slot | None:
        proxy = self.view.model()
        assert isinstance(proxy, SearchProxy)
        return proxy.selected_row(self.view)

    def open_slot(self, slot: Slot | None) -> QDialog | None:
        if self.class_id is None or self.choices is None:
            return None
        dialog = SlotDialog(self.app, self.class_id, self.choices, slot, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def remove_slot(self) -> None:
        from tomoni_desktop.services.parents.schedule import remove_slot

        slot = self.chosen()
        if slot is None:
            return
        self.app.run(
            lambda uow, _ctx: remove_slot(uow, slot.slot_id),
            lambda _none: self.refresh(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def print_schedule(self, path=None) -> None:
        from tomoni_desktop.core.settings import load_settings
        from tomoni_desktop.reports.meeting_sheets import write_schedules
        from tomoni_desktop.services.parents.schedule import schedules_to_print
        from tomoni_desktop.ui.printing import print_pdf

        class_id = self.class_id
        if class_id is None:
            return
        path = path or ask_pdf_path(self, "jadwal-daring.pdf")
        if path is None:
            return
        year, today = self.app.school.school_year_id, date.today()

        def write(uow) -> int:
            schedules = schedules_to_print(uow, year, [class_id], today)
            return write_schedules(schedules, path, load_settings(uow.session).paper_size)

        print_pdf(self, self.app, write, path, self.said, Leaving.SCHEDULE, classes=[class_id])

    def _clash_of(self, slot: Slot) -> str:
        words = []
        for clash in self.found:
            if slot.slot_id not in (clash.first.slot_id, clash.second.slot_id):
                continue
            other = clash.second if clash.first.slot_id == slot.slot_id else clash.first
            if clash.same_teacher:
                words.append(
                    self.tr("{teacher} teaches {name} then").format(
                        teacher=other.teacher, name=other.class_name
                    )
                )
            else:
                words.append(
                    self.tr("{subject} at {time}").format(
                        subject=other.subject, time=f"{other.starts_at}–{other.ends_at}"
                    )
                )
        return "; ".join(words)

    def _say(self) -> None:
        lessons = self.model.rowCount()
        week = self.tr("%n lessons a week", "", lessons)
        if self.found:
            self.said.setText(
                self.tr("{week} · clashes, in red: {clashes}").format(
                    week=week, clashes=len(self.found)
                )
            )
        else:
            self.said.setText(week)

    def retranslate(self) -> None:
        self.add.setText(self.tr("Add a lesson…"))
        self.change.setText(self.tr("Change…"))
        self.remove.setText(self.tr("Remove"))
        self.print_button.setText(self.tr("Print for the parents…"))
        self.model.retranslate()
        self._say()


class SlotDialog(Retranslating, QDialog):
    def __init__(
        self,
        app: AppContext,
        class_id: uuid.UUID,
        choices: AttendanceChoices,
        slot: Slot | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app, self.class_id, self.slot = app, class_id, slot
        self.subject, self.teacher = QComboBox(), QComboBox()
        for subject_id, name in choices.subjects:
            self.subject.addItem(name, str(subject_id))
        self.teacher.addItem("", "")
        for teacher_id, name in choices.teachers:
            self.teacher.addItem(name, str(teacher_id))
        self.day = QComboBox()
        for number in range(6):
            self.day.addItem(labels.weekday(number), number)
        self.starts, self.ends = QTimeEdit(QTime(8, 0)), QTimeEdit(QTime(9, 0))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.channel = QComboBox()
        for channel in LessonChannel:
            self.channel.addItem(labels.lesson_channel(channel), channel.value)
        self.link = QLineEdit()
        if slot is not None:
            self.subject.setCurrentIndex(max(self.subject.findData(str(slot.subject_id)), 0))
            self.teacher.setCurrentIndex(max(self.teacher.findData(str(slot.teacher_id or "")), 0))
            self.day.setCurrentIndex(slot.weekday)
            self.starts.setTime(QTime.fromString(slot.starts_at, "HH:mm"))
            self.ends.setTime(QTime.fromString(slot.ends_at, "HH:mm"))
            self.channel.setCurrentIndex(max(self.channel.findData(slot.channel.value), 0))
            show_text(self.link, slot.link)
        self.form = QFormLayout()
        for widget in (
            self.subject,
            self.teacher,
            self.day,
            self.starts,
            self.ends,
            self.channel,
            self.link,
        ):
            self.form.addRow("", widget)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.box)
        self.resize(480, 320)
        self.retranslate()

    def save(self) -> None:
        from tomoni_desktop.services.parents.schedule import save_slot

        class_id, slot_id = self.class_id, self.slot.slot_id if self.slot else None
        subject = uuid.UUID(self.subject.currentData())
        teacher_data = self.teacher.currentData()
        teacher = uuid.UUID(teacher_data) if teacher_data else None
        weekday = int(self.day.currentData())
        starts, ends = self.starts.time().toString("HH:mm"), self.ends.time().toString("HH:mm")
        channel, link = LessonChannel(self.channel.currentData()), self.link.text()
        self.app.run(
            lambda uow, _ctx: save_slot(
                uow,
                class_id,
                subject,
                teacher,
                weekday,
                starts,
                ends,
                channel,
                link,
                slot_id=slot_id,
            ),
            lambda _id: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("An online lesson"))
        name_form_rows(
            self.form,
            (
                self.tr("Subject"),
                self.tr("Teacher"),
                self.tr("Day"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Channel"),
                self.tr("Group or link"),
            ),
        )
        for number in range(6):
            self.day.setItemText(number, labels.weekday(number))
        for index, channel in enumerate(LessonChannel):
            self.channel.setItemText(index, labels.lesson_channel(channel))
