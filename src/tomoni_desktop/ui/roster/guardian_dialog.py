"""One parent or guardian: name, relation, mobile and WhatsApp numbers, primary contact."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import GuardianRelation
from tomoni_desktop.core.phones import format_local, parse_phone, parse_whatsapp
from tomoni_desktop.services.roster.editing import GuardianForm
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.form_fields import ProblemForm
from tomoni_desktop.ui.widgets import Retranslating


class GuardianDialog(Retranslating, QDialog):
    def __init__(self, guardian: GuardianForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guardian = guardian
        self.form = ProblemForm(QFormLayout())
        self.name = self.form.add("name", QLineEdit(guardian.name))
        self.relation = self.form.add("relation", QComboBox())
        for relation in GuardianRelation:
            self.relation.addItem(labels.relation(relation), relation.value)
        self.relation.setCurrentIndex(self.relation.findData(guardian.relation.value))
        self.mobile = self.form.add("mobile", QLineEdit(guardian.mobile))
        self.whatsapp = self.form.add("whatsapp", QLineEdit(guardian.whatsapp))
        self.primary = self.form.add("is_primary", QCheckBox())
        self.primary.setChecked(guardian.is_primary)
        for line in (self.mobile, self.whatsapp):
            line.setPlaceholderText("0812-3456-7890")
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def submit(self) -> None:
        """Check the numbers here (no database needed), so the problem shows at once."""
        try:
            if not self.name.text().strip():
                from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP

                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the parent's or guardian's name."),
                    field="name",
                )
            mobile = parse_phone(self.mobile.text(), "mobile")
            whatsapp = parse_whatsapp(self.whatsapp.text(), "whatsapp")
        except ValidationError as error:
            self.form.show(error)
            return
        self.guardian = replace(
            self.guardian,
            name=self.name.text().strip(),
            relation=GuardianRelation(self.relation.currentData()),
            mobile=format_local(mobile.e164) if mobile else "",
            whatsapp=format_local(whatsapp.e164) if whatsapp else "",
            is_primary=self.primary.isChecked(),
        )
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Parent or guardian"))
        self.form.set_captions(
            {
                "name": self.tr("Name"),
                "relation": self.tr("Relation"),
                "mobile": self.tr("Mobile number"),
                "whatsapp": self.tr("WhatsApp number"),
                "is_primary": self.tr("Primary contact"),
            }
        )
        for index in range(self.relation.count()):
            self.relation.setItemText(
                index, labels.relation(GuardianRelation(self.relation.itemData(index)))
            )
        self.save.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
