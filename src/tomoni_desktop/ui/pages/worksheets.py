"""Lembar Kerja: the worksheet library, handing out, and printing the packets."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.services.worksheets.handout import HandOutRow, hand_outs_of
from tomoni_desktop.services.worksheets.library import (
    WorksheetRow,
    archive_worksheet,
    duplicate_worksheet,
    search_worksheets,
)
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import format_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view

ALL = None


class WorksheetsPage(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.loaded = False
        self.stale = False  # copies came back while the page was hidden
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.subject_filter = QComboBox()
        self.level_filter = QComboBox()
        self.show_archived = QCheckBox()
        self.buttons = {
            key: QPushButton()
            for key in ("new", "edit", "duplicate", "archive", "hand_out", "packet")
        }
        self.model: RowTableModel[WorksheetRow] = RowTableModel(
            [
                Column(lambda: self.tr("Title"), lambda r: r.title),
                Column(lambda: self.tr("Subject"), lambda r: r.subject),
                Column(lambda: self.tr("Level"), lambda r: r.level, numeric=True),
                Column(lambda: self.tr("Pages"), self._pages_text, lambda r: r.page_count),
                Column(lambda: self.tr("Archived"), lambda r: "✓" if r.archived else ""),
            ],
            self,
        )
        self.proxy = SearchProxy(self.model, lambda r: f"{r.title} {r.subject}", self)
        self.table = list_view(self.proxy, single=True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.hand_outs_title = QLabel()
        self.hand_outs_title.setObjectName("sectionTitle")
        self.hand_outs_model: RowTableModel[HandOutRow] = RowTableModel(
            [
                Column(lambda: self.tr("Class"), lambda h: h.class_name),
                Column(
                    lambda: self.tr("Handed out"),
                    lambda h: format_date(h.issued_on),
                    lambda h: h.issued_on,
                ),
                Column(lambda: self.tr("Due"), lambda h: format_date(h.due_on), lambda h: h.due_on),
                Column(lambda: self.tr("On paper"), lambda h: h.on_paper, numeric=True),
                Column(lambda: self.tr("Still out"), lambda h: h.paper_out, numeric=True),
                Column(lambda: self.tr("Paper back"), lambda h: h.paper_back, numeric=True),
                Column(lambda: self.tr("By WhatsApp"), lambda h: h.by_whatsapp, numeric=True),
            ],
            self,
        )
        self.hand_outs_proxy = SearchProxy(self.hand_outs_model, lambda h: h.class_name, self)
        self.hand_outs = list_view(self.hand_outs_proxy, 1, Qt.SortOrder.DescendingOrder, True)
        self.hand_outs.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.hand_outs.horizontalHeader().setStretchLastSection(False)
        self.hand_out_packet = QPushButton()
        self.hand_out_packet.setEnabled(False)
        actions = QHBoxLayout()
        for key in ("new", "edit", "duplicate", "archive"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        actions.addWidget(self.buttons["hand_out"])
        actions.addWidget(self.buttons["packet"])
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.subject_filter, 1)
        filters.addWidget(self.level_filter, 1)
        filters.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        below = QHBoxLayout()
        below.addWidget(self.hand_outs_title, 1)
        below.addWidget(self.hand_out_packet)
        layout.addLayout(below)
        layout.addWidget(self.hand_outs, 2)
        self.retranslate()
        self.search.textChanged.connect(self.proxy.set_search)
        for combo in (self.subject_filter, self.level_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.show_archived.toggled.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._load_hand_outs)
        self.hand_outs.selectionModel().selectionChanged.connect(
            lambda: self.hand_out_packet.setEnabled(self._packet_hand_out() is not None)
        )
        self.hand_out_packet.clicked.connect(self._print_hand_out)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.buttons["new"].clicked.connect(lambda: self.open_editor(None))
        self.buttons["edit"].clicked.connect(self.edit_selected)
        self.buttons["duplicate"].clicked.connect(self.duplicate_selected)
        self.buttons["archive"].clicked.connect(self.toggle_archive)
        self.buttons["hand_out"].clicked.connect(self.open_hand_out)
        self.buttons["packet"].clicked.connect(self.open_packet)
        app.changed.connect(self._on_changed)
        self._apply_filters()

    def _pages_text(self, row: WorksheetRow) -> str:
        """Pages on this laptop's paper (the column's name says so), then what they are."""
        if row.pages == "pdf":
            return self.tr("{pages} (PDF)").format(pages=row.page_count)
        return self.tr("{pages} (%n questions)", "", row.question_count).format(
            pages=row.page_count
        )

    def showEvent(self, event) -> None:
        if not self.loaded:
            self.loaded = True
            self.refresh()
        elif self.stale:
            self._load_hand_outs()
        self.stale = False
        super().showEvent(event)

    def refresh(self) -> None:
        school = self.app.school.school_id
        self.app.run(
            lambda uow, _ctx: search_worksheets(uow, school, include_archived=True),
            self._show,
            parent=self,
        )

    def _show(self, rows: list[WorksheetRow]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        current = self.subject_filter.currentData()
        self.subject_filter.blockSignals(True)
        self.subject_filter.clear()
        self.subject_filter.addItem(self.tr("All subjects"), ALL)
        for subject in sorted({r.subject for r in rows}):
            self.subject_filter.addItem(subject, subject)
        self.subject_filter.setCurrentIndex(max(self.subject_filter.findData(current), 0))
        self.subject_filter.blockSignals(False)
        self._apply_filters()
        self.table.resizeColumnsToContents()
        if chosen is not None:
            self.proxy.select_where(self.table, lambda r: r.id == chosen.id)

    def _apply_filters(self) -> None:
        subject, level = self.subject_filter.currentData(), self.level_filter.currentData()
        archived = self.show_archived.isChecked()
        self.proxy.set_predicate(
            lambda r: (
                (archived or not r.archived)
                and (subject is ALL or r.subject == subject)
                and (level is ALL or r.level == level)
            )
        )
        self._update_actions()

    def selected(self) -> WorksheetRow | None:
        return self.proxy.selected_row(self.table)

    def _load_hand_outs(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.hand_outs_model.set_rows([])
            self._title_hand_outs()
            return
        self.app.run(
            lambda uow, _ctx: hand_outs_of(uow, chosen.id),
            self._show_hand_outs,
            parent=self,
        )

    def _show_hand_outs(self, rows: list[HandOutRow]) -> None:
        self.hand_outs_model.set_rows(rows)
        self._title_hand_outs()

    def _title_hand_outs(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.hand_outs_title.setText(
                self.tr("Choose a worksheet to see where it was handed out.")
            )
        elif not self.hand_outs_model.rows:
            self.hand_outs_title.setText(
                self.tr("{title}: not handed out yet").format(title=chosen.title)
            )
        else:
            self.hand_outs_title.setText(self.tr("{title}: hand-outs").format(title=chosen.title))

    def _packet_hand_out(self) -> HandOutRow | None:
        row = self.hand_outs_proxy.selected_row(self.hand_outs)
        return row if row is not None and row.paper_out else None

    def _print_hand_out(self) -> None:
        row = self._packet_hand_out()
        if row is not None:
            self.open_packet(row.class_id, row.class_name, row.id)

    def _update_actions(self) -> None:
        chosen = self.selected()
        for key in ("edit", "duplicate", "archive", "hand_out"):
            self.buttons[key].setEnabled(chosen is not None)
        self.buttons["hand_out"].setEnabled(chosen is not None and not chosen.archived)
        self.buttons["archive"].setText(
            self.tr("Take out of archive") if chosen and chosen.archived else self.tr("Archive")
        )

    def open_editor(self, worksheet_id: uuid.UUID | None) -> QDialog:
        from tomoni_desktop.ui.worksheets.worksheet_dialog import WorksheetDialog

        dialog = WorksheetDialog(self.app, worksheet_id, self)
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_editor(chosen.id)

    def duplicate_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        title = self.tr("Copy of {title}").format(title=chosen.title)
        self.app.run(
            lambda uow, _ctx: duplicate_worksheet(uow, chosen.id, title),
            parent=self,
        )

    def toggle_archive(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.app.run(
                lambda uow, _ctx: archive_worksheet(uow, chosen.id, not chosen.archived),
                parent=self,
            )

    def open_hand_out(self) -> QDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        from tomoni_desktop.ui.worksheets.handout_dialog import HandOutDialog

        dialog = HandOutDialog(self.app, chosen.id, chosen.title, self)
        dialog.accepted.connect(lambda: self._after_hand_out(dialog, chosen))
        dialog.open()
        return dialog

    def _after_hand_out(self, dialog, chosen: WorksheetRow) -> None:
        result = dialog.result_info
        if result and result.paper and dialog.chosen_class_id:
            self.open_packet(
                dialog.chosen_class_id, dialog.class_id.currentText(), result.hand_out_id
            )

    def open_packet(
        self,
        class_id: uuid.UUID | None = None,
        class_name: str = "",
        hand_out_id: uuid.UUID | None = None,
    ) -> QDialog | None:
        from tomoni_desktop.ui.worksheets.packet_dialog import PacketDialog

        if not class_id:  # the teacher's own class, every worksheet out on paper
            class_id, class_name = self.app.school.my_class_id, self.app.school.my_class_name
        if class_id is None:  # no class of her own yet: the packet is made from a hand-out
            return None
        dialog = PacketDialog(self.app, class_id, class_name, hand_out_id, self)
        dialog.open()
        return dialog

    def _on_changed(self, areas: frozenset[str]) -> None:
        if not self.loaded:
            return
        if Area.WORKSHEETS in areas:
            self.refresh()
            self._load_hand_outs()
        elif Area.RETURNS in areas:  # only the hand-outs' counts of copies back change
            if self.isVisible():
                self._load_hand_outs()
            else:
                self.stale = True

    def retranslate(self) -> None:
        self.title.setText(self.tr("Worksheets"))
        self.search.setPlaceholderText(self.tr("Search title or subject…"))
        self.show_archived.setText(self.tr("Show archived"))
        texts = {
            "new": self.tr("New worksheet…"),
            "edit": self.tr("Edit…"),
            "duplicate": self.tr("Duplicate"),
            "hand_out": self.tr("Hand out to a class…"),
            "packet": self.tr("Print packet…"),
        }
        self.hand_out_packet.setText(self.tr("Print this hand-out's packet…"))
        self.hand_outs_model.retranslate()
        self._title_hand_outs()
        for key, text in texts.items():
            self.buttons[key].setText(text)
        current = self.level_filter.currentData()
        self.level_filter.blockSignals(True)
        self.level_filter.clear()
        self.level_filter.addItem(self.tr("All levels"), ALL)
        for level in (7, 8, 9):
            self.level_filter.addItem(self.tr("Level {level}").format(level=level), level)
        self.level_filter.setCurrentIndex(max(self.level_filter.findData(current), 0))
        self.level_filter.blockSignals(False)
        self._update_actions()
        self.model.retranslate()
