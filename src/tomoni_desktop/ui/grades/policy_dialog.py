"""The grading policy: weights, the criterion (KKTP) or its bands, the remedial cap and the
report's phrases — for the school, or for one subject that differs."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.services.grades.policy import Policy, policy_for, save_policy
from tomoni_desktop.services.grades.rules import Phrases, Weights
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.widgets import Retranslating, show_text


def _percent() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100)
    box.setSuffix(" %")
    return box


class PolicyDialog(Retranslating, QDialog):
    def __init__(
        self, app: AppContext, subject_id: uuid.UUID, subject_name: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.app, self.subject_id, self.subject_name = app, subject_id, subject_name
        self.topics, self.sts, self.sas = _percent(), _percent(), _percent()
        self.total = QLabel()
        self.cut = QSpinBox()
        self.cut.setRange(0, 100)
        self.bands = QLineEdit()
        self.bands.setMaxLength(1000)
        self.capped = QCheckBox()
        self.good, self.help_, self.progress, self.all_achieved = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.own = QCheckBox()  # this subject only, not the school's
        weights = QWidget()
        weights_row = QHBoxLayout(weights)
        weights_row.setContentsMargins(0, 0, 0, 0)
        for box in (self.topics, self.sts, self.sas):
            weights_row.addWidget(box)
        weights_row.addWidget(self.total, 1)
        self.labels = [QLabel() for _ in range(9)]
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (
                weights,
                self.cut,
                self.bands,
                self.capped,
                self.good,
                self.help_,
                self.progress,
                self.all_achieved,
                self.own,
            ),
            strict=True,
        ):
            form.addRow(label, field)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.resize(760, 420)
        for box in (self.topics, self.sts, self.sas):
            box.valueChanged.connect(lambda _v: self._sum())
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        self.retranslate()
        year, subject = app.school.school_year_id, subject_id
        app.run(lambda uow, _ctx: policy_for(uow, year, subject), self._show, parent=self)

    def _show(self, policy: Policy) -> None:
        self.topics.setValue(policy.weights.topics)
        self.sts.setValue(policy.weights.sts)
        self.sas.setValue(policy.weights.sas)
        self.cut.setValue(policy.cut_score)
        self.capped.setChecked(policy.remedial_capped)
        for field, text in (
            (self.bands, policy.bands_text),
            (self.good, policy.phrases.good),
            (self.help_, policy.phrases.help),
            (self.progress, policy.phrases.progress),
            (self.all_achieved, policy.phrases.all_achieved),
        ):
            show_text(field, text)
        self.own.setChecked(policy.own)
        self._sum()

    def _sum(self) -> None:
        total = self.topics.value() + self.sts.value() + self.sas.value()
        self.total.setText(
            self.tr("together {total} %").format(total=total)
            if total == 100
            else self.tr("together {total} %: not 100 %").format(total=total)
        )

    def save(self) -> None:
        year = self.app.school.school_year_id
        subject = self.subject_id if self.own.isChecked() else None
        weights = Weights(self.topics.value(), self.sts.value(), self.sas.value())
        phrases = Phrases(
            self.good.text().strip(),
            self.help_.text().strip(),
            self.progress.text().strip(),
            self.all_achieved.text().strip(),
        )
        cut, bands, capped = self.cut.value(), self.bands.text(), self.capped.isChecked()
        self.app.run(
            lambda uow, _ctx: save_policy(
                uow,
                year,
                subject,
                weights=weights,
                cut_score=cut,
                bands=bands,
                remedial_capped=capped,
                phrases=phrases,
            ),
            lambda _policy: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("How final scores are made"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Weights: topic summatives, STS, SAS"),
                self.tr("Criterion (KKTP)"),
                self.tr("Bands (optional)"),
                self.tr("After remedial"),
                self.tr("Phrase: mastered"),
                self.tr("Phrase: needs help"),
                self.tr("Phrase: progress"),
                self.tr("Phrase: every TP reached"),
                self.tr("Applies to"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.bands.setPlaceholderText(
            self.tr(
                "e.g. 0-40 Perlu remedial; 41-65 Remedial sebagian; 66-85 Tercapai; 86-100 Pengayaan"
            )
        )
        self.capped.setText(self.tr("the score counts at most the criterion"))
        self.own.setText(
            self.tr("{subject} only (otherwise every subject of the school)").format(
                subject=self.subject_name
            )
        )
        self._sum()
