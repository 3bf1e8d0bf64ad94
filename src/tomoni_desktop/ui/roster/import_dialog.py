"""Importing pupils from a Dapodik .xlsx or a CSV: choose, preview, then import all at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.io.records import field_label
from tomoni_desktop.services.roster.applying import ImportResult, apply_import
from tomoni_desktop.services.roster.importing import (
    ImportPlan,
    NisnDecision,
    PlannedRow,
    RowKind,
    plan_import,
)
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import error_text
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view


class ImportDialog(Retranslating, QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.path: Path | None = None
        self.decisions: dict[int, NisnDecision] = {}  # by row of the file
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_kind = QComboBox()
        self.model: RowTableModel[PlannedRow] = RowTableModel(
            [
                Column(lambda: self.tr("Row"), lambda r: r.record.row, numeric=True),
                Column(lambda: self.tr("Result"), self._kind_text),
                Column(lambda: self.tr("Name"), lambda r: r.record.full_name),
                Column(lambda: self.tr("Class"), lambda r: r.record.class_name),
                Column(lambda: self.tr("What happens"), self._details),
            ],
            self,
        )
        self.proxy = SearchProxy(
            self.model, lambda r: f"{r.record.full_name} {r.record.nisn or ''}", self
        )
        self.table = list_view(self.proxy)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(True)
        # A row whose NISN is another pupil's waits for the teacher to say who it is.
        self.decision_text = QLabel()
        self.decision_text.setWordWrap(True)
        self.same_child = QPushButton()
        self.other_child = QPushButton()
        self.decision_row = QWidget()
        decision_layout = QHBoxLayout(self.decision_row)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        decision_layout.addWidget(self.decision_text, 1)
        decision_layout.addWidget(self.same_child)
        decision_layout.addWidget(self.other_child)
        self.decision_row.hide()
        self.overwrite = QCheckBox()
        self.overwrite.hide()
        self.box = QDialogButtonBox()
        self.start = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start.setEnabled(False)
        self.box.accepted.connect(self.run_import)
        self.box.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.summary, 1)
        filter_row.addWidget(self.show_kind)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.decision_row)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.box)
        self.resize(900, 560)
        self.choose.clicked.connect(self.choose_file)
        self.show_kind.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._show_decision)
        self.same_child.clicked.connect(lambda: self.decide(NisnDecision.SAME_CHILD))
        self.other_child.clicked.connect(lambda: self.decide(NisnDecision.OTHER_CHILD))
        self.retranslate()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Dapodik or CSV file"),
            str(Path.home()),
            self.tr("Pupil lists (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.decisions = {}  # a new file: earlier decisions were about other rows
            self.preview(Path(path))

    def preview(self, path: Path) -> None:
        """Read and plan in the background; nothing is written. The previous file's rows
        go at once, so what is shown is never a mix of two files."""
        from tomoni_desktop.core.errors import OperationCancelled
        from tomoni_desktop.services.roster.files import read_roster_file, source_for

        year = self.app.school.school_year_id
        source = source_for(path)
        decisions = dict(self.decisions)
        self.path = path
        self.plan = None
        self.model.set_rows([])
        self.decision_row.hide()
        self.overwrite.hide()
        self.file_label.setText(path.name)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))
        self.start.setEnabled(False)

        def work(uow, context):
            records = read_roster_file(path, source, lambda done, _total: context.progress(done, 0))
            context.check_cancelled()
            return plan_import(uow, year, records, source, path.name, decisions=decisions)

        def failed(error: BaseException) -> None:
            self.plan = None
            self.model.set_rows([])
            if isinstance(error, OperationCancelled):
                self.summary.setText(self.tr("Reading was stopped; nothing was imported."))
                return
            self.summary.setText(error_text(error))
            self.summary.setStyleSheet("color: #b00020")

        self.app.run(
            work,
            self._show_plan,
            parent=self,
            label=self.tr("Reading the file…"),
            cancellable=True,
            on_failure=failed,
        )

    def _decidable(self) -> PlannedRow | None:
        chosen = self.proxy.selected_row(self.table)
        return chosen if chosen is not None and chosen.nisn_owner else None

    def _show_decision(self) -> None:
        row = self._decidable()
        self.decision_row.setVisible(row is not None)
        if row is None:
            return
        self.decision_text.setText(
            self.tr("Row {row}: {name} has the NISN of {owner}. Who is this?").format(
                row=row.record.row, name=row.record.full_name, owner=row.nisn_owner
            )
        )
        self.same_child.setText(self.tr("{owner}, data corrected").format(owner=row.nisn_owner))
        self.same_child.setEnabled(row.decision is not NisnDecision.SAME_CHILD)
        self.other_child.setEnabled(row.decision is not NisnDecision.OTHER_CHILD)

    def decide(self, decision: NisnDecision) -> None:
        row = self._decidable()
        if row is None or self.path is None:
            return
        self.decisions[row.record.row] = decision
        self.preview(self.path)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_rows(plan.rows)
        self.table.resizeColumnsToContents()
        self.overwrite.setVisible(bool(plan.corrections))
        self._update_summary()
        self.start.setEnabled(bool(plan.count(RowKind.NEW) + plan.count(RowKind.UPDATED)))

    def _update_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        text = self.tr(
            "{new} new · {updated} updated · {unchanged} unchanged · {duplicate} listed twice · "
            "{problem} with problems"
        ).format(**{kind.value: plan.count(kind) for kind in RowKind})
        if plan.new_classes:
            text += "\n" + self.tr("New classes: {names}").format(
                names=", ".join(n for _, n in plan.new_classes)
            )
        if plan.undecided:
            text += "\n" + self.tr(
                "%n rows carry the NISN of another pupil: choose each (filter “Problem”) "
                "and say who it is.",
                "",
                len(plan.undecided),
            )
        if plan.count(RowKind.PROBLEM) > len(plan.undecided):
            text += "\n" + self.tr(
                "Rows with problems are left out; mend the file and import again to add them."
            )
        self.summary.setText(text)
        self.start.setText(
            self.tr("Import %n pupils", "", plan.count(RowKind.NEW) + plan.count(RowKind.UPDATED))
        )
        self.overwrite.setText(
            self.tr(
                "Let the file replace %n corrections made by hand (kept otherwise)",
                "",
                len(plan.corrections),
            )
        )

    def _filter(self) -> None:
        kind = self.show_kind.currentData()
        self.proxy.set_predicate(None if kind is None else (lambda r: r.kind.value == kind))

    def _kind_text(self, row: PlannedRow) -> str:
        return {
            RowKind.NEW: self.tr("New"),
            RowKind.UPDATED: self.tr("Updated"),
            RowKind.UNCHANGED: self.tr("Unchanged"),
            RowKind.DUPLICATE: self.tr("Listed twice"),
            RowKind.PROBLEM: self.tr("Problem"),
        }[row.kind]

    def _details(self, row: PlannedRow) -> str:
        if row.kind is RowKind.PROBLEM:
            return "; ".join(f"{p.column}: {error_text(p.error)}" for p in row.record.problems)
        if row.kind is RowKind.DUPLICATE:
            return self.tr("same pupil as row {row}").format(row=row.duplicate_of)
        parts = []
        if row.moves_class:
            parts.append(
                self.tr("class {old} → {new}").format(old=row.old_class, new=row.record.class_name)
            )
        for change in row.changes:
            name = field_label(change.field, QCoreApplication.translate)
            line = f"{name}: {change.old or '—'} → {change.new or '—'}"
            if change.corrected_by_hand:
                line += " " + self.tr("(corrected by hand; kept unless you choose to replace)")
            parts.append(line)
        parts += [
            f"{p.column}: {error_text(p.error)}" for p in (*row.record.warnings, *row.warnings)
        ]
        return "; ".join(parts)

    def run_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        overwrite = self.overwrite.isChecked()
        self.start.setEnabled(False)

        def done(result: ImportResult) -> None:
            self.import_result = result
            self.accept()

        def failed(error: BaseException) -> None:
            self.start.setEnabled(True)
            from tomoni_desktop.ui.errors import show_error

            show_error(self, error)

        self.app.run(
            lambda uow, context: apply_import(
                uow, plan, overwrite, lambda done_, total: context.progress(done_, total)
            ),
            done,
            parent=self,
            label=self.tr("Importing…"),
            cancellable=True,
            on_failure=failed,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import pupils"))
        if self.plan is None and not self.file_label.text():
            self.file_label.setText(self.tr("Choose the Dapodik pupil list (.xlsx) or a CSV file."))
        self.choose.setText(self.tr("Choose file…"))
        self.other_child.setText(self.tr("Another child (NISN wrong in the file)"))
        self._show_decision()
        self.close_button.setText(self.tr("Close"))
        current = self.show_kind.currentData()
        self.show_kind.blockSignals(True)
        self.show_kind.clear()
        self.show_kind.addItem(self.tr("All rows"), None)
        for kind, text in (
            (RowKind.NEW, self.tr("New")),
            (RowKind.UPDATED, self.tr("Updated")),
            (RowKind.UNCHANGED, self.tr("Unchanged")),
            (RowKind.DUPLICATE, self.tr("Listed twice")),
            (RowKind.PROBLEM, self.tr("Problem")),
        ):
            self.show_kind.addItem(text, kind.value)
        self.show_kind.setCurrentIndex(max(self.show_kind.findData(current), 0))
        self.show_kind.blockSignals(False)
        if self.plan is None:
            self.start.setText(self.tr("Import"))
        else:
            self._update_summary()
        self.model.retranslate()
