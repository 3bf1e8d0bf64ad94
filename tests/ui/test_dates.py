"""One way to choose a date on every screen: dd-mm-yyyy, with a calendar."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

import tomoni_desktop.ui
from tomoni_desktop.ui.formatting import DATE_FORMAT, date_edit

UI = Path(tomoni_desktop.ui.__file__).parent


def test_a_date_edit_shows_the_apps_date_format_with_a_calendar(qtbot):
    edit = date_edit(date(2026, 12, 1))
    qtbot.addWidget(edit)
    assert edit.displayFormat() == DATE_FORMAT and edit.calendarPopup()
    assert edit.text() == "01-12-2026"
    assert date_edit(QDate(2027, 1, 4)).text() == "04-01-2027"
    assert date_edit().date() == QDate.currentDate()


def test_every_date_edit_of_the_interface_is_made_by_date_edit():
    """A QDateEdit made by hand forgot the format once (the lost stick's day: 01/12/26)."""
    made_by_hand = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "formatting.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QDateEdit":
                made_by_hand.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert made_by_hand == []
