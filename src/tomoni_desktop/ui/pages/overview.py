"""Beranda: the school's figures at a glance, and per class."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.models import PhoneAccess
from tomoni_desktop.services.school.overview import ClassFigures, Overview, overview
from tomoni_desktop.services.school.register import Leaving
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import format_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.pages.students import WEAK_OR_NONE
from tomoni_desktop.ui.widgets import Retranslating, list_view


class FigureCard(QFrame):
    """A figure that opens the list behind it (by mouse, or Enter/Space when focused)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        self.number = QLabel("—")
        self.number.setObjectName("figureNumber")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


# What each figure opens: a page, and the pupils' filters when it is the pupils' list.
FIGURE_LISTS = {
    "classes": ("students", {}),
    "pupils": ("students", {}),
    "no_phone": ("students", {"phone": PhoneAccess.NONE.value}),
    "shared": ("students", {"phone": PhoneAccess.SHARED.value}),
    "signal": ("students", {"signal": WEAK_OR_NONE}),
    "paper": ("pickups", {"class": None}),  # counted over every class
}


class OverviewPage(Retranslating, QWidget):
    open_list = Signal(str, dict)  # page key, the filters to show it with
    open_import = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.stale = False  # an area it shows changed while it was hidden
        self.figures: Overview | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.cards = {
            key: FigureCard()
            for key in ("classes", "pupils", "no_phone", "shared", "signal", "paper")
        }
        grid = QGridLayout()
        for column, (key, card) in enumerate(self.cards.items()):
            grid.addWidget(card, 0, column)
            page, filters = FIGURE_LISTS[key]
            card.clicked.connect(lambda p=page, f=filters: self.open_list.emit(p, f))
        self.steps_title = QLabel()
        self.steps_title.setObjectName("sectionTitle")
        self.steps_box = QVBoxLayout()
        self.steps: list[tuple[QPushButton, str, Callable[[], str]]] = []
        self.table_title = QLabel()
        self.table_title.setObjectName("sectionTitle")
        self.model: RowTableModel[ClassFigures] = RowTableModel(self._columns(), self)
        self.proxy = SearchProxy(self.model, lambda row: f"{row.name} {row.homeroom_teacher}", self)
        self.table = list_view(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(grid)
        layout.addWidget(self.steps_title)
        layout.addLayout(self.steps_box)
        # the principal's page of this week, for the office or the Friday meeting
        self.week_button = QPushButton()
        self.week_button.clicked.connect(self.choose_week_file)
        self.allowance_button = QPushButton()
        self.allowance_button.clicked.connect(self.open_allowances)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table_title, 1)
        table_row.addWidget(self.allowance_button)
        table_row.addWidget(self.week_button)
        layout.addLayout(table_row)
        layout.addWidget(self.table, 1)
        self.retranslate()
        app.changed.connect(self._on_changed)
        self.refresh()

    def open_allowances(self):
        from tomoni_desktop.ui.school.allowance_dialog import AllowanceDialog

        dialog = AllowanceDialog(self.app, self)
        dialog.open()
        return dialog

    def choose_week_file(self) -> None:
        from datetime import date
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        suggested = Path.home() / f"laporan-mingguan-{date.today():%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), "PDF (*.pdf)"
        )
        if path:
            self.save_week(Path(path))

    def save_week(self, path) -> None:
        """This week's page for the principal: per class and per village, as a PDF."""
        from datetime import date

        from tomoni_desktop.core.settings import load_settings
        from tomoni_desktop.reports.week_page import write_week_page
        from tomoni_desktop.services.school.week import week_page

        year, today = self.app.school.school_year_id, date.today()

        def write(uow) -> int:
            page = week_page(uow, year, today, today)
            return write_week_page(page, path, load_settings(uow.session).paper_size)

        from tomoni_desktop.ui.printing import print_pdf

        print_pdf(self, self.app, write, path, self.subtitle, Leaving.WEEK_PAGE, pupils=[])

    def _columns(self) -> list[Column[ClassFigures]]:
        return [
            Column(lambda: self.tr("Class"), lambda r: r.name, lambda r: (r.level, r.name)),
            Column(lambda: self.tr("Homeroom teacher"), lambda r: r.homeroom_teacher),
            Column(lambda: self.tr("Pupils"), lambda r: r.pupils, numeric=True),
            Column(lambda: self.tr("No phone"), lambda r: r.without_phone, numeric=True),
            Column(lambda: self.tr("Shared phone"), lambda r: r.shared_phone, numeric=True),
            Column(
                lambda: self.tr("Weak or no signal"), lambda r: r.weak_or_no_signal, numeric=True
            ),
            Column(
                lambda: self.tr("Worksheets on paper"), lambda r: r.paper_worksheets, numeric=True
            ),
            Column(lambda: self.tr("Copies not back yet"), lambda r: r.paper_copies, numeric=True),
        ]

    def refresh(self) -> None:
        year = self.app.school.school_year_id
        self.app.run(lambda uow, _ctx: overview(uow, year), self._show, parent=self)

    def _show(self, figures: Overview) -> None:
        self.figures = figures
        self.model.set_rows(figures.per_class)
        self._fill_cards()
        self._fill_steps()

    def next_steps(self, figures: Overview) -> list[tuple[str, Callable[[], str]]]:
        """What to do next, from the facts: (what it opens, its words in the language now)."""
        steps: list[tuple[str, Callable[[], str]]] = []
        for name, houses in figures.rounds_today:
            steps.append((f"pickups:{name}", self._round_words(name, houses)))
        for name, starts in figures.meetings_today:
            steps.append(("attendance:meetings", self._meeting_words(name, starts)))
        if figures.lessons_today:
            starts, name, subject, channel = figures.lessons_today[0]
            count = len(figures.lessons_today)
            steps.append(
                (
                    "attendance:schedule",
                    lambda: self.tr(
                        "Online lessons today: {count}, the first at {time} ({name}, {subject}, "
                        "{channel})"
                    ).format(
                        count=count,
                        time=starts,
                        name=name,
                        subject=subject,
                        channel=labels.lesson_channel(channel),
                    ),
                )
            )
        if not figures.pupils:
            steps.append(("import", lambda: self.tr("Import the pupils from the Dapodik list")))
        if not figures.worksheets:
            steps.append(("worksheets", lambda: self.tr("Make the first worksheet")))
        if figures.overdue_copies and figures.oldest_due is not None:
            due = figures.oldest_due
            steps.append(
                (
                    "pickups",
                    lambda: self.tr(
                        "%n worksheets on paper are past their due date (the oldest since "
                        "{day}) and not back: plan the home visits",
                        "",
                        figures.overdue_copies,
                    ).format(day=format_date(due)),
                )
            )
        if figures.overdue_by_village:
            villages = ", ".join(f"{v} {n}" for v, n in figures.overdue_by_village[:4])
            steps.append(
                (
                    "pickups",
                    lambda: self.tr("Past due, by village: {villages}").format(villages=villages),
                )
            )
        if figures.returned_this_week:
            steps.append(
                (
                    "pickups",
                    lambda: self.tr(
                        "%n copies came back this week", "", figures.returned_this_week
                    ),
                )
            )
        if figures.calls_due:
            steps.append(
                (
                    "attendance",
                    lambda: self.tr(
                        "%n parents to contact about an absence without a letter",
                        "",
                        figures.calls_due,
                    ),
                )
            )
        if figures.case_steps_due:
            steps.append(
                (
                    "attendance",
                    lambda: self.tr(
                        "%n steps of absence cases are due", "", figures.case_steps_due
                    ),
                )
            )
        if figures.meeting_tasks_due:
            steps.append(
                (
                    "attendance:meeting_tasks",
                    lambda: self.tr(
                        "%n tasks agreed at parent meetings are due", "", figures.meeting_tasks_due
                    ),
                )
            )
        if figures.without_consent and figures.pupils:
            steps.append(
                (
                    "students:without_consent",
                    lambda: self.tr(
                        "%n pupils have no parent's consent recorded: ask at the next "
                        "visit or meeting",
                        "",
                        figures.without_consent,
                    ),
                )
            )
        if figures.nobody_signs_in and figures.pupils:
            steps.append(
                (
                    "settings:people",
                    lambda: self.tr(
                        "Nobody signs in on this computer: whoever opens it sees every child's "
                        "data. Set up sign-in with PINs"
                    ),
                )
            )
        if figures.purge_due:
            steps.append(
                (
                    "settings:general",
                    lambda: self.tr(
                        "%n pupils left longer ago than the school keeps data: delete "
                        "their personal data",
                        "",
                        figures.purge_due,
                    ),
                )
            )
        if figures.without_phone and figures.worksheets and not figures.paper_copies:
            steps.append(
                (
                    "worksheets",
                    lambda: self.tr(
                        "%n pupils have no phone: hand them a worksheet on paper",
                        "",
                        figures.without_phone,
                    ),
                )
            )
        return steps

    def _meeting_words(self, name: str, starts: str) -> Callable[[], str]:
        return lambda: self.tr("Parent meeting today: class {name} at {time}").format(
            name=name, time=starts
        )

    def _round_words(self, name: str, houses: int) -> Callable[[], str]:
        return lambda: self.tr("Home visits today: class {name}, %n houses", "", houses).format(
            name=name
        )

    def _fill_steps(self) -> None:
        for button, _target, _words in self.steps:
            self.steps_box.removeWidget(button)
            button.deleteLater()
        self.steps = []
        for target, words in self.next_steps(self.figures) if self.figures else []:
            button = QPushButton()
            button.setObjectName("nextStep")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, t=target: self._go(t))
            self.steps_box.addWidget(button)
            self.steps.append((button, target, words))
        self._word_steps()

    def _word_steps(self) -> None:
        for button, _target, words in self.steps:
            button.setText("→ " + words())
        self.steps_title.setText(
            self.tr("Next steps") if self.steps else self.tr("Nothing is waiting for you.")
        )

    def _go(self, target: str) -> None:
        if target == "import":
            self.open_import.emit()
        elif target == "students:without_consent":
            self.open_list.emit("students", {"without_consent": True})
        elif target == "attendance:meeting_tasks":  # counted over every class
            self.open_list.emit("attendance", {"tab": "meetings", "every_class": True})
        elif target.startswith(("attendance:", "settings:")):  # a tab of the page
            page, _colon, tab = target.partition(":")
            self.open_list.emit(page, {"tab": tab})
        elif target == "attendance":  # calls and case steps, counted over every class
            self.open_list.emit("attendance", {"every_class": True})
        elif target.startswith("pickups"):  # a class's round, or what every class has out
            _page, _colon, name = target.partition(":")
            self.open_list.emit("pickups", {"class": name or None})
        else:
            self.open_list.emit(target, {})

    def _fill_cards(self) -> None:
        figures = self.figures
        values = (
            (
                figures.classes,
                figures.pupils,
                figures.without_phone,
                figures.shared_phone,
                figures.weak_or_no_signal,
                figures.paper_copies,
            )
            if figures
            else ("—",) * 6
        )
        for card, value in zip(self.cards.values(), values, strict=True):
            card.number.setText(str(value))

    def _on_changed(self, areas: frozenset[str]) -> None:
        """Read again now when on screen; otherwise when shown next (forty scans on the
        Pengambilan page need no forty readings of the school's figures)."""
        if areas & {Area.SCHOOL, Area.STUDENTS, Area.WORKSHEETS, Area.RETURNS, Area.ATTENDANCE}:
            if self.isVisible():
                self.refresh()
            else:
                self.stale = True

    def showEvent(self, event) -> None:
        if self.stale:
            self.stale = False
            self.refresh()
        super().showEvent(event)

    def retranslate(self) -> None:
        school = self.app.school
        self.title.setText(self.tr("Overview"))
        line = labels.school_line(school.school_name, school.school_year, school.term)
        if school.my_class_name:
            line += " · " + self.tr("Your class: {name}").format(name=school.my_class_name)
        self.subtitle.setText(line)
        captions = (
            self.tr("Classes"),
            self.tr("Pupils"),
            self.tr("Pupils without a phone"),
            self.tr("Pupils sharing a phone"),
            self.tr("Pupils with weak or no signal"),
            self.tr("Worksheets on paper, not back yet"),
        )
        for card, caption in zip(self.cards.values(), captions, strict=True):
            card.caption.setText(caption)
        self.table_title.setText(self.tr("Per class"))
        self.week_button.setText(self.tr("This week's page for the principal…"))
        self.allowance_button.setText(self.tr("Mobile data (kuota)…"))
        for key, card in self.cards.items():
            card.setToolTip(
                self.tr("Open the pupils behind this figure")
                if FIGURE_LISTS[key][0] == "students"
                else self.tr("Open the copies not back yet")
            )
        self._word_steps()
        self.model.retranslate()
