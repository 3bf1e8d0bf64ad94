"""Creating or editing a worksheet: typed questions, or a PDF the teacher already has."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import AnswerSpace
from tomoni_desktop.services.worksheets.library import (
    MAX_PDF_PAGES,
    QuestionDraft,
    WorksheetDraft,
    WorksheetEditing,
    check_pdf_file,
    save_worksheet,
    worksheet_for_editing,
)
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.form_fields import ProblemForm
from tomoni_desktop.ui.widgets import Retranslating, show_text


class WorksheetDialog(Retranslating, QDialog):
    def __init__(
        self, app: AppContext, worksheet_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.worksheet_id = worksheet_id
        self.pdf_path: Path | None = None
        self.has_pdf = False
        self.form = ProblemForm(QFormLayout())
        self.subject = self.form.add("subject_id", QComboBox())
        self.level = self.form.add("level", QComboBox())
        for level, roman in ((7, "VII"), (8, "VIII"), (9, "IX")):
            self.level.addItem(f"{level} ({roman})", level)
        self.title = self.form.add("title", QLineEdit())
        self.instructions = self.form.add("instructions", QPlainTextEdit())
        # A learning objective is a sentence or two (TP): room for it, not a one-line field.
        self.objective = self.form.add("objective", QPlainTextEdit())
        self.objective.setTabChangesFocus(True)
        self.objective.setFixedHeight(self.objective.fontMetrics().lineSpacing() * 3 + 12)
        self.pass_mark = self.form.add("pass_mark", QSpinBox())
        self.pass_mark.setRange(0, 1000)
        self.pass_mark.setValue(75)
        self.max_score = self.form.add("max_score", QSpinBox())
        self.max_score.setRange(1, 1000)
        self.max_score.setValue(100)
        self.questions = self.form.add("questions", QPlainTextEdit())
        self.answer_lines = self.form.add("answer_lines", QSpinBox())
        self.answer_lines.setRange(1, 30)
        self.answer_lines.setValue(5)
        self.answer_space = self.form.add("answer_space", QComboBox())
        self.answer_space.addItem("", AnswerSpace.LINES.value)
        self.answer_space.addItem("", AnswerSpace.BOX.value)
        self.pdf_label = QLabel()
        self.attach = QPushButton()
        pdf_row = QWidget()
        pdf_layout = QHBoxLayout(pdf_row)
        pdf_layout.setContentsMargins(0, 0, 0, 0)
        pdf_layout.addWidget(self.pdf_label, 1)
        pdf_layout.addWidget(self.attach)
        self.form.add("pdf", pdf_row)
        lines = self.objective.fontMetrics().lineSpacing()
        self.instructions.setFixedHeight(lines * 3 + 12)
        # Questions wrap and the box is tall enough to show a typical worksheet's whole.
        self.questions.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.questions.setMinimumHeight(lines * 12 + 12)
        for box in (self.instructions, self.questions):
            box.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.attach.clicked.connect(self.choose_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.save.setEnabled(False)
        self.retranslate()
        self._load()

    def _load(self) -> None:
        school, worksheet_id = self.app.school.school_id, self.worksheet_id

        def work(uow, _ctx):
            return worksheet_for_editing(uow, school, worksheet_id)

        self.app.run(work, self._fill, parent=self)

    def _fill(self, editing: WorksheetEditing) -> None:
        values = editing.values
        for subject_id, name in editing.subjects:
            self.subject.addItem(name, str(subject_id))
        if editing.my_subject_id is not None:  # a new worksheet: the teacher's own subject
            self.subject.setCurrentIndex(max(self.subject.findData(str(editing.my_subject_id)), 0))
        if values:
            self.subject.setCurrentIndex(max(self.subject.findData(str(values["subject_id"])), 0))
            self.level.setCurrentIndex(max(self.level.findData(values["level"]), 0))
            show_text(self.title, values["title"])
            self.instructions.setPlainText(values["instructions"])
            self.objective.setPlainText(values["objective"])
            self.max_score.setValue(values["max_score"])
            self.pass_mark.setValue(values["pass_mark"])
            self.questions.setPlainText("\n".join(values["questions"]))
            self.answer_lines.setValue(values["answer_lines"])
            self.answer_space.setCurrentIndex(
                max(self.answer_space.findData(values["answer_space"]), 0)
            )
            self.has_pdf = bool(values["pdf"])
            if self.has_pdf:
                self.pdf_label.setText(
                    self.tr("{name} (%n pages)", "", values["pages"]).format(name=values["pdf"])
                )
        self.save.setEnabled(True)

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a PDF"), str(Path.home()), "PDF (*.pdf)"
        )
        if path:
            self.attach_pdf(Path(path))

    def attach_pdf(self, path: Path) -> None:
        """Read and check the file now, so a file that is not a usable PDF is refused when
        it is chosen, not when the worksheet is saved."""
        self.pdf_path = None
        self.form.clear()

        def checked(pages: int) -> None:
            self.pdf_path = path
            self.pdf_label.setText(self.tr("{name} (%n pages)", "", pages).format(name=path.name))

        def refused(error: BaseException) -> None:
            self.pdf_label.setText(self.tr("No PDF attached"))
            if not (isinstance(error, ValidationError) and self.form.show(error)):
                show_error(self, error)

        self.app.run_plain(
            lambda _ctx: check_pdf_file(path),
            checked,
            parent=self,
            label=self.tr("Checking {name}: every page is drawn once…").format(name=path.name),
            on_failure=refused,
        )

    def draft(self) -> WorksheetDraft:
        return WorksheetDraft(
            subject_id=uuid.UUID(self.subject.currentData())
            if self.subject.currentData()
            else None,
            level=self.level.currentData(),
            title=self.title.text(),
            instructions=self.instructions.toPlainText().strip(),
            objective=" ".join(self.objective.toPlainText().split()),
            pass_mark=self.pass_mark.value(),
            max_score=self.max_score.value(),
            questions=[
                QuestionDraft(
                    line.strip(),
                    answer_space=AnswerSpace(self.answer_space.currentData()),
                    answer_lines=self.answer_lines.value(),
                )
                for line in self.questions.toPlainText().splitlines()
                if line.strip()
            ],
        )

    def submit(self) -> None:
        draft, path = self.draft(), self.pdf_path
        school, worksheet_id = self.app.school.school_id, self.worksheet_id
        self.save.setEnabled(False)

        def work(uow, _ctx):
            if path is not None:  # read on the worker: the stick may be slow
                draft.pdf, draft.pdf_name = path.read_bytes(), path.name
            return save_worksheet(uow, school, draft, worksheet_id)

        def saved(new_id) -> None:
            self.worksheet_id = new_id
            self.accept()

        def failed(error: BaseException) -> None:
            self.save.setEnabled(True)
            if not (isinstance(error, ValidationError) and self.form.show(error)):
                show_error(self, error)

        self.app.run(work, saved, parent=self, on_failure=failed)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Edit worksheet") if self.worksheet_id else self.tr("New worksheet")
        )
        self.form.set_captions(
            {
                "subject_id": self.tr("Subject"),
                "level": self.tr("Class level"),
                "title": self.tr("Title"),
                "instructions": self.tr("Instructions"),
                "objective": self.tr("Learning objective (TP)"),
                "pass_mark": self.tr("Pass mark (KKTP)"),
                "max_score": self.tr("Maximum score"),
                "questions": self.tr("Questions (one a line)"),
                "answer_lines": self.tr("Answer lines a question"),
                "answer_space": self.tr("Answer space"),
                "pdf": self.tr("Or a PDF"),
            }
        )
        if not self.pdf_label.text() or self.pdf_path is None and not self.has_pdf:
            self.pdf_label.setText(
                self.tr("No PDF attached (at most {most} pages)").format(most=MAX_PDF_PAGES)
            )
        self.attach.setText(self.tr("Attach PDF…"))
        self.answer_space.setItemText(0, self.tr("Lines"))
        self.answer_space.setItemText(1, self.tr("A box"))
        self.save.setText(self.tr("Save"))
        self.cancel.setText(self.tr("Cancel"))
