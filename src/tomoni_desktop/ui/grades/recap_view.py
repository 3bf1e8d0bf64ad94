"""The homeroom teacher's recap on the Nilai page: every subject's final score per pupil, and
the list of what needs looking at before the reports are printed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.reports.grade_data import BINS, spread
from tomoni_desktop.services.grades.book import PARAGRAPH_MOST
from tomoni_desktop.services.grades.recap import (
    Anomaly,
    AnomalyRow,
    ClassRecap,
    ObjectiveReach,
    RecapRow,
)
from tomoni_desktop.ui.grades.kept_text import KeptText
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view, share_width, stacked


def anomaly_text(kind: Anomaly) -> str:
    translate = QCoreApplication.translate
    return {
        Anomaly.MISSING_PAST_DUE: translate("ClassRecapView", "result missing after its due date"),
        Anomaly.NO_FINAL: translate("ClassRecapView", "no final score yet"),
        Anomaly.OVERRIDDEN: translate("ClassRecapView", "final score set by hand"),
        Anomaly.OUT_OF_RANGE: translate("ClassRecapView", "a score outside 0-100"),
    }[kind]


def _subject_column(number: int, name: str) -> Column[RecapRow]:
    """A subject's final scores ("-" where there is none yet; sorted below every score)."""

    def shown(row: RecapRow) -> object:
        score = row.scores[number]
        return "-" if score is None else score

    def key(row: RecapRow) -> int:
        score = row.scores[number]
        return -1 if score is None else score

    return Column(lambda: name, shown, key, numeric=True)


class ClassRecapView(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recap: ClassRecap | None = None
        self.scores: RowTableModel[RecapRow] = RowTableModel([], self)
        self.scores_view = list_view(SearchProxy(self.scores, lambda r: r.pupil, self), 0)
        self.anomalies: RowTableModel[AnomalyRow] = RowTableModel(
            [
                Column(lambda: self.tr("Pupil"), lambda a: a.pupil),
                Column(lambda: stacked(self.tr("Subject")), lambda a: a.subject),
                Column(lambda: self.tr("What"), lambda a: anomaly_text(a.kind)),
                Column(lambda: stacked(self.tr("Assessment or reason")), lambda a: a.detail or "—"),
            ],
            self,
        )
        self.anomalies_view = list_view(SearchProxy(self.anomalies, lambda a: a.pupil, self), 1)
        # The reason takes what the other columns leave; a long one ends in "…" (its whole
        # text is on the paper list), never behind a sideways scroll bar.
        share_width(self.anomalies_view, [3])
        self.anomalies_title = QLabel()
        self.anomalies_title.setObjectName("sectionTitle")
        self.chart = SubjectChart()
        # The homeroom teacher's note on the chosen pupil's report.
        self.note_label = QLabel()
        self.noting = KeptText(2, PARAGRAPH_MOST, self)
        self.note, self.save_note = self.noting.box, self.noting.button
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.anomalies_title)
        lower_row = QHBoxLayout()
        lower_row.addWidget(self.anomalies_view, 3)
        lower_row.addWidget(self.chart, 2)
        lower_layout.addLayout(lower_row, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.scores_view)
        splitter.addWidget(lower)
        splitter.setSizes([420, 180])
        noted = QHBoxLayout()
        noted.addWidget(self.note_label)
        noted.addWidget(self.note, 1)
        noted.addWidget(self.save_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        layout.addLayout(noted)
        self.retranslate()

    def show_recap(self, recap: ClassRecap) -> None:
        self.recap = recap
        columns: list[Column[RecapRow]] = [Column(lambda: self.tr("Pupil"), lambda r: r.pupil)]
        for number, (_id, name) in enumerate(recap.subjects):
            columns.append(_subject_column(number, name))
        columns.append(
            Column(lambda: self.tr("Missing"), lambda r: r.missing or "", lambda r: r.missing, True)
        )
        self.scores = RowTableModel(columns, self)
        proxy = SearchProxy(self.scores, lambda r: r.pupil, self)
        self.scores_view.setModel(proxy)
        self.scores.set_rows(recap.rows)
        header = self.scores_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        self.anomalies.set_rows(recap.anomalies)
        self.scores_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._chosen(current)
        )
        self.chart_subject(0)
        self._title()
        self.noting.show_for(None, "")  # nobody chosen in the new list: a changed note is kept
        self._name_note()

    def chosen_row(self) -> RecapRow | None:
        proxy = self.scores_view.model()
        index = self.scores_view.currentIndex()
        if not index.isValid() or not isinstance(proxy, SearchProxy):
            return None
        return self.scores.row_at(proxy.mapToSource(index).row())

    def _chosen(self, current) -> None:
        self.chart_subject(current.column() - 1)
        row = self.chosen_row()
        self.noting.show_for(
            None if row is None else row.student_id, "" if row is None else row.note
        )
        self._name_note()

    def _name_note(self) -> None:
        row = self.chosen_row()
        if row is None:
            self.note_label.setText(self.tr("Note on the report:"))
            self.note.setPlaceholderText(
                self.tr("choose a pupil above, then write the homeroom teacher's note")
            )
        else:
            self.note_label.setText(
                self.tr("Note on the report of {pupil}:").format(pupil=row.pupil)
            )
            self.note.setPlaceholderText(
                self.tr("the homeroom teacher's note, printed on the progress report")
            )

    def chart_subject(self, number: int) -> None:
        """The chart follows the subject whose column is chosen (the first at the start)."""
        recap = self.recap
        if recap is None or not 0 <= number < len(recap.subjects):
            return
        self.chart.set_subject(
            recap.subjects[number][1],
            [row.scores[number] for row in recap.rows],
            recap.reach[number],
        )

    def _title(self) -> None:
        count = len(self.anomalies.rows)
        self.anomalies_title.setText(
            self.tr("To look at before printing the reports: {count}").format(count=count)
            if count
            else self.tr("Nothing to look at: every pupil has a final score in every subject.")
        )

    def retranslate(self) -> None:
        self._name_note()
        self.save_note.setText(self.tr("Keep note"))
        self.anomalies.retranslate()
        self.scores.retranslate()
        self._title()


class SubjectChart(QWidget):
    """A subject's final scores over the leger's ranges, and each TP's share of the class
    that reached it, painted with QPainter (no chart library for a dozen bars)."""

    COLOURS = ("#c0392b", "#e6a23c", "#5aa469", "#2e7d9a")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.counts: list[int] = []
        self.reach: list[ObjectiveReach] = []
        self.setMinimumSize(300, 170)

    def set_subject(self, title: str, scores, reach: list[ObjectiveReach]) -> None:
        self.title, self.counts, self.reach = title, spread(scores), reach
        self.setToolTip(
            "\n".join(f"{r.code} {r.text}: {r.reached}/{r.assessed}" for r in self.reach)
        )
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtGui import QColor, QPainter

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        painter.drawText(6, 16, self.title)
        half = width // 2
        most = max(self.counts, default=0) or 1
        slot = (half - 20) / max(len(BINS), 1)
        base = height - 22
        for number, ((low, high), count) in enumerate(zip(BINS, self.counts, strict=False)):
            bar = (base - 34) * count / most
            x = 10 + number * slot
            painter.fillRect(
                int(x), int(base - bar), int(slot - 8), int(bar), QColor(self.COLOURS[number])
            )
            painter.drawText(int(x), int(base - bar - 4), str(count))
            painter.drawText(int(x), height - 6, f"{low}-{high}")
        # each TP: the share of the class that reached it
        row_height = min(18, (height - 30) / max(len(self.reach), 1))
        for number, reach in enumerate(self.reach):
            y = 26 + number * row_height
            share = reach.reached / reach.assessed if reach.assessed else 0.0
            length = (width - half - 60) * share
            colour = QColor(self.COLOURS[2] if share > 0.5 else self.COLOURS[0])
            painter.fillRect(int(half + 44), int(y), int(length), int(row_height - 4), colour)
            painter.drawText(int(half), int(y + row_height - 6), reach.code)
            painter.drawText(int(half + 48 + length), int(y + row_height - 6), f"{share:.0%}")
        painter.end()
