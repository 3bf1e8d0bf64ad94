"""Handing a worksheet out to a class: dates, and the channel of every pupil."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import Channel
from tomoni_desktop.core.school_days import DueDate, holiday_name, school_day_on_or_after
from tomoni_desktop.services.roster.editing import classes_of_year
from tomoni_desktop.services.worksheets.handout import (
    DEFAULT_DAYS,
    ChannelProposal,
    HandOutResult,
    hand_out_worksheet,
    propose_channels,
)
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import DATE_FORMAT
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class HandOutDialog(Retranslating, QDialog):
    def __init__(
        self, app: AppContext, worksheet_id: uuid.UUID, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.worksheet_id = worksheet_id
        self.worksheet_title = title
        self.result_info: HandOutResult | None = None
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        form = QFormLayout()
        self.class_id = QComboBox()
        self.issued = QDateEdit(_qdate(date.today()))
        self.due = QDateEdit(_qdate(date.today() + timedelta(days=DEFAULT_DAYS)))
        for edit in (self.issued, self.due):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        self.due_note = QLabel()
        self.due_note.setObjectName("fieldWarning")
        self.due_note.setWordWrap(True)
        self.class_label, self.issued_label, self.due_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.class_label, self.class_id)
        form.addRow(self.issued_label, self.issued)
        form.addRow(self.due_label, self.due)
        form.addRow("", self.due_note)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.model: RowTableModel[ChannelProposal] = RowTableModel(
            [
                Column(lambda: self.tr("Pupil"), lambda p: p.full_name),
                Column(lambda: self.tr("Phone"), lambda p: labels.phone_access(p.phone_access)),
                Column(lambda: self.tr("Signal"), lambda p: labels.signal(p.signal)),
                Column(lambda: self.tr("Gets it by"), self._channel_text),
            ],
            self,
        )
        self.proxy = SearchProxy(self.model, lambda p: p.full_name, self)
        self.table = list_view(self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._toggle)
        self.counts = QLabel()
        self.box = QDialogButtonBox()
        self.start = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start.setEnabled(False)
        self.box.accepted.connect(self.submit)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.box)
        self.resize(640, 560)
        self.class_id.currentIndexChanged.connect(self._load_pupils)
        self.due.dateChanged.connect(self._check_due)
        self.issued.dateChanged.connect(
            lambda: self.due.setDate(self.issued.date().addDays(DEFAULT_DAYS))
        )
        self.retranslate()
        self._load_classes()
        self._check_due()

    def _load_classes(self) -> None:
        year = self.app.school.school_year_id
        self.app.run(lambda uow, _ctx: classes_of_year(uow, year), self._fill_classes, parent=self)

    def _fill_classes(self, classes) -> None:
        self.class_id.blockSignals(True)
        for class_id, name in classes:
            self.class_id.addItem(name, str(class_id))
        mine = self.app.school.my_class_id
        self.class_id.setCurrentIndex(max(self.class_id.findData(str(mine) if mine else None), 0))
        self.class_id.blockSignals(False)
        self._load_pupils()

    def _load_pupils(self) -> None:
        class_id, year = self.class_id.currentData(), self.app.school.school_year_id
        if not class_id:
            return
        self.app.run(
            lambda uow, _ctx: propose_channels(uow, uuid.UUID(class_id), year),
            self._fill_pupils,
            parent=self,
        )

    def _fill_pupils(self, proposals: list[ChannelProposal]) -> None:
        self.model.set_rows(proposals)
        self.start.setEnabled(bool(proposals))
        self._count()

    def _check_due(self) -> None:
        wanted = _date(self.due.date())
        self.app.run_plain(lambda _ctx: school_day_on_or_after(wanted), self._show_due, parent=self)

    def _show_due(self, due: DueDate) -> None:
        self.due_note.setVisible(due.moved_from is not None)
        if due.moved_from is not None:
            why = "; ".join(f"{day:%d-%m-%Y} {self._day_name(day)}" for day in due.skipped)
            self.due_note.setText(
                self.tr("Due on {day}: not a school day ({why}).").format(
                    day=due.due_on.strftime("%d-%m-%Y"), why=why
                )
            )

    def _day_name(self, day) -> str:
        return holiday_name(day, self.app.language) or self.tr("Sunday")

    def _channel_text(self, proposal: ChannelProposal) -> str:
        return self.tr("Paper") if proposal.channel is Channel.PAPER else self.tr("WhatsApp")

    def _toggle(self, index) -> None:
        row = self.proxy.mapToSource(index).row()
        rows = list(self.model.rows)
        current = rows[row]
        other = Channel.WHATSAPP if current.channel is Channel.PAPER else Channel.PAPER
        rows[row] = replace(current, channel=other)
        self.model.set_rows(rows)
        self._count()

    def _count(self) -> None:
        paper = sum(1 for p in self.model.rows if p.channel is Channel.PAPER)
        self.counts.setText(
            self.tr("{paper} on paper · {whatsapp} by WhatsApp").format(
                paper=paper, whatsapp=len(self.model.rows) - paper
            )
        )

    def submit(self) -> None:
        class_id = uuid.UUID(self.class_id.currentData())
        year, worksheet = self.app.school.school_year_id, self.worksheet_id
        issued, due = _date(self.issued.date()), _date(self.due.date())
        channels = {p.student_id: p.channel for p in self.model.rows}
        self.start.setEnabled(False)

        def done(result: HandOutResult) -> None:
            self.result_info = result
            self.accept()

        def failed(error: BaseException) -> None:
            from tomoni_desktop.ui.errors import show_error

            self.start.setEnabled(True)
            show_error(self, error)

        self.app.run(
            lambda uow, _ctx: hand_out_worksheet(
                uow, worksheet, class_id, year, issued, due, channels
            ),
            done,
            parent=self,
            on_failure=failed,
        )

    @property
    def chosen_class_id(self) -> uuid.UUID | None:
        return uuid.UUID(self.class_id.currentData()) if self.class_id.currentData() else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand out a worksheet"))
        self.heading.setText(self.worksheet_title)
        self.class_label.setText(self.tr("Class"))
        self.issued_label.setText(self.tr("Handed out on"))
        self.due_label.setText(self.tr("Due on"))
        self.hint.setText(
            self.tr(
                "Proposed from each family's phone and signal: no phone or no signal gets paper. "
                "Double-click a pupil to change."
            )
        )
        self.start.setText(self.tr("Hand out"))
        self.cancel.setText(self.tr("Cancel"))
        self.model.retranslate()
        self._count()
