"""Qt's own dialogs (file, print, printer properties, message buttons) speak Indonesian.

Each dialog is built twice, in English and in Indonesian; any wording shown the same in both
is English left over. Words that are the same in both languages are listed.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

SAME_IN_BOTH = {"OK", "Printer", "PDF (*.pdf)", "Folder"}


def shown_texts(dialog: QWidget) -> set[str]:
    from PySide6.QtCore import Qt

    texts = {dialog.windowTitle()}
    for child in dialog.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            texts |= {child.text(), child.toolTip()}
        elif isinstance(child, QGroupBox):
            texts.add(child.title())
        elif isinstance(child, QComboBox):
            texts |= {child.itemText(i) for i in range(child.count())}
        elif isinstance(child, QLineEdit):
            texts.add(child.placeholderText())
        elif isinstance(child, QTabWidget):
            texts |= {child.tabText(i) for i in range(child.count())}
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            texts |= {
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            }
    return {t for t in texts if re.search(r"[A-Za-z]{2}", t or "") and "/" not in t}


def file_dialog(mode: QFileDialog.AcceptMode) -> QDialog:
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    return dialog


def print_dialogs() -> list[QDialog]:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    # The dialog only points at its printer: keep the printer alive as long as the dialog
    # (a printer collected first left the dialog reading freed memory: a crash under load).
    dialog.printer_kept = printer
    dialog.show()
    QApplication.processEvents()
    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "").startswith(("Options", "Pilihan")):
            button.click()  # the options half of the dialog, hidden at first
    QApplication.processEvents()
    return [dialog]


def message_box() -> QDialog:
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Close
    )
    return box


DIALOGS = {
    "open a file": lambda: [file_dialog(QFileDialog.AcceptMode.AcceptOpen)],
    "save a file": lambda: [file_dialog(QFileDialog.AcceptMode.AcceptSave)],
    "print": print_dialogs,
    "message buttons": lambda: [message_box()],
}


def texts_in(language: str, switcher, make) -> set[str]:
    switcher.apply(language)
    texts: set[str] = set()
    for dialog in make():
        dialog.show()
        QTest.qWait(50)  # the printer list and the options settle in the event loop
        texts |= shown_texts(dialog)
        dialog.close()
        dialog.deleteLater()
    QApplication.processEvents()
    return texts


@pytest.mark.parametrize("name", DIALOGS)
def test_no_english_in_qts_own_dialogs(qtbot, switcher, name):
    english = texts_in("en", switcher, DIALOGS[name])
    indonesian = texts_in("id", switcher, DIALOGS[name])
    assert len(english) >= 3  # the dialog really showed something to compare
    leftovers = sorted((english & indonesian) - SAME_IN_BOTH)
    assert leftovers == [], f"English in the {name} dialog"


def test_the_print_dialog_is_indonesian_word_for_word(qtbot, switcher):
    texts = texts_in("id", switcher, print_dialogs)
    for expected in ("Cetak", "Rangkap:", "Semua halaman", "Cetak bolak-balik", "Batal"):
        assert expected in texts
