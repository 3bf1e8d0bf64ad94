"""A pupil's history (their record, guardians and classes): who changed what, when, on which
laptop; and values still kept from an edit made at the same time on another laptop."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from tomoni_desktop.core.models import Gender, GuardianRelation, PhoneAccess, Signal
from tomoni_desktop.core.phones import format_local
from tomoni_desktop.core.pupil_fields import BY_NAME, FIELDS_CONTEXT
from tomoni_desktop.services.sync.inbox import concurrent_values, pupil_history
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import format_date, format_datetime
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


# Ids and bookkeeping a teacher never sees in the forms: not shown as changes either.
HIDDEN_FIELDS = {"id", "school_id", "student_id", "school_year_id", "created_at", "updated_at"}


@dataclass(frozen=True)
class HistoryLine:
    when: datetime
    person: str
    laptop: str
    record: str  # the pupil's own record, a guardian, or a class
    field: str
    before: str
    after: str
    arrived: bool

    @property
    def change(self) -> str:
        return f"{self.before} → {self.after}" if self.before or self.after else ""


def value_text(name: str, value: object) -> str:
    """A stored value as the forms show it: dates dd-mm-yyyy, choices in words, phones local."""
    if value in (None, ""):
        return "—"
    if isinstance(value, bool) or name == "is_primary":
        return translate("fields", "yes") if value else translate("fields", "no")
    if name in ("mobile", "whatsapp"):
        return format_local(str(value))
    words = {
        "gender": lambda v: labels.gender(Gender(v)),
        "phone_access": lambda v: labels.phone_access(PhoneAccess(v)),
        "signal": lambda v: labels.signal(Signal(v)),
        "relation": lambda v: labels.relation(GuardianRelation(v)),
    }.get(name)
    try:
        if words is not None:
            return words(value)
        if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
            moment = datetime.fromisoformat(value)
            return format_date(moment.date()) if len(value) == 10 else format_datetime(moment)
    except ValueError:
        pass  # not what the field usually holds: shown as it is
    return str(value)


class HistoryView(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.model: RowTableModel[HistoryLine] = RowTableModel(
            [
                Column(
                    lambda: self.tr("When"), lambda h: format_datetime(h.when), lambda h: h.when
                ),
                Column(lambda: self.tr("Who"), lambda h: h.person or "—"),
                Column(lambda: self.tr("Laptop"), lambda h: h.laptop),
                Column(lambda: self.tr("Record"), lambda h: h.record),
                Column(lambda: self.tr("Field"), lambda h: h.field),
                Column(lambda: self.tr("Before → after"), lambda h: h.change),
            ],
            self,
        )
        self.proxy = SearchProxy(
            self.model, lambda h: f"{h.person} {h.laptop} {h.record} {h.field} {h.change}", self
        )
        self.view = list_view(self.proxy, 0, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setWordWrap(False)
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
        self.model.set_rows([line for entry in entries for line in self.lines_of(entry)])
        self.retranslate()

    def lines_of(self, entry) -> list[HistoryLine]:
        """One line per changed field; a record just made is one line that says so."""
        record = self._record(entry)
        laptop = entry.laptop or self.tr("This computer")

        def line(field: str, before: str = "", after: str = "") -> HistoryLine:
            return HistoryLine(
                entry.when, entry.person, laptop, record, field, before, after, entry.arrived
            )

        if not entry.changes:
            return [line(self.tr("(new record)"))]
        return [
            line(field_label(name), value_text(name, before), value_text(name, after))
            for name, (before, after) in entry.changes.items()
            if name not in HIDDEN_FIELDS
        ]

    def _record(self, entry) -> str:
        if entry.record_kind == "guardian":
            return self.tr("Guardian: {name}").format(name=entry.record_name)
        if entry.record_kind == "class":
            return self.tr("Class: {name}").format(name=entry.record_name)
        return self.tr("Pupil")

    def retranslate(self) -> None:
        notes = [
            self.tr("{field}: also entered at the same time: {values}").format(
                field=field_label(name),
                values=", ".join(
                    self.tr("{value} ({laptop}, {when})").format(
                        value=value_text(name, value), laptop=laptop, when=format_datetime(when)
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
