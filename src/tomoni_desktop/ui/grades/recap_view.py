"""The homeroom teacher's recap on the Nilai page: every subject's final score per pupil, and
the list of what needs looking at before the reports are printed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from tomoni_desktop.services.grades.recap import Anomaly, AnomalyRow, ClassRecap, RecapRow
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view


def anomaly_text(kind: Anomaly) -> str:
    translate = QCoreApplication.translate
    return {
        Anomaly.MISSING_PAST_DUE: translate("ClassRecapView", "result missing after its due date"),
        Anomaly.NO_FINAL: translate("ClassRecapView", "no final score yet"),
        Anomaly.OVERRIDDEN: translate("ClassRecapView", "final score set by hand"),
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
                Column(lambda: self.tr("Subject"), lambda a: a.subject),
                Column(lambda: self.tr("What"), lambda a: anomaly_text(a.kind)),
                Column(lambda: self.tr("Assessment or reason"), lambda a: a.detail or "—"),
            ],
            self,
        )
        self.anomalies_view = list_view(SearchProxy(self.anomalies, lambda a: a.pupil, self), 1)
        self.anomalies_view.horizontalHeader().setStretchLastSection(True)
        self.anomalies_title = QLabel()
        self.anomalies_title.setObjectName("sectionTitle")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.anomalies_title)
        lower_layout.addWidget(self.anomalies_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.scores_view)
        splitter.addWidget(lower)
        splitter.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
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
        self.anomalies_view.resizeColumnsToContents()  # a short list: every column whole
        self._title()

    def _title(self) -> None:
        count = len(self.anomalies.rows)
        self.anomalies_title.setText(
            self.tr("To look at before printing the reports: {count}").format(count=count)
            if count
            else self.tr("Nothing to look at: every pupil has a final score in every subject.")
        )

    def retranslate(self) -> None:
        self.anomalies.retranslate()
        self.scores.retranslate()
        self._title()
