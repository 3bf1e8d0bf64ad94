"""Pengambilan: recording the copies that came back, as fast as a scanner types.

The code field always has the focus. A scanner (or the teacher) types a code and Enter: the
field empties at once for the next one while the worker records it; the answer shows large,
in colour, and joins the list of this sitting, where the last one can be undone.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.models import ReturnWay
from tomoni_desktop.services.parents.letters import undo_reply
from tomoni_desktop.services.pickups.outstanding import (
    ClassReturnRate,
    FollowUp,
    HandOutReturnRate,
    OutstandingCopy,
    ReturnRates,
    outstanding_copies,
    pupils_to_follow_up,
    return_rates,
)
from tomoni_desktop.services.pickups.recording import (
    Recorded,
    RecordResult,
    record_code,
    set_score,
    undo_return,
)
from tomoni_desktop.services.pickups.rounds import RoundRow, list_rounds
from tomoni_desktop.services.roster.editing import classes_of_year
from tomoni_desktop.services.school.register import Leaving
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.pickups.camera_support import camera_absent_words, camera_in_this_copy
from tomoni_desktop.ui.pickups.charts import WeeklyBars

if TYPE_CHECKING:
    from tomoni_desktop.ui.pickups.camera import CameraPanel
from tomoni_desktop.ui.widgets import (
    Retranslating,
    list_view,
    share_width,
    stacked,
    two_lines,
    widest_code_width,
)

ANY_CLASS = ""
# The answer's colours: recorded, recorded with a remark, nothing recorded.
COLOURS = {"ok": "#d9f2dd", "note": "#fff1c7", "refused": "#f9d6d5"}


@dataclass(frozen=True)
class Scan:
    """One code of this sitting and its answer."""

    at: float  # time.monotonic() when Enter was pressed: the order of the sitting
    result: RecordResult
    undone: bool = False
    clock: str = ""  # the wall-clock time shown, HH:MM:SS


class PickupsPage(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.loaded = False
        self.classes: list[tuple[uuid.UUID, str]] = []
        # the class the lists show: "" the teacher's own, None every class, or a class's name
        # (Beranda's figures count every class the person sees, or a class's round)
        self.wanted_class: str | None = ""
        self.reminder: QDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.way = QComboBox()
        for way in ReturnWay:
            self.way.addItem("", way.value)
        self.day = date_edit()
        self.class_choice = QComboBox()
        self.way_label, self.day_label, self.class_label = QLabel(), QLabel(), QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("codeField")
        self.code.setMaxLength(20)
        self.code_label = QLabel()
        self.answer = QFrame()
        self.answer.setObjectName("scanAnswer")
        self.answer_title = QLabel()
        self.answer_title.setObjectName("scanAnswerTitle")
        self.answer_title.setWordWrap(True)
        self.answer_detail = QLabel()
        self.answer_detail.setWordWrap(True)
        answer_layout = QVBoxLayout(self.answer)
        answer_layout.addWidget(self.answer_title)
        answer_layout.addWidget(self.answer_detail)
        self.undo = QPushButton()
        self.undo.setEnabled(False)
        self.from_pictures = QPushButton()
        self.camera_button = QPushButton()
        self.camera_button.setCheckable(True)
        self.camera_in_this_copy = camera_in_this_copy()  # a fact of the copy: asked once
        self.camera_button.setEnabled(self.camera_in_this_copy)
        self.camera: CameraPanel | None = None  # made when first turned on
        self.counts = QLabel()
        # The score of the copy just recorded, if the teacher marks it there and then.
        self.score_label = QLabel()
        self.score = QSpinBox()
        self.score.setRange(0, 1000)
        self.score.setEnabled(False)
        self.save_score = QPushButton()
        self.save_score.setEnabled(False)
        # Marking a pile as it comes back: after each code the score's turn, then the next
        # code's (a scanner alone would type its next code into the score: off by default).
        self.score_next = QCheckBox()
        self.scans: RowTableModel[Scan] = RowTableModel(
            [
                Column(lambda: self.tr("Time"), lambda s: s.clock, lambda s: s.at),
                Column(lambda: self.tr("Code"), lambda s: s.result.code),
                Column(
                    lambda: "\n".join((self.tr("Pupil"), self.tr("Class"))),
                    lambda s: f"{s.result.pupil or '—'}\n{s.result.class_name or '—'}",
                    lambda s: s.result.pupil or "",
                ),
                Column(lambda: self.tr("Worksheet"), lambda s: s.result.worksheet or "—"),
                Column(lambda: self.tr("Result"), self._short_result),
            ],
            self,
        )
        self.scans_view = list_view(  # newest on top
            SearchProxy(self.scans, lambda s: s.result.code, self), 0, Qt.SortOrder.DescendingOrder
        )
        # The time, the code and the result as wide as they are (the code: as any code can
        # be, set at the first scan), the pupil and the worksheet share the rest: the answer
        # to each code stays in sight in the pane's width.
        two_lines(self.scans_view)
        share_width(self.scans_view, (2, 3))
        self.scans_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.scans_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rounds_title = QLabel()
        self.rounds_title.setObjectName("sectionTitle")
        self.plan_round = QPushButton()
        self.tick_round = QPushButton()
        self.tick_round.setEnabled(False)
        self.rounds: RowTableModel[RoundRow] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Day"),
                    lambda r: format_date(r.planned_on),
                    lambda r: r.planned_on,
                ),
                Column(lambda: self.tr("Class"), lambda r: r.class_name),
                Column(lambda: self.tr("Houses"), lambda r: r.stops, numeric=True),
                Column(lambda: self.tr("Visited"), lambda r: r.visited, numeric=True),
            ],
            self,
        )
        self.rounds_proxy = SearchProxy(self.rounds, lambda r: r.class_name, self)
        self.rounds_view = list_view(self.rounds_proxy, 0, Qt.SortOrder.DescendingOrder, True)
        self.rounds_view.setMaximumHeight(150)
        self.rounds_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outstanding_title = QLabel()
        self.outstanding_title.setObjectName("sectionTitle")
        self.print_outstanding = QPushButton()
        self.remind = QPushButton()

        def rate_columns(*first: Column) -> list[Column]:
            return [
                *first,
                Column(lambda: self.tr("On paper"), lambda r: r.on_paper, numeric=True),
                Column(lambda: self.tr("Back"), lambda r: r.returned, numeric=True),
                Column(lambda: self.tr("Late"), lambda r: r.late, numeric=True),
                Column(
                    lambda: self.tr("Back (%)"),
                    lambda r: f"{r.rate:.0%}",
                    lambda r: r.rate,
                    numeric=True,
                ),
            ]

        self.rates: RowTableModel[ClassReturnRate] = RowTableModel(
            rate_columns(Column(lambda: self.tr("Class"), lambda r: r.class_name)), self
        )
        self.rates_view = list_view(SearchProxy(self.rates, lambda r: r.class_name, self))
        self.worksheet_rates: RowTableModel[HandOutReturnRate] = RowTableModel(
            rate_columns(
                Column(lambda: self.tr("Worksheet"), lambda r: r.worksheet),
                Column(lambda: self.tr("Class"), lambda r: r.class_name),
                Column(
                    lambda: self.tr("Handed out"),
                    lambda r: format_date(r.issued_on),
                    lambda r: r.issued_on,
                ),
            ),
            self,
        )
        self.worksheet_rates_view = list_view(
            SearchProxy(self.worksheet_rates, lambda r: r.worksheet, self),
            2,
            Qt.SortOrder.DescendingOrder,
        )
        self.rates_by = QComboBox()  # per class, or per worksheet handed out
        self.rates_by.addItems(["", ""])
        self.rates_by_label = QLabel()
        self.rates_views = QStackedWidget()
        for view in (self.rates_view, self.worksheet_rates_view):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.rates_views.addWidget(view)
        self.rates_by.currentIndexChanged.connect(self.rates_views.setCurrentIndex)
        self.rates_by.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.follow_up_title = QLabel()
        self.follow_up_title.setWordWrap(True)
        self.follow_ups: RowTableModel[FollowUp] = RowTableModel(
            [
                Column(
                    lambda: "\n".join((self.tr("Pupil"), self.tr("Village / dusun"))),
                    lambda f: f"{f.pupil}\n{f.village} / {f.dusun}",
                    lambda f: f.pupil,
                ),
                Column(lambda: self.tr("Class"), lambda f: f.class_name),
                Column(
                    lambda: "\n".join((self.tr("Parent or guardian"), self.tr("Phone"))),
                    lambda f: f"{f.guardian or '—'}\n{f.phone or '—'}",
                    lambda f: f.guardian or "",
                ),
                Column(
                    lambda: stacked(self.tr("Failed visits")),
                    lambda f: f.failed_visits,
                    numeric=True,
                ),
                Column(
                    lambda: stacked(self.tr("Last visit")),
                    lambda f: (
                        f"{format_date(f.last_visit_on)}\n{labels.stop_outcome(f.last_outcome)}"
                    ),
                    lambda f: f.last_visit_on,
                ),
                Column(
                    lambda: stacked(self.tr("Copies out")), lambda f: f.copies_out, numeric=True
                ),
            ],
            self,
        )
        self.follow_ups_proxy = SearchProxy(
            self.follow_ups, lambda f: f"{f.pupil} {f.village} {f.dusun}", self
        )
        self.follow_ups_view = list_view(self.follow_ups_proxy, 3, Qt.SortOrder.DescendingOrder)
        self.follow_ups_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        two_lines(self.follow_ups_view)
        share_width(self.follow_ups_view, (0, 2))  # the pupil and the parent to call
        self.follow_ups_view.doubleClicked.connect(lambda _index: self.open_pupil_returns())
        self.weeks_title = QLabel()
        self.weekly = WeeklyBars()
        # Two lines a row (the pupil over the village, the worksheet over its code) and
        # the numbers' headers on two lines: the list fits its half of a laptop's screen.
        self.outstanding: RowTableModel[OutstandingCopy] = RowTableModel(
            [
                Column(
                    lambda: "\n".join((self.tr("Pupil"), self.tr("Village / dusun"))),
                    lambda o: f"{o.pupil}\n{o.village} / {o.dusun}",
                    lambda o: o.pupil,
                ),
                Column(lambda: self.tr("Class"), lambda o: o.class_name),
                Column(
                    lambda: "\n".join((self.tr("Worksheet"), self.tr("Code"))),
                    lambda o: f"{o.worksheet}\n{o.code}",
                    lambda o: o.worksheet,
                ),
                Column(
                    lambda: stacked(self.tr("Due")),
                    lambda o: format_date(o.due_on),
                    lambda o: o.due_on,
                ),
                Column(
                    lambda: stacked(self.tr("Days late")),
                    lambda o: o.days_overdue or "",
                    lambda o: o.days_overdue,
                    numeric=True,
                ),
                Column(
                    lambda: stacked(self.tr("Failed visits")),
                    lambda o: o.failed_visits or "",
                    lambda o: o.failed_visits,
                    numeric=True,
                ),
            ],
            self,
        )
        self.outstanding_proxy = SearchProxy(
            self.outstanding, lambda o: f"{o.pupil} {o.village} {o.dusun} {o.code}", self
        )
        self.outstanding_view = list_view(self.outstanding_proxy, 4, Qt.SortOrder.DescendingOrder)
        self.outstanding_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        two_lines(self.outstanding_view)
        share_width(self.outstanding_view, (0, 2))  # the pupil and the worksheet

        options = QHBoxLayout()
        for label, widget in (
            (self.class_label, self.class_choice),
            (self.way_label, self.way),
            (self.day_label, self.day),
        ):
            options.addWidget(label)
            options.addWidget(widget)
        options.addStretch(1)
        self.slips_button = QPushButton()
        options.addWidget(self.slips_button)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.code_label)
        scan_row.addWidget(self.code, 1)
        self.code.setMinimumWidth(220)  # a whole code, in large letters
        other_ways = QHBoxLayout()
        for button in (self.undo, self.from_pictures, self.camera_button):
            other_ways.addWidget(button)
        other_ways.addStretch(1)
        left = QVBoxLayout()
        self.left = left
        left.addLayout(scan_row)
        left.addLayout(other_ways)
        left.addWidget(self.answer)
        # The session's count above the score: on one row they pushed the page past a
        # 1366-pixel screen and squeezed the lists on the right.
        left.addWidget(self.counts)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_label)
        score_row.addWidget(self.score)
        score_row.addWidget(self.save_score)
        score_row.addWidget(self.score_next)
        score_row.addStretch(1)
        left.addLayout(score_row)
        left.addWidget(self.scans_view, 1)
        # Titles wrap and buttons sit on a row of their own: the page fits a 1366x768 screen
        # in both languages.
        right = QVBoxLayout()
        round_row = QHBoxLayout()
        round_row.addWidget(self.plan_round)
        round_row.addWidget(self.tick_round)
        round_row.addStretch(1)
        right.addWidget(self.rounds_title)
        right.addLayout(round_row)
        right.addWidget(self.rounds_view)
        outstanding_row = QHBoxLayout()
        outstanding_row.addWidget(self.remind)
        outstanding_row.addWidget(self.print_outstanding)
        outstanding_row.addStretch(1)
        # Not back yet, and how much comes back (per class, per week), as two tabs.
        self.tabs = QTabWidget()
        not_back = QWidget()
        not_back_layout = QVBoxLayout(not_back)
        not_back_layout.setContentsMargins(0, 0, 0, 0)
        not_back_layout.addWidget(self.outstanding_title)
        not_back_layout.addLayout(outstanding_row)
        not_back_layout.addWidget(self.outstanding_view, 1)
        rates = QWidget()
        rates_layout = QVBoxLayout(rates)
        rates_layout.setContentsMargins(0, 0, 0, 0)
        rates_by_row = QHBoxLayout()
        rates_by_row.addWidget(self.rates_by_label)
        rates_by_row.addWidget(self.rates_by)
        rates_by_row.addStretch(1)
        rates_layout.addLayout(rates_by_row)
        rates_layout.addWidget(self.rates_views, 1)
        rates_layout.addWidget(self.weeks_title)
        rates_layout.addWidget(self.weekly)
        follow_up = QWidget()
        follow_up_layout = QVBoxLayout(follow_up)
        follow_up_layout.setContentsMargins(0, 0, 0, 0)
        follow_up_layout.addWidget(self.follow_up_title)
        follow_up_layout.addWidget(self.follow_ups_view, 1)
        self.tabs.addTab(not_back, "")
        self.tabs.addTab(follow_up, "")
        self.tabs.addTab(rates, "")
        right.addWidget(self.tabs, 1)
        # read when looked at, not after every scan (a scan must stay instant)
        self.tabs.currentChanged.connect(lambda index: self.refresh_rates() if index == 2 else None)
        for title in (self.rounds_title, self.outstanding_title):
            title.setWordWrap(True)
            title.setMinimumWidth(120)
        columns = QHBoxLayout()
        # The lists on the right are wide; the answer on the left wraps.
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(options)
        layout.addLayout(columns, 1)

        self.code.returnPressed.connect(self.submit)
        self.undo.clicked.connect(self.undo_last)
        self.from_pictures.clicked.connect(self.choose_pictures)
        self.camera_button.toggled.connect(self.use_camera)
        self.save_score.clicked.connect(self.store_score)
        self.score.editingFinished.connect(
            lambda: self.store_score() if self.score.hasFocus() else None
        )
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        self.class_choice.currentIndexChanged.connect(self.refresh_outstanding)
        self.plan_round.clicked.connect(self.open_round_plan)
        self.slips_button.clicked.connect(self.open_slips)
        self.remind.clicked.connect(self.open_reminder)
        self.print_outstanding.clicked.connect(self.choose_report_file)
        self.tick_round.clicked.connect(self.open_tick_list)
        self.rounds_view.selectionModel().selectionChanged.connect(
            lambda: self.tick_round.setEnabled(self.chosen_round() is not None)
        )
        self.rounds_view.doubleClicked.connect(lambda _index: self.open_tick_list())
        for widget in (self.class_choice, self.way, self.day):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        app.changed.connect(self._on_changed)
        self.retranslate()
        self._show_answer(None)

    # loading -------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        if not self.loaded:
            self.loaded = True
            year = self.app.school.school_year_id
            self.app.run(
                lambda uow, _ctx: classes_of_year(uow, year), self._fill_classes, parent=self
            )
        super().showEvent(event)
        self.code.setFocus()

    def _fill_classes(self, classes) -> None:
        self.classes = list(classes)
        self.class_choice.blockSignals(True)
        self.class_choice.clear()
        self.class_choice.addItem(self.tr("All classes"), ANY_CLASS)
        for class_id, name in classes:
            self.class_choice.addItem(name, str(class_id))
        self.class_choice.setCurrentIndex(self._wanted_index())
        self.class_choice.blockSignals(False)
        self.refresh_outstanding()
        self.refresh_rounds()
        if self.tabs.currentIndex() == 2:  # the whole school's rates: read when looked at
            self.refresh_rates()

    def show_class(self, name: str | None) -> None:
        """Show the lists of class `name`, or of every class (None), as Beranda counted."""
        self.wanted_class = name
        if self.class_choice.count():  # the classes are in: choose now (else once they are)
            self.class_choice.setCurrentIndex(self._wanted_index())

    def _wanted_index(self) -> int:
        if self.wanted_class is None:
            return 0  # every class
        if self.wanted_class:
            return max(self.class_choice.findText(self.wanted_class), 0)
        mine = self.app.school.my_class_id
        return max(self.class_choice.findData(str(mine) if mine else ""), 0)

    def open_reminder(self) -> None:
        """A WhatsApp reminder to the parents of the chosen copy's pupil (work not back)."""
        from tomoni_desktop.services.attendance.whatsapp import pupil_of_copy, worksheet_message
        from tomoni_desktop.ui.attendance.whatsapp_dialog import WhatsAppDialog

        chosen = self.outstanding_proxy.selected_row(self.outstanding_view)
        if chosen is None:
            self.answer_detail.setText(self.tr("Choose a copy in the list first."))
            return
        code, pupil = chosen.code, chosen.pupil

        def open_dialog(student_id: uuid.UUID) -> None:
            self.reminder = WhatsAppDialog(
                self.app,
                student_id,
                pupil,
                lambda uow: worksheet_message(uow, code),
                "worksheet",
                self,
            )
            self.reminder.open()

        self.app.run(
            lambda uow, _ctx: pupil_of_copy(uow, code),
            open_dialog,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def open_slips(self) -> QDialog:
        """The parents' return slips of the class's week, typed in."""
        from tomoni_desktop.ui.pickups.slips_dialog import SlipsDialog

        class_id = self.chosen_class() or self.app.school.my_class_id
        dialog = SlipsDialog(self.app, self.classes, class_id, self)
        dialog.open()
        return dialog

    def chosen_class(self) -> uuid.UUID | None:
        value = self.class_choice.currentData()
        return uuid.UUID(value) if value else None

    def refresh_outstanding(self) -> None:
        year, class_id, today = self.app.school.school_year_id, self.chosen_class(), date.today()
        for view in (self.outstanding_view, self.follow_ups_view):
            view.setColumnHidden(1, class_id is not None)  # the class column, for all classes
        self.app.run(
            lambda uow, _ctx: outstanding_copies(uow, year, today, class_id),
            self._show_outstanding,
            parent=self,
        )

    def choose_report_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the list of copies not back"),
            str(Path.home() / "belum-kembali.pdf"),
            "PDF (*.pdf)",
        )
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        """The class's outstanding-work report (the whole school's needs a class each)."""
        from tomoni_desktop.core.settings import load_settings
        from tomoni_desktop.reports.outstanding_report import write_outstanding_report
        from tomoni_desktop.services.pickups.outstanding import outstanding_report

        class_id = self.chosen_class() or self.app.school.my_class_id
        if class_id is None:
            return
        today = date.today()

        def write(uow) -> int:
            report = outstanding_report(uow, class_id, today)
            return write_outstanding_report(report, path, load_settings(uow.session).paper_size)

        from tomoni_desktop.ui.printing import print_pdf

        print_pdf(self, self.app, write, path, self.counts, Leaving.OUTSTANDING, classes=[class_id])

    def refresh_rates(self) -> None:
        year, today = self.app.school.school_year_id, date.today()
        self.app.run(
            lambda uow, _ctx: return_rates(uow, year, today), self._show_rates, parent=self
        )

    def _show_rates(self, rates: ReturnRates) -> None:
        self.rates.set_rows(rates.per_class)
        self.worksheet_rates.set_rows(rates.per_hand_out)
        self.weekly.set_weeks(rates.per_week)

    def refresh_follow_ups(self) -> None:
        year, class_id, after = (
            self.app.school.school_year_id,
            self.chosen_class(),
            self.app.settings.follow_up_after,
        )
        self.app.run(
            lambda uow, _ctx: pupils_to_follow_up(uow, year, after, class_id),
            self._show_follow_ups,
            parent=self,
        )

    def _show_follow_ups(self, rows: list[FollowUp]) -> None:
        self.follow_ups.set_rows(rows)
        self._title_follow_ups()

    def _title_follow_ups(self) -> None:
        self.tabs.setTabText(
            1, self.tr("To follow up ({count})").format(count=len(self.follow_ups.rows))
        )
        self.follow_up_title.setText(
            self.tr(
                "Pupils whose work did not come back after {after} or more home visits in a row: "
                "call the parents, or bring the case to the counsellor. Double-click a pupil to "
                "record work that came back another way."
            ).format(after=self.app.settings.follow_up_after)
        )

    def open_pupil_returns(self) -> QDialog | None:
        from tomoni_desktop.ui.pickups.pupil_returns import PupilReturnsDialog

        chosen = self.follow_ups_proxy.selected_row(self.follow_ups_view)
        if chosen is None:
            return None
        dialog = PupilReturnsDialog(self.app, chosen.student_id, chosen.pupil, self)
        dialog.finished.connect(lambda _code: self.refresh_outstanding())
        dialog.open()
        return dialog

    def refresh_rounds(self) -> None:
        year = self.app.school.school_year_id
        self.app.run(lambda uow, _ctx: list_rounds(uow, year), self.rounds.set_rows, parent=self)

    def chosen_round(self) -> RoundRow | None:
        return self.rounds_proxy.selected_row(self.rounds_view)

    def open_round_plan(self) -> QDialog | None:
        from tomoni_desktop.ui.pickups.round_dialogs import RoundDialog

        class_id = self.chosen_class() or self.app.school.my_class_id
        if class_id is None:
            return None
        dialog = RoundDialog(self.app, class_id, to_date(self.day.date()), self)
        dialog.accepted.connect(self.refresh_rounds)
        dialog.open()
        return dialog

    def open_tick_list(self) -> QDialog | None:
        from tomoni_desktop.ui.pickups.round_dialogs import TickListDialog

        chosen = self.chosen_round()
        if chosen is None:
            return None
        title = self.tr("Round of class {name} on {day}").format(
            name=chosen.class_name, day=format_date(chosen.planned_on)
        )
        dialog = TickListDialog(self.app, chosen.round_id, title, self)
        dialog.finished.connect(lambda _code: self.refresh_rounds())
        dialog.open()
        return dialog

    def _show_outstanding(self, rows: list[OutstandingCopy]) -> None:
        self.outstanding.set_rows(rows)
        self._title_outstanding()
        self.refresh_follow_ups()  # the same copies, by pupil after failed visits

    def _title_outstanding(self) -> None:
        rows = self.outstanding.rows
        late = sum(1 for row in rows if row.missing)
        after = self.app.settings.follow_up_after
        flagged = {row.pupil for row in rows if row.failed_visits >= after}
        title = self.tr(
            "Not back yet: %n copies, {late} past their due date", "", len(rows)
        ).format(late=late)
        if flagged:
            title += " · " + self.tr(
                "%n pupils to follow up ({after}+ visits)", "", len(flagged)
            ).format(after=after)
        self.outstanding_title.setText(title)

    def _on_changed(self, areas: frozenset[str]) -> None:
        """New hand-outs (or a bundle) change the list; a scan here updates it row by row."""
        if self.loaded and Area.WORKSHEETS in areas:
            self.refresh_outstanding()

    # recording -----------------------------------------------------------------------
    def submit(self) -> None:
        """Enter: the field empties at once, the worker records, the answer follows."""
        text = self.code.text().strip()
        self.code.clear()
        if text:
            self.record_text(text)

    def record_text(self, text: str) -> None:
        """A code typed, scanned or read by the camera: recorded by the worker."""
        started = time.monotonic()
        returned_on, way, class_id = (
            to_date(self.day.date()),
            ReturnWay(self.way.currentData()),
            self.chosen_class(),
        )
        self.app.run(
            lambda uow, _ctx: record_code(
                uow, text, returned_on=returned_on, way=way, class_id=class_id
            ),
            lambda result: self._recorded(Scan(started, result, clock=time.strftime("%H:%M:%S"))),
            parent=self,
        )

    def use_camera(self, on: bool) -> None:
        """The camera's picture under the answer while the button is down; off, it lets the
        camera go."""
        if on and self.camera is None:
            from tomoni_desktop.ui.pickups.camera import CameraPanel

            self.camera = CameraPanel(self)
            self.camera.code_found.connect(self.record_text)
            self.left.insertWidget(3, self.camera)  # under the answer
        if self.camera is None:
            return
        self.camera.setVisible(on)
        if on:
            self.camera.start()
        else:
            self.camera.stop()
        self.code.setFocus()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.camera_button.setChecked(False)  # another page: the camera goes off
        super().hideEvent(event)

    def choose_pictures(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos or scans of covers"),
            str(Path.home()),
            self.tr("Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)"),
        )
        if paths:
            self.read_pictures([Path(path) for path in paths])

    def read_pictures(self, paths: list[Path]) -> None:
        """Every cover's code in the pictures, recorded in one unit of work."""
        from tomoni_desktop.services.pickups.photos import record_from_pictures

        returned_on, way = to_date(self.day.date()), ReturnWay(self.way.currentData())
        class_id = self.chosen_class()

        def work(uow, context):
            return record_from_pictures(
                uow,
                paths,
                returned_on=returned_on,
                way=way,
                class_id=class_id,
                progress=lambda done, total: context.progress(done, total),
            )

        def done(results) -> None:
            for found in results:
                self._recorded(
                    Scan(time.monotonic(), found.result, clock=time.strftime("%H:%M:%S"))
                )
            if not results:
                self.answer_title.setText(self.tr("No pickup code was found in these pictures"))
                self.answer_detail.setText(
                    self.tr("Hold the cover flat and in the light, with its QR code whole.")
                )
                self._colour("refused")

        self.app.run(
            work,
            done,
            parent=self,
            label=self.tr("Reading the pictures…"),
            cancellable=True,
            on_failure=lambda error: show_error(self, error),
        )

    def store_score(self) -> None:
        """The score typed for the copy just recorded; then back to the code field."""
        scan = self.last_recorded()
        if scan is None or scan.result.copy_id is None:
            return
        copy_id, value = scan.result.copy_id, self.score.value()

        def stored(_none) -> None:
            self.answer_detail.setText(
                self.tr("Score {value} kept for {pupil}.").format(
                    value=value, pupil=scan.result.pupil
                )
            )
            self.code.setFocus()

        self.app.run(
            lambda uow, _ctx: set_score(uow, copy_id, value),
            stored,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def _recorded(self, scan: Scan) -> None:
        first = not self.scans.rows
        self.scans.add_row(scan)
        if first:
            self.scans_view.setColumnWidth(1, widest_code_width(self.scans_view))
        self._fit_result()
        if scan.result.recorded:
            self._drop_outstanding(scan.result.code)
        self._show_answer(scan.result)
        if not scan.result.recorded and scan.result.outcome is not Recorded.REPLY:
            QApplication.beep()  # a sound for a code that was not recorded
        self._count()
        if scan.result.recorded and self.score_next.isChecked() and self.score.isEnabled():
            self.score.setFocus()
            self.score.selectAll()
        else:
            self.code.setFocus()

    def _drop_outstanding(self, code: str) -> None:
        if self.outstanding.remove_where(lambda row: row.code == code):
            self._title_outstanding()

    def last_recorded(self) -> Scan | None:
        """The last copy recorded (its score can be typed)."""
        recorded = [s for s in self.scans.rows if s.result.recorded and not s.undone]
        return max(recorded, key=lambda s: s.at, default=None)

    def last_undoable(self) -> Scan | None:
        """The last copy or letter reply recorded in this sitting."""
        done = [
            s
            for s in self.scans.rows
            if (s.result.recorded or s.result.outcome is Recorded.REPLY) and not s.undone
        ]
        return max(done, key=lambda s: s.at, default=None)

    def undo_last(self) -> None:
        scan = self.last_undoable()
        if scan is None:
            return
        return_id, letter_id = scan.result.return_id, scan.result.letter_id

        def undone(_none) -> None:
            self.scans.replace_row(scan, replace(scan, undone=True))
            self._fit_result()
            self.answer_title.setText(self.tr("Undone: {code}").format(code=scan.result.code))
            self.answer_detail.setText(scan.result.pupil)
            self._colour("note")
            self._count()
            self.code.setFocus()
            self.refresh_outstanding()  # the copy is out again

        def work(uow, _ctx) -> None:
            if letter_id is not None:
                undo_reply(uow, letter_id)
            elif return_id is not None:
                undo_return(uow, return_id)

        self.app.run(work, undone, parent=self)

    def _count(self) -> None:
        recorded = sum(1 for s in self.scans.rows if s.result.recorded and not s.undone)
        self.counts.setText(self.tr("%n copies recorded in this sitting", "", recorded))
        self.undo.setEnabled(self.last_undoable() is not None)
        for widget in (self.score, self.save_score):
            widget.setEnabled(self.last_recorded() is not None)

    # words ---------------------------------------------------------------------------
    def _fit_result(self) -> None:
        """The result column as wide as its longest answer: a header sized to its contents
        measures them only when it is laid out again, so "unknown code" after "late" was
        cut to "unkn…"."""
        self.scans_view.resizeColumnToContents(self.scans.columnCount() - 1)

    def _short_result(self, scan: Scan) -> str:
        if scan.undone:
            return self.tr("undone")
        return {
            Recorded.RETURNED: self.tr("late") if scan.result.late else self.tr("returned"),
            Recorded.OTHER_CLASS: self.tr("returned (another class)"),
            Recorded.REPLY: self.tr("reply to a letter"),
            Recorded.ALREADY: (
                self.tr("reply already recorded")
                if scan.result.letter_id
                else self.tr("already returned")
            ),
            Recorded.UNKNOWN: self.tr("unknown code"),
            Recorded.MALFORMED: self.tr("not a code"),
        }[scan.result.outcome]

    def _show_answer(self, result: RecordResult | None) -> None:
        if result is None:
            self.answer_title.setText(self.tr("Scan or type a pickup code, then Enter"))
            self.answer_detail.setText(
                self.tr("The code is on each cover, under the QR code (e.g. K7M-Q2P).")
            )
            self._colour(None)
            return
        who = f"{result.pupil} · {result.class_name} · {result.worksheet}"
        where = " / ".join(part for part in (result.village, result.dusun) if part)
        day = format_date(result.returned_on) if result.returned_on else ""
        due = format_date(result.due_on) if result.due_on else ""
        if result.outcome is Recorded.RETURNED:
            self.answer_title.setText(self.tr("✓ {pupil}").format(pupil=result.pupil))
            late = self.tr(" · late (due {due})").format(due=due) if result.late else ""
            self.answer_detail.setText(f"{result.code} · {who} · {where}{late}")
            self._colour("note" if result.late else "ok")
        elif result.outcome is Recorded.OTHER_CLASS:
            self.answer_title.setText(
                self.tr("✓ {pupil}, class {name}").format(
                    pupil=result.pupil, name=result.class_name
                )
            )
            self.answer_detail.setText(
                self.tr(
                    "Recorded, but this copy is of class {name}, not the class chosen: {who}"
                ).format(name=result.class_name, who=who)
            )
            self._colour("note")
        elif result.outcome is Recorded.REPLY and result.letter_kind is not None:
            self.answer_title.setText(
                self.tr("✓ Reply from the parents of {pupil}").format(pupil=result.pupil)
            )
            self.answer_detail.setText(
                f"{result.code} · {labels.letter_kind(result.letter_kind)} · {result.class_name}"
            )
            self._colour("ok")
        elif result.outcome is Recorded.ALREADY and result.letter_kind is not None:
            self.answer_title.setText(
                self.tr("The reply to {code} was already recorded on {day}").format(
                    code=result.code, day=day
                )
            )
            self.answer_detail.setText(
                f"{result.pupil} · {labels.letter_kind(result.letter_kind)} · "
                + self.tr("nothing recorded again")
            )
            self._colour("note")
        elif result.outcome is Recorded.ALREADY:
            self.answer_title.setText(
                self.tr("{code} was already returned on {day}").format(code=result.code, day=day)
            )
            self.answer_detail.setText(who + " · " + self.tr("nothing recorded again"))
            self._colour("note")
        elif result.outcome is Recorded.UNKNOWN:
            self.answer_title.setText(
                self.tr("{code}: no copy or letter has this code").format(code=result.code)
            )
            self.answer_detail.setText(
                self.tr(
                    "Check the code on the cover; a copy handed out on another laptop arrives with its bundle."
                )
            )
            self._colour("refused")
        else:
            self.answer_title.setText(
                self.tr("“{code}” is not a pickup code").format(code=result.code)
            )
            self.answer_detail.setText(
                self.tr("A pickup code has six letters and digits, like K7M-Q2P.")
            )
            self._colour("refused")

    def _colour(self, kind: str | None) -> None:
        colour = COLOURS.get(kind or "", "#f3f7f8")
        self.answer.setStyleSheet(
            f"#scanAnswer {{ background: {colour}; border: 1px solid #c9d9de; border-radius: 6px; }}"
        )
        self.answer.setProperty("answer", kind or "")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pickups"))
        self.code_label.setText(self.tr("Pickup code"))
        self.code.setPlaceholderText(self.tr("K7M-Q2P"))
        self.class_label.setText(self.tr("Class"))
        self.way_label.setText(self.tr("Came back by"))
        self.day_label.setText(self.tr("On"))
        self.undo.setText(self.tr("Undo the last one"))
        self.from_pictures.setText(self.tr("From photos…"))
        self.camera_button.setText(self.tr("Camera"))
        if not self.camera_in_this_copy:
            self.camera_button.setToolTip(camera_absent_words())
        self.score_label.setText(self.tr("Score of the last one"))
        self.save_score.setText(self.tr("Keep score"))
        self.score_next.setText(self.tr("Type a score after each code"))
        self.rounds_title.setText(self.tr("Home visits"))
        self.print_outstanding.setText(self.tr("Print the list…"))
        self.slips_button.setText(self.tr("Return slips…"))
        self.remind.setText(self.tr("WhatsApp reminder…"))
        self.tabs.setTabText(0, self.tr("Not back yet"))
        self.tabs.setTabText(2, self.tr("How much comes back"))
        self.rates_by_label.setText(self.tr("Per"))
        self.rates_by.setItemText(0, self.tr("class"))
        self.rates_by.setItemText(1, self.tr("worksheet handed out"))
        self.worksheet_rates.retranslate()
        self.follow_ups.retranslate()
        self.weeks_title.setText(self.tr("Copies back per week (the last eight)"))
        self.rates.retranslate()
        self.plan_round.setText(self.tr("Plan a round…"))
        self.tick_round.setText(self.tr("After the round…"))
        self.rounds.retranslate()
        for index in range(self.way.count()):
            self.way.setItemText(index, labels.return_way(ReturnWay(self.way.itemData(index))))
        if self.class_choice.count():
            self.class_choice.setItemText(0, self.tr("All classes"))
        last = max(self.scans.rows, key=lambda s: s.at, default=None)
        self._show_answer(last.result if last else None)
        self._count()
        self.scans.retranslate()
        self.outstanding.retranslate()
        if self.loaded:
            self._title_outstanding()
            self._title_follow_ups()
