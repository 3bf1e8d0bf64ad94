"""Kehadiran: a day's register taken with a click and a key per exception, the follow-up it
leads to, and the month's recap on screen and on paper."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from tests.ui.conftest import settle
from tomoni_desktop.core.models import AttendanceMark
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.attendance.register import register_of

DAY = date(2026, 11, 27)  # a Friday, a school day


def attendance_page(qtbot, window, app_context):
    qtbot.mouseClick(window.nav_buttons["attendance"], Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    page = window.pages["attendance"]
    page.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    settle(qtbot, app_context)
    return page


def click_row(qtbot, page, row: int) -> None:
    index = page.model.index(row, 0)
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.table.visualRect(index).center(),
    )


def test_three_exceptions_take_six_actions_and_open_a_call(qtbot, window, app_context, tmp_path):
    page = attendance_page(qtbot, window, app_context)
    assert page.title.text() == "Kehadiran" and page.model.rowCount() == 32
    assert page.status.text().startswith("Belum diisi")
    for row, key in ((1, Qt.Key.Key_A), (4, Qt.Key.Key_S), (6, Qt.Key.Key_I)):  # 6 actions
        click_row(qtbot, page, row)
        qtbot.keyClick(page.table, key)
    assert page.table.currentIndex().row() == 7  # each key moved to the next pupil
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        sheet = register_of(uow, app_context.school.my_class_id, DAY)
    assert sheet.taken
    assert [row.mark for row in sheet.rows[:7]] == [
        None,
        AttendanceMark.ABSENT,
        None,
        None,
        AttendanceMark.SICK,
        None,
        AttendanceMark.EXCUSED,
    ]
    assert page.status.text() == "Sudah diisi · hadir 29 · sakit 1 · izin 1 · alpa 1"
    assert page.model.index(1, 1).data() == "A  alpa (tanpa keterangan)"

    # L: the sick pupil's letter came today; H takes the excused one back.
    click_row(qtbot, page, 4)
    qtbot.keyClick(page.table, Qt.Key.Key_L)
    click_row(qtbot, page, 6)
    qtbot.keyClick(page.table, Qt.Key.Key_H)
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        sheet = register_of(uow, app_context.school.my_class_id, DAY)
    assert sheet.rows[4].letter_on == date.today() and sheet.rows[6].mark is None

    # The A without a letter: a call to the parents on Tindak lanjut, until one is logged.
    page.tabs.setCurrentIndex(2)
    settle(qtbot, app_context)
    follow_up = page.follow_up
    absent = sheet.rows[1].name
    assert [c.pupil for c in follow_up.calls.rows] == [absent]
    assert follow_up.calls_title.text().endswith(": 1")
    follow_up.calls_view.selectRow(0)
    dialog = follow_up.open_contact()
    qtbot.addWidget(dialog)
    dialog.note.setText("Ibu bilang anaknya ke kebun")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.box.button(dialog.box.StandardButton.Save).click()
    settle(qtbot, app_context)
    assert follow_up.calls.rows == []

    # The month on screen and on paper.
    page.tabs.setCurrentIndex(1)
    settle(qtbot, app_context)
    recap = page.recap
    assert recap.month.currentData() == (DAY.year, DAY.month)  # the day's month, not today's
    row = next(r for r in recap.model.rows if r.name == absent)
    assert row.totals.absent == 1
    assert "sakit 1" in recap.summary.text() and "alpa 1" in recap.summary.text()
    from pypdf import PdfReader

    recap.save_pdf(tmp_path / "bulan.pdf")
    settle(qtbot, app_context)
    text = PdfReader(tmp_path / "bulan.pdf").pages[0].extract_text()
    assert "Rekap kehadiran · kelas VII A" in text and absent in text


def test_no_register_on_a_sunday(qtbot, window, app_context):
    page = attendance_page(qtbot, window, app_context)
    page.day.setDate(QDate(2026, 11, 29))
    settle(qtbot, app_context)
    assert page.status.text() == "Tidak ada sekolah pada hari ini (Minggu)."
    assert not page.table.isEnabled() and not page.all_present.isEnabled()


def test_a_whatsapp_message_needs_the_parents_agreement_and_is_logged(qtbot, window, app_context):
    from PySide6.QtWidgets import QApplication

    page = attendance_page(qtbot, window, app_context)
    with unit_of_work(app_context.database) as uow:
        from tomoni_desktop.services.attendance.whatsapp import recipients

        sheet = register_of(uow, app_context.school.my_class_id, DAY)
        number = next(
            n
            for n, row in enumerate(sheet.rows)
            if any(r.whatsapp for r in recipients(uow, row.student_id))
        )
    click_row(qtbot, page, number)
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    settle(qtbot, app_context)
    page.tabs.setCurrentIndex(2)
    settle(qtbot, app_context)
    follow_up = page.follow_up
    follow_up.calls_view.selectRow(0)
    dialog = follow_up.open_whatsapp()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    pupil = sheet.rows[number].name
    assert pupil in dialog.text.toPlainText() and "27 November 2026" in dialog.text.toPlainText()
    while dialog.chosen() is not None and dialog.chosen().whatsapp is None:
        dialog.guardian.setCurrentIndex(dialog.guardian.currentIndex() + 1)
    assert not dialog.open_button.isEnabled() and "belum setuju" in dialog.consent_state.text()
    dialog.agree_whatsapp.setChecked(True)
    dialog.on_paper.setChecked(True)
    dialog.save_consent.click()
    settle(qtbot, app_context)
    assert dialog.copy_button.isEnabled() and "setuju" in dialog.consent_state.text()
    assert dialog.on_paper.isChecked() and not dialog.agree_photos.isChecked()  # as kept
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.copy_button.click()
    settle(qtbot, app_context)
    assert pupil in QApplication.clipboard().text()
    assert follow_up.calls.rows == []  # the message is a contact: the call is done


def test_the_rules_and_a_day_off_are_kept_for_the_school(qtbot, window, app_context):
    from tomoni_desktop.services.attendance.calendar import calendar_of

    page = attendance_page(qtbot, window, app_context)
    dialog = page.open_rules()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert dialog.saturday.isChecked() and dialog.consecutive.value() == 3
    caption = dialog.form.labelForField(dialog.consecutive)
    assert caption.text() == "Kasus untuk guru BK setelah alpa berturut-turut sebanyak"
    dialog.new_day.setDate(QDate(2026, 11, 27))
    dialog.reason.setText("Ulang tahun sekolah")
    dialog.add_button.click()
    settle(qtbot, app_context)
    assert [(r.day, r.reason) for r in dialog.days.rows] == [(DAY, "Ulang tahun sekolah")]
    dialog.saturday.setChecked(False)
    dialog.consecutive.setValue(4)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.box.button(dialog.box.StandardButton.Save).click()
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        calendar = calendar_of(uow, app_context.school.school_id)
    assert calendar.rules.case_after_consecutive == 4 and not calendar.rules.saturday_is_school_day
    assert (
        page.status.text()
        == "Tidak ada sekolah pada hari ini (hari libur sekolah: Ulang tahun sekolah)."
    )


def form_captions(form) -> list[str]:
    """The caption of each row of a QFormLayout ("" where a row has none)."""
    from PySide6.QtWidgets import QFormLayout

    captions = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        captions.append(item.widget().text() if item is not None else "")
    return captions


def test_every_field_of_the_contact_and_step_dialogs_is_named(qtbot, window, app_context):
    """The fields were added with an empty caption, which makes no label at all: the words
    set later had nowhere to go, and the dialogs showed four unnamed fields."""
    from tomoni_desktop.ui.attendance.follow_up_view import ContactDialog

    page = attendance_page(qtbot, window, app_context)
    pupil = page.model.sheet.rows[0]
    dialog = ContactDialog(app_context, pupil.student_id, pupil.name, "absence", page)
    qtbot.addWidget(dialog)
    assert form_captions(dialog.form) == ["Cara", "Hasil", "Tanggal", "Catatan"]


def test_a_case_is_read_whole_from_the_follow_up(qtbot, window, app_context):
    from tomoni_desktop.services.attendance.register import set_mark

    class_id = app_context.school.my_class_id
    with unit_of_work(app_context.database) as uow:
        pupil = register_of(uow, class_id, DAY).rows[2]
        for day in (date(2026, 11, 25), date(2026, 11, 26), DAY):  # three in a row
            set_mark(uow, class_id, day, pupil.student_id, AttendanceMark.ABSENT, DAY)
    page = attendance_page(qtbot, window, app_context)
    page.tabs.setCurrentIndex(2)
    settle(qtbot, app_context)
    follow_up = page.follow_up
    proxy = follow_up.steps_view.model()
    assert proxy.select_where(follow_up.steps_view, lambda s: s.student_id == pupil.student_id)
    dialog = follow_up.open_case()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert dialog.heading.text().startswith(f"{pupil.name} (VII A) · 3 hari berturut-turut")
    assert dialog.heading.text().endswith("· terbuka")
    assert len(dialog.steps.rows) == 3 and dialog.contacts.rows == []
