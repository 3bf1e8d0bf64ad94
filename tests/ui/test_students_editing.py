"""Editing, moving, leaving, importing and exporting pupils from the students page."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import select

from tests.samples import pupil
from tests.ui.conftest import settle
from tomoni_desktop.core.models import Guardian, Student
from tomoni_desktop.core.unit_of_work import unit_of_work


def students_page(qtbot, window, app_context):
    qtbot.mouseClick(window.nav_buttons["students"], Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    return window.pages["students"]


def select_row(page, name: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == name:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{name} is not shown")


def test_edit_a_pupil_and_see_the_problem_next_to_the_field(qtbot, window, app_context):
    page = students_page(qtbot, window, app_context)
    first = page.proxy.visible_rows()[0]
    select_row(page, first.full_name)
    dialog = page.open_editor(first.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.full_name.text() == first.full_name and dialog.save.isEnabled())
    assert dialog.windowTitle() == "Ubah data siswa"
    # every field is read from its first word (a long address showed only its tail)
    assert dialog.address.text() and dialog.address.cursorPosition() == 0
    # one date format on every screen: dd-mm-yyyy (what was dd/mm/yyyy here)
    with unit_of_work(app_context.database) as uow:
        born = uow.session.get(Student, first.id).birth_date
    assert dialog.birth_date.text() == born.strftime("%d-%m-%Y")
    assert dialog.birth_date.placeholderText() == "hh-bb-tttt"

    dialog.nisn.setText("12345")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    problem = dialog.forms["identity"].problems["nisn"]
    assert (
        problem.isVisibleTo(dialog) and problem.text() == "NISN harus tepat 10 angka, bukan 12345."
    )

    dialog.nisn.setText(first.nisn)
    dialog.birth_date.setText("31/02/2013")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "31/02/2013" in dialog.forms["identity"].problems["birth_date"].text()

    dialog.birth_date.setText("14/03/2013")
    dialog.tabs.setCurrentIndex(1)
    dialog.dusun.setText("Dusun Melati")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        session = uow.session
        student = session.get(Student, first.id)
        assert student.dusun == "Dusun Melati" and student.birth_date.isoformat() == "2013-03-14"
    qtbot.waitUntil(lambda: any(r.dusun == "Dusun Melati" for r in page.model.rows))


def test_add_a_pupil_with_a_guardian_whose_whatsapp_is_a_landline(
    qtbot, window, app_context, monkeypatch
):
    from tomoni_desktop.services.roster.editing import GuardianForm
    from tomoni_desktop.ui.roster import student_dialog

    page = students_page(qtbot, window, app_context)
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    assert dialog.windowTitle() == "Siswa baru" and dialog.class_id.currentText() == "VII A"
    dialog.full_name.setText("Ni Kadek Dwi Sari")
    dialog.gender.setCurrentIndex(dialog.gender.findData("P"))
    dialog.guardian_model.set_rows(
        [GuardianForm(name="Ni Made Suastini", whatsapp="(0411) 452345", is_primary=True)]
    )
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    assert dialog.tabs.currentIndex() == student_dialog.TABS.index("guardians")
    assert dialog.guardian_problem.text().startswith(
        "Orang tua/wali 1: (0411) 452345 adalah nomor telepon rumah"
    )

    dialog.guardian_model.set_rows(
        [GuardianForm(name="Ni Made Suastini", mobile="0812 3456 7890", is_primary=True)]
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        session = uow.session
        guardian = session.scalars(
            select(Guardian).where(Guardian.student_id == dialog.student_id)
        ).one()
        assert guardian.mobile == "+6281234567890"
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 33)


def test_guardian_dialog_checks_numbers_at_once(qtbot, switcher):
    from tomoni_desktop.services.roster.editing import GuardianForm
    from tomoni_desktop.ui.roster.guardian_dialog import GuardianDialog

    dialog = GuardianDialog(GuardianForm())
    qtbot.addWidget(dialog)
    dialog.name.setText("Hasnah")
    dialog.mobile.setText("0812")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "bukan nomor telepon Indonesia yang sah" in dialog.form.problems["mobile"].text()
    dialog.mobile.setText("+6281234567890")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.guardian.mobile == "0812-3456-7890"


def test_mark_as_left_hides_the_pupil_until_shown(qtbot, window, app_context):
    page = students_page(qtbot, window, app_context)
    chosen = page.proxy.visible_rows()[2]
    select_row(page, chosen.full_name)
    assert page.left_button.text() == "Tandai keluar…"
    qtbot.mouseClick(page.left_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox)
    confirm = next(b for b in box.buttons() if b.text() == "Tandai keluar")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: chosen.id not in {r.id for r in page.proxy.visible_rows()})
    assert page.proxy.rowCount() == 31
    page.show_left.setChecked(True)
    assert page.proxy.rowCount() == 32
    select_row(page, chosen.full_name)
    assert page.left_button.text() == "Kembali bersekolah"


def test_export_what_is_shown(qtbot, window, app_context, tmp_path):
    page = students_page(qtbot, window, app_context)
    page.phone_filter.setCurrentIndex(page.phone_filter.findData("none"))
    shown = {r.full_name for r in page.proxy.visible_rows()}
    target = tmp_path / "tanpa-hp.csv"
    page.export_to(target)
    settle(qtbot, app_context)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {r["Nama"] for r in rows} == shown
    assert all(r["Akses HP"] == "Tidak ada" for r in rows)
    assert page.notice.text() == f"{len(shown)} siswa ditulis ke tanpa-hp.csv"


def test_import_dialog_previews_then_imports(qtbot, window, app_context, make_dapodik):
    page = students_page(qtbot, window, app_context)
    path = make_dapodik([pupil(1), pupil(2), pupil(3, nisn="1.23457E+09"), pupil(1)])
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.preview(path)
    settle(qtbot, app_context)
    assert dialog.summary.text().startswith(
        "2 baru · 0 diperbarui · 0 tidak berubah · 1 tercantum dua kali · 1 bermasalah"
    )
    assert "Kelas baru: VII B" in dialog.summary.text()
    assert dialog.start.text() == "Impor 2 siswa"
    dialog.show_kind.setCurrentIndex(dialog.show_kind.findData("problem"))
    assert dialog.proxy.rowCount() == 1
    assert "notasi ilmiah" in dialog.proxy.index(0, 4).data()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.import_result.new == 2
    settle(qtbot, app_context)
    page.class_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 98)
    # the dialog has closed; what it did is still said on the page
    assert page.notice.text() == "Diimpor: 2 baru, 0 diperbarui, 0 tidak berubah, 1 dilewati."
    # ...without widening the window off a 1366-pixel screen (it did, to 1,589 px)
    width = window.width()
    qtbot.wait(50)  # the layouts take the new text in
    assert window.minimumSizeHint().width() <= width == window.width() <= 1366


def test_import_dialog_forgets_the_previous_file_and_can_be_stopped(
    qtbot, window, app_context, make_dapodik, monkeypatch
):
    import threading

    from tomoni_desktop.services.roster import files

    page = students_page(qtbot, window, app_context)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.preview(make_dapodik([pupil(1), pupil(2)], "pertama.xlsx"))
    settle(qtbot, app_context)
    assert dialog.model.rowCount() == 2
    reading, release = threading.Event(), threading.Event()
    original = files.read_roster_file

    def slow_read(*args, **kwargs):
        reading.set()
        release.wait(5)
        return original(*args, **kwargs)

    monkeypatch.setattr(files, "read_roster_file", slow_read)
    dialog.preview(make_dapodik([pupil(3)], "kedua.xlsx"))
    qtbot.waitUntil(reading.is_set)
    # while the second file is read, nothing of the first is shown
    assert dialog.model.rowCount() == 0 and dialog.summary.text() == "Membaca kedua.xlsx…"
    # the newest: the first file's may still wait for its deleteLater on a busy machine
    progress = dialog.findChildren(QProgressDialog)[-1]
    [stop] = progress.findChildren(QPushButton)
    assert stop.text() == "Batal"
    stop.click()  # the Batal button of "Membaca berkas…"
    release.set()
    settle(qtbot, app_context)
    assert dialog.summary.text() == "Pembacaan dihentikan; tidak ada yang diimpor."
    assert dialog.model.rowCount() == 0 and not dialog.start.isEnabled()


def test_import_dialog_asks_who_a_row_with_another_pupils_nisn_is(
    qtbot, window, app_context, make_dapodik
):
    from datetime import date

    page = students_page(qtbot, window, app_context)
    owner = page.proxy.visible_rows()[0]
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    with unit_of_work(app_context.database) as uow:
        student = uow.session.get(Student, owner.id)
        nisn = student.nisn
    stranger = pupil(1, name="EKO PRASETYO", gender="L", birth_date=date(2012, 11, 20))
    stranger = type(stranger)(**{**stranger.__dict__, "nisn": nisn})
    dialog.preview(make_dapodik([stranger], "eko.xlsx"))
    settle(qtbot, app_context)
    assert "1 baris memakai NISN siswa lain" in dialog.summary.text()
    assert not dialog.start.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.decision_row.isVisible() and owner.full_name in dialog.decision_text.text()
    qtbot.mouseClick(dialog.other_child, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    [row] = dialog.model.rows
    assert row.kind.value == "new" and row.record.nisn is None
    assert "anak lain" in dialog.proxy.index(0, 4).data()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    with unit_of_work(app_context.database) as uow:
        assert uow.session.get(Student, owner.id).full_name == owner.full_name


def test_import_dialog_says_what_is_wrong_with_the_file(qtbot, window, app_context, tmp_path):
    page = students_page(qtbot, window, app_context)
    bogus = tmp_path / "foto.xlsx"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 not a workbook")
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.preview(bogus)
    settle(qtbot, app_context)
    assert dialog.summary.text() == "foto.xlsx bukan berkas Excel .xlsx."
    assert not dialog.start.isEnabled()


def test_gender_filter(qtbot, window, app_context):
    page = students_page(qtbot, window, app_context)
    page.gender_filter.setCurrentIndex(page.gender_filter.findData("P"))
    shown = page.proxy.visible_rows()
    assert shown and all(r.gender.value == "P" for r in shown)
    assert page.proxy.rowCount() == len(shown) < 32


def test_a_nisn_already_used_is_a_warning_not_a_block(qtbot, window, app_context):
    page = students_page(qtbot, window, app_context)
    first, second = page.proxy.visible_rows()[:2]
    dialog = page.open_editor(first.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.full_name.text() == first.full_name and dialog.save.isEnabled())
    dialog.nisn.setText(second.nisn)
    dialog.nisn.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.nisn_warning.isVisibleTo(dialog))
    assert dialog.nisn_warning.text() == (
        f"NISN ini sudah dipakai oleh {second.full_name}. Periksa apakah bukan siswa yang sama."
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)


def test_move_a_pupil_to_another_class(qtbot, window, app_context, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    page = students_page(qtbot, window, app_context)
    chosen = page.proxy.visible_rows()[0]
    select_row(page, chosen.full_name)
    offered = []

    def choose(parent, title, label, items, current, editable):
        offered.append((label, list(items)))
        return "VIII A", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    assert offered[0][0] == f"Pindahkan {chosen.full_name} ke kelas:"
    assert offered[0][1] == ["VII A", "VIII A", "IX A"]
    qtbot.waitUntil(
        lambda: any(r.id == chosen.id and r.class_name == "VIII A" for r in page.model.rows)
    )
    assert chosen.id not in {r.id for r in page.proxy.visible_rows()}  # VII A is still shown


def test_an_empty_date_field_shows_its_form_not_a_date(qtbot, window, app_context):
    """A sample date as placeholder looked like a value already filled in."""
    page = students_page(qtbot, window, app_context)
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    for field in (dialog.birth_date, dialog.consent):
        assert field.text() == "" and field.placeholderText() == "hh-bb-tttt"
        assert not any(character.isdigit() for character in field.placeholderText())
    dialog.reject()


def test_cancel_asks_before_dropping_a_new_pupil(qtbot, window, app_context):
    page = students_page(qtbot, window, app_context)
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    dialog.full_name.setText("Ni Kadek Dwi Sari")
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    question = dialog.discard_question
    assert question.isVisible() and dialog.isVisible()
    assert question.defaultButton().text() == "Kembali mengedit"
    qtbot.mouseClick(question.defaultButton(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.full_name.text() == "Ni Kadek Dwi Sari"
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    drop = next(b for b in dialog.discard_question.buttons() if b.text() == "Tutup tanpa menyimpan")
    qtbot.mouseClick(drop, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_cancel_without_changes_closes_at_once(qtbot, window, app_context):
    page = students_page(qtbot, window, app_context)
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_guardian_table_shows_whole_numbers_and_problems_are_not_cut(
    qtbot, window, app_context
):
    from tomoni_desktop.services.roster.editing import GuardianForm
    from tomoni_desktop.ui.roster.guardian_dialog import GuardianDialog

    page = students_page(qtbot, window, app_context)
    first = page.proxy.visible_rows()[0]
    dialog = page.open_editor(first.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    dialog.resize(dialog.minimumSizeHint().width(), 520)  # as narrow as it goes
    dialog.tabs.setCurrentIndex(3)
    qtbot.wait(20)
    table = dialog.guardian_table
    header = table.horizontalHeader()
    for column in range(1, dialog.guardian_model.columnCount()):  # relation, numbers, primary
        needed = max([table.sizeHintForColumn(column), header.sectionSizeHint(column)], default=0)
        assert header.sectionSize(column) >= needed, f"column {column} is cut"

    guardian = GuardianDialog(GuardianForm(name="Ibu Sri"), dialog)
    qtbot.addWidget(guardian)
    guardian.show()
    qtbot.waitExposed(guardian)
    guardian.whatsapp.setText("(0473) 21234")  # a landline: the longest message of the form
    guardian.submit()
    problem = guardian.form.problems["whatsapp"]
    qtbot.wait(20)
    assert problem.isVisible() and "WhatsApp" in problem.text()
    assert problem.height() >= problem.heightForWidth(problem.width())  # every line shown


def test_the_pupils_window_shows_the_timeline_in_words(qtbot, window, app_context):
    from datetime import date

    from tomoni_desktop.core.models import AttendanceMark, ContactKind, ContactOutcome
    from tomoni_desktop.services.attendance.contacts import log_contact
    from tomoni_desktop.services.attendance.register import set_mark
    from tomoni_desktop.ui.roster.timeline_view import event_words

    page = students_page(qtbot, window, app_context)
    first = page.proxy.visible_rows()[0]
    day = date(2026, 8, 14)
    with unit_of_work(app_context.database) as uow:
        set_mark(uow, first.class_id, day, first.id, AttendanceMark.SICK, day, letter_on=day)
        log_contact(uow, first.id, ContactKind.CALL, ContactOutcome.REACHED, day, day)
    dialog = page.open_editor(first.id)
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Linimasa"
    shown = [(row.day, *event_words(row)) for row in dialog.timeline.model.rows]
    assert (day, "Kontak: telepon", "berbicara dengan orang tua") in shown
    assert (day, "Tidak hadir: sakit", "surat diterima 14-08-2026") in shown


def test_everything_about_a_pupil_is_saved_from_the_pupils_window(
    qtbot, window, app_context, tmp_path
):
    import json

    page = students_page(qtbot, window, app_context)
    first = page.proxy.visible_rows()[0]
    dialog = page.open_editor(first.id)
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert dialog.everything.isVisible() and dialog.everything.text() == "Semua data siswa ini…"
    dialog.save_everything(tmp_path / "data-siswa.pdf")
    settle(qtbot, app_context)
    assert dialog.said.text().startswith("Disimpan sebagai data-siswa.pdf")
    data = json.loads((tmp_path / "data-siswa.json").read_text(encoding="utf-8"))
    assert data["pupil"]["name"] == first.full_name


def test_a_parents_consent_is_ticked_in_the_guardian_window(qtbot, app_context, switcher):
    from datetime import date

    from tomoni_desktop.services.roster.editing import GuardianForm
    from tomoni_desktop.ui.roster.guardian_dialog import GuardianDialog

    dialog = GuardianDialog(GuardianForm(name="Hasnah", mobile="0812-3456-7890"))
    qtbot.addWidget(dialog)
    assert dialog.consent_state.text().startswith("Belum ada persetujuan")
    dialog.submit()
    assert dialog.guardian.consent_on is None  # nothing ticked or unticked: nothing recorded
    dialog.consent_data.setChecked(True)
    dialog.consent_on_paper.setChecked(True)
    dialog.submit()
    kept = dialog.guardian
    assert kept.consent_data and kept.consent_on_paper and not kept.consent_whatsapp
    assert kept.consent_on == date.today()
