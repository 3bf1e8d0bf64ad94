"""Pengaturan › Data keluar: every file with children's data that left this computer, and
"A stick was lost…", which gives the pupils and data affected and the parents' letters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.services.school import register
from tomoni_desktop.services.school.register import Affected, LeftEntry
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_datetime, to_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.printing import ask_pdf_path
from tomoni_desktop.ui.widgets import Retranslating, list_view, name_form_rows


class RegisterBox(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model: RowTableModel[LeftEntry] = RowTableModel(self._columns(), self)
        self.proxy = SearchProxy(
            self.model, lambda e: f"{e.file_name} {e.medium} {e.person} {e.classes}", self
        )
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = list_view(self.proxy, order=Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.lost = QPushButton()
        self.lost.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.lost)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.lost.clicked.connect(lambda: self.open_lost())
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.lost.setEnabled(bool(self.chosen()))
        )
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Files leave from every page without changing an area: read again when looked at.
        super().showEvent(event)
        self.refresh()

    def _columns(self) -> list[Column[LeftEntry]]:
        return [
            Column(
                lambda: self.tr("When"), lambda e: format_datetime(e.made_at), lambda e: e.made_at
            ),
            Column(lambda: self.tr("Who"), lambda e: e.person),
            Column(lambda: self.tr("What"), lambda e: labels.leaving(e.kind)),
            Column(
                lambda: self.tr("Pupils"),
                lambda e: (
                    self.tr("all ({count})").format(count=e.pupil_count)
                    if e.everyone
                    else e.pupil_count
                ),
                lambda e: e.pupil_count,
                numeric=True,
            ),
            Column(lambda: self.tr("Classes"), lambda e: e.classes),
            Column(lambda: self.tr("Encrypted"), lambda e: "✓" if e.encrypted else ""),
            Column(lambda: self.tr("Where to"), self._where),
            Column(lambda: self.tr("File"), lambda e: e.file_name),
        ]

    def _where(self, entry: LeftEntry) -> str:
        if entry.medium == register.PAPER:
            return self.tr("printed on {printer}").format(printer=entry.file_name)
        if entry.medium:
            return self.tr("stick {label}").format(label=entry.medium)
        return entry.folder

    def refresh(self) -> None:
        self.app.run(lambda uow, _ctx: register.register_of(uow), self.model.set_rows, parent=self)

    def chosen(self) -> list[LeftEntry]:
        return [
            self.model.rows[self.proxy.mapToSource(index).row()]
            for index in self.table.selectionModel().selectedRows()
        ]

    def open_lost(self):
        entries = self.chosen()
        if not entries:
            return None
        dialog = LostStickDialog(self.app, entries, self)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Every file with children's data that left this computer: packets, route "
                "sheets, reports, letters, exports, bundles and backups made by hand. If a "
                "stick or paper is lost, choose its files (type the stick's name to find "
                "them) and press “A stick was lost…”: the law asks the school to tell the "
                "families within 3 × 24 hours."
            )
        )
        self.search.setPlaceholderText(self.tr("Search: file, stick, person, class…"))
        self.lost.setText(self.tr("A stick was lost…"))
        self.model.retranslate()


class LostStickDialog(Retranslating, QDialog):
    def __init__(
        self, app: AppContext, entries: list[LeftEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.entries = entries
        self.affected: Affected | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lost_on = date_edit()
        self.lost_on.setMaximumDate(QDate.currentDate())
        self.how = QLineEdit()
        label = next((e.medium for e in entries if e.medium and e.medium != register.PAPER), "")
        self.how.setText(
            f"flashdisk {label} berisi data siswa hilang".replace("  ", " ")
            if label
            else "berkas berisi data siswa hilang"
        )
        self.measures = QPlainTextEdit(register.DEFAULT_MEASURES)
        self.measures.setFixedHeight(80)
        self.form = QFormLayout()
        for field in (self.lost_on, self.how, self.measures):
            self.form.addRow(QLabel(), field)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.said = QLabel()
        self.said.setObjectName("notice")
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save = self.box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save.setEnabled(False)
        self.save.clicked.connect(lambda: self.save_letters())
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.said)
        layout.addStretch(1)
        layout.addWidget(self.box)
        self.resize(640, 380)
        self.retranslate()
        ids = [e.id for e in entries]
        self.app.run(lambda uow, _ctx: register.affected_by(uow, ids), self._show, parent=self)

    def _show(self, affected: Affected) -> None:
        self.affected = affected
        self.save.setEnabled(bool(affected.pupils))
        self._say()

    def _say(self) -> None:
        found = self.affected
        if found is None:
            self.summary.setText(self.tr("Reading what these files held…"))
            return
        classes = sorted({c for _i, _n, c in found.pupils if c})
        self.summary.setText(
            self.tr(
                "Files written between {first} and {last}: {files}. They held {data} of "
                "{pupils} ({classes})."
            ).format(
                files=len(found.entries),
                first=format_datetime(found.first),
                last=format_datetime(found.last),
                data=", ".join(labels.personal_data(d) for d in found.data),
                pupils=self.tr("%n pupils", "", len(found.pupils)),
                classes=", ".join(classes) or "—",
            )
        )

    def save_letters(self, path=None) -> None:
        path = path or ask_pdf_path(self, "pemberitahuan-data-hilang.pdf")
        if path is None:
            return
        ids = [e.id for e in self.entries]
        lost_on: date = to_date(self.lost_on.date())
        how, measures = self.how.text(), self.measures.toPlainText()

        def done(pages: int) -> None:
            self.said.setText(
                self.tr(
                    "Saved as {path} ({pages} pages): the principal's page, then a letter "
                    "for each family."
                ).format(path=path.name, pages=pages)
            )
            self.app.changed.emit(frozenset({Area.SETTINGS}))

        self.app.run(
            lambda uow, _ctx: register.write_lost_notice(uow, ids, path, lost_on, how, measures),
            done,
            parent=self,
            label=self.tr("Printing…"),
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A stick was lost"))
        name_form_rows(
            self.form,
            (self.tr("Lost on"), self.tr("What happened"), self.tr("What the school is doing")),
        )
        self.note.setText(
            self.tr(
                "The letters are printed in Indonesian with these words. Tell the families "
                "and the education office within 3 × 24 hours of the loss."
            )
        )
        self.save.setText(self.tr("Save the letters…"))
        self._say()
