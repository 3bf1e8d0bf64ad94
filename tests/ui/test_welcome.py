"""The very first start offers the demo school, my own school, or joining one, each said in
one sentence (issue 16 §4)."""

from __future__ import annotations

import pytest

from tests.test_app import start
from tomoni_desktop.ui.school.welcome_dialog import FirstRun, WelcomeDialog


def test_a_first_start_stops_at_the_three_choices(data_dir):
    result = start(data_dir=data_dir, probe=True)
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["shown", "welcome"]


@pytest.mark.parametrize("choice", list(FirstRun))
def test_each_choice_is_explained_and_taken(qtbot, switcher, choice):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    button = dialog.buttons[choice]
    assert button.text() and len(button.description()) > 40
    assert button.description().count(".") <= 2  # one sentence (the PIN is in brackets)
    button.click()
    assert dialog.choice is choice and dialog.result() == WelcomeDialog.DialogCode.Accepted


def test_the_choices_speak_indonesian(qtbot, switcher):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.buttons[FirstRun.DEMO].text() == "Buka sekolah contoh"
    assert dialog.buttons[FirstRun.OWN].text() == "Mulai sekolah saya"
