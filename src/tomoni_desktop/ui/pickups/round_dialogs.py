"""Planning a round of home visits (the order can be changed by keyboard or mouse), saving it
with its route sheet, and the tick list of a round's stops after the trip."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import StopOutcome
from tomoni_desktop.reports.route_data import RoundPlan, Stop
from tomoni_desktop.services.pickups.rounds import (
    StopRow,
    propose_round,
    record_stop,
    round_stops,
    save_round,
)
from tomoni_desktop.services.school.register import Leaving, note_left
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, to_date
from tomoni_desktop.ui.models.ordered import OrderedRowsModel
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view


class RoundDialog(Retranslating, QDialog):
    """Propose a round for the class and a day, put the stops in the walk's order, then keep
    it and print its route sheet."""

    def __init__(
        self, app: AppContext, class_id: uuid.UUID, on: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.class_id = class_id
        self.plan: RoundPlan | None = None
        self.spare: list[Stop] = []  # the class's households not on the walk
        self.saved: RoundPlan | None = None
        self.day = date_edit(on)
        self.day_label = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model: OrderedRowsModel[Stop] = OrderedRowsModel(
            [
                Column(lambda: self.tr("Pupils"), lambda s: ", ".join(n for _i, n in s.pupils)),
                Column(lambda: self.tr("Parent or guardian"), lambda s: s.guardian or "—"),
                Column(lambda: self.tr("Village / dusun"), lambda s: f"{s.village} / {s.dusun}"),
                Column(lambda: self.tr("RT/RW"), lambda s: f"{s.rt}/{s.rw}"),
                Column(lambda: self.tr("To collect"), lambda s: len(s.collect), numeric=True),
                Column(lambda: self.tr("To deliver"), lambda s: len(s.deliver), numeric=True),
            ],
            self,
        )
        self.table = list_view(SearchProxy(self.model, lambda s: s.guardian, self), single=True)
        self.table.setSortingEnabled(False)  # the order of the walk, not of a column
        # A stop is dragged to its place in the walk (or moved with Alt+↑/↓).
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.up, self.down, self.remove = QPushButton(), QPushButton(), QPushButton()
        # Households with nothing to carry by that day, which she may still call at.
        self.others = QComboBox()
        self.others.setMinimumContentsLength(24)
        self.add = QPushButton()
        self.box = QDialogButtonBox()
        self.save = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.summary, 1)
        moves = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.others)
        moves.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(moves)
        layout.addWidget(self.box)
        self.resize(900, 560)
        self.day.dateChanged.connect(self.propose)
        self.up.clicked.connect(lambda: self.move_stop(-1))
        self.down.clicked.connect(lambda: self.move_stop(1))
        self.remove.clicked.connect(self.remove_stop)
        self.add.clicked.connect(self.add_stop)
        self.table.installEventFilter(self)  # Alt+↑/↓ move a stop, Delete leaves it out
        self.box.accepted.connect(self.save_and_print)
        self.box.rejected.connect(self.reject)
        self.retranslate()
        self.propose()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_stop(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_stop()
                return True
        return super().eventFilter(watched, event)

    def propose(self) -> None:
        class_id, on = self.class_id, to_date(self.day.date())
        self.app.run(lambda uow, _ctx: propose_round(uow, class_id, on), self._show, parent=self)

    def _show(self, plan: RoundPlan) -> None:
        self.plan = plan
        self.model.set_rows(plan.stops)
        self.spare = list(plan.others)
        self._fill_others()
        self.save.setEnabled(bool(plan.stops))
        self._summarise()
        if plan.stops:
            self.table.selectRow(0)

    def _summarise(self) -> None:
        stops = list(self.model.rows)
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n houses", "", len(stops)),
                    self.tr("%n copies to collect", "", sum(len(s.collect) for s in stops)),
                    self.tr("{count} to deliver").format(count=sum(len(s.deliver) for s in stops)),
                )
            )
            if stops
            else self.tr("Nothing to collect or deliver by this day.")
        )

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def move_stop(self, step: int) -> None:
        """Move the chosen stop one place up or down the walk."""
        row = self.selected_row()
        if row is not None and 0 <= row + step < len(self.model.rows):
            self.model.move_row(row, row + step + (1 if step > 0 else 0))

    def _fill_others(self) -> None:
        self.others.clear()
        for stop in self.spare:
            names = ", ".join(name for _id, name in stop.pupils)
            self.others.addItem(f"{names} · {stop.village} / {stop.dusun}")
        self.add.setEnabled(bool(self.spare))
        self.others.setEnabled(bool(self.spare))

    def add_stop(self) -> None:
        """The household chosen below the list joins the walk after the chosen stop."""
        index = self.others.currentIndex()
        if not 0 <= index < len(self.spare):
            return
        stop = self.spare.pop(index)
        row = self.selected_row()
        stops = list(self.model.rows)
        position = len(stops) if row is None else row + 1
        stops.insert(position, stop)
        self.model.set_rows(stops)
        self._fill_others()
        self.save.setEnabled(True)
        self._summarise()
        self.table.selectRow(position)

    def remove_stop(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        stops = list(self.model.rows)
        self.spare.insert(0, stops.pop(row))  # it can be added back
        self._fill_others()
        self.model.set_rows(stops)
        self.save.setEnabled(bool(stops))
        self._summarise()
        if stops:
            self.table.selectRow(min(row, len(stops) - 1))

    def save_and_print(self) -> None:
        if self.plan is None:
            return
        suggested = Path.home() / f"rute-{self.plan.class_name.replace(' ', '')}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the route sheet"), str(suggested), "PDF (*.pdf)"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Keep the round in the teacher's order and write its sheet: one unit of work."""
        from tomoni_desktop.core.settings import load_settings
        from tomoni_desktop.reports.route_sheet import write_route_sheet

        assert self.plan is not None
        plan = RoundPlan(
            self.plan.class_id,
            self.plan.class_name,
            self.plan.school,
            self.plan.teacher,
            to_date(self.day.date()),
            list(self.model.rows),
        )
        self.save.setEnabled(False)

        def work(uow, _ctx):
            saved = save_round(uow, plan)
            write_route_sheet(saved, path, load_settings(uow.session).paper_size)
            pupils = [pupil for stop in saved.stops for pupil, _name in stop.pupils]
            note_left(uow, Leaving.ROUTE_SHEET, path, pupils=pupils)
            return saved

        def done(saved: RoundPlan) -> None:
            self.saved = saved
            self.accept()

        def failed(error: BaseException) -> None:
            self.save.setEnabled(True)
            show_error(self, error)

        self.app.run(work, done, parent=self, on_failure=failed, label=self.tr("Printing…"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan a round of home visits"))
        self.day_label.setText(self.tr("Day"))
        self.up.setText(self.tr("Earlier (Alt+↑)"))
        self.down.setText(self.tr("Later (Alt+↓)"))
        self.remove.setText(self.tr("Leave out"))
        self.add.setText(self.tr("Add this house"))
        self.others.setToolTip(self.tr("Houses of the class with nothing to carry by this day"))
        self.save.setText(self.tr("Keep and save the route sheet…"))
        self.cancel.setText(self.tr("Cancel"))
        self.model.retranslate()
        self._summarise()


class TickListDialog(Retranslating, QDialog):
    """After the trip: an outcome for each stop; "collected" records all its copies."""

    def __init__(
        self, app: AppContext, round_id: uuid.UUID, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.round_id = round_id
        self.round_title = title
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.model: RowTableModel[StopRow] = RowTableModel(
            [
                Column(lambda: self.tr("No."), lambda s: s.position, numeric=True),
                Column(lambda: self.tr("Pupils"), lambda s: s.pupils),
                Column(lambda: self.tr("Village / dusun"), lambda s: f"{s.village} / {s.dusun}"),
                Column(lambda: self.tr("Still out"), lambda s: s.to_collect, numeric=True),
                Column(lambda: self.tr("Outcome"), lambda s: labels.stop_outcome(s.outcome)),
            ],
            self,
        )
        self.table = list_view(SearchProxy(self.model, lambda s: s.pupils, self), single=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.outcome = QComboBox()
        for value in StopOutcome:
            self.outcome.addItem("", value.value)
        self.visited = date_edit()
        self.parent_met = QCheckBox()
        self.come_back = date_edit(QDate.currentDate().addDays(3))
        self.note = QLineEdit()
        self.record = QPushButton()
        self.done_line = QLabel()
        self.labels = {key: QLabel() for key in ("outcome", "visited", "come_back", "note")}
        form = QFormLayout()
        form.addRow(self.labels["outcome"], self.outcome)
        form.addRow(self.labels["visited"], self.visited)
        form.addRow("", self.parent_met)
        form.addRow(self.labels["come_back"], self.come_back)
        form.addRow(self.labels["note"], self.note)
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_line, 1)
        buttons.addWidget(self.record)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(860, 600)
        self.record.clicked.connect(self.record_chosen)
        self.close_button.clicked.connect(self.accept)
        self.outcome.currentIndexChanged.connect(self._follow_outcome)
        self.retranslate()
        self._follow_outcome()
        self.refresh()

    def refresh(self) -> None:
        round_id = self.round_id
        self.app.run(lambda uow, _ctx: round_stops(uow, round_id), self._show, parent=self)

    def _show(self, rows: list[StopRow]) -> None:
        chosen = self.chosen()
        self.model.set_rows(rows)
        proxy = self.table.model()
        assert isinstance(proxy, SearchProxy)
        if not (chosen and proxy.select_where(self.table, lambda r: r.stop_id == chosen.stop_id)):
            proxy.select_where(self.table, lambda r: r.outcome is None)

    def chosen(self) -> StopRow | None:
        proxy = self.table.model()
        assert isinstance(proxy, SearchProxy)
        return proxy.selected_row(self.table)

    def _follow_outcome(self) -> None:
        outcome = StopOutcome(self.outcome.currentData())
        self.come_back.setEnabled(outcome is StopOutcome.NOT_READY)

    def record_chosen(self) -> None:
        stop = self.chosen()
        if stop is None:
            return
        outcome = StopOutcome(self.outcome.currentData())
        visited = to_date(self.visited.date())
        details = {
            "parent_met": self.parent_met.isChecked(),
            "come_back_on": to_date(self.come_back.date())
            if outcome is StopOutcome.NOT_READY
            else None,
            "note": self.note.text(),
        }

        def done(copies: int) -> None:
            self.done_line.setText(
                self.tr(
                    "Stop {number}: {outcome}; %n copies recorded as returned.", "", copies
                ).format(number=stop.position, outcome=labels.stop_outcome(outcome))
            )
            self.note.clear()
            self.refresh()

        self.app.run(
            lambda uow, _ctx: record_stop(uow, stop.stop_id, outcome, visited, **details),
            done,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("After the round"))
        self.heading.setText(self.round_title)
        for index in range(self.outcome.count()):
            self.outcome.setItemText(
                index, labels.stop_outcome(StopOutcome(self.outcome.itemData(index)))
            )
        self.labels["outcome"].setText(self.tr("What happened"))
        self.labels["visited"].setText(self.tr("Visited on"))
        self.labels["come_back"].setText(self.tr("Come back on"))
        self.labels["note"].setText(self.tr("Note"))
        self.parent_met.setText(self.tr("A parent was met"))
        self.record.setText(self.tr("Record this stop"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
