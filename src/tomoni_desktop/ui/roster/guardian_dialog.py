"""One parent or guardian: name, relation, mobile and WhatsApp numbers, primary contact."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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
from tomoni_desktop.ui.formatting import format_date
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
        # What the parent agreed to (UU PDP): ticked or unticked here is recorded today.
        self.consent_data = self.form.add("consent_data", QCheckBox())
        self.consent_whatsapp = self.form.add("consent_whatsapp", QCheckBox())
        self.consent_photos = self.form.add("consent_photos", QCheckBox())
        self.consent_on_paper = self.form.add("consent_on_paper", QCheckBox())
        for box, agreed in (
            (self.consent_data, guardian.consent_data),
            (self.consent_whatsapp, guardian.consent_whatsapp),
            (self.consent_photos, guardian.consent_photos),
            (self.consent_on_paper, guardian.consent_on_paper),
        ):
            box.setChecked(agreed)
        self.consent_state = QLabel()
        self.consent_state.setWordWrap(True)
        for line in (self.mobile, self.whatsapp):
            line.setPlaceholderText("0812-3456-7890")
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.consent_state)
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
        ticked = (
            self.consent_data.isChecked(),
            self.consent_whatsapp.isChecked(),
            self.consent_photos.isChecked(),
            self.consent_on_paper.isChecked(),
        )
        before = self.guardian
        changed = ticked != (
            before.consent_data,
            before.consent_whatsapp,
            before.consent_photos,
            before.consent_on_paper,
        )
        self.guardian = replace(
            self.guardian,
            name=self.name.text().strip(),
            relation=GuardianRelation(self.relation.currentData()),
            mobile=format_local(mobile.e164) if mobile else "",
            whatsapp=format_local(whatsapp.e164) if whatsapp else "",
            is_primary=self.primary.isChecked(),
            consent_data=ticked[0],
            consent_whatsapp=ticked[1],
            consent_photos=ticked[2],
            consent_on_paper=ticked[3],
            consent_on=date.today() if changed else before.consent_on,
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
                "consent_data": self.tr("Agreed: the school keeps the child's data"),
                "consent_whatsapp": self.tr("Agreed: messages by WhatsApp"),
                "consent_photos": self.tr("Agreed: photos"),
                "consent_on_paper": self.tr("Signed on paper"),
            }
        )
        agreed_on = self.guardian.consent_on
        self.consent_state.setText(
            self.tr("Consent recorded on {day}; a change is recorded today.").format(
                day=format_date(agreed_on)
            )
            if agreed_on
            else self.tr("No consent recorded yet: ask the parent, then tick what was agreed.")
        )
        for index in range(self.relation.count()):
            self.relation.setItemText(
                index, labels.relation(GuardianRelation(self.relation.itemData(index)))
            )
        self.save.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
