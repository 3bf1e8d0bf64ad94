"""A pupil's history (their record, guardians and classes): who changed what, when, on which
laptop; and values still kept from an edit made at the same time on another laptop."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from tomoni_desktop.core.pupil_fields import BY_NAME, FIELDS_CONTEXT
from tomoni_desktop.services.sync.inbox import concurrent_values, pupil_history
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import format_datetime
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view

translate = QCoreApplication.translate


def field_label(name: str) -> str:
    """The words the student editor uses for a stored field."""
    pupil = BY_NAME.get(name)
    if pupil is not None:
        return translate(FIELDS_CONTEXT, pupil.label)
    return {
        "deleted_at": translate("fields", "Deleted"),
        "merged_into_id": translate("fields", "Merged into"),
        "school_id": translate("fields", "School"),
        "created_at": translate("fields", "Made"),
        "name": translate("fields", "Name"),
        "relation": translate("fields", "Relation"),
        "mobile": translate("fields", "Mobile"),
        "whatsapp": "WhatsApp",
        "is_primary": translate("fields", "Main contact"),
        "class_id": translate("fields", "Class"),
        "student_id": translate("fields", "Pupil"),
        "school_year_id": translate("fields", "School year"),
    }.get(name, name)


@dataclass(frozen=True)
class HistoryLine:
    when: datetime
    laptop: str
    field: str
    before: str
    after: str
    arrived: bool


def _text(value: object) -> str:
    return "—" if value in (None, "") else str(value)


class HistoryView(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.model: RowTableModel[HistoryLine] = RowTableModel(
            [
                Column(
                    lambda: self.tr("When"), lambda h: format_datetime(h.when), lambda h: h.when
                ),
                Column(lambda: self.tr("Laptop"), lambda h: h.laptop),
                Column(lambda: self.tr("Field"), lambda h: h.field),
                Column(lambda: self.tr("Before"), lambda h: h.before),
                Column(lambda: self.tr("After"), lambda h: h.after),
                Column(lambda: self.tr("How"), self._how),
            ],
            self,
        )
        self.proxy = SearchProxy(self.model, lambda h: f"{h.field} {h.before} {h.after}", self)
        from PySide6.QtCore import Qt

        self.view = list_view(self.proxy, 0, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.concurrent = QLabel()
        self.concurrent.setWordWrap(True)
        self.concurrent.setObjectName("fieldWarning")
        layout = QVBoxLayout(self)
        layout.addWidget(self.concurrent)
        layout.addWidget(self.view, 1)
        self.kept: dict[str, list] = {}
        self.retranslate()

    def load(self, student_id: uuid.UUID) -> None:
        def work(uow, _ctx):
            return pupil_history(uow, student_id), concurrent_values(uow, "students", student_id)

        self.app.run(work, self._fill, parent=self)

    def _fill(self, found) -> None:
        entries, self.kept = found
        lines = []
        for entry in entries:
            record = self._record(entry)
            if not entry.changes:
                lines.append(
                    HistoryLine(
                        entry.when,
                        entry.laptop or self.tr("This computer"),
                        record or self.tr("(record made)"),
                        "",
                        self.tr("made") if record else "",
                        entry.arrived,
                    )
                )
            for name, (before, after) in entry.changes.items():
                lines.append(
                    HistoryLine(
                        entry.when,
                        entry.laptop or self.tr("This computer"),
                        f"{record}: {field_label(name)}" if record else field_label(name),
                        _text(before),
                        _text(after),
                        entry.arrived,
                    )
                )
        self.model.set_rows(lines)
        self.view.resizeColumnsToContents()
        self.retranslate()

    def _record(self, entry) -> str:
        if entry.record_kind == "guardian":
            return self.tr("Guardian {name}").format(name=entry.record_name)
        if entry.record_kind == "class":
            return self.tr("Class {name}").format(name=entry.record_name)
        return ""

    def _how(self, line: HistoryLine) -> str:
        return self.tr("from a bundle") if line.arrived else self.tr("edited here")

    def retranslate(self) -> None:
        notes = [
            self.tr("{field}: also entered at the same time: {values}").format(
                field=field_label(name),
                values=", ".join(
                    self.tr("{value} ({laptop}, {when})").format(
                        value=_text(value), laptop=laptop, when=format_datetime(when)
                    )
                    for value, laptop, when in values
                ),
            )
            for name, values in self.kept.items()
            if name != "updated_at"
        ]
        self.concurrent.setText("\n".join(notes))
        self.concurrent.setVisible(bool(notes))
        self.model.retranslate()
