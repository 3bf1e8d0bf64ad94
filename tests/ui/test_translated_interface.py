"""In Indonesian, no visible text of any page is left in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTableView

from tests.ui.conftest import settle
from tomoni_desktop.core.paths import translations_dir


def english_sources() -> set[str]:
    root = ET.parse(translations_dir() / "tomoni_id.ts").getroot()
    return {
        m.findtext("source")
        for m in root.iter("message")
        if m.findtext("source") != (m.find("translation").text or "")
    }


def visible_texts(widget) -> list[str]:
    texts = []
    for child in widget.findChildren(object):
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            texts.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            )
            texts.extend(
                str(model.index(r, c).data())
                for r in range(min(model.rowCount(), 20))
                for c in range(model.columnCount())
            )
    return [t for t in texts if t]


def test_every_page_is_indonesian(qtbot, window, app_context):
    english = english_sources()
    assert "Overview" in english and "No phone" in english
    for key, button in window.nav_buttons.items():
        button.click()
        settle(qtbot, app_context)
        leftovers = sorted(set(visible_texts(window.pages[key])) & english)
        assert leftovers == [], f"untranslated on {key}"
    status = [window.school_status.text(), window.backup_status.text(), window.windowTitle()]
    assert not set(status) & english
    assert "Tahun pelajaran" in window.school_status.text()
