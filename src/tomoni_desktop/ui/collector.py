"""Python's cycle collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate: on the database
worker it may free a cycle that holds a Qt widget, and the widget's C++ side is then destroyed
off the GUI thread, which crashes Qt. So automatic collection is switched off and a timer on
the GUI thread collects, by generation, as the thresholds say (as pyqtgraph does).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_as_due() -> None:
    """One collection of the generations whose thresholds are passed, as Python would."""
    first, second, third = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 > first:
        gc.collect(2 if count2 > third else 1 if count1 > second else 0)


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_as_due)
        self.timer.start(INTERVAL_MS)
