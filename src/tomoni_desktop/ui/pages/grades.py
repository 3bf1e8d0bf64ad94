"""Nilai: the grade grid of a class in a subject, for the keyboard.

Each typed result shows at once, with the pupil's final score; the write goes to the worker.
Ctrl+Z takes back the last change; a column pasted from a spreadsheet is checked whole
before any of it is kept.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import AssessmentKind
from tomoni_desktop.services.grades.book import (
    PARAGRAPH_MOST,
    CellValue,
    set_column,
    set_description,
    set_result,
)
from tomoni_desktop.services.grades.choices import GradeBookChoices, grade_book_choices
from tomoni_desktop.services.grades.entry import parse_cell
from tomoni_desktop.services.grades.grid import Grid, grade_grid
from tomoni_desktop.services.school.register import Leaving, note_left
from tomoni_desktop.services.school.setup import clean_text
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import show_error
from tomoni_desktop.ui.grades.grid_model import GradeGridModel
from tomoni_desktop.ui.grades.grid_view import GradeTable
from tomoni_desktop.ui.grades.kept_text import KeptText
from tomoni_desktop.ui.widgets import Retranslating

RECAP = "recap"  # the subject choice that shows every subject


@dataclass(frozen=True)
class Change:
    """One change of a cell, kept to be taken back."""

    assessment_id: uuid.UUID
    student_id: uuid.UUID
    before: CellValue
    after: CellValue


@dataclass(frozen=True)
class Described:
    """Whose description the box shows: a pupil in a subject and semester, with the text
    made from the scores (which a text typed back to it stands for)."""

    student_id: uuid.UUID
    subject_id: uuid.UUID
    semester_id: uuid.UUID
    generated: str = field(compare=False)


LEAVING = {  # what each kind of file is, in the register of what left the laptop
    "missing": Leaving.MISSING_SCORES,
    "erapor": Leaving.ERAPOR,
    "progress": Leaving.PROGRESS_REPORTS,
    "leger": Leaving.LEGER,
}


class GradesPage(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.loaded = False
        self.subjects: list[tuple[uuid.UUID, str]] = []
        self.changes: list[Change] = []  # the undo stack of this sitting
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.class_label, self.subject_label = QLabel(), QLabel()
        self.class_choice, self.subject_choice = QComboBox(), QComboBox()
        self.subject_choice.setMinimumContentsLength(34)  # "Pendidikan Agama dan Budi Pekerti"
        self.new_assessment = QPushButton()
        self.objectives_button = QPushButton()
        self.policy_button = QPushButton()
        self.final_button = QPushButton()
        self.note_button = QPushButton()
        self.undo = QPushButton()
        self.undo.setEnabled(False)
        # Paper and spreadsheets: two menus, so the row fits 1366 px in Indonesian.
        self.paper_menu, self.excel_menu = QToolButton(), QToolButton()
        self.print_reports = QAction(self)
        self.print_leger = QAction(self)
        self.print_missing = QAction(self)
        self.export_grades = QAction(self)
        self.import_grades = QAction(self)
        self.export_erapor = QAction(self)
        for button, actions in (
            (self.paper_menu, (self.print_reports, self.print_leger, self.print_missing)),
            (self.excel_menu, (self.export_grades, self.import_grades, self.export_erapor)),
        ):
            menu = QMenu(button)
            menu.addActions(list(actions))
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName("menuButton")  # room for the menu's arrow beside the words
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = GradeGridModel(self)
        self.table = GradeTable()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        # The report's description of the pupil in this subject: a paragraph, and whether
        # it follows the scores or was written by hand.
        self.description_label = QLabel()
        self.description_source = QLabel()
        self.description_source.setObjectName("fieldWarning")
        self.describing = KeptText(2, PARAGRAPH_MOST, self)
        self.description, self.save_description = self.describing.box, self.describing.button
        self.generated_description = QPushButton()
        self.generated_description.setEnabled(False)

        choices = QHBoxLayout()
        for label, widget in (
            (self.class_label, self.class_choice),
            (self.subject_label, self.subject_choice),
        ):
            choices.addWidget(label)
            choices.addWidget(widget)
        choices.addStretch(1)
        for action_button in (self.new_assessment, self.objectives_button, self.policy_button):
            choices.addWidget(action_button)
        # The figures, then what is done with them: a row of its own (1366 px in Indonesian).
        figures = QHBoxLayout()
        figures.addWidget(self.summary, 1)
        for control in (
            self.undo,
            self.note_button,
            self.final_button,
            self.paper_menu,
            self.excel_menu,
        ):
            figures.addWidget(control)
        described = QHBoxLayout()
        named = QVBoxLayout()
        named.addWidget(self.description_label)
        named.addWidget(self.description_source)
        named.addStretch(1)
        described.addLayout(named)
        described.addWidget(self.description, 1)
        kept = QVBoxLayout()
        kept.addWidget(self.save_description)
        kept.addWidget(self.generated_description)
        described.addLayout(kept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(choices)
        layout.addWidget(self.warning)
        layout.addLayout(figures)
        # One subject's grid, or the homeroom teacher's recap of every subject.
        from tomoni_desktop.ui.grades.recap_view import ClassRecapView

        self.recap = ClassRecapView()
        self.recap.noting.keep.connect(self._keep_note)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.recap)
        layout.addWidget(self.views, 1)
        self.grid_only = [
            self.new_assessment,
            self.objectives_button,
            self.policy_button,
            self.undo,
            self.note_button,
            self.final_button,
            self.description_label,
            self.description_source,
            self.description,
            self.save_description,
            self.generated_description,
            self.legend,
        ]
        layout.addLayout(described)
        layout.addWidget(self.legend)

        self.class_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.subject_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model.edited.connect(self._write)
        self.model.refused.connect(lambda error: show_error(self, error))
        self.table.pasted.connect(self.paste)
        self.table.cleared.connect(lambda index: self.model.setData(index, ""))
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_description())
        self.describing.keep.connect(self._keep_description)
        self.generated_description.clicked.connect(self._back_to_the_scores)
        self.undo.clicked.connect(self.undo_last)
        self.new_assessment.clicked.connect(self.open_new_assessment)
        self.objectives_button.clicked.connect(self.open_objectives)
        self.policy_button.clicked.connect(self.open_policy)
        self.final_button.clicked.connect(self.open_final)
        self.note_button.clicked.connect(self.ask_cell_note)
        for action, kind in (
            (self.print_reports, "progress"),
            (self.print_leger, "leger"),
            (self.print_missing, "missing"),
            (self.export_erapor, "erapor"),
            (self.export_grades, "grades"),
        ):
            action.triggered.connect(lambda _checked=False, kind=kind: self.choose_file(kind))
        self.import_grades.triggered.connect(self.open_import)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        app.changed.connect(self._on_changed)
        self.retranslate()

    # loading -----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.loaded:
            self.loaded = True
            school, year = self.app.school.school_id, self.app.school.school_year_id
            self.app.run(
                lambda uow, _ctx: grade_book_choices(uow, school, year), self._fill, parent=self
            )
        super().showEvent(event)

    def _fill(self, choices: GradeBookChoices) -> None:
        self.subjects = [(row_id, choices.short_names[row_id]) for row_id, _n in choices.subjects]
        for combo, rows, chosen in (
            (self.class_choice, choices.classes, self.app.school.my_class_id),
            (self.subject_choice, choices.subjects, choices.my_subject_id),
        ):
            combo.blockSignals(True)
            combo.clear()
            for row_id, name in rows:
                combo.addItem(name, str(row_id))
            if combo is self.subject_choice:  # the homeroom teacher's view of every subject
                combo.insertItem(0, self.tr("All subjects (homeroom recap)"), RECAP)
            combo.setCurrentIndex(max(combo.findData(str(chosen) if chosen else ""), 0))
            combo.blockSignals(False)
        self.refresh()

    def chosen(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        class_id, subject_id = self.class_choice.currentData(), self.subject_choice.currentData()
        if not class_id or not subject_id or subject_id == RECAP:
            return None
        return uuid.UUID(class_id), uuid.UUID(subject_id)

    def refresh(self) -> None:
        recap = self.subject_choice.currentData() == RECAP
        self.views.setCurrentIndex(1 if recap else 0)
        for widget in self.grid_only:
            widget.setVisible(not recap)
        for action in (self.export_grades, self.import_grades):  # one subject's grid
            action.setEnabled(not recap)
        if recap and self.class_choice.currentData():
            self._show_description(leaving=True)  # a text being written is kept
            self.refresh_recap(uuid.UUID(self.class_choice.currentData()))
            return
        chosen = self.chosen()
        if chosen is None:
            return
        class_id, subject_id = chosen
        semester = self.app.school.semester_id
        self.app.run(
            lambda uow, _ctx: grade_grid(uow, class_id, subject_id, semester),
            self._show,
            parent=self,
        )

    def refresh_recap(self, class_id: uuid.UUID) -> None:
        from tomoni_desktop.services.grades.recap import class_recap

        subjects, semester, today = self.subjects, self.app.school.semester_id, date.today()
        self.app.run(
            lambda uow, _ctx: class_recap(uow, class_id, subjects, semester, today),
            self._show_recap,
            parent=self,
        )

    def _keep_note(self, whose: object, text: str) -> None:
        """The homeroom teacher's note on a pupil's report (`whose`: the pupil's id)."""
        from tomoni_desktop.services.grades.book import set_report_note

        rows = [row for row in self.recap.scores.rows if row.student_id == whose]
        if not rows:
            return
        row, note, semester = rows[0], clean_text(text), self.app.school.semester_id

        def kept(_none) -> None:
            self.recap.scores.replace_row(row, replace(row, note=note))
            if self.recap.noting.whose == row.student_id:  # still this pupil's
                self.recap.noting.show_for(row.student_id, note)
            self.summary.setText(self.tr("Note kept for {pupil}.").format(pupil=row.pupil))

        self.app.run(
            lambda uow, _ctx: set_report_note(uow, row.student_id, semester, text),
            kept,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def _show_recap(self, recap) -> None:
        self.recap.show_recap(recap)
        missing = sum(row.missing for row in recap.rows)
        self.summary.setText(  # each figure with its own plural (English: "1 pupil")
            " · ".join(
                (
                    self.tr("%n pupils", "", len(recap.rows)),
                    self.tr("%n subjects", "", len(recap.subjects)),
                    self.tr("%n results missing", "", missing),
                )
            )
        )
        self.warning.hide()

    def _show(self, grid: Grid) -> None:
        # The same pupil and column stay current when the grid is read again (after a
        # description is kept, or a bundle came in); another class or subject starts at
        # the top.
        before = self.model.grid
        same_book = before is not None and (before.class_id, before.subject_id) == (
            grid.class_id,
            grid.subject_id,
        )
        pupil = self._current_pupil() if same_book else None
        place = self.table.currentIndex().column()
        self.changes.clear()
        self.undo.setEnabled(False)
        self.model.set_grid(grid)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 230)
        for column in range(1, self.model.columnCount()):
            # wide enough for a long title ("Sumatif 2 (proyek)"), never wider than 180
            header.resizeSection(column, max(104, min(180, header.sectionSizeHint(column))))
        header.resizeSection(self.model.assessments + 2, 170)  # the band's words
        if grid.pupils and grid.columns:
            rows = [p.student_id for p in grid.pupils]
            row, column = (
                (rows.index(pupil.student_id), min(max(place, 1), self.model.columnCount() - 1))
                if pupil is not None and pupil.student_id in rows
                else (0, 1)
            )
            self.table.setCurrentIndex(self.model.index(row, column))
        else:
            self._show_description()  # no cell to choose: nobody's description
        self.table.setFocus()
        self._say()

    def _on_changed(self, areas: frozenset[str]) -> None:
        """A bundle brought other teachers' scores, or a worksheet's scores changed."""
        if self.loaded and self.isVisible() and (Area.SYNC in areas or Area.RETURNS in areas):
            self.refresh()

    # writing -----------------------------------------------------------------------------
    def _write(self, assessment_id, student_id, value: CellValue, before: CellValue) -> None:
        self.changes.append(Change(assessment_id, student_id, before, value))
        self.undo.setEnabled(True)

        def failed(error: BaseException) -> None:
            self.model.put(student_id, assessment_id, before)
            if self.changes and self.changes[-1].after == value:
                self.changes.pop()
            show_error(self, error)

        self.app.run(
            lambda uow, _ctx: set_result(uow, assessment_id, student_id, value),
            lambda _before: self._say(),
            parent=self,
            on_failure=failed,
        )

    def undo_last(self) -> None:
        if not self.changes:
            return
        change = self.changes.pop()
        self.undo.setEnabled(bool(self.changes))
        self.model.put(change.student_id, change.assessment_id, change.before)
        self.table.setCurrentIndex(self.model.position_of(change.student_id, change.assessment_id))
        self.app.run(
            lambda uow, _ctx: set_result(
                uow, change.assessment_id, change.student_id, change.before
            ),
            lambda _before: self._say(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def paste(self, first: QModelIndex, lines: list[str]) -> None:
        """Lines pasted from a spreadsheet, from the current cell down: every value is read
        first; one that is not a result stops the whole paste, naming its line."""
        grid = self.model.grid
        if grid is None or not self.model.is_result(first.column()):
            return
        spec = grid.columns[first.column() - 1]
        rows = range(first.row(), min(first.row() + len(lines), len(grid.pupils)))
        values: list[tuple[uuid.UUID, CellValue]] = []
        for row, text in zip(rows, lines, strict=False):
            try:
                value = parse_cell(text, spec.kind is AssessmentKind.FORMATIVE)
            except ValidationError:
                show_error(
                    self,
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Line {line} of what was pasted ({pupil}): “{text}” is not a result "
                            "(a score 0-100, 55/80, 85 L, TK, DS or BD). Nothing was pasted.",
                        ),
                        field="score",
                        line=row - first.row() + 1,
                        pupil=grid.pupils[row].name,
                        text=text.strip(),
                    ),
                )
                return
            values.append((grid.pupils[row].student_id, value))
        for student_id, value in values:
            before = grid.cell(student_id, spec.assessment_id)
            self.changes.append(Change(spec.assessment_id, student_id, before, value))
            self.model.put(student_id, spec.assessment_id, value)
        self.undo.setEnabled(bool(self.changes))
        assessment_id = spec.assessment_id

        def failed(error: BaseException) -> None:
            show_error(self, error)
            self.refresh()  # nothing was kept: the grid as it is stored

        self.app.run(
            lambda uow, _ctx: set_column(uow, assessment_id, values),
            lambda _before: self._say(),
            parent=self,
            on_failure=failed,
        )

    # descriptions ------------------------------------------------------------------------
    def _current_pupil(self):
        grid, index = self.model.grid, self.table.currentIndex()
        if grid is None or not index.isValid():
            return None
        return grid.pupils[index.row()]

    def _show_description(self, leaving: bool = False) -> None:
        """The description of the current pupil (`leaving`: of nobody, for the recap). A text
        changed for the pupil left is kept (KeptText)."""
        pupil, grid = self._current_pupil(), self.model.grid
        if leaving or pupil is None or grid is None:
            self.describing.show_for(None, "")
            self.description.setPlaceholderText("")
        else:
            final = grid.finals[pupil.student_id]
            whose = Described(pupil.student_id, grid.subject_id, grid.semester_id, final.generated)
            self.describing.show_for(whose, final.description)
            self.description.setPlaceholderText(final.generated)
        self._describe_source()

    def _describe_source(self) -> None:
        """The label names the pupil; beneath it, whether the text follows the scores."""
        pupil, grid = self._current_pupil(), self.model.grid
        written = False
        if self.describing.whose is None or pupil is None or grid is None:
            self.description_label.setText(self.tr("Description:"))
            self.description_source.setText("")
        else:
            written = grid.finals[pupil.student_id].written_by_hand
            self.description_label.setText(
                self.tr("Description, {pupil}:").format(pupil=pupil.name)
            )
            self.description_source.setText(
                self.tr("written by hand") if written else self.tr("from the scores")
            )
        self.generated_description.setEnabled(written)

    def _back_to_the_scores(self) -> None:
        self.describing.revert()
        self._keep_description(self.describing.whose, "")

    def _keep_description(self, whose: object, text: str) -> None:
        """`text` for `whose` description; emptied, or the generated one typed back: the
        one from the scores again, which follows them."""
        if not isinstance(whose, Described):
            return
        if clean_text(text) == whose.generated:
            text = ""
        self.app.run(
            lambda uow, _ctx: set_description(
                uow, whose.student_id, whose.subject_id, whose.semester_id, text
            ),
            lambda _none: self.refresh(),
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    # paper -------------------------------------------------------------------------------
    def choose_file(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        name = self.class_choice.currentText().replace(" ", "")
        if kind in ("erapor", "grades"):
            subject = self.subject_choice.currentText().replace(" ", "")
            suggested = (
                f"erapor-{name}.xlsx" if kind == "erapor" else f"nilai-{name}-{subject}.xlsx"
            )
            title = self.tr("Save for e-Rapor") if kind == "erapor" else self.tr("Save as Excel")
            kinds = "Excel (*.xlsx)"
        else:
            prefix = {"progress": "rapor", "leger": "leger", "missing": "nilai-belum-lengkap"}
            suggested, title, kinds = (
                f"{prefix[kind]}-{name}.pdf",
                self.tr("Save as PDF"),
                "PDF (*.pdf)",
            )
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), kinds)
        if path:
            self.save_report(kind, Path(path))

    def save_report(self, kind: str, path: Path) -> None:
        """The class's progress reports (one sheet a pupil), its leger or its missing scores
        as a PDF; its final scores for e-Rapor, or this subject's grid to fill in, as a
        workbook."""
        from tomoni_desktop.core.settings import load_settings
        from tomoni_desktop.reports.erapor import write_erapor
        from tomoni_desktop.reports.leger import write_leger
        from tomoni_desktop.reports.missing_report import write_missing_report
        from tomoni_desktop.reports.progress_report import write_progress_reports
        from tomoni_desktop.services.grades.exchange import export_grade_sheet
        from tomoni_desktop.services.grades.recap import missing_report
        from tomoni_desktop.services.grades.reports import class_report

        class_data = self.class_choice.currentData()
        chosen = self.chosen()  # a subject: only for its grid to fill in
        if not class_data or (kind == "grades" and chosen is None):
            return
        class_id, semester = uuid.UUID(class_data), self.app.school.semester_id
        subject_id = chosen[1] if chosen else None

        def work(uow, _ctx) -> tuple[int, int]:
            written = write(uow)
            if kind != "grades":  # the grade sheet's service notes it itself
                note_left(uow, LEAVING[kind], path, classes=[class_id])
            return written

        def write(uow) -> tuple[int, int]:
            """What was written, in numbers: worded on the GUI thread."""
            today = date.today()
            paper = load_settings(uow.session).paper_size
            if kind == "grades" and subject_id is not None:
                written = export_grade_sheet(uow, class_id, subject_id, semester, path)
                return written.pupils, written.assessments
            if kind == "missing":
                missing = missing_report(uow, class_id, semester, today)
                return write_missing_report(missing, path, paper), 0
            report = class_report(uow, class_id, semester, today)
            if kind == "erapor":
                return write_erapor(report, path), 0
            if kind == "progress":
                return write_progress_reports(report, path, paper), 0
            return write_leger([report], path, paper), 0

        def saved(written: tuple[int, int]) -> None:
            count, assessments = written
            if kind == "grades":
                text = self.tr(
                    "Saved as {path}: {pupils} × {assessments}, to fill in and bring back with "
                    "“Grades from Excel…”."
                ).format(
                    path=path.name,
                    pupils=self.tr("%n pupils", "", count),
                    assessments=self.tr("%n assessments", "", assessments),
                )
            elif kind == "erapor":
                text = self.tr("Saved as {path} ({sheets} sheets).").format(
                    path=path.name, sheets=count
                )
            else:
                text = self.tr("Saved as {path} (%n pages).", "", count).format(path=path.name)
            self.summary.setText(text)

        self.app.run(
            work,
            saved,
            parent=self,
            label=self.tr("Printing…"),
            on_failure=lambda error: show_error(self, error),
        )

    def open_import(self) -> QDialog | None:
        """Grades brought back from the workbook, shown before they are applied."""
        from tomoni_desktop.ui.grades.import_dialog import GradeImportDialog

        chosen = self.chosen()
        if chosen is None:
            return None
        where = f"{self.class_choice.currentText()} · {self.subject_choice.currentText()}"
        dialog = GradeImportDialog(self.app, *chosen, where, self)

        def applied() -> None:
            self.refresh()
            self.summary.setText(
                self.tr("%n results taken from {path}.", "", dialog.applied).format(
                    path=dialog.path.name if dialog.path else ""
                )
            )

        dialog.accepted.connect(applied)
        dialog.open()
        return dialog

    # dialogs -----------------------------------------------------------------------------
    def open_new_assessment(self) -> QDialog | None:
        from tomoni_desktop.ui.grades.dialogs import AssessmentDialog

        chosen = self.chosen()
        if chosen is None:
            return None
        dialog = AssessmentDialog(self.app, *chosen, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_policy(self) -> QDialog | None:
        from tomoni_desktop.ui.grades.policy_dialog import PolicyDialog

        chosen = self.chosen()
        if chosen is None:
            return None
        dialog = PolicyDialog(self.app, chosen[1], self.subject_choice.currentText(), self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def ask_cell_note(self) -> None:
        """A note on the chosen result (Qt's own input dialog, in the teacher's language)."""
        from PySide6.QtWidgets import QInputDialog

        grid, index = self.model.grid, self.table.currentIndex()
        if grid is None or not self.model.is_result(index.column()):
            return
        pupil, spec = grid.pupils[index.row()], grid.columns[index.column() - 1]
        text, ok = QInputDialog.getText(
            self,
            self.tr("Note on a result"),
            self.tr("{pupil} · {assessment}:").format(pupil=pupil.name, assessment=spec.title),
            text=grid.notes.get((pupil.student_id, spec.assessment_id), ""),
        )
        if ok:
            self.store_cell_note(index, text)

    def store_cell_note(self, index: QModelIndex, text: str) -> None:
        from tomoni_desktop.services.grades.book import set_result_note

        grid = self.model.grid
        if grid is None:
            return
        pupil, spec = grid.pupils[index.row()], grid.columns[index.column() - 1]
        key = (pupil.student_id, spec.assessment_id)

        def kept(_none) -> None:
            if text.strip():
                grid.notes[key] = clean_text(text)
            else:
                grid.notes.pop(key, None)
            self.model.dataChanged.emit(index, index)

        self.app.run(
            lambda uow, _ctx: set_result_note(uow, spec.assessment_id, pupil.student_id, text),
            kept,
            parent=self,
            on_failure=lambda error: show_error(self, error),
        )

    def open_final(self) -> QDialog | None:
        """The chosen pupil's final score in this subject, set by hand or given back."""
        from tomoni_desktop.ui.grades.final_dialog import FinalScoreDialog

        pupil, grid = self._current_pupil(), self.model.grid
        if pupil is None or grid is None:
            return None
        dialog = FinalScoreDialog(
            self.app,
            pupil.student_id,
            pupil.name,
            grid.subject_id,
            grid.finals[pupil.student_id],
            self,
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_objectives(self) -> QDialog | None:
        from tomoni_desktop.ui.grades.dialogs import ObjectivesDialog

        chosen = self.chosen()
        if chosen is None:
            return None
        dialog = ObjectivesDialog(self.app, *chosen, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog

    # words -------------------------------------------------------------------------------
    def _say(self) -> None:
        grid = self.model.grid
        if grid is None:
            return
        weights = grid.policy.weights
        self.warning.setVisible(not grid.policy.weights_complete)
        self.warning.setText(
            self.tr(
                "The weights add up to {total} %, not 100 % (topics {topics} %, STS {sts} %, "
                "SAS {sas} %): the final score is still their weighted mean."
            ).format(total=weights.total, topics=weights.topics, sts=weights.sts, sas=weights.sas)
        )
        missing = sum(final.missing for final in grid.finals.values())
        below = sum(
            1
            for final in grid.finals.values()
            if final.score is not None and final.score < grid.policy.cut_score
        )
        overridden = sum(1 for final in grid.finals.values() if final.overridden)
        late = sum(final.late for final in grid.finals.values())
        if not grid.columns:
            self.summary.setText(
                self.tr("No assessment yet in this subject: add one with “New assessment…”.")
            )
            return
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n pupils", "", len(grid.pupils)),
                    self.tr("%n assessments", "", len(grid.columns)),
                    self.tr("%n results missing", "", missing),
                    self.tr("{count} late").format(count=late),  # the same for one
                    self.tr("%n final scores below {cut}", "", below).format(
                        cut=grid.policy.cut_score
                    ),
                    self.tr("{count} set by hand").format(count=overridden),
                )
            )
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Grades"))
        if self.subject_choice.count() and self.subject_choice.itemData(0) == RECAP:
            self.subject_choice.setItemText(0, self.tr("All subjects (homeroom recap)"))
        self.class_label.setText(self.tr("Class"))
        self.subject_label.setText(self.tr("Subject"))
        self.new_assessment.setText(self.tr("New assessment…"))
        self.objectives_button.setText(self.tr("Learning objectives…"))
        self.policy_button.setText(self.tr("Weights and criterion…"))
        self.final_button.setText(self.tr("Final score by hand…"))
        self.note_button.setText(self.tr("Note…"))
        self.undo.setText(self.tr("Undo (Ctrl+Z)"))
        self.paper_menu.setText(self.tr("Print"))
        self.excel_menu.setText(self.tr("Excel"))
        self.print_reports.setText(self.tr("Progress reports…"))
        self.print_leger.setText(self.tr("Leger…"))
        self.print_missing.setText(self.tr("Missing scores…"))
        self.export_grades.setText(self.tr("Grades to Excel…"))
        self.import_grades.setText(self.tr("Grades from Excel…"))
        self.export_erapor.setText(self.tr("e-Rapor…"))
        self.save_description.setText(self.tr("Keep description"))
        self.generated_description.setText(self.tr("From the scores"))
        self.generated_description.setToolTip(
            self.tr("Back to the description made from the scores, which follows them")
        )
        self._describe_source()
        self.legend.setText(
            self.tr(
                "Type a score 0-100 and Enter (the next pupil) or Tab (the next assessment) · "
                "55/80: a score and its remedial · TK not handed in · DS excused · "
                "BD not assessed · Y / B formative achieved / not yet · L after it: handed in "
                "late · Delete empties a cell · "
                "Ctrl+V pastes a column from a spreadsheet. Red: below the criterion (KKTP)."
            )
        )
        self.model.headers = {
            "pupil": self.tr("Pupil"),
            "final": self.tr("Final score"),
            "band": self.tr("Band"),
            "missing_column": self.tr("Missing"),
            "missing": self.tr("{count} missing"),
            "criterion": self.tr("Criterion (KKTP): {cut}"),
            "override": self.tr("Set by hand"),
            "late": self.tr("Handed in after its due date ({due})"),
            AssessmentKind.TOPIC.value: self.tr("Summative"),
            AssessmentKind.STS.value: self.tr("STS"),
            AssessmentKind.SAS.value: self.tr("SAS"),
            AssessmentKind.FORMATIVE.value: self.tr("Formative"),
        }
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
        )
        self._say()
