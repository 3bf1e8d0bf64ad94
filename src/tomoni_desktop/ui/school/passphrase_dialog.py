"""The backup passphrase: typed twice; from then on every backup is encrypted, and restoring
one asks for it. It is never kept: the laptop keeps a key it cannot open without it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QWidget,
)

from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.widgets import FormDialog, name_form_rows


class BackupPassphraseDialog(FormDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, parent, size=(520, 240))
        self.first, self.again = QLineEdit(), QLineEdit()
        for field in (self.first, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(QLabel(), self.first)
        self.form.addRow(QLabel(), self.again)
        self.retranslate()

    def save(self) -> None:
        from tomoni_desktop.services.school.database import set_backup_passphrase

        first, again = self.first.text(), self.again.text()

        def done(settings) -> None:
            self.app.settings = settings
            self.accept()

        self.app.run_flow(
            lambda units, _ctx: set_backup_passphrase(units, first, again),
            done,
            parent=self,
            on_failure=self.failed,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Encrypt backups"))
        self.explain.setText(
            self.tr(
                "A backup holds every child's data. With a passphrase every new backup is "
                "encrypted, and restoring one asks for it, on this laptop or any other. Write "
                "it down and keep it at the school: without it no encrypted backup can be "
                "restored. Backups made before keep the passphrase they were made with."
            )
        )
        name_form_rows(self.form, (self.tr("Passphrase"), self.tr("Again")))
