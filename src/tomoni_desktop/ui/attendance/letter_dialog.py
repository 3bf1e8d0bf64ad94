"""Letters on paper for families without a phone: the kind (an absence, a summons, a note about
results), the pupils of the class, the day it is about and the teacher's own words. Kept and
printed in one unit of work; each letter's reply slip is scanned back on Pengambilan."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import LetterKind
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, to_date
from tomoni_desktop.ui.printing import ask_pdf_path
from tomoni_desktop.ui.widgets import Retranslating, name_form_rows

KINDS = (LetterKind.ABSENCE, LetterKind.SUMMONS, LetterKind.RESULTS)


def print_letters(parent: QWidget, app: AppContext, make, path: Path, done=None) -> None:
    """`make(uow)` keeps the letters and returns their ids; then they are printed at `path`,
    in the same unit of work (no letter kept without its paper)."""
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.letters import write_letters
    from tomoni_desktop.services.parents.letters import letters_to_print, pupils_of_letters
    from tomoni_desktop.services.school.register import Leaving, note_left

    def work(uow, _ctx) -> tuple[int, int]:
        letter_ids = make(uow)
        if not letter_ids:
            return 0, 0
        letters = letters_to_print(uow, letter_ids)
        pages = write_letters(letters, path, load_settings(uow.session).paper_size)
        note_left(uow, Leaving.LETTERS, path, pupils=pupils_of_letters(uow, letter_ids))
        return len(letters), pages

    app.run(
        work,
        lambda counts: done(*counts) if done else None,
        parent=parent,
        label=QCoreApplication.translate("printing", "Printing…"),
        on_failure=lambda error: show_error(parent, error),
    )


class LetterDialog(Retranslating, QDialog):
    def __init__(
        self,
        app: AppContext,
        class_id: uuid.UUID,
        pupils: Sequence[tuple[uuid.UUID, str]],
        *,
        kind: LetterKind = LetterKind.RESULTS,
        chosen: Sequence[uuid.UUID] = (),
        about_on: date | None = None,
        case_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app, self.class_id, self.case_id = app, class_id, case_id
        self.kind = QComboBox()
        for value in KINDS:
            self.kind.addItem(labels.letter_kind(value), value.value)
        self.kind.setCurrentIndex(max(self.kind.findData(kind.value), 0))
        self.about = date_edit(about_on or date.today())
        self.pupils = QListWidget()
        for student_id, name in pupils:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(student_id))
            item.setCheckState(
                Qt.CheckState.Checked if student_id in chosen else Qt.CheckState.Unchecked
            )
            self.pupils.addItem(item)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(90)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow("", self.kind)
        self.form.addRow("", self.about)
        self.form.addRow("", self.pupils)
        self.form.addRow("", self.note)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.print_them)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.said)
        layout.addWidget(self.box)
        self.kind.currentIndexChanged.connect(lambda _i: self._follow_kind())
        self.resize(560, 560)
        self.retranslate()
        self._follow_kind()

    def chosen_kind(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    def chosen_pupils(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(self.pupils.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.pupils.count())
            if self.pupils.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _follow_kind(self) -> None:
        self.about.setEnabled(self.chosen_kind() is not LetterKind.RESULTS)

    def print_them(self, path: Path | None = None) -> None:
        path = path or ask_pdf_path(self, f"surat-{self.chosen_kind().value}.pdf")
        if path is None:
            return
        kind, pupils, class_id, case_id = (
            self.chosen_kind(),
            self.chosen_pupils(),
            self.class_id,
            self.case_id,
        )
        about = None if kind is LetterKind.RESULTS else to_date(self.about.date())
        note, today = self.note.toPlainText(), date.today()

        def done(count: int, pages: int) -> None:
            self.said.setText(
                self.tr("%n letters on {pages} pages: {path}", "", count).format(
                    pages=pages, path=path.name
                )
            )
            self.accept()

        from tomoni_desktop.services.parents.letters import write_letters

        print_letters(
            self,
            self.app,
            lambda uow: write_letters(
                uow, class_id, kind, pupils, today, about_on=about, note=note, case_id=case_id
            ),
            path,
            done,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Letters to the parents"))
        name_form_rows(
            self.form,
            (
                self.tr("Letter"),
                self.tr("About the day"),
                self.tr("Pupils"),
                self.tr("Your words (added to the letter)"),
            ),
        )
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print…"))
        for index, value in enumerate(KINDS):
            self.kind.setItemText(index, labels.letter_kind(value))
        self.said.setText(
            self.tr(
                "Two letters a sheet; the parents tick the reply slip and send it back. Scan "
                "its code on the Pickups page to record the reply."
            )
        )
