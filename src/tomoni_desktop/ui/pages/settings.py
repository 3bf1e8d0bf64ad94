"""Pengaturan: language, paper size, backups (folder, how many, now, restore), and the
people who sign in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.phones import format_local
from tomoni_desktop.core.settings import MAX_BACKUPS, AppSettings
from tomoni_desktop.services.school.database import (
    OpenSchool,
    back_up,
    list_backups,
    restore_database,
)
from tomoni_desktop.services.school.settings import change_settings
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.formatting import format_datetime, format_size
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, ask, list_view, show_text

LANGUAGE_NAMES = (("Bahasa Indonesia", "id"), ("English", "en"))  # each in its own language


class SettingsPage(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.general_box = QGroupBox()
        self.language = QComboBox()
        for name, code in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.paper = QComboBox()
        self.paper.addItem("", "A4")
        self.paper.addItem("", "F4")
        self.general_form = QFormLayout(self.general_box)
        self.general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_label = QLabel()
        self.paper_label = QLabel()
        self.general_form.addRow(self.language_label, self.language)
        self.general_form.addRow(self.paper_label, self.paper)
        self.habits = QLineEdit()
        self.habits.setMinimumWidth(420)
        self.habits_label = QLabel()
        self.general_form.addRow(self.habits_label, self.habits)
        self.follow_up = QSpinBox()
        self.follow_up.setRange(1, 10)
        self.follow_up_label = QLabel()
        self.general_form.addRow(self.follow_up_label, self.follow_up)
        self.packet_phone = QLineEdit()
        self.packet_phone.setMinimumWidth(280)
        self.packet_phone_label = QLabel()
        self.general_form.addRow(self.packet_phone_label, self.packet_phone)
        self.templates = QPushButton()
        self.templates_label = QLabel()
        self.general_form.addRow(self.templates_label, self.templates)

        self.backup_box = QGroupBox()
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.choose_folder = QPushButton()
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_BACKUPS)
        self.back_up_now = QPushButton()
        self.to_stick = QPushButton()
        self.stick_said = QLabel()
        self.stick_said.setObjectName("notice")
        self.passphrase_button = QPushButton()
        self.encryption_state = QLabel()
        self.encryption_state.setWordWrap(True)
        self.restore = QPushButton()
        self.restore.setEnabled(False)
        self.check = QPushButton()
        self.backup_model: RowTableModel[backups.BackupInfo] = RowTableModel(self._columns(), self)
        self.backup_proxy = SearchProxy(self.backup_model, lambda info: info.path.name, self)
        self.backup_table = list_view(
            self.backup_proxy, order=Qt.SortOrder.DescendingOrder, single=True
        )
        self.backup_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.backup_table.horizontalHeader().setStretchLastSection(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        self.folder_label = QLabel()
        self.keep_label = QLabel()
        self.keep.setMinimumWidth(90)
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        form.addRow(self.keep_label, keep_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_now)
        buttons.addWidget(self.to_stick)
        buttons.addWidget(self.restore)
        buttons.addWidget(self.check)
        buttons.addWidget(self.encryption_state, 1)
        buttons.addWidget(self.passphrase_button)
        backup_layout = QVBoxLayout(self.backup_box)
        backup_layout.addLayout(form)
        backup_layout.addLayout(buttons)
        backup_layout.addWidget(self.stick_said)
        backup_layout.addWidget(self.backup_table, 1)

        from tomoni_desktop.ui.people.people_box import PeopleBox
        from tomoni_desktop.ui.school.register_box import RegisterBox
        from tomoni_desktop.ui.school.retention_box import RetentionBox

        self.people = PeopleBox(app)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self.general_box)
        self.retention = RetentionBox(app)
        general_layout.addWidget(self.retention)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.backup_box, "")
        self.tabs.addTab(self.people, "")
        self.register = RegisterBox(app)
        self.tabs.addTab(self.register, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

        self._show_settings(app.settings)
        self.retranslate()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.paper.currentIndexChanged.connect(
            lambda: self._save(paper_size=self.paper.currentData())
        )
        self.keep.editingFinished.connect(lambda: self._save(backups_to_keep=self.keep.value()))
        self.habits.editingFinished.connect(lambda: self._save(habits=self.habits.text()))
        self.packet_phone.editingFinished.connect(self._save_phone)
        self.follow_up.editingFinished.connect(
            lambda: self._save(follow_up_after=self.follow_up.value())
        )
        self.choose_folder.clicked.connect(self._choose_folder)
        self.templates.clicked.connect(self.open_templates)
        self.back_up_now.clicked.connect(self.make_backup)
        self.to_stick.clicked.connect(lambda: self.back_up_to_stick())
        self.passphrase_button.clicked.connect(lambda: self.open_passphrase())
        self.restore.clicked.connect(self._confirm_restore)
        self.check.clicked.connect(self.check_database)
        self.backup_table.selectionModel().selectionChanged.connect(
            lambda: self.restore.setEnabled(self.selected_backup() is not None)
        )
        app.changed.connect(self._on_changed)
        self.refresh_backups()

    def _columns(self) -> list[Column[backups.BackupInfo]]:
        return [
            Column(
                lambda: self.tr("Made on"),
                lambda b: format_datetime(b.created_at),
                lambda b: b.created_at,
            ),
            Column(lambda: self.tr("Kind"), lambda b: labels.backup_reason(b.reason)),
            Column(
                lambda: self.tr("Size"),
                lambda b: format_size(b.size),
                lambda b: b.size,
                numeric=True,
            ),
            Column(
                lambda: self.tr("Encrypted"),
                lambda b: self.tr("yes") if b.encrypted else self.tr("no"),
            ),
            Column(lambda: self.tr("File"), lambda b: b.path.name),
        ]

    def backup_folder(self) -> Path:
        return self.app.settings.backup_folder(self.app.database.path)

    def _show_settings(self, settings: AppSettings) -> None:
        for combo, value in ((self.language, self.app.language), (self.paper, settings.paper_size)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.keep.setValue(settings.backups_to_keep)
        show_text(self.habits, settings.habits)
        self.packet_phone.setText(format_local(settings.packet_phone))
        self.follow_up.setValue(settings.follow_up_after)
        self.folder.setText(str(self.backup_folder()))
        self._say_encryption(settings)

    def _save(self, **changes) -> None:
        def saved(settings: AppSettings) -> None:
            self.app.settings = settings
            self._show_settings(settings)

        self.app.run(
            lambda uow, _ctx: change_settings(uow, **changes),
            saved,
            parent=self,
        )

    def _save_phone(self) -> None:
        if self.packet_phone.text() != format_local(self.app.settings.packet_phone):
            self._save(packet_phone=self.packet_phone.text())

    def open_templates(self):
        from tomoni_desktop.ui.school.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.app, self)
        dialog.open()
        return dialog

    def _language_chosen(self) -> None:
        self.app.language_changed.emit(self.language.currentData())

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), str(self.backup_folder())
        )
        if folder:
            self._save(backup_dir=folder)

    def check_database(self) -> None:
        """SQLite's full check of the open file, on demand (a start does the quick one)."""
        from tomoni_desktop.services.school.database import check_database

        path = self.app.database.path
        self.app.run_plain(
            lambda _ctx: check_database(path),
            self._say_health,
            parent=self,
            label=self.tr("Checking the database…"),
        )

    def _say_health(self, healthy: bool) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Check the database"))
        if healthy:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("The database is whole: SQLite's full check found no problem."))
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                self.tr(
                    "The database is damaged. Close the app and open it again: it will offer "
                    "the newest good backup, or to salvage what can still be read."
                )
            )
        box.open()
        self.health_box = box  # for the tests, and so it lives while shown

    def make_backup(self) -> None:
        self.app.run_flow(
            lambda units, ctx: back_up(units, "manual", lambda d, t: ctx.progress(d, t)),
            parent=self,
            label=self.tr("Backing up…"),
            cancellable=True,
        )

    def back_up_to_stick(self, folder: Path | None = None) -> None:
        """One button: a verified backup onto a stick (noted in the register)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Back up to a stick: choose the stick"), str(Path.home())
            )
            if not chosen:
                return
            folder = Path(chosen)
        target = folder

        def done(info: backups.BackupInfo) -> None:
            self.stick_said.setText(
                self.tr("Backup written and checked: {path}").format(path=str(info.path))
            )

        self.app.run_flow(
            lambda units, ctx: back_up(
                units, "manual", lambda d, t: ctx.progress(d, t), folder=target
            ),
            done,
            parent=self,
            label=self.tr("Backing up…"),
            cancellable=True,
        )

    def refresh_backups(self) -> None:
        self.app.run_flow(lambda units, _ctx: list_backups(units), self.backup_model.set_rows)

    def selected_backup(self) -> backups.BackupInfo | None:
        return self.backup_proxy.selected_row(self.backup_table)

    def _confirm_restore(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        ask(
            self,
            self.tr(
                "Replace the current data with the backup of {when}? The current data is "
                "kept as a backup first."
            ).format(when=format_datetime(chosen.created_at)),
            self.tr("Restore"),
            self.tr("Cancel"),
            lambda: self.restore_backup(chosen.path),
            title=self.tr("Restore backup"),
            safe_default=False,
        )

    def open_passphrase(self):
        from tomoni_desktop.ui.school.passphrase_dialog import BackupPassphraseDialog

        dialog = BackupPassphraseDialog(self.app, self)
        dialog.accepted.connect(lambda: self._show_settings(self.app.settings))
        dialog.accepted.connect(self.offer_sealing)
        dialog.open()
        return dialog

    def seal_old_backups(self) -> None:
        from tomoni_desktop.services.school.database import encrypt_old_backups

        self.app.run_flow(
            lambda units, _ctx: encrypt_old_backups(units),
            lambda _count: self.refresh_backups(),
            parent=self,
            label=self.tr("Encrypting the backups…"),
        )

    def offer_sealing(self):
        """Backups made before the passphrase are plain copies of every child's data: offer
        to encrypt them now."""
        plain = [b for b in self.backup_model.rows if not b.encrypted]
        if not plain:
            return None
        return ask(
            self,
            self.tr(
                "%n backups made before are not encrypted. Encrypt them now with the new "
                "passphrase?",
                "",
                len(plain),
            ),
            self.tr("Encrypt them"),
            self.tr("Leave them"),
            self.seal_old_backups,
            title=self.tr("Encrypt backups"),
            safe_default=False,
        )

    def restore_backup(self, backup_file: Path, passphrase: str | None = None) -> None:
        """An encrypted backup asks for its passphrase first (refused before anything closes)."""
        from tomoni_desktop.core.backup_crypto import is_encrypted

        if passphrase is None and is_encrypted(backup_file):
            from PySide6.QtWidgets import QInputDialog, QLineEdit

            typed, ok = QInputDialog.getText(
                self,
                self.tr("Restore backup"),
                self.tr("This backup is encrypted. The backup passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
            passphrase = typed
        app = self.app

        def done(restored: OpenSchool) -> None:
            app.adopt(restored)
            self._show_settings(restored.opened.settings)

        app.run_flow(
            lambda units, ctx: restore_database(
                units, backup_file, lambda d, t: ctx.progress(d, t), passphrase
            ),
            done,
            parent=self,
            label=self.tr("Restoring…"),
            cancellable=True,
        )

    def show_tab(self, name: str) -> None:
        """A step of Beranda: the tab named ("general", "backups", "people", "register")."""
        tabs = {"general": 0, "backups": 1, "people": 2, "register": 3}
        self.tabs.setCurrentIndex(tabs.get(name, 0))

    def _say_encryption(self, settings: AppSettings) -> None:
        encrypted = settings.backup_keys is not None
        self.encryption_state.setText(
            self.tr("New backups are encrypted.")
            if encrypted
            else self.tr("Backups are not encrypted: set a passphrase to protect them.")
        )
        self.passphrase_button.setText(
            self.tr("Change the passphrase…") if encrypted else self.tr("Encrypt backups…")
        )

    def _on_changed(self, areas: frozenset[str]) -> None:
        if areas & {Area.BACKUPS, Area.SETTINGS}:
            self.refresh_backups()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.general_box.setTitle(self.tr("Language and paper"))
        self.language_label.setText(self.tr("Language"))
        self.paper_label.setText(self.tr("Paper size"))
        self.habits_label.setText(self.tr("Habits on the return slip (separate with ;)"))
        self.templates_label.setText(self.tr("Messages to parents"))
        self.templates.setText(self.tr("Edit the words…"))
        self.packet_phone_label.setText(self.tr("Phone number printed on packets"))
        self.follow_up_label.setText(self.tr("Follow up a pupil after failed home visits"))
        self.packet_phone.setPlaceholderText(self.tr("optional, e.g. 0812-3456-7890"))
        self.paper.setItemText(0, self.tr("A4 (210 × 297 mm)"))
        self.paper.setItemText(1, self.tr("F4 / Folio (215 × 330 mm)"))
        self.backup_box.setTitle(self.tr("Backups"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Backups"))
        self.tabs.setTabText(2, self.tr("People and PINs"))
        self.tabs.setTabText(3, self.tr("Data that left"))
        self._say_encryption(self.app.settings)
        self.folder_label.setText(self.tr("Folder"))
        self.keep_label.setText(self.tr("Backups to keep"))
        self.choose_folder.setText(self.tr("Choose…"))
        self.back_up_now.setText(self.tr("Back up now"))
        self.to_stick.setText(self.tr("Back up to a stick…"))
        self.restore.setText(self.tr("Restore selected backup…"))
        self.check.setText(self.tr("Check the database"))
        self.backup_model.retranslate()
