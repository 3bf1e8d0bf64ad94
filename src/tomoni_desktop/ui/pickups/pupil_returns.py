"""A pupil's copies not back yet, from the pupil's row: for work that came back another way
(brought to school, by a classmate, a photo on WhatsApp) when there is no cover to scan."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import ReturnWay
from tomoni_desktop.services.pickups.outstanding import OutstandingCopy, outstanding_copies
from tomoni_desktop.services.pickups.recording import RecordResult, record_codes
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view

WAYS = (ReturnWay.SCHOOL, ReturnWay.CLASSMATE, ReturnWay.WHATSAPP, ReturnWay.VISIT)


class PupilReturnsDialog(Retranslating, QDialog):
    def __init__(
        self, app: AppContext, student_id: uuid.UUID, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.student_id = student_id
        self.pupil = name
        self.recorded: list[RecordResult] = []
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.model: RowTableModel[OutstandingCopy] = RowTableModel(
            [
                Column(lambda: self.tr("Worksheet"), lambda o: o.worksheet),
                Column(lambda: self.tr("Code"), lambda o: o.code),
                Column(lambda: self.tr("Due"), lambda o: format_date(o.due_on), lambda o: o.due_on),
                Column(
                    lambda: self.tr("Days late"),
                    lambda o: o.days_overdue or "",
                    lambda o: o.days_overdue,
                    numeric=True,
                ),
            ],
            self,
        )
        self.proxy = SearchProxy(self.model, lambda o: o.worksheet, self)
        self.table = list_view(self.proxy, 2)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.way = QComboBox()
        for way in WAYS:
            self.way.addItem("", way.value)
        self.day = date_edit()
        self.way_label, self.day_label = QLabel(), QLabel()
        self.box = QDialogButtonBox()
        self.record = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.record.setEnabled(False)
        options = QHBoxLayout()
        for label, widget in ((self.way_label, self.way), (self.day_label, self.day)):
            options.addWidget(label)
            options.addWidget(widget)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(options)
        layout.addWidget(self.box)
        self.resize(640, 420)
        self.box.accepted.connect(self.record_chosen)
        self.box.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.record.setEnabled(bool(self.proxy.selected_rows(self.table)))
        )
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        year, student, today = self.app.school.school_year_id, self.student_id, date.today()
        self.app.run(
            lambda uow, _ctx: outstanding_copies(uow, year, today, student_id=student),
            self.model.set_rows,
            parent=self,
        )

    def record_chosen(self) -> None:
        codes = [row.code for row in self.proxy.selected_rows(self.table)]
        if not codes:
            return
        way = ReturnWay(self.way.currentData())
        returned_on = to_date(self.day.date())

        def done(results: list[RecordResult]) -> None:
            self.recorded += results
            self.accept()

        self.app.run(
            lambda uow, _ctx: record_codes(uow, codes, returned_on=returned_on, way=way),
            done,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Work that came back"))
        self.heading.setText(
            self.tr("{pupil}: worksheets on paper not back yet").format(pupil=self.pupil)
        )
        for index in range(self.way.count()):
            self.way.setItemText(index, labels.return_way(ReturnWay(self.way.itemData(index))))
        self.way_label.setText(self.tr("Came back by"))
        self.day_label.setText(self.tr("On"))
        self.record.setText(self.tr("Record the chosen ones as back"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
