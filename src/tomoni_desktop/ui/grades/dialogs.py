"""The grade book's dialogs: a new assessment (with the TPs it assesses) and a subject's
learning objectives at a class's level."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.models import AssessmentKind
from tomoni_desktop.services.grades.book import add_assessment, add_objective, assess_hand_out
from tomoni_desktop.services.grades.choices import (
    HandOutChoice,
    ObjectiveRow,
    hand_outs_to_assess,
    objectives_for_class,
)
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.formatting import date_edit, format_date, to_date
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view


def _objectives_model(owner: QWidget) -> RowTableModel[ObjectiveRow]:
    """The TPs as both dialogs list them."""
    translate = QCoreApplication.translate
    return RowTableModel(
        [
            Column(lambda: translate("GradeDialogs", "Code"), lambda o: o.code),
            Column(lambda: translate("GradeDialogs", "Learning objective"), lambda o: o.text),
            Column(
                lambda: translate("GradeDialogs", "KKTP"),
                lambda o: o.cut_score if o.cut_score is not None else "—",
                lambda o: o.cut_score or 0,
                numeric=True,
            ),
        ],
        owner,
    )


class AssessmentDialog(Retranslating, QDialog):
    def __init__(
        self, app: AppContext, class_id: uuid.UUID, subject_id: uuid.UUID, parent=None
    ) -> None:
        super().__init__(parent)
        self.app, self.class_id, self.subject_id = app, class_id, subject_id
        self.kind = QComboBox()
        for kind in AssessmentKind:
            self.kind.addItem("", kind.value)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.held_on = date_edit()
        self.due_on = date_edit(QDate.currentDate().addDays(7))
        self.has_due = QCheckBox()
        # Or a worksheet handed out: its copies' scores become the results.
        self.worksheet = QComboBox()
        self.worksheet_label = QLabel()
        self.objectives = _objectives_model(self)
        self.proxy = SearchProxy(self.objectives, lambda o: o.text, self)
        self.table = list_view(self.proxy, 0)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.objectives_label = QLabel()
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.form = QFormLayout()
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.has_due)
        due_layout.addWidget(self.due_on, 1)
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.form_labels, (self.kind, self.name, self.held_on, due_row), strict=True
        ):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        worksheet_row = QHBoxLayout()
        worksheet_row.addWidget(self.worksheet_label)
        worksheet_row.addWidget(self.worksheet, 1)
        layout.addLayout(worksheet_row)
        layout.addLayout(self.form)
        layout.addWidget(self.objectives_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.box)
        self.resize(620, 460)
        self.has_due.toggled.connect(self.due_on.setEnabled)
        self.due_on.setEnabled(False)
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        self.retranslate()
        class_id, subject_id = self.class_id, self.subject_id
        app.run(
            lambda uow, _ctx: objectives_for_class(uow, class_id, subject_id),
            self.objectives.set_rows,
            parent=self,
        )
        app.run(
            lambda uow, _ctx: hand_outs_to_assess(uow, class_id, subject_id),
            self._fill_worksheets,
            parent=self,
        )
        self.worksheet.currentIndexChanged.connect(lambda _i: self._from_worksheet())

    def _fill_worksheets(self, choices: list[HandOutChoice]) -> None:
        self.worksheet.clear()
        self.worksheet.addItem(self.tr("— none: a new assessment —"), "")
        for choice in choices:
            self.worksheet.addItem(
                f"{choice.title} ({format_date(choice.issued_on)})", str(choice.hand_out_id)
            )
        self.worksheet.setEnabled(bool(choices))

    def _from_worksheet(self) -> None:
        """A worksheet brings its own name, dates and kind (a topic summative)."""
        chosen = bool(self.worksheet.currentData())
        for widget in (self.kind, self.name, self.held_on, self.has_due, self.due_on):
            widget.setEnabled(not chosen)

    def save(self) -> None:
        hand_out = self.worksheet.currentData()
        if hand_out:
            semester = self.app.school.semester_id
            chosen_tps = [row.objective_id for row in self.proxy.selected_rows(self.table)]
            self.app.run(
                lambda uow, _ctx: assess_hand_out(uow, uuid.UUID(hand_out), semester, chosen_tps),
                lambda _id: self.accept(),
                parent=self,
                on_failure=lambda error: show_error(self, error),
            )
            return
        kind = AssessmentKind(self.kind.currentData())
        title, held_on = self.name.text(), to_date(self.held_on.date())
        due_on = to_date(self.due_on.date()) if self.has_due.isChecked() else None
        objective_ids = [row.objective_id for row in self.proxy.selected_rows(self.table)]
        class_id, subject_id, semester = self.class_id, self.subject_id, self.app.school.semester_id
        self.app.run(
            lambda uow, _ctx: add_assessment(
                uow,
                class_id,
                subject_id,
                semester,
                kind,
                title,
                held_on,
                due_on=due_on,
                objective_ids=objective_ids,
            ),
            lambda _id: self.accept(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New assessment"))
        names = {
            AssessmentKind.TOPIC: self.tr("Summative of a TP or topic"),
            AssessmentKind.STS: self.tr("Mid-semester summative (STS)"),
            AssessmentKind.SAS: self.tr("End-of-semester summative (SAS)"),
            AssessmentKind.FORMATIVE: self.tr("Formative (achieved / not yet)"),
        }
        for index in range(self.kind.count()):
            self.kind.setItemText(index, names[AssessmentKind(self.kind.itemData(index))])
        for label, text in zip(
            self.form_labels,
            (self.tr("Kind"), self.tr("Name"), self.tr("Held on"), self.tr("Due")),
            strict=True,
        ):
            label.setText(text)
        self.has_due.setText(self.tr("handed in by"))
        self.worksheet_label.setText(self.tr("From a worksheet handed out:"))
        if self.worksheet.count():
            self.worksheet.setItemText(0, self.tr("— none: a new assessment —"))
        self.objectives_label.setText(self.tr("The learning objectives it assesses (choose any):"))
        self.objectives.retranslate()


class ObjectivesDialog(Retranslating, QDialog):
    """A subject's TPs at the class's level, and a new one added at the end."""

    def __init__(
        self, app: AppContext, class_id: uuid.UUID, subject_id: uuid.UUID, parent=None
    ) -> None:
        super().__init__(parent)
        self.app, self.class_id, self.subject_id = app, class_id, subject_id
        self.objectives = _objectives_model(self)
        self.objectives.keep_given_order()
        self.table = list_view(SearchProxy(self.objectives, lambda o: o.text, self), 0)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setMaximumWidth(90)
        self.text = QLineEdit()
        self.text.setMaxLength(500)
        self.cut = QSpinBox()
        self.cut.setRange(0, 100)
        self.cut.setSpecialValueText("—")  # 0: the school's criterion
        self.add = QPushButton()
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addWidget(self.text, 1)
        row.addWidget(self.cut)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.close_box)
        self.resize(720, 460)
        self.add.clicked.connect(self.add_objective)
        self.text.returnPressed.connect(self.add_objective)
        self.close_box.rejected.connect(self.reject)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        class_id, subject_id = self.class_id, self.subject_id
        self.app.run(
            lambda uow, _ctx: objectives_for_class(uow, class_id, subject_id),
            self.objectives.set_rows,
            parent=self,
        )

    def add_objective(self) -> None:
        from tomoni_desktop.services.school.classes import class_of_year

        class_id, subject_id = self.class_id, self.subject_id
        code, text, cut = self.code.text(), self.text.text(), self.cut.value() or None

        def work(uow, _ctx):
            found = class_of_year(uow, class_id)
            return add_objective(
                uow, found.year.id, subject_id, found.school_class.level, code, text, cut
            )

        def done(_id) -> None:
            self.code.clear()
            self.text.clear()
            self.refresh()
            self.code.setFocus()

        self.app.run(work, done, parent=self, on_failure=lambda error: show_error(self, error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Learning objectives (TP)"))
        self.code.setPlaceholderText(self.tr("TP 1"))
        self.text.setPlaceholderText(
            self.tr("what the pupils learn, e.g. menentukan pecahan senilai")
        )
        self.add.setText(self.tr("Add"))
        self.cut.setToolTip(self.tr("Its own criterion (KKTP); — uses the school's"))
        self.hint.setText(
            self.tr(
                "The TPs of this subject at this class's level, in their order. The report's "
                "description names the best-mastered TP and the one that needs help."
            )
        )
        self.objectives.retranslate()
