"""A pupil's timeline in the pupil's window: absences, work back, scores, contacts with the
family, cases and visits, the newest first (the counsellor's confidential notes are not
shown here)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from tomoni_desktop.core.models import (
    AttendanceMark,
    CaseReason,
    CaseStepKind,
    ContactKind,
    ContactOutcome,
    ReturnWay,
    StopOutcome,
)
from tomoni_desktop.services.attendance.timeline import EventKind, TimelineEvent, pupil_timeline
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import format_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view

translate = QCoreApplication.translate


def event_words(event: TimelineEvent) -> tuple[str, str]:
    """What happened, and what came of it, in the interface's language."""
    kind = event.kind
    if kind is EventKind.ABSENCE:
        mark = AttendanceMark(event.what)
        what = translate("TimelineView", "Absent: {mark}").format(mark=labels.attendance_mark(mark))
        letter = (
            translate("TimelineView", "letter received {day}").format(
                day=format_date(date.fromisoformat(event.detail))
            )
            if event.detail
            else ""
        )
        return what, letter
    if kind is EventKind.RETURN:
        return (
            translate("TimelineView", "Work back: {title}").format(title=event.what),
            labels.return_way(ReturnWay(event.detail)),
        )
    if kind is EventKind.SCORE:
        return translate("TimelineView", "Score: {title}").format(title=event.what), event.detail
    if kind is EventKind.CONTACT:
        return (
            translate("TimelineView", "Contact: {how}").format(
                how=labels.contact_kind(ContactKind(event.what))
            ),
            labels.contact_outcome(ContactOutcome(event.detail)),
        )
    if kind is EventKind.CASE:
        reason = labels.case_reason(CaseReason(event.what), event.days)
        return (
            translate("TimelineView", "Case opened: {reason}").format(reason=reason)
            if event.detail == "opened"
            else translate("TimelineView", "Case closed"),
            "",
        )
    if kind is EventKind.STEP:
        return (
            translate("TimelineView", "Step done: {step}").format(
                step=labels.case_step(CaseStepKind(event.what))
            ),
            event.detail,
        )
    return (
        translate("TimelineView", "Home visit: {outcome}").format(
            outcome=labels.stop_outcome(StopOutcome(event.what))
        ),
        "",
    )


class TimelineView(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.model: RowTableModel[TimelineEvent] = RowTableModel(
            [
                Column(lambda: self.tr("Day"), lambda e: format_date(e.day), lambda e: e.day),
                Column(lambda: self.tr("What"), lambda e: event_words(e)[0]),
                Column(lambda: self.tr("Outcome"), lambda e: event_words(e)[1]),
                Column(lambda: self.tr("Note"), lambda e: e.note),
            ],
            self,
        )
        self.view = list_view(
            SearchProxy(self.model, lambda e: " ".join(event_words(e)), self),
            0,
            Qt.SortOrder.DescendingOrder,
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.retranslate()

    def load(self, student_id: uuid.UUID) -> None:
        self.app.run(
            lambda uow, _ctx: pupil_timeline(uow, student_id), self.model.set_rows, parent=self
        )

    def retranslate(self) -> None:
        self.model.retranslate()
