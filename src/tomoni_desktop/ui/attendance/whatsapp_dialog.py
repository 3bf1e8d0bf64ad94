"""A WhatsApp message to one parent (an absence, a meeting, work not back yet): the school's
words filled for the pupil, the parent chosen among those with a number, and their consent recorded here. "Open
in WhatsApp" opens a draft the teacher sends herself; "Copy the text" is for a phone at hand.
Either is logged as a contact; without the parent's agreement neither is offered."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.phones import format_local
from tomoni_desktop.services.attendance.whatsapp import (
    Recipient,
    open_message,
    recipients,
    record_consent,
)
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import format_date
from tomoni_desktop.ui.widgets import Retranslating


class WhatsAppDialog(Retranslating, QDialog):
    def __init__(
        self,
        app: AppContext,
        student_id: uuid.UUID,
        pupil: str,
        message: Callable[[Any], str],
        about: str,
        parent: QWidget | None = None,
    ) -> None:
        """`message(uow)`: the school's words filled for the pupil; `about`: what the
        contact is logged as ("absence", "meeting", "worksheet")."""
        super().__init__(parent)
        self.app, self.student_id, self.pupil = app, student_id, pupil
        self.message, self.about = message, about
        self.parents: list[Recipient] = []
        self.opened: list[str] = []  # the links opened (or texts copied), for the page
        self.to_label = QLabel()
        self.guardian = QComboBox()
        self.consent_state = QLabel()
        self.consent_state.setWordWrap(True)
        self.agree_whatsapp, self.agree_data = QCheckBox(), QCheckBox()
        self.agree_photos, self.on_paper = QCheckBox(), QCheckBox()
        self.save_consent = QPushButton()
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(130)
        self.copy_button = QPushButton()
        self.open_button = QPushButton()
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.box.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.to_label)
        top.addWidget(self.guardian, 1)
        consent = QHBoxLayout()
        for widget in (self.agree_whatsapp, self.agree_data, self.agree_photos, self.on_paper):
            consent.addWidget(widget)
        consent.addStretch(1)
        consent.addWidget(self.save_consent)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.consent_state)
        layout.addLayout(consent)
        layout.addWidget(self.text, 1)
        layout.addLayout(actions)
        layout.addWidget(self.box)
        self.resize(680, 420)
        self.guardian.currentIndexChanged.connect(lambda _i: self._show_consent())
        self.save_consent.clicked.connect(self.store_consent)
        self.copy_button.clicked.connect(lambda: self.send(open_link=False))
        self.open_button.clicked.connect(lambda: self.send(open_link=True))
        self.retranslate()
        self.load()

    def load(self) -> None:
        student_id, message = self.student_id, self.message

        def work(uow, _ctx):
            return recipients(uow, student_id), message(uow)

        self.app.run(work, self._fill, parent=self, on_failure=lambda e: show_error(self, e))

    def _fill(self, loaded) -> None:
        self.parents, text = loaded
        if not self.text.toPlainText():
            self.text.setPlainText(text)
        chosen = self.guardian.currentData()
        self.guardian.blockSignals(True)
        self.guardian.clear()
        for parent in self.parents:
            number = format_local(parent.whatsapp) if parent.whatsapp else self.tr("no WhatsApp")
            self.guardian.addItem(
                f"{parent.name} ({labels.relation(parent.relation)}) · {number}",
                str(parent.guardian_id),
            )
        if chosen is not None:
            self.guardian.setCurrentIndex(max(self.guardian.findData(chosen), 0))
        self.guardian.blockSignals(False)
        self._show_consent()

    def chosen(self) -> Recipient | None:
        data = self.guardian.currentData()
        return next((p for p in self.parents if str(p.guardian_id) == data), None)

    def _show_consent(self) -> None:
        parent = self.chosen()
        ready = parent is not None and parent.can_message
        self.copy_button.setEnabled(ready)
        self.open_button.setEnabled(ready)
        for box, agreed in (
            (self.agree_whatsapp, parent is not None and parent.consent_whatsapp),
            (self.agree_data, parent is not None and parent.consent_data),
            (self.agree_photos, parent is not None and parent.consent_photos),
            (self.on_paper, parent is not None and parent.on_paper),
        ):
            box.setChecked(agreed)
        if parent is None:
            self.consent_state.setText(self.tr("The pupil has no parent recorded."))
        elif parent.whatsapp is None:
            self.consent_state.setText(
                self.tr("{name} has no WhatsApp number: a call or a letter, then.").format(
                    name=parent.name
                )
            )
        elif not parent.consent_whatsapp:
            self.consent_state.setText(
                self.tr(
                    "{name} has not agreed to WhatsApp messages from the school. Ask, then "
                    "tick what was agreed and keep it."
                ).format(name=parent.name)
            )
        else:
            self.consent_state.setText(
                self.tr("{name} agreed to WhatsApp messages on {day}.").format(
                    name=parent.name,
                    day=format_date(parent.agreed_on) if parent.agreed_on else "—",
                )
            )

    def store_consent(self) -> None:
        parent = self.chosen()
        if parent is None:
            return
        guardian_id, today = parent.guardian_id, date.today()
        whatsapp, data_kept = self.agree_whatsapp.isChecked(), self.agree_data.isChecked()
        photos, on_paper = self.agree_photos.isChecked(), self.on_paper.isChecked()
        self.app.run(
            lambda uow, _ctx: record_consent(
                uow,
                guardian_id,
                today,
                data_kept=data_kept,
                whatsapp=whatsapp,
                photos=photos,
                on_paper=on_paper,
            ),
            lambda _none: self.load(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def send(self, open_link: bool) -> None:
        """Logged first; then the draft opens (or the text goes to the clipboard)."""
        parent = self.chosen()
        if parent is None:
            return
        student_id, guardian_id = self.student_id, parent.guardian_id
        text, today, about = self.text.toPlainText(), date.today(), self.about
        teacher = self.app.settings.my_teacher_id or None

        def done(link: str) -> None:
            self.opened.append(link)
            if open_link:
                QDesktopServices.openUrl(QUrl(link))
            else:
                QGuiApplication.clipboard().setText(text.strip())
            self.accept()

        self.app.run(
            lambda uow, _ctx: open_message(
                uow,
                student_id,
                guardian_id,
                text,
                about,
                today,
                uuid.UUID(teacher) if teacher else None,
            ),
            done,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("WhatsApp to the parents of {pupil}").format(pupil=self.pupil))
        self.to_label.setText(self.tr("To"))
        self.agree_whatsapp.setText(self.tr("WhatsApp messages"))
        self.agree_data.setText(self.tr("data kept by the school"))
        self.agree_photos.setText(self.tr("photos"))
        self.on_paper.setText(self.tr("signed on paper"))
        self.save_consent.setText(self.tr("Keep the agreement"))
        self.copy_button.setText(self.tr("Copy the text"))
        self.open_button.setText(self.tr("Open in WhatsApp"))
        self._show_consent()
