"""A small bar chart of copies returned per week, painted with QPainter (no chart library
or web engine for eight bars)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from tomoni_desktop.ui.formatting import format_date


class WeeklyBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[tuple[date, int]] = []
        self.setMinimumHeight(110)
        self.setMaximumHeight(150)  # the table above it gets the rest
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, 150)

    def set_weeks(self, weeks: list[tuple[date, int]]) -> None:
        self.weeks = weeks
        self.setToolTip("\n".join(f"{format_date(monday)}: {count}" for monday, count in weeks))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if not self.weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        width, height = self.width(), self.height()
        bottom = height - line - 4  # room for the week's date under each bar
        top = line + 4  # room for the count above the tallest bar
        most = max(count for _monday, count in self.weeks) or 1
        slot = width / len(self.weeks)
        for index, (monday, count) in enumerate(self.weeks):
            bar_height = (bottom - top) * count / most
            left = index * slot + slot * 0.15
            bar = QRectF(left, bottom - bar_height, slot * 0.7, bar_height)
            painter.fillRect(bar, QColor("#2f7a8f"))
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(
                QRectF(index * slot, bottom - bar_height - line - 2, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                str(count),
            )
            painter.drawText(
                QRectF(index * slot, bottom + 2, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                f"{monday.day}/{monday.month}",
            )
        painter.end()
