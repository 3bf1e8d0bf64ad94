"""Families on screen: a parent meeting planned, its paper printed and who came recorded; a
letter's reply slip scanned on Pengambilan (and undone); the return slips typed by keyboard;
the online lessons with a clash in red; the school's own words for messages to parents."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from tests.samples import qr_codes
from tests.ui.conftest import settle
from tomoni_desktop.core.models import (
    ContactKind,
    LetterKind,
    MeetingInvitation,
    ParentLetter,
    SlipAnswer,
)
from tomoni_desktop.core.unit_of_work import unit_of_work


def open_page(qtbot, window, app_context, name: str):
    qtbot.mouseClick(window.nav_buttons[name], Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    return window.pages[name]


def test_a_meeting_is_planned_its_paper_printed_and_who_came_recorded(
    qtbot, window, app_context, tmp_path
):
    page = open_page(qtbot, window, app_context, "attendance")
    page.tabs.setCurrentWidget(page.meetings)
    settle(qtbot, app_context)
    view = page.meetings
    assert view.meetings.rows == [] and not view.sheet.isEnabled()

    dialog = view.open_plan()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    dialog.place.setText("Ruang kelas VII A")
    dialog.agenda.setPlainText("Belajar di rumah")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.box.button(dialog.box.StandardButton.Ok).click()
    settle(qtbot, app_context)
    [planned] = view.meetings.rows
    assert planned.held_on.weekday() == 4 and planned.held_on >= date.today()  # a Friday
    assert len(view.families.rows) == 32 and "32 keluarga" in view.heading.text()

    view.print_sign_in(tmp_path / "daftar-hadir.pdf")
    settle(qtbot, app_context)
    assert qr_codes(tmp_path / "daftar-hadir.pdf") == [view.meeting.code]
    view.print_invitations(tmp_path / "undangan.pdf")
    settle(qtbot, app_context)
    by_letter = [r for r in view.families.rows if r.invited_by is ContactKind.LETTER]
    assert by_letter and all(r.letter_code for r in by_letter)
    assert sorted(qr_codes(tmp_path / "undangan.pdf")) == sorted(r.letter_code for r in by_letter)
    assert "undangan" in view.said.text()

    # A meeting held today: who came, what they raised, a task.
    from tomoni_desktop.services.parents.meetings import plan_meeting

    with unit_of_work(app_context.database) as uow:
        held = plan_meeting(
            uow, app_context.school.my_class_id, date.today(), "13:00", "Aula", date.today()
        )
    view.refresh()
    settle(qtbot, app_context)
    proxy = view.meetings_view.model()
    proxy.select_where(view.meetings_view, lambda r: r.meeting_id == held)
    settle(qtbot, app_context)
    assert view.after.isEnabled()
    after = view.open_after()
    qtbot.addWidget(after)
    model = after.model
    model.setData(model.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, 3), "Anak belajar di rumah nenek")
    model.setData(model.index(1, 2), "Kakak")  # who came, typed: came
    assert after.count.text() == "2 dari 32 keluarga hadir"
    with qtbot.waitSignal(after.accepted, timeout=5000):
        after.box.button(after.box.StandardButton.Save).click()
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        came = uow.session.scalars(
            select(MeetingInvitation).where(
                MeetingInvitation.meeting_id == held, MeetingInvitation.attended.is_(True)
            )
        ).all()
    assert sorted(r.attended_by for r in came) == ["Kakak", model.rows[0].guardian]
    assert view.heading.text().endswith("hadir: 2")
    view.families_view.selectRow(0)
    task = view.open_task()
    qtbot.addWidget(task)
    task.task.setText("Kunjungi keluarga")
    with qtbot.waitSignal(task.accepted, timeout=5000):
        task.box.button(task.box.StandardButton.Ok).click()
    settle(qtbot, app_context)
    assert [t.task for t in view.tasks.rows] == ["Kunjungi keluarga"]
    view.tasks_view.selectRow(0)
    view.task_done.click()
    settle(qtbot, app_context)
    assert view.tasks.rows[0].done_on == date.today()


def test_the_families_of_a_meeting_fit_beside_the_meetings_in_either_language(
    qtbot, window, app_context, switcher
):
    """On a laptop's screen nothing of the families' list hides behind a sideways scroll
    bar, in English (longer words) as in Indonesian: the pupil over the village, the letter
    over its reply, and what the family raised takes what is left."""
    from tomoni_desktop.services.parents.meetings import plan_meeting

    with unit_of_work(app_context.database) as uow:
        plan_meeting(
            uow, app_context.school.my_class_id, date.today(), "13:00", "Aula", date.today()
        )
    window.resize(1366, 740)  # 1366 × 768, less the task bar
    page = open_page(qtbot, window, app_context, "attendance")
    page.tabs.setCurrentWidget(page.meetings)
    settle(qtbot, app_context)
    view = page.meetings
    qtbot.waitUntil(lambda: view.families.rowCount() == 32)
    for language in ("en", "id"):
        switcher.apply(language)
        QApplication.processEvents()
        families = view.families_view
        assert families.horizontalHeader().length() <= families.viewport().width(), language
        assert families.viewport().width() > 500
    pupil, village = view.families.index(0, 0).data().split("\n")
    assert pupil == view.families.rows[0].pupil and village == view.families.rows[0].village


def test_a_reply_slip_scanned_is_recorded_and_can_be_undone(qtbot, window, app_context):
    from tomoni_desktop.services.parents.letters import write_letters

    with unit_of_work(app_context.database) as uow:
        pupil = uow.session.scalars(
            select(MeetingInvitation.student_id)  # any pupil of the class will do
        ).first()
        from tomoni_desktop.services.roster.students import list_students

        pupil = list_students(
            uow, app_context.school.school_year_id, app_context.school.my_class_id
        )[0]
        [letter_id] = write_letters(
            uow,
            app_context.school.my_class_id,
            LetterKind.ABSENCE,
            [pupil.id],
            date.today(),
            about_on=date.today(),
        )
        code = uow.session.get(ParentLetter, letter_id).code
    page = open_page(qtbot, window, app_context, "pickups")
    qtbot.keyClicks(page.code, code)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    settle(qtbot, app_context)
    assert page.answer_title.text() == f"✓ Balasan dari orang tua {pupil.full_name}"
    assert "surat ketidakhadiran" in page.answer_detail.text()
    assert page.scans.rows[-1].result.letter_id == letter_id
    assert page.undo.isEnabled() and not page.save_score.isEnabled()  # no score for a letter
    with unit_of_work(app_context.database) as uow:
        assert uow.session.get(ParentLetter, letter_id).replied_on == date.today()
    page.undo.click()
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        assert uow.session.get(ParentLetter, letter_id).replied_on is None
    assert page.answer_title.text().startswith("Dibatalkan")


def test_return_slips_are_typed_by_keyboard_and_summed_up(qtbot, window, app_context):
    from tests.services.test_worksheets import typed
    from tomoni_desktop.core.models import Channel, HandOut, Subject, WorksheetCopy
    from tomoni_desktop.services.pickups.recording import record_code
    from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
    from tomoni_desktop.services.worksheets.library import save_worksheet

    school, today = app_context.school, date.today()
    with unit_of_work(app_context.database) as uow:
        maths = uow.session.scalars(select(Subject).where(Subject.name == "Matematika")).one()
        worksheet = save_worksheet(uow, school.school_id, typed(maths.id))
        hand_out_worksheet(uow, worksheet, school.my_class_id, school.school_year_id, today)
        codes = uow.session.scalars(
            select(WorksheetCopy.pickup_code)
            .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
            .where(WorksheetCopy.channel == Channel.PAPER)
            .order_by(WorksheetCopy.pickup_code)
            .limit(2)
        ).all()
        for code in codes:
            record_code(uow, code, returned_on=today)
    page = open_page(qtbot, window, app_context, "pickups")
    dialog = page.open_slips()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert dialog.model.rowCount() == 2
    table = dialog.table
    # each header whole: a habit's name on two lines, cut at a word (not "Membantu pe")
    header, habits = table.horizontalHeader(), app_context.settings.habit_list
    names = [dialog.model.headerData(3 + 1 + n, Qt.Orientation.Horizontal) for n in range(3)]
    assert names[1:] == ["Membaca 15\nmenit", "Membantu\npekerjaan…"] and len(habits) == 3
    for column in range(3, dialog.model.comment_column):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert table.currentIndex().column() == 3  # on "signed", ready for the first key
    for key in "Y573123":  # signed, three habits' days, the three questions' boxes
        qtbot.keyClick(table, key)
        settle(qtbot, app_context)
    assert table.currentIndex().column() == dialog.model.comment_column
    qtbot.keyClick(table, "S")  # the first letter opens the comment's editor
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, "oal nomor 3 sulit")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, app_context)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # on to the next slip
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, "9")  # no habit is kept nine days: nothing happens
    assert table.currentIndex().column() == 3
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        [answer] = uow.session.scalars(select(SlipAnswer)).all()
    assert answer.signed and (answer.understood, answer.time_spent, answer.help_needed) == (1, 2, 3)
    habits = app_context.settings.habit_list
    assert answer.habit_days == f"{habits[0]}=5;{habits[1]}=7;{habits[2]}=3"
    assert answer.comment == "Soal nomor 3 sulit"
    summary = dialog.summary.toPlainText()
    assert "1 dari 2 lembar balikan diisi · 1 ditandatangani" in summary
    assert "“Soal nomor 3 sulit”" in summary and f"{habits[1]}: 7.0 (1)" in summary
    # its headings too are Indonesian (they hid from lupdate in f-strings)
    assert "Kebiasaan yang dijalankan" in summary and "Penilaian orang tua" in summary
    # the boxes in the words of the paper slip, not "> 1 h"
    assert "Lama mengerjakan: < 30 menit 0 · 30–60 menit 1 · > 1 jam 0" in summary


def test_a_lesson_at_the_hour_of_another_is_shown_as_a_clash(qtbot, window, app_context, switcher):
    page = open_page(qtbot, window, app_context, "attendance")
    page.tabs.setCurrentWidget(page.schedule)
    settle(qtbot, app_context)
    view = page.schedule
    said = {}  # in each language, after one lesson and after two
    for subject in ("Matematika", "IPA"):
        dialog = view.open_slot(None)
        qtbot.addWidget(dialog)
        dialog.subject.setCurrentIndex(dialog.subject.findText(subject))
        dialog.day.setCurrentIndex(2)  # Wednesday
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog.box.button(dialog.box.StandardButton.Ok).click()
        settle(qtbot, app_context)
        for language in ("en", "id"):
            switcher.apply(language)  # the page says it again in the language chosen
            QApplication.processEvents()  # the change of language arrives as an event
            said[language, subject] = view.said.text()
    assert [s.subject for s in view.model.rows] == ["Matematika", "IPA"]
    assert view.said.text() == "2 pelajaran seminggu · bentrok, merah: 1"
    assert said == {
        ("en", "Matematika"): "1 lesson a week",  # one number, its own plural
        ("id", "Matematika"): "1 pelajaran seminggu",
        ("en", "IPA"): "2 lessons a week · clashes, in red: 1",
        ("id", "IPA"): "2 pelajaran seminggu · bentrok, merah: 1",
    }
    assert view.model.index(0, 6).data() == "IPA pukul 08:00–09:00"
    assert view.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_the_school_edits_its_words_to_parents(qtbot, window, app_context):
    page = open_page(qtbot, window, app_context, "settings")
    dialog = page.open_templates()
    qtbot.addWidget(dialog)
    dialog.which.setCurrentIndex(1)  # the meeting invitation
    assert "{tempat}" in dialog.text.toPlainText() and "{jam}" in dialog.placeholders.text()
    dialog.text.setPlainText("Rapat {kelas} di {ruang}")
    dialog.box.button(dialog.box.StandardButton.Save).click()
    settle(qtbot, app_context)
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "{ruang}" in boxes[0].text()
    boxes[0].accept()
    assert app_context.settings.template_meeting == ""  # nothing kept
    dialog.text.setPlainText("Rapat {kelas} pada {tanggal} pukul {jam}.")
    dialog.box.button(dialog.box.StandardButton.Save).click()
    settle(qtbot, app_context)
    assert app_context.settings.template_meeting == "Rapat {kelas} pada {tanggal} pukul {jam}."
    assert dialog.said.text().startswith("Tersimpan")
