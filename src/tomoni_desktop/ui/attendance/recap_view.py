"""The month of a class: a letter per pupil per school day, S, I and A per pupil, the
absence rate, and the days whose register was not taken; printed for the office."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.services.attendance.recap import MonthRecap, PupilMonth, month_recap
from tomoni_desktop.services.school.register import Leaving
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import format_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.printing import print_pdf
from tomoni_desktop.ui.widgets import Retranslating, list_view


def _day_column(day: date) -> Column[PupilMonth]:
    def shown(row: PupilMonth) -> str:
        mark = row.marks.get(day)
        return mark.value if mark else ""

    return Column(lambda: str(day.day), shown)


class MonthRecapView(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.class_id: uuid.UUID | None = None
        self.recap: MonthRecap | None = None
        self.month_label = QLabel()
        self.month = QComboBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.print_button = QPushButton()
        self.model: RowTableModel[PupilMonth] = RowTableModel([], self)
        self.view = list_view(SearchProxy(self.model, lambda r: r.name, self))
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.choose_file)
        self.retranslate()

    def set_months(self, months: list[tuple[int, int]]) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        for year, month in months:
            self.month.addItem(
                QLocale().toString(QDate(year, month, 1), "MMMM yyyy"), (year, month)
            )
        self.month.blockSignals(False)

    def show_class(self, class_id: uuid.UUID, day: date | None = None) -> None:
        """The class's month of `day` (the day chosen on the page), when the semester has it:
        the register of 27 November, then Rekap bulanan, is November's even on 1 December."""
        self.class_id = class_id
        months = [self.month.itemData(n) for n in range(self.month.count())]
        if day is not None and (day.year, day.month) in months:
            self.month.blockSignals(True)  # one reading, below
            self.month.setCurrentIndex(months.index((day.year, day.month)))
            self.month.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        chosen, class_id = self.month.currentData(), self.class_id
        if chosen is None or class_id is None:
            return
        year, month = chosen
        today = date.today()
        self.app.run(
            lambda uow, _ctx: month_recap(uow, class_id, year, month, today),
            self._show,
            parent=self,
        )

    def _show(self, recap: MonthRecap) -> None:
        self.recap = recap
        # the totals beside the name: always in sight, however many days the month has
        columns: list[Column[PupilMonth]] = [
            Column(lambda: self.tr("Pupil"), lambda r: r.name),
            Column(lambda: "S", lambda r: r.totals.sick or "", lambda r: r.totals.sick, True),
            Column(lambda: "I", lambda r: r.totals.excused or "", lambda r: r.totals.excused, True),
            Column(lambda: "A", lambda r: r.totals.absent or "", lambda r: r.totals.absent, True),
        ]
        columns += [_day_column(day) for day in recap.school_days]
        self.model = RowTableModel(columns, self)
        self.view.setModel(SearchProxy(self.model, lambda r: r.name, self))
        self.model.set_rows(recap.rows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(27)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        self._say()

    def _say(self) -> None:
        recap = self.recap
        if recap is None:
            return
        rate = recap.absence_rate
        text = self.tr(
            "{taken} of {days} school days taken · sick {s} · excused {i} · absent {a} · "
            "absence rate {rate}"
        ).format(
            taken=len(recap.taken),
            days=len(recap.school_days),
            s=recap.totals.sick,
            i=recap.totals.excused,
            a=recap.totals.absent,
            rate="—" if rate is None else QLocale().toString(rate, "f", 1) + " %",
        )
        missing = recap.not_taken
        if missing:
            text += "\n" + self.tr("Not taken: {days}").format(
                days=", ".join(format_date(day)[:5] for day in missing[:12])
                + (" …" if len(missing) > 12 else "")
            )
        self.summary.setText(text)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        recap = self.recap
        if recap is None:
            return
        suggested = f"kehadiran-{recap.class_name.replace(' ', '')}-{recap.first:%Y-%m}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        from tomoni_desktop.core.settings import load_settings
        from tomoni_desktop.reports.attendance_recap import write_month_recap
        from tomoni_desktop.services.attendance.recap import month_sheet

        recap = self.recap
        if recap is None:
            return
        class_id, first, today = recap.class_id, recap.first, date.today()

        def write(uow) -> int:
            sheet = month_sheet(uow, class_id, first.year, first.month, today)
            return write_month_recap(sheet, path, load_settings(uow.session).paper_size)

        print_pdf(
            self, self.app, write, path, self.summary, Leaving.MONTH_RECAP, classes=[class_id]
        )

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        self.print_button.setText(self.tr("Print the month…"))
        self.model.retranslate()
        self._say()
