from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.sync.helpers import call
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services.school.setup import is_set_up
from tomoni_desktop.ui.school.setup_dialog import SetupDialog


def fill(qtbot, dialog, **values):
    for name, value in values.items():
        widget = dialog.inputs[name]
        widget.clear()
        qtbot.keyClicks(widget, value)


def test_setup_shows_the_problem_next_to_the_field_then_sets_up(qtbot, database, runner, switcher):
    dialog = SetupDialog(runner, database)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Selamat datang di Tomoni Desktop"
    fill(
        qtbot,
        dialog,
        school_name="SMP Negeri 1 Tomoni",
        npsn="4031",
        teacher_name="Rahmatia, S.Pd.",
        class_name="VII B",
    )
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    problem = dialog.problems["npsn"]
    assert problem.isVisible()
    assert problem.text() == "NPSN harus 8 karakter, biasanya angka."
    assert dialog.result() != QDialog.DialogCode.Accepted
    with unit_of_work(database) as uow:
        assert not is_set_up(uow)

    fill(qtbot, dialog, npsn="40312345", teacher_nip="12345")
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert not problem.isVisible()
    assert dialog.problems["teacher_nip"].isVisible()

    dialog.inputs["teacher_nip"].clear()
    dialog.inputs["class_level"].setCurrentIndex(dialog.inputs["class_level"].findData(7))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    context = dialog.result_context
    assert context.school_name == "SMP Negeri 1 Tomoni" and context.my_class_name == "VII B"
    with unit_of_work(database) as uow:
        assert is_set_up(uow)


def test_a_new_laptop_joins_a_syncing_school_from_the_first_start(
    qtbot, runner, switcher, tmp_path
):
    from tests.sync.helpers import PASSPHRASE, make_office, open_school
    from tomoni_desktop.services import sync

    office = make_office(tmp_path / "kantor", students=6)
    stick = tmp_path / "stick"
    stick.mkdir()
    call(office, sync.invite_laptop, stick / "guru.tomoni-join", PASSPHRASE, "Laptop Bu Ani")
    bundle = sync.export_bundle(Units(office), to=stick).path  # no laptop has reported: everything
    fresh = open_school(tmp_path / "baru.sqlite3")
    dialog = SetupDialog(runner, fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.join.text() == "Bergabung dengan sekolah yang sudah sinkron…"
    qtbot.mouseClick(dialog.join, Qt.MouseButton.LeftButton)
    joining = dialog.join_dialog
    joining.join_file.setText(str(stick / "guru.tomoni-join"))
    joining.bundle.setText(str(bundle))
    joining.passphrase.setText("bukan frasanya sama sekali")
    joining.submit()
    qtbot.waitUntil(lambda: bool(joining.problem.text()), timeout=10_000)
    assert "tidak cocok" in joining.problem.text()
    joining.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        joining.submit()
    assert dialog.result_context.school_name == "SMP Negeri 1 Tomoni (contoh)"
    assert call(fresh, sync.identity_of).name == "Laptop Bu Ani"
    fresh.close()
    office.close()


def test_a_cut_bundle_at_first_start_leaves_the_laptop_unjoined_so_a_good_one_works(
    qtbot, runner, switcher, tmp_path
):
    """Joining and the first bundle are one step: a damaged bundle used to leave the laptop
    joined, and every later try failed with 'already takes part in a school's sync'."""
    from tests.sync.helpers import PASSPHRASE, make_office, open_school
    from tomoni_desktop.services import sync

    office = make_office(tmp_path / "kantor", students=6)
    stick = tmp_path / "stick"
    stick.mkdir()
    call(office, sync.invite_laptop, stick / "guru.tomoni-join", PASSPHRASE, "Laptop Bu Ani")
    bundle = sync.export_bundle(Units(office), to=stick).path
    cut = stick / "terpotong.tomoni"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])  # a stick pulled too soon
    fresh = open_school(tmp_path / "baru.sqlite3")
    dialog = SetupDialog(runner, fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.join, Qt.MouseButton.LeftButton)
    joining = dialog.join_dialog
    joining.join_file.setText(str(stick / "guru.tomoni-join"))
    joining.passphrase.setText(PASSPHRASE)
    joining.bundle.setText(str(cut))
    joining.submit()
    qtbot.waitUntil(lambda: bool(joining.problem.text()), timeout=10_000)
    assert "rusak atau tidak lengkap" in joining.problem.text()
    assert call(fresh, sync.identity_of) is None  # not joined: nothing of it was kept
    joining.bundle.setText(str(bundle))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        joining.submit()
    assert call(fresh, sync.identity_of).name == "Laptop Bu Ani"
    fresh.close()
    office.close()
