"""The parents' return slips of a class's week, typed in fast from the paper: one row per copy
that came back, and only keys — Y or T for signed, a digit for the days each habit was kept,
1 2 3 for the box ticked on each question, then the comment and Enter. Each row is kept as
soon as it changes; the week's summary (what the teachers used a Google Form for) sits beside
it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.services.parents.slips import SlipRow, WeekSummary, slips_of, week_summary
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date
from tomoni_desktop.ui.widgets import Retranslating

FIXED = 4  # pupil, worksheet, returned, signed; then the habits, the 3 questions, the comment


@dataclass
class Slip:
    """A row as the teacher is typing it."""

    copy_id: uuid.UUID
    pupil: str
    worksheet: str
    returned_on: date
    entered: bool
    signed: bool
    days: dict[str, int] = field(default_factory=dict)
    answers: list[int | None] = field(default_factory=lambda: [None, None, None])
    comment: str = ""

    @classmethod
    def of(cls, row: SlipRow) -> Slip:
        return cls(
            row.copy_id,
            row.pupil,
            row.worksheet,
            row.returned_on,
            row.entered,
            row.signed,
            dict(row.habit_days),
            list(row.answers),
            row.comment,
        )


class SlipsModel(QAbstractTableModel):
    def __init__(self, habits: list[str], on_change: Callable[[int], None], parent=None) -> None:
        """`on_change(row)`: a row the teacher changed, to keep."""
        super().__init__(parent)
        self.habits, self.on_change = habits, on_change
        self.rows: list[Slip] = []
        self.headers: list[str] = []

    def set_rows(self, rows: list[Slip]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    @property
    def comment_column(self) -> int:
        return FIXED + len(self.habits) + 3

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.comment_column + 1

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.comment_column:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def value(self, row: Slip, column: int) -> Any:
        if column == 0:
            return row.pupil
        if column == 1:
            return row.worksheet
        if column == 2:
            return format_date(row.returned_on)
        if column == 3:
            return ("✓" if row.signed else "–") if row.entered else ""
        habit = column - FIXED
        if habit < len(self.habits):
            days = row.days.get(self.habits[habit])
            return "" if days is None else str(days)
        question = habit - len(self.habits)
        if question < 3:
            answer = row.answers[question]
            return "" if answer is None else str(answer)
        return row.comment

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.value(self.rows[index.row()], index.column())
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and FIXED - 1 <= index.column() < self.comment_column
        ):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """The comment, typed in its cell."""
        if index.column() != self.comment_column:
            return False
        self.rows[index.row()].comment = str(value)
        self.rows[index.row()].entered = True
        self.changed(index.row())
        return True

    def put_key(self, row_number: int, column: int, key: str) -> bool:
        """A key typed on a cell; False when it means nothing there."""
        row = self.rows[row_number]
        habit = column - FIXED
        if column == 3 and key in "YT":  # Ya / Tidak
            row.signed = key == "Y"
        elif 0 <= habit < len(self.habits) and key.isdigit() and int(key) <= 7:
            row.days[self.habits[habit]] = int(key)
        elif 0 <= habit - len(self.habits) < 3 and key in "123":
            row.answers[habit - len(self.habits)] = int(key)
        else:
            return False
        row.entered = True
        self.changed(row_number)
        return True

    def clear(self, row_number: int, column: int) -> None:
        row = self.rows[row_number]
        habit = column - FIXED
        if 0 <= habit < len(self.habits):
            row.days.pop(self.habits[habit], None)
        elif 0 <= habit - len(self.habits) < 3:
            row.answers[habit - len(self.habits)] = None
        else:
            return
        self.changed(row_number)

    def changed(self, row_number: int) -> None:
        self.dataChanged.emit(
            self.index(row_number, 0), self.index(row_number, self.comment_column)
        )
        self.on_change(row_number)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else ""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            habit = section - FIXED
            if 0 <= habit < len(self.habits):
                return self.habits[habit]
        return None


def _habit_header(habit: str, width: int = 12) -> str:
    """A habit's name as a column's header: two short lines, the rest cut with "…"."""
    import textwrap

    first, *rest = textwrap.wrap(habit, width) or [""]
    if not rest:
        return first
    return f"{first}\n{textwrap.shorten(' '.join(rest), width, placeholder='…')}"


class SlipsTable(QTableView):
    """Keys on a cell: the value, then the next cell (the comment's Enter: the next row)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        model = self.model()
        index = self.currentIndex()
        if not isinstance(model, SlipsModel) or not index.isValid():
            super().keyPressEvent(event)
            return
        text = event.text().upper()
        column = index.column()
        if column == model.comment_column:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._next_row(index.row())
                return
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.clear(index.row(), column)
            return
        if text and model.put_key(index.row(), column, text):
            self.setCurrentIndex(model.index(index.row(), min(column + 1, model.comment_column)))
            return
        super().keyPressEvent(event)

    def _next_row(self, row: int) -> None:
        model = self.model()
        if row + 1 < model.rowCount():
            self.setCurrentIndex(model.index(row + 1, 3))


class SlipsDialog(Retranslating, QDialog):
    def __init__(
        self,
        app: AppContext,
        classes: list[tuple[uuid.UUID, str]],
        class_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.habits = app.settings.habit_list
        self.class_choice = QComboBox()
        for found_id, name in classes:
            self.class_choice.addItem(name, str(found_id))
        self.class_choice.setCurrentIndex(
            max(self.class_choice.findData(str(class_id) if class_id else ""), 0)
        )
        self.class_label, self.week_label = QLabel(), QLabel()
        self.week = date_edit()
        self.before, self.after = QPushButton("◀"), QPushButton("▶")
        for button in (self.before, self.after):
            button.setFixedWidth(36)
            button.setAutoDefault(False)  # Enter ends a comment; it never turns the week
        self.model = SlipsModel(self.habits, self.keep, self)
        self.table = SlipsTable()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QTextBrowser()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.box.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.box.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.class_label)
        top.addWidget(self.class_choice)
        top.addSpacing(12)
        top.addWidget(self.week_label)
        top.addWidget(self.before)
        top.addWidget(self.week)
        top.addWidget(self.after)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.summary)
        splitter.setSizes([960, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.box)
        self.class_choice.currentIndexChanged.connect(lambda _i: self.load())
        self.week.dateChanged.connect(lambda _d: self.load())
        self.before.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(-7)))
        self.after.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(7)))
        self.resize(1260, 640)
        self.retranslate()
        self.load()

    def class_id(self) -> uuid.UUID | None:
        data = self.class_choice.currentData()
        return uuid.UUID(data) if data else None

    def load(self) -> None:
        class_id, day = self.class_id(), to_date(self.week.date())
        if class_id is None:
            return

        def work(uow, _ctx):
            return slips_of(uow, class_id, day), week_summary(uow, class_id, day)

        self.app.run(work, self._show, parent=self)

    def _show(self, loaded: tuple[list[SlipRow], WeekSummary]) -> None:
        rows, summary = loaded
        self.model.set_rows([Slip.of(row) for row in rows])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 170))
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 140))
        for column in range(FIXED - 1, self.model.comment_column):
            habit = 0 <= column - FIXED < len(self.habits)
            # narrow for one digit, yet never narrower than its header ("Signed", a habit)
            width = max(84 if habit else 44, header.sectionSizeHint(column))
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(self.model.comment_column, 120)  # then it takes the rest
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 3))
        self.table.setFocus()
        self._summarise(summary)

    def keep(self, row_number: int) -> None:
        """A row changed: kept on the worker; the summary follows."""
        from tomoni_desktop.services.parents.slips import save_slip

        slip = self.model.rows[row_number]
        copy_id, signed, days = slip.copy_id, slip.signed, dict(slip.days)
        answers = (slip.answers[0], slip.answers[1], slip.answers[2])
        comment, today = slip.comment, date.today()
        class_id, day = self.class_id(), to_date(self.week.date())

        def work(uow, _ctx):
            save_slip(
                uow,
                copy_id,
                signed=signed,
                habit_days=days,
                answers=answers,
                comment=comment,
                today=today,
            )
            return week_summary(uow, class_id, day) if class_id else None

        self.app.run(
            work,
            lambda summary: self._summarise(summary) if summary else None,
            parent=self,
            on_failure=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        show_error(self, error)
        self.load()  # the slips as they are kept

    def _summarise(self, summary: WeekSummary) -> None:
        """The week on the right, as HTML (every word from a parent escaped)."""

        def para(words: str) -> str:
            return f"<p style='margin:2px 0'>{words}</p>"

        week = self.tr("Week of {first} – {last}").format(
            first=format_date(summary.first), last=format_date(summary.last)
        )
        parts = [
            f"<h3>{escape(week)}</h3>",
            para(
                escape(
                    self.tr("{entered} of {returned} slips typed in · {signed} signed").format(
                        entered=summary.entered, returned=summary.returned, signed=summary.signed
                    )
                )
            ),
            "<h4>" + escape(self.tr("Habits kept (days of 7, on average)")) + "</h4>",
        ]
        for kept in summary.habits:
            parts.append(para(f"{escape(kept.habit)}: <b>{kept.mean_days:.1f}</b> ({kept.slips})"))
        questions = (
            (
                self.tr("Understood the work"),
                (self.tr("yes"), self.tr("partly"), self.tr("not yet")),
            ),
            (
                self.tr("Time it took"),
                (self.tr("< 30 min"), self.tr("30–60 min"), self.tr("> 1 hour")),
            ),
            (self.tr("Help needed"), (self.tr("none"), self.tr("a little"), self.tr("a lot"))),
        )
        parts.append("<h4>" + escape(self.tr("How parents rated the lessons")) + "</h4>")
        for (title, boxes), name in zip(questions, summary.answers, strict=True):
            counts = summary.answers[name]
            ticked = " · ".join(
                f"{escape(box)} <b>{count}</b>" for box, count in zip(boxes, counts, strict=True)
            )
            parts.append(para(f"{escape(title)}: {ticked}"))
        comments = self.tr("Comments to read ({count})").format(count=len(summary.comments))
        parts.append(f"<h4>{escape(comments)}</h4>")
        for pupil, worksheet, comment in summary.comments:
            parts.append(para(f"<i>“{escape(comment)}”</i> — {escape(pupil)}, {escape(worksheet)}"))
        self.summary.setHtml("".join(parts))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return slips"))
        self.class_label.setText(self.tr("Class"))
        self.week_label.setText(self.tr("Week of"))
        self.model.headers = [
            self.tr("Pupil"),
            self.tr("Worksheet"),
            self.tr("Back on"),
            self.tr("Signed"),
            *[_habit_header(habit) for habit in self.habits],  # whole in the tooltip
            self.tr("Q1"),
            self.tr("Q2"),
            self.tr("Q3"),
            self.tr("Comment"),
        ]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.comment_column)
        self.legend.setText(
            self.tr(
                "Signed: Y yes, T no · each habit: the days ticked (0–7) · Q1 understood, Q2 "
                "time, Q3 help: the box ticked (1 2 3) · then type the comment and Enter for "
                "the next slip. Delete empties a cell. Each slip is kept as you type."
            )
        )
        self.before.setToolTip(self.tr("The week before"))
        self.after.setToolTip(self.tr("The next week"))
