"""The school's database is damaged: say so in the teacher's words, show what can still be
read, and offer the newest good backup or a salvage of what reads (core/health.py)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP
from tomoni_desktop.ui.formatting import format_datetime

# The tables a teacher knows by name, in the words of the "damaged" context.
SHOWN_TABLES = {
    "students": QT_TRANSLATE_NOOP("damaged", "pupils"),
    "guardians": QT_TRANSLATE_NOOP("damaged", "parents and guardians"),
    "worksheets": QT_TRANSLATE_NOOP("damaged", "worksheets"),
    "worksheet_copies": QT_TRANSLATE_NOOP("damaged", "worksheet copies handed out"),
    "copy_returns": QT_TRANSLATE_NOOP("damaged", "worksheets returned"),
    "assessment_results": QT_TRANSLATE_NOOP("damaged", "scores"),
    "attendance_entries": QT_TRANSLATE_NOOP("damaged", "attendance marks"),
    "contact_entries": QT_TRANSLATE_NOOP("damaged", "contacts with parents"),
}


class Choice(enum.Enum):
    RESTORE = "restore"
    SALVAGE = "salvage"
    QUIT = "quit"


class DamagedDialog(QDialog):
    """Modal at start, before any page: restore, salvage or quit."""

    def __init__(self, damaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.QUIT
        self.damaged = damaged
        self.setWindowTitle(self.tr("The school database is damaged"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.explain = QLabel(self._explanation())
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.explain)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self._restore_text())
        self.restore_button.setEnabled(damaged.newest_backup is not None)
        self.salvage_button = QPushButton(self.tr("Salvage what can be read"))
        self.salvage_button.setEnabled(bool(damaged.health and damaged.health.readable))
        self.quit_button = QPushButton(self.tr("Close the app"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.salvage_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(lambda: self._choose(Choice.RESTORE))
        self.salvage_button.clicked.connect(lambda: self._choose(Choice.SALVAGE))
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.restore_button if self.restore_button.isEnabled() else self.quit_button).setDefault(
            True
        )

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def _restore_text(self) -> str:
        newest = self.damaged.newest_backup
        if newest is None:
            return self.tr("No backup to restore")
        return self.tr("Restore the backup of {when}").format(
            when=format_datetime(newest.created_at)
        )

    def _explanation(self) -> str:
        parts = [
            "<p><b>"
            + self.tr("The file {name} cannot be read whole.").format(name=self.damaged.path.name)
            + "</b> "
            + self.tr(
                "This happens when a laptop is switched off while it writes, or a disk or "
                "flash drive begins to fail. Nothing has been changed or deleted."
            )
            + "</p>",
            self._readable(),
        ]
        newest = self.damaged.newest_backup
        if newest is None:
            parts.append(
                "<p>"
                + self.tr(
                    "No good backup was found in the backup folder. Salvage keeps every row "
                    "that can still be read."
                )
                + "</p>"
            )
        else:
            parts.append(
                "<p>"
                + self.tr(
                    "The newest good backup is from {when}. What was entered after it is not "
                    "in it: the changes already sent to the office in sync bundles come back "
                    "with the office's next bundle; the rest must be entered again."
                ).format(when=format_datetime(newest.created_at))
                + "</p>"
            )
        parts.append(
            "<p>"
            + self.tr(
                "Either way the damaged file is kept beside the database under a name with "
                '"damaged" in it, for a technician.'
            )
            + "</p>"
        )
        return "".join(parts)

    def _readable(self) -> str:
        health = self.damaged.health
        readable = health.readable if health else {}
        if not readable:
            return "<p>" + self.tr("Not even its list of tables can be read.") + "</p>"
        rows = []
        for table, label in SHOWN_TABLES.items():
            if table not in readable:
                continue
            count = readable[table]
            said = (
                self.tr("cannot be read")
                if count is None
                else self.tr("{count} can be read").format(count=count)
            )
            rows.append(f"<li>{QCoreApplication.translate('damaged', label)}: {said}</li>")
        return "<p>" + self.tr("Still readable:") + "</p><ul>" + "".join(rows) + "</ul>"
