"""The Qt binding itself, where a release of it broke the app: PySide6 6.12.0 drops a
reference to None each time Qt asks a Python model for a role it does not answer (None) on
Python 3.11, where None is an ordinary object; after enough repaints None is freed and the
process aborts ("deallocating None"). The app's models answer most roles with None."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class Blank(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else 1

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None  # every role: "no value", as the app's models say it


def test_qt_asking_a_model_for_a_role_it_does_not_answer_keeps_none_alive(qapp):
    model = Blank()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(200):
        index.data(Qt.ItemDataRole.BackgroundRole)  # through Qt, as a view paints
    assert sys.getrefcount(None) >= before - 20, "the Qt binding loses references to None"
