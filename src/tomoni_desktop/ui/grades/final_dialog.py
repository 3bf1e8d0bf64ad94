"""A pupil's final score set by hand, with the reason (kept with who and when), or given
back to the computed one."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from tomoni_desktop.services.grades.book import override_final
from tomoni_desktop.services.grades.grid import PupilFinal
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.widgets import Retranslating


class FinalScoreDialog(Retranslating, QDialog):
    def __init__(
        self,
        app: AppContext,
        student_id: uuid.UUID,
        pupil: str,
        subject_id: uuid.UUID,
        final: PupilFinal,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.app, self.student_id, self.pupil, self.subject_id = app, student_id, pupil, subject_id
        self.final = final
        self.computed = QLabel()
        self.by_hand = QCheckBox()
        self.score = QSpinBox()
        self.score.setRange(0, 100)
        self.score.setValue(final.score or 0)
        self.reason = QLineEdit(final.override_reason)
        self.reason.setMaxLength(300)
        self.by_hand.setChecked(final.overridden)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.computed, self.score, self.reason), strict=True):
            form.addRow(label, field)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.by_hand)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.by_hand.toggled.connect(self._enable)
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        self._enable(final.overridden)
        self.retranslate()

    def _enable(self, on: bool) -> None:
        self.score.setEnabled(on)
        self.reason.setEnabled(on)

    def save(self) -> None:
        semester = self.app.school.semester_id
        mine = self.app.settings.my_teacher_id
        teacher = uuid.UUID(mine) if mine else None
        score = self.score.value() if self.by_hand.isChecked() else None
        reason = self.reason.text()
        student, subject = self.student_id, self.subject_id
        self.app.run(
            lambda uow, _ctx: override_final(
                uow, student, subject, semester, score, reason, teacher
            ),
            lambda _none: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Final score of {pupil}").format(pupil=self.pupil))
        computed = self.final.computed
        self.computed.setText("—" if computed is None else f"{computed:.1f}")
        self.by_hand.setText(self.tr("Set the final score by hand"))
        for label, text in zip(
            self.labels,
            (self.tr("Computed"), self.tr("Final score"), self.tr("Why")),
            strict=True,
        ):
            label.setText(text)
