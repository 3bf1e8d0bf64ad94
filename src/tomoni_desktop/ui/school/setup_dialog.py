"""First start with no data: the school, the school year and semester, and the teacher."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.database import Database
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import Term
from tomoni_desktop.core.unit_of_work import run_unit
from tomoni_desktop.services.school.setup import (
    SchoolContext,
    SchoolSetup,
    current_school_year_name,
    setup_school,
    validate_setup,
)
from tomoni_desktop.ui import labels
from tomoni_desktop.ui.errors import error_text, show_error
from tomoni_desktop.ui.operations import OperationRunner
from tomoni_desktop.ui.widgets import Retranslating

FIELDS = (
    "school_name",
    "npsn",
    "school_year",
    "term",
    "teacher_name",
    "teacher_nip",
    "class_level",
    "class_name",
)


class SetupDialog(Retranslating, QDialog):
    def __init__(
        self, runner: OperationRunner, database: Database, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.database = database
        self.result_context: SchoolContext | None = None
        year, term = current_school_year_name(date.today())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.texts: dict[str, QLineEdit] = {
            "school_name": QLineEdit(),
            "npsn": QLineEdit(),
            "school_year": QLineEdit(year),
            "teacher_name": QLineEdit(),
            "teacher_nip": QLineEdit(),
            "class_name": QLineEdit(),
        }
        self.term, self.class_level = QComboBox(), QComboBox()
        self.inputs: dict[str, QWidget] = {
            **self.texts,
            "term": self.term,
            "class_level": self.class_level,
        }
        self.texts["npsn"].setMaxLength(8)
        self.texts["teacher_nip"].setMaxLength(18)
        for value in Term:
            self.term.addItem("", value.value)
        self.term.setCurrentIndex(self.term.findData(term.value))
        for level, roman in ((7, "VII"), (8, "VIII"), (9, "IX")):
            self.class_level.addItem(f"{level} ({roman})", level)
        self.captions = {name: QLabel() for name in FIELDS}
        self.problems = {name: QLabel() for name in FIELDS}
        form = QFormLayout()
        for name in FIELDS:
            problem = self.problems[name]
            problem.setObjectName("fieldProblem")
            problem.setWordWrap(True)
            problem.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self.inputs[name])
            column.addWidget(problem)
            form.addRow(self.captions[name], column)
        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        # A laptop of a school that already syncs takes everything from the office instead.
        self.join = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.join.clicked.connect(self.open_join)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def open_join(self) -> None:
        from tomoni_desktop.ui.sync.sync_dialogs import JoinSchoolDialog

        self.join_dialog = JoinSchoolDialog(self.runner, self.database, self)
        self.join_dialog.accepted.connect(self._joined)
        self.join_dialog.open()

    def _joined(self) -> None:
        self.result_context = self.join_dialog.result_context
        self.accept()

    def setup_values(self) -> SchoolSetup:
        text = {name: field.text() for name, field in self.texts.items()}
        return SchoolSetup(
            school_name=text["school_name"],
            npsn=text["npsn"],
            school_year=text["school_year"],
            term=Term(self.term.currentData()),
            teacher_name=text["teacher_name"],
            teacher_nip=text["teacher_nip"],
            class_level=self.class_level.currentData(),
            class_name=text["class_name"],
        )

    def show_problem(self, error: ValidationError) -> None:
        for label in self.problems.values():
            label.hide()
        field = error.field or ""
        problem = self.problems.get(field)
        if problem is None:
            show_error(self, error)
            return
        problem.setText(error_text(error))
        problem.show()
        self.inputs[field].setFocus()

    def submit(self) -> None:
        try:
            setup = validate_setup(self.setup_values())
        except ValidationError as error:
            self.show_problem(error)
            return
        database = self.database
        self.start.setEnabled(False)

        def work(_ctx) -> SchoolContext:
            return run_unit(database, lambda uow: setup_school(uow, setup)).result

        def done(context: SchoolContext) -> None:
            self.result_context = context
            self.accept()

        def failed(error: BaseException) -> None:
            self.start.setEnabled(True)
            if isinstance(error, ValidationError):
                self.show_problem(error)
            else:
                show_error(self, error)

        self.runner.run(work, done, failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Tomoni Desktop"))
        self.intro.setText(
            self.tr(
                "Tell us about your school and your class. You can add the other classes "
                "and import pupils afterwards."
            )
        )
        captions = {
            "school_name": self.tr("School name"),
            "npsn": self.tr("NPSN"),
            "school_year": self.tr("School year"),
            "term": self.tr("Semester"),
            "teacher_name": self.tr("Your name"),
            "teacher_nip": self.tr("NIP (if any)"),
            "class_level": self.tr("Your class level"),
            "class_name": self.tr("Your class name"),
        }
        for name, caption in captions.items():
            self.captions[name].setText(caption)
        self.texts["school_name"].setPlaceholderText(self.tr("e.g. SMP Negeri 1 Tomoni"))
        self.texts["npsn"].setPlaceholderText(self.tr("8 characters"))
        self.texts["school_year"].setPlaceholderText("2025/2026")
        self.texts["class_name"].setPlaceholderText(self.tr("e.g. VII A"))
        for index in range(self.term.count()):
            self.term.setItemText(index, labels.term(Term(self.term.itemData(index))))
        self.start.setText(self.tr("Start"))
        self.join.setText(self.tr("Join a school that syncs…"))
        self.cancel.setText(self.tr("Cancel"))
