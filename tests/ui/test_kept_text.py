"""KeptText: a paragraph written for one pupil at a time is never dropped without a word."""

from __future__ import annotations

from tomoni_desktop.ui.grades.kept_text import KeptText


def test_a_changed_text_is_handed_over_on_leaving_and_stays_when_read_again(qtbot):
    kept: list[tuple[object, str]] = []
    text = KeptText(2)
    qtbot.addWidget(text.box)
    text.keep.connect(lambda whose, words: kept.append((whose, words)))
    text.show_for("ani", "Rajin.")
    assert text.box.toPlainText() == "Rajin." and text.box.textCursor().position() == 0
    assert not text.button.isEnabled()
    text.box.setPlainText("Rajin  dan\nteliti.")
    assert text.button.isEnabled()
    text.show_for("ani", "Rajin.")  # read again, as it was: the typing stays
    assert text.box.toPlainText() == "Rajin  dan\nteliti." and kept == []
    text.show_for("ani", "Rajin dan teliti.")  # kept as typed (its words): shown as kept
    assert text.box.toPlainText() == "Rajin dan teliti." and not text.button.isEnabled()
    text.box.setPlainText("Suka membantu.")
    text.show_for("budi", "")  # another pupil: what was typed for Ani is handed over
    assert kept == [("ani", "Suka membantu.")]
    assert text.whose == "budi" and text.box.toPlainText() == ""
    text.box.setPlainText("Pendiam.")
    text.revert()  # dropped on purpose: nothing handed over
    text.show_for(None, "")
    assert kept == [("ani", "Suka membantu.")] and text.box.toPlainText() == ""
    text.box.setPlainText("Tak ada yang menulis untuk siapa pun.")
    assert not text.button.isEnabled()  # nobody's text cannot be kept


def test_typing_stops_at_the_most_a_report_holds(qtbot):
    text = KeptText(2, most=20)
    qtbot.addWidget(text.box)
    text.show_for("ani", "")
    text.box.insertPlainText("Rajin dan teliti dalam mengerjakan soal.")  # pasted, too long
    assert text.text() == "Rajin dan teliti dal" and text.button.isEnabled()
    text.box.setFocus()
    qtbot.keyClicks(text.box, "am")
    assert text.text() == "Rajin dan teliti dal"  # nothing more is taken
