"""Pengaturan › Umum: how long a pupil's personal data is kept after leaving, and deleting
it for the pupils whose time has come."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.services.roster.purge import DuePupil, due_for_purge, purge_pupils
from tomoni_desktop.services.school.settings import change_settings
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.widgets import Retranslating, ask


class RetentionBox(Retranslating, QGroupBox):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.due: list[DuePupil] = []
        self.years = QSpinBox()
        self.years.setRange(0, 50)
        self.years.setMinimumWidth(90)
        self.years.setValue(app.settings.retention_years)
        self.years_label = QLabel()
        self.say = QLabel()
        self.delete = QPushButton()
        self.delete.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.years)
        row.addWidget(self.say, 1)
        row.addWidget(self.delete)
        form = QFormLayout(self)
        form.addRow(self.years_label, row)
        self.years.editingFinished.connect(self._save)
        self.delete.clicked.connect(lambda: self.confirm())
        app.changed.connect(self._on_changed)  # a bound method: let go when this box goes
        self.retranslate()
        self.refresh()

    def _on_changed(self, areas: frozenset[str]) -> None:
        if Area.STUDENTS in areas:
            self.refresh()

    def _save(self) -> None:
        years = self.years.value()

        def saved(settings) -> None:
            self.app.settings = settings
            self.refresh()

        self.app.run(
            lambda uow, _ctx: change_settings(uow, retention_years=years),
            saved,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def refresh(self) -> None:
        years, today = self.years.value(), date.today()
        self.app.run(lambda uow, _ctx: due_for_purge(uow, years, today), self._show, parent=self)

    def _show(self, due: list[DuePupil]) -> None:
        self.due = due
        actor = self.app.database.actor
        self.delete.setEnabled(bool(due) and (actor is None or actor.is_office))
        self._say()

    def _say(self) -> None:
        if self.years.value() == 0:
            self.say.setText(self.tr("Kept: nothing is deleted by itself."))
        else:
            self.say.setText(
                self.tr(
                    "%n pupils left that long ago and still have their data.", "", len(self.due)
                )
            )

    def confirm(self):
        due = [pupil.student_id for pupil in self.due]
        if not due:
            return None

        def purge() -> None:
            self.app.run(
                lambda uow, _ctx: purge_pupils(uow, due, date.today()),
                lambda _count: self.refresh(),
                parent=self,
                on_failure=lambda error: show_error(self, error),
            )

        return ask(
            self,
            self.tr(
                "Delete the personal data of %n pupils who left more than {years} years "
                "ago, on every computer of the school? Their grades and attendance stay as "
                "figures without a name. This cannot be undone.",
                "",
                len(due),
            ).format(years=self.years.value()),
            self.tr("Delete the personal data"),
            self.tr("Keep"),
            purge,
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Keeping pupils' data"))
        self.years_label.setText(self.tr("Delete personal data, years after leaving (0: keep)"))
        self.delete.setText(self.tr("Delete now…"))
        self._say()
