"""Beranda: the school's figures at a glance, and per class."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.services.school.overview import ClassFigures, Overview, overview
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view


class FigureCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.number = QLabel("—")
        self.number.setObjectName("figureNumber")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class OverviewPage(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
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
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, column)
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
        layout.addWidget(self.table_title)
        layout.addWidget(self.table, 1)
        self.retranslate()
        app.changed.connect(self._on_changed)
        self.refresh()

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
        if areas & {Area.SCHOOL, Area.STUDENTS, Area.WORKSHEETS}:
            self.refresh()

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
        self.model.retranslate()
