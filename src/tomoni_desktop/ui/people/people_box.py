"""Pengaturan › Orang & PIN: who signs in here, their roles, new PINs, and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.services.school import profiles
from tomoni_desktop.services.school.settings import change_settings
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, ask, list_view


class PeopleBox(Retranslating, QWidget):
    lock_now = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.set_up = QPushButton()
        self.model: RowTableModel[profiles.ProfileRow] = RowTableModel(
            [
                Column(lambda: self.tr("Name"), lambda p: p.name),
                Column(lambda: self.tr("Role"), lambda p: labels.profile_role(p.role)),
                Column(lambda: self.tr("Teacher"), lambda p: p.teacher_name),
                Column(
                    lambda: self.tr("Signed in"),
                    lambda p: "✓" if self._acting(p) else "",
                ),
            ],
            self,
        )
        self.proxy = SearchProxy(self.model, lambda p: p.name, self)
        self.table = list_view(self.proxy, single=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add = QPushButton()
        self.new_pin = QPushButton()
        self.remove = QPushButton()
        self.my_pin = QPushButton()
        self.lock = QPushButton()
        self.lock_after = QSpinBox()
        self.lock_after.setRange(0, 120)
        self.lock_after.setMinimumWidth(90)
        self.lock_after_label = QLabel()

        buttons = QHBoxLayout()
        for button in (self.add, self.new_pin, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.my_pin)
        buttons.addWidget(self.lock)
        form = QFormLayout()
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_after)
        lock_row.addStretch(1)
        form.addRow(self.lock_after_label, lock_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.set_up, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

        self.lock_after.setValue(app.settings.lock_after_minutes)
        self.set_up.clicked.connect(lambda: self.open_set_up())
        self.add.clicked.connect(lambda: self.open_add())
        self.new_pin.clicked.connect(lambda: self.open_new_pin())
        self.my_pin.clicked.connect(lambda: self.open_my_pin())
        self.remove.clicked.connect(lambda: self.confirm_remove())
        self.lock.clicked.connect(self.lock_now.emit)
        self.lock_after.editingFinished.connect(self._save_lock_after)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        app.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()

    def _acting(self, person: profiles.ProfileRow) -> bool:
        actor = self.app.database.actor
        return actor is not None and actor.profile_id == person.id

    def refresh(self) -> None:
        self.app.run(lambda uow, _ctx: profiles.profiles_of(uow), self._show, parent=self)

    def _show(self, people: list[profiles.ProfileRow]) -> None:
        self.model.set_rows(people)
        self._enable()

    def selected(self) -> profiles.ProfileRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()] if rows else None

    def _enable(self) -> None:
        has_people = bool(self.model.rows)
        actor = self.app.database.actor
        office = actor is not None and actor.is_office
        self.set_up.setVisible(not has_people)
        for widget in (self.add, self.new_pin, self.remove, self.my_pin, self.lock, self.table):
            widget.setVisible(has_people)
        self.lock_after.setEnabled(has_people and office)
        self.add.setEnabled(office)
        chosen = self.selected()
        self.new_pin.setEnabled(office and chosen is not None)
        self.remove.setEnabled(office and chosen is not None and not self._acting(chosen))
        self.explain.setText(self._explanation(has_people, office))

    def _explanation(self, has_people: bool, office: bool) -> str:
        if not has_people:
            return self.tr(
                "Nobody signs in on this computer yet: anyone who opens it sees and changes "
                "everything, and the school's keys are kept unlocked. Set up sign-in so each "
                "teacher has a PIN and sees what her role allows."
            )
        if office:
            return self.tr(
                "The people who sign in here. A homeroom teacher changes her classes in full, a "
                "subject teacher the scores and worksheets she teaches, the counsellor the cases "
                "of every class; the principal and deputy head read everything; the office "
                "manages people, sync and backups."
            )
        return self.tr("The people who sign in here. The office adds people and resets PINs.")

    def _save_lock_after(self) -> None:
        minutes = self.lock_after.value()

        def saved(settings) -> None:
            self.app.settings = settings

        self.app.run(
            lambda uow, _ctx: change_settings(uow, lock_after_minutes=minutes),
            saved,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def open_set_up(self):
        from tomoni_desktop.ui.people.dialogs import RecoveryCodeDialog, SetUpSignInDialog

        dialog = SetUpSignInDialog(self.app, self)

        def done(result: profiles.SignInSetUp) -> None:
            self.app.changed.emit(frozenset({Area.SETTINGS}))
            code = RecoveryCodeDialog(result.recovery_code, self.window())
            code.open()
            self.recovery_dialog = code

        dialog.set_up.connect(done)
        dialog.open()
        return dialog

    def open_add(self):
        from tomoni_desktop.ui.people.dialogs import AddPersonDialog

        def choose(teachers) -> None:
            dialog = AddPersonDialog(self.app, teachers, self)
            dialog.accepted.connect(lambda: self.app.changed.emit(frozenset({Area.SETTINGS})))
            dialog.open()
            self.add_dialog = dialog

        self.app.run(lambda uow, _ctx: profiles.teacher_choices(uow), choose, parent=self)

    def open_new_pin(self):
        from tomoni_desktop.ui.people.dialogs import NewPinDialog

        person = self.selected()
        if person is None:
            return None
        dialog = NewPinDialog(self.app, person, self)
        dialog.open()
        return dialog

    def open_my_pin(self):
        from tomoni_desktop.ui.people.dialogs import NewPinDialog

        dialog = NewPinDialog(self.app, None, self)
        dialog.open()
        return dialog

    def confirm_remove(self):
        person = self.selected()
        if person is None:
            return None

        def remove() -> None:
            self.app.run(
                lambda uow, _ctx: profiles.remove_profile(uow, person.id),
                parent=self,
                on_failure=lambda error: show_error(self, error),
            )

        return ask(
            self,
            self.tr("{name} will no longer sign in on this computer.").format(name=person.name),
            self.tr("Remove"),
            self.tr("Keep"),
            remove,
        )

    def _on_changed(self, areas: frozenset[str]) -> None:
        if Area.SETTINGS in areas:
            self.refresh()

    def retranslate(self) -> None:
        self.set_up.setText(self.tr("Set up sign-in…"))
        self.add.setText(self.tr("Add a person…"))
        self.new_pin.setText(self.tr("New PIN…"))
        self.remove.setText(self.tr("Remove…"))
        self.my_pin.setText(self.tr("Change my PIN…"))
        self.lock.setText(self.tr("Lock now"))
        self.lock_after_label.setText(self.tr("Lock after idle minutes (0: never)"))
        self.model.retranslate()
        self._enable()
