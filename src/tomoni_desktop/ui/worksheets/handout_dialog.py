"""Handing a worksheet out to a class: dates, and the channel of every pupil."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
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
    ChannelProposal,
    HandOutCheck,
    HandOutResult,
    check_hand_out,
    default_due,
    hand_out_worksheet,
    propose_channels,
)
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date, to_qdate
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, ask, list_view


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
        form = self.form = QFormLayout()
        self.class_id = QComboBox()
        self.asked_due: date | None = None  # the day the teacher chose, when it moved
        self.check: HandOutCheck | None = None
        self.issued = date_edit()
        self.due = date_edit(default_due(date.today()).due_on)
        self.due_note = QLabel()
        self.due_note.setObjectName("fieldWarning")
        self.due_note.setWordWrap(True)
        self.class_label, self.issued_label, self.due_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.class_label, self.class_id)
        form.addRow(self.issued_label, self.issued)
        form.addRow(self.due_label, self.due)
        form.addRow("", self.due_note)
        self.warnings = QLabel()
        self.warnings.setObjectName("fieldWarning")
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        form.setRowVisible(self.due_note, False)  # a hidden note leaves no gap
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
        layout.addWidget(self.warnings)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.box)
        self.resize(640, 560)
        self.class_id.currentIndexChanged.connect(self._load_pupils)
        self.class_id.currentIndexChanged.connect(self._run_check)
        self.due.dateChanged.connect(self._check_due)
        self.issued.dateChanged.connect(self._issued_changed)
        self.retranslate()
        self._load_classes()

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
        self._run_check()

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

    def _issued_changed(self) -> None:
        """A new hand-out day brings the default due day with it (a school day)."""
        self.asked_due = None
        self._set_due(default_due(to_date(self.issued.date())).due_on)
        self.form.setRowVisible(self.due_note, False)
        self._run_check()

    def _set_due(self, day: date) -> None:
        self.due.blockSignals(True)
        self.due.setDate(to_qdate(day))
        self.due.blockSignals(False)

    def _check_due(self) -> None:
        """A chosen day that is no school day moves on at once, so the field shows the day
        the worksheet is really due and the note says why it is not the day chosen."""
        due = school_day_on_or_after(to_date(self.due.date()))
        self.asked_due = due.moved_from
        if due.moved_from is not None:
            self._set_due(due.due_on)
        self._show_due(due)

    def _show_due(self, due: DueDate) -> None:
        self.form.setRowVisible(self.due_note, due.moved_from is not None)
        if due.moved_from is not None:
            why = "; ".join(f"{format_date(day)} {self._day_name(day)}" for day in due.skipped)
            self.due_note.setText(
                self.tr("Moved to {day}: {why} is not a school day.").format(
                    day=format_date(due.due_on), why=why
                )
            )

    def _run_check(self) -> None:
        class_id = self.class_id.currentData()
        if not class_id:
            return
        worksheet, issued = self.worksheet_id, to_date(self.issued.date())
        self.app.run(
            lambda uow, _ctx: check_hand_out(uow, worksheet, uuid.UUID(class_id), issued),
            self._show_check,
            parent=self,
        )

    def _show_check(self, check: HandOutCheck) -> None:
        self.check = check
        lines = self._warning_lines(check)
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def _warning_lines(self, check: HandOutCheck, day: bool = True) -> list[str]:
        lines = []
        if day and check.issued.moved_from is not None:
            chosen = check.issued.moved_from
            lines.append(
                self.tr("{day} is not a school day ({why}).").format(
                    day=format_date(chosen), why=self._day_name(chosen)
                )
            )
        for earlier in check.still_out:
            lines.append(
                self.tr(
                    "This class already has it on paper: handed out on {day}, {copies} copies "
                    "not yet back."
                ).format(day=format_date(earlier.issued_on), copies=earlier.copies)
            )
        if check.level_differs:
            lines.append(
                self.tr(
                    "The worksheet is for level {worksheet}; this class is level {level}."
                ).format(worksheet=check.worksheet_level, level=check.class_level)
            )
        return lines

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
        """Hand out; when the class has it out already or its level differs, ask first."""
        check = self.check
        if check is not None and (check.still_out or check.level_differs):
            ask(
                self,
                "\n".join(
                    [*self._warning_lines(check, day=False), "", self.tr("Hand it out anyway?")]
                ),
                self.tr("Hand out"),
                self.tr("Cancel"),
                self.hand_out,
                title=self.tr("Hand out a worksheet"),
            )
            return
        self.hand_out()

    def hand_out(self) -> None:
        class_id = uuid.UUID(self.class_id.currentData())
        year, worksheet = self.app.school.school_year_id, self.worksheet_id
        issued = to_date(self.issued.date())
        due = self.asked_due or to_date(self.due.date())  # the service moves it the same way
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
