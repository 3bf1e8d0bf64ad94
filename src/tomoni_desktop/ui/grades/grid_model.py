"""The grade grid as a table model: a row per pupil; a column per assessment, then the final
score, its band and how many results are missing.

A typed value shows at once (and the pupil's final score with it); the page writes it on the
worker. If the write is refused, the cell goes back and the page says why.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import AssessmentKind
from tomoni_desktop.services.grades.book import CellValue
from tomoni_desktop.services.grades.entry import cell_text, parse_cell
from tomoni_desktop.services.grades.grid import Grid
from tomoni_desktop.services.grades.rules import effective
from tomoni_desktop.ui.formatting import format_date

_Index = QModelIndex | QPersistentModelIndex
# The roles this model answers; a view asks a cell for a dozen on every paint.
ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
BELOW = QColor("#f9d6d5")  # below the criterion
MARKED = QColor("#eceff1")  # a mark, not a score
OVERRIDDEN = QColor("#fff1c7")
NAME_COLUMN = 0


class GradeGridModel(QAbstractTableModel):
    """Columns: the pupil, each assessment, the final score, its band, results missing."""

    # (assessment, student, new value, old value): the page writes it; undo goes back
    edited = Signal(object, object, object, object)
    refused = Signal(object)  # a ValidationError for what was typed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self.headers: dict[str, str] = {}  # translated words, set by the page

    def set_grid(self, grid: Grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.assessments = len(grid.columns)
        self.endResetModel()

    # shape -----------------------------------------------------------------------------
    assessments = 0  # columns of results (kept: asked on every paint of every cell)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.grid is None else len(self.grid.pupils)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else self.assessments + 4

    def is_result(self, column: int) -> bool:
        return 1 <= column <= self.assessments

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return EDITABLE if 1 <= index.column() <= self.assessments else FIXED

    # reading ---------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self.grid
        if grid is None or role not in ROLES or not index.isValid():
            return None
        pupil = grid.pupils[index.row()]
        column = index.column()
        final = grid.finals.get(pupil.student_id)
        if column == NAME_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row() + 1}. {pupil.name}"
            return None
        if self.is_result(column):
            spec = grid.columns[column - 1]
            value = grid.cell(pupil.student_id, spec.assessment_id)
            if role == Qt.ItemDataRole.DisplayRole:
                text = cell_text(value)
                noted = (pupil.student_id, spec.assessment_id) in grid.notes
                return f"{text} ✎" if noted else text  # a note: its text in the tooltip
            if role == Qt.ItemDataRole.EditRole:
                return cell_text(value)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [grid.notes.get((pupil.student_id, spec.assessment_id), "")]
                if value.late and spec.due_on is not None:
                    late = self.headers.get("late", "{due}")
                    lines.append(late.format(due=format_date(spec.due_on)))
                return "\n".join(line for line in lines if line) or None
            if role == Qt.ItemDataRole.BackgroundRole:
                if value.mark is not None:
                    return QBrush(MARKED)
                counted = effective(
                    value.score, value.remedial, spec.cut_score, grid.policy.remedial_capped
                )
                below = counted is not None and counted < spec.cut_score
                if below or value.achieved is False:
                    return QBrush(BELOW)
            return None
        extra = column - self.assessments - 1
        if final is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                "" if final.score is None else str(final.score),
                final.band,
                str(final.missing) if final.missing else "",
            )[extra]
        if role == Qt.ItemDataRole.TextAlignmentRole and extra != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and extra == 0:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.BackgroundRole and extra == 0 and final.overridden:
            return QBrush(OVERRIDDEN)
        if role == Qt.ItemDataRole.ToolTipRole and extra == 0:
            tip = final.description
            if final.overridden:
                tip = f"{self.headers.get('override', '')}: {final.override_reason}\n{tip}"
            return tip
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        grid = self.grid
        if grid is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME_COLUMN:
                return self.headers.get("pupil", "")
            if self.is_result(section):
                spec = grid.columns[section - 1]
                missing = grid.missing_in(spec.assessment_id)
                when = format_date(spec.held_on)[:5]
                if spec.kind is AssessmentKind.FORMATIVE:  # the one kind that is no score
                    when += " · " + self.headers.get(spec.kind.value, "")
                lines = [spec.title, when]
                if missing:
                    lines.append(self.headers.get("missing", "{count}").format(count=missing))
                return "\n".join(lines)
            return (
                self.headers.get("final", ""),
                self.headers.get("band", ""),
                self.headers.get("missing_column", ""),
            )[section - self.assessments - 1]
        if role == Qt.ItemDataRole.ToolTipRole and self.is_result(section):
            spec = grid.columns[section - 1]
            kind = self.headers.get(spec.kind.value, "")
            criterion = self.headers.get("criterion", "{cut}").format(cut=spec.cut_score)
            return f"{spec.title} · {kind}\n{criterion}"
        return None

    # writing ---------------------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        grid = self.grid
        if grid is None or role != Qt.ItemDataRole.EditRole or not self.is_result(index.column()):
            return False
        spec = grid.columns[index.column() - 1]
        try:
            parsed = parse_cell(str(value), spec.kind is AssessmentKind.FORMATIVE)
        except ValidationError as error:
            self.refused.emit(error)
            return False
        student_id = grid.pupils[index.row()].student_id
        old = grid.cell(student_id, spec.assessment_id)
        if spec.from_worksheet and parsed.mark is None and parsed.remedial is None:
            parsed = parsed._replace(late=old.late)  # a copy is late by its return date
        if parsed == old:
            return True
        self.put(student_id, spec.assessment_id, parsed)
        self.edited.emit(spec.assessment_id, student_id, parsed, old)
        return True

    def put(self, student_id: uuid.UUID, assessment_id: uuid.UUID, value: CellValue) -> None:
        """Show `value` in the cell and the pupil's final score again (no write)."""
        grid = self.grid
        if grid is None:
            return
        missing = grid.missing_in(assessment_id)
        grid.put(student_id, assessment_id, value)
        header_changed = grid.missing_in(assessment_id) != missing
        where = self.position_of(student_id, assessment_id)
        row, column = where.row(), where.column()
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.dataChanged.emit(
            self.index(row, self.assessments + 1), self.index(row, self.assessments + 3)
        )
        if header_changed:  # its "n missing": the header is laid out again, so only then
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def position_of(self, student_id: uuid.UUID, assessment_id: uuid.UUID) -> QModelIndex:
        grid = self.grid
        assert grid is not None
        row = next(n for n, p in enumerate(grid.pupils) if p.student_id == student_id)
        column = 1 + next(n for n, c in enumerate(grid.columns) if c.assessment_id == assessment_id)
        return self.index(row, column)
