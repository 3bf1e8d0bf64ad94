"""The main window on a demo school, driven as a teacher would."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import settle
from tomoni_desktop.core.backup import list_backups
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.school.overview import overview
from tomoni_desktop.ui.main_window import MainWindow


def click_nav(qtbot, window, key):
    qtbot.mouseClick(window.nav_buttons[key], Qt.MouseButton.LeftButton)


def test_before_the_database_is_open_the_window_says_so(qtbot, switcher, ui_settings, runner):
    window = MainWindow(switcher, ui_settings, runner)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.loading
    assert window.loading.text() == "Membuka basis data sekolah…"
    assert not any(button.isEnabled() for button in window.nav_buttons.values())


def test_opens_on_the_overview_with_figures_from_the_database(window, app_context):
    page = window.pages["overview"]
    assert window.stack.currentWidget() is page
    assert page.title.text() == "Beranda"
    with unit_of_work(app_context.database) as uow:
        expected = overview(uow, app_context.school.school_year_id)
    numbers = [card.number.text() for card in page.cards.values()]
    assert numbers == [
        str(expected.classes),
        str(expected.pupils),
        str(expected.without_phone),
        str(expected.shared_phone),
        str(expected.weak_or_no_signal),
        str(expected.paper_copies),
    ]
    assert page.proxy.rowCount() == expected.classes
    assert "Semester Ganjil" in window.school_status.text()
    assert window.database_status.text() == "Basis data: school.sqlite3"


def test_side_navigation_switches_pages(qtbot, window):
    for key in ("students", "settings", "overview"):
        click_nav(qtbot, window, key)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.nav_buttons[key].isChecked()


def test_students_page_shows_the_teachers_class_and_searches_as_you_type(
    qtbot, window, app_context
):
    click_nav(qtbot, window, "students")
    page = window.pages["students"]
    settle(qtbot, app_context)
    assert page.class_filter.currentText() == "Kelas VII A"
    assert page.proxy.rowCount() == 32
    assert page.count_line.text().startswith("32 siswa · ")
    some = page.proxy.visible_rows()[5]
    qtbot.keyClicks(page.search, some.full_name.split()[0].lower())
    shown = page.proxy.visible_rows()
    assert some in shown and len(shown) < 32
    assert all(
        some.full_name.split()[0].lower() in r.full_name.lower()
        or some.full_name.split()[0].lower() in (r.village + r.guardian_name + r.dusun).lower()
        for r in shown
    )
    page.search.clear()
    qtbot.keyClicks(page.search, some.nisn)
    assert page.proxy.visible_rows() == [some]
    page.search.clear()
    page.class_filter.setCurrentIndex(0)
    assert page.class_filter.currentText() == "Semua kelas"
    assert page.proxy.rowCount() == 96
    page.phone_filter.setCurrentIndex(page.phone_filter.findText("Tanpa HP"))
    no_phone = [r for r in page.model.rows if r.phone_access.value == "none"]
    assert page.proxy.rowCount() == len(no_phone)
    assert page.count_line.text().startswith(f"{len(no_phone)} siswa · {len(no_phone)} tanpa HP")


def test_students_sort_by_class_level_not_by_letters(qtbot, window, app_context):
    click_nav(qtbot, window, "students")
    page = window.pages["students"]
    settle(qtbot, app_context)
    page.class_filter.setCurrentIndex(0)
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    classes = [r.class_name for r in page.proxy.visible_rows()]
    firsts = list(dict.fromkeys(classes))
    assert firsts == ["VII A", "VIII A", "IX A"]


def test_switching_the_language_changes_every_page(qtbot, window, app_context, ui_settings):
    click_nav(qtbot, window, "settings")
    settings = window.pages["settings"]
    settings.language.setCurrentIndex(settings.language.findData("en"))
    # Qt delivers LanguageChange through the event loop
    qtbot.waitUntil(lambda: window.nav_buttons["overview"].text() == "Overview")
    assert window.pages["overview"].title.text() == "Overview"
    assert window.pages["students"].search.placeholderText().startswith("Search")
    # one word for the children in English, as in the rest of the interface: pupils
    assert window.nav_buttons["students"].text() == "Pupils"
    assert window.pages["students"].title.text() == "Pupils"
    assert settings.back_up_now.text() == "Back up now"
    assert ui_settings.value("language") == "en"  # remembered for the next start
    settings.language.setCurrentIndex(settings.language.findData("id"))
    qtbot.waitUntil(lambda: window.nav_buttons["overview"].text() == "Beranda")
    assert settings.back_up_now.text() == "Cadangkan sekarang"


def test_backup_from_settings(qtbot, window, app_context):
    click_nav(qtbot, window, "settings")
    page = window.pages["settings"]
    qtbot.mouseClick(page.back_up_now, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    made = list_backups(page.backup_folder())
    assert [b.reason for b in made] == ["manual"]
    qtbot.waitUntil(lambda: page.backup_model.rowCount() == 1)
    assert page.backup_proxy.index(0, 1).data() == "Manual"
    assert window.backup_status.text().startswith("Cadangan terakhir: ")


def test_restore_from_settings_after_confirming(qtbot, window, app_context):
    click_nav(qtbot, window, "settings")
    page = window.pages["settings"]
    qtbot.mouseClick(page.back_up_now, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: page.backup_model.rowCount() == 1)
    with app_context.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE students SET phone_access = 'own'")
    page.backup_table.selectRow(0)
    assert page.restore.isEnabled()
    qtbot.mouseClick(page.restore, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox)
    assert "Ganti data sekarang" in box.text()
    restore_button = next(b for b in box.buttons() if b.text() == "Pulihkan")
    qtbot.mouseClick(restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    with app_context.database.engine.connect() as connection:
        owners = connection.exec_driver_sql(
            "SELECT count(*) FROM students WHERE phone_access = 'own'"
        ).scalar()
    assert owners < 96
    kinds = sorted(b.reason for b in list_backups(page.backup_folder()))
    assert kinds == ["before-restore", "manual"]
    overview_page = window.pages["overview"]
    qtbot.waitUntil(lambda: overview_page.cards["no_phone"].number.text() != "0")


def test_window_remembers_its_size_and_position(qtbot, app_context, switcher, runner, tmp_path):
    ui_settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    first = MainWindow(switcher, ui_settings, runner)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800x600
    first.move(40, 30)
    first.close()
    second = MainWindow(switcher, ui_settings, runner)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)


def test_default_size_fits_a_school_laptop_screen(window):
    assert window.width() <= 1366 and window.height() <= 768


def test_the_sync_page_is_not_shown_as_a_floppy_disk():
    from PySide6.QtWidgets import QStyle

    from tomoni_desktop.ui.main_window import NAV_ICONS

    assert NAV_ICONS["sync"] is not QStyle.StandardPixmap.SP_DriveFDIcon
    assert len(set(NAV_ICONS.values())) == len(NAV_ICONS)  # each page its own icon


def test_each_figure_opens_the_list_behind_it(qtbot, window, app_context):
    page = window.pages["overview"]
    students = window.pages["students"]
    with unit_of_work(app_context.database) as uow:
        expected = overview(uow, app_context.school.school_year_id)
    for key, count in (
        ("no_phone", expected.without_phone),
        ("shared", expected.shared_phone),
        ("signal", expected.weak_or_no_signal),
        ("pupils", expected.pupils),
    ):
        click_nav(qtbot, window, "overview")
        qtbot.mouseClick(page.cards[key], Qt.MouseButton.LeftButton)
        settle(qtbot, app_context)
        assert window.stack.currentWidget() is students
        qtbot.waitUntil(lambda count=count: students.proxy.rowCount() == count)
        assert students.class_filter.currentData() is None  # the whole school, as counted
    click_nav(qtbot, window, "overview")
    page.cards["paper"].setFocus()
    qtbot.keyClick(page.cards["paper"], Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pages["pickups"]
    settle(qtbot, app_context)
    assert window.pages["pickups"].class_choice.currentText() == "Semua kelas"  # as counted


def test_the_overview_suggests_what_to_do_next(qtbot, window, app_context):
    from datetime import date, timedelta

    from sqlalchemy import select

    from tomoni_desktop.core.models import Subject
    from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
    from tomoni_desktop.services.worksheets.library import (
        QuestionDraft,
        WorksheetDraft,
        save_worksheet,
    )

    page = window.pages["overview"]

    def steps_but_consent() -> list[str]:  # the privacy steps have their own tests
        return [
            b.text()
            for b, target, _w in page.steps
            if target != "students:without_consent" and not target.startswith("settings:")
        ]

    steps = steps_but_consent()
    assert page.steps_title.text() == "Langkah berikutnya"
    assert steps == ["→ Buat lembar kerja pertama"]  # the demo here has no worksheet yet
    qtbot.mouseClick(page.steps[0][0], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["worksheets"]

    school = app_context.school
    with unit_of_work(app_context.database) as uow:
        subject = uow.session.scalars(select(Subject)).first()
        worksheet = save_worksheet(
            uow,
            school.school_id,
            WorksheetDraft(subject.id, 7, "Pecahan", questions=[QuestionDraft("Soal.")]),
        )
        issued = date.today() - timedelta(days=20)
        result = hand_out_worksheet(
            uow, worksheet, school.my_class_id, school.school_year_id, issued
        )
    page.refresh()
    settle(qtbot, app_context)
    overdue, villages = steps_but_consent()
    assert overdue.startswith(f"→ {result.paper} lembar kerja kertas sudah lewat tanggal kumpul")
    assert result.due.due_on.strftime("%d-%m-%Y") in overdue
    assert villages.startswith("→ Lewat batas kumpul, per desa: ")

    # a copy back today and a round planned for today are said too, and open Pengambilan
    from tomoni_desktop.core.models import WorksheetCopy
    from tomoni_desktop.services.pickups.recording import record_code
    from tomoni_desktop.services.pickups.rounds import propose_round, save_round

    with unit_of_work(app_context.database) as uow:
        code = uow.session.scalars(
            select(WorksheetCopy.pickup_code).where(
                WorksheetCopy.hand_out_id == result.hand_out_id,
                WorksheetCopy.channel == "paper",
            )
        ).first()
        record_code(uow, code, returned_on=date.today())
        plan = save_round(uow, propose_round(uow, school.my_class_id, date.today()))
    page.refresh()
    settle(qtbot, app_context)
    texts = steps_but_consent()
    assert texts[0] == f"→ Kunjungan rumah hari ini: kelas VII A, {len(plan.stops)} rumah"
    assert "→ 1 lembar kembali minggu ini" in texts
    qtbot.mouseClick(page.steps[0][0], Qt.MouseButton.LeftButton)
    pickups = window.pages["pickups"]
    assert window.stack.currentWidget() is pickups
    settle(qtbot, app_context)
    assert pickups.class_choice.currentText() == "VII A"  # the round's class
    # what is past due is counted over every class, and opens every class's list
    pickups.class_choice.setCurrentIndex(pickups.class_choice.findText("VII B"))
    click_nav(qtbot, window, "overview")
    overdue_step = next(b for b, _t, words in page.steps if "lewat tanggal kumpul" in words())
    qtbot.mouseClick(overdue_step, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    assert pickups.class_choice.currentText() == "Semua kelas"
    late = [row for row in pickups.outstanding.rows if row.missing]
    assert len(late) == page.figures.overdue_copies


def test_the_principals_week_is_saved_from_the_overview(qtbot, window, app_context, tmp_path):
    from pypdf import PdfReader

    from tests.ui.conftest import settle

    page = window.pages["overview"]
    assert page.week_button.text() == "Laporan mingguan untuk kepala sekolah…"
    page.save_week(tmp_path / "minggu.pdf")
    settle(qtbot, app_context)
    assert page.subtitle.text() == "Disimpan sebagai minggu.pdf (1 halaman)."
    assert "Laporan mingguan" in PdfReader(tmp_path / "minggu.pdf").pages[0].extract_text()


def test_the_overview_says_when_parents_are_to_be_called_and_opens_the_follow_up(
    qtbot, window, app_context
):
    from datetime import date, timedelta

    from tests.ui.conftest import settle
    from tomoni_desktop.core.models import AttendanceMark
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.services.attendance.calendar import calendar_of
    from tomoni_desktop.services.attendance.register import register_of, set_mark

    with unit_of_work(app_context.database) as uow:
        calendar = calendar_of(uow, app_context.school.school_id)
    day = date.today() - timedelta(days=1)
    while not calendar.is_school_day(day):  # the last school day before today
        day -= timedelta(days=1)
    from tomoni_desktop.services.roster.editing import classes_of_year

    with unit_of_work(app_context.database) as uow:
        class_id = app_context.school.my_class_id
        pupil = register_of(uow, class_id, day).rows[0].student_id
        other = next(c for c, _n in classes_of_year(uow, app_context.school.school_year_id)
                     if c != class_id)  # fmt: skip
        other_pupil = register_of(uow, other, day).rows[0].student_id
    page = window.pages["overview"]
    settle(qtbot, app_context)
    # marked as the register does (through the worker): Beranda, on screen, reads again
    for in_class, who in ((class_id, pupil), (other, other_pupil)):
        app_context.run(
            lambda uow, _ctx, c=in_class, p=who: set_mark(
                uow, c, day, p, AttendanceMark.ABSENT, date.today()
            )
        )
    settle(qtbot, app_context)
    [step] = [b for b, target, _w in page.steps if target == "attendance"]
    assert step.text() == "→ 2 orang tua perlu dihubungi karena alpa tanpa surat"
    step.click()
    settle(qtbot, app_context)
    attendance = window.pages["attendance"]
    assert window.stack.currentWidget() is attendance
    assert attendance.tabs.currentWidget() is attendance.follow_up
    # Beranda counts every class: the queue shown is every class's, as many as it said
    follow_up = attendance.follow_up
    assert follow_up.every_class.isChecked() and follow_up.every_class.text() == "Semua kelas"
    qtbot.waitUntil(lambda: follow_up.calls.rowCount() == page.figures.calls_due == 2)
    follow_up.every_class.setChecked(False)  # the class chosen on the page alone
    qtbot.waitUntil(lambda: follow_up.calls.rowCount() == 1)
    assert follow_up.calls.rows[0].class_name == "VII A"


def test_mobile_data_is_given_to_a_class_and_listed_by_month(qtbot, window, app_context, tmp_path):
    from pypdf import PdfReader

    from tests.ui.conftest import settle

    page = window.pages["overview"]
    assert page.allowance_button.text() == "Kuota data…"
    dialog = page.open_allowances()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert dialog.model.rows == [] and dialog.recipients.count() == 4  # 3 classes, teachers
    assert dialog.recipients.itemText(3).startswith("Semua guru (")
    dialog.recipients.setCurrentIndex(0)  # every pupil of VII A
    dialog.amount.setValue(5)
    dialog.source.setText("Kemendikbud")
    dialog.give_button.click()
    settle(qtbot, app_context)
    assert len(dialog.model.rows) == 32 and dialog.summary.text() == "32 menerima 160,0 GB"
    dialog.recipients.setCurrentIndex(dialog.recipients.count() - 1)
    dialog.source.setText("")
    dialog.give_button.click()  # no source: refused, nothing written
    settle(qtbot, app_context)
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "BOS" in boxes[-1].text()
    for box in boxes:
        box.close()
    dialog.refresh()
    settle(qtbot, app_context)
    assert len(dialog.model.rows) == 32
    dialog.save_pdf(tmp_path / "kuota.pdf")
    settle(qtbot, app_context)
    assert "Daftar kuota data" in PdfReader(tmp_path / "kuota.pdf").pages[0].extract_text()


def test_beranda_leads_to_the_pupils_without_a_parents_consent(qtbot, window, app_context):
    overview_page = window.pages["overview"]
    figures = overview_page.figures
    assert figures is not None and figures.without_consent > 0
    button = next(
        b for b, target, _words in overview_page.steps if target == "students:without_consent"
    )
    assert button.text().startswith(f"→ {figures.without_consent} siswa belum punya persetujuan")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    page = window.pages["students"]
    assert window.stack.currentWidget() is page and page.without_consent.isChecked()
    shown = page.proxy.visible_rows()
    assert len(shown) == figures.without_consent and not any(r.has_consent for r in shown)


def test_packets_left_in_the_data_folder_go_when_the_window_closes(qtbot, window, data_dir):
    """A packet's preview file holds children's data: none is left after the app closes (a
    packet dialog still open when the window closed used to leave its file until the next
    start)."""
    folder = data_dir / "packets"
    folder.mkdir(parents=True, exist_ok=True)
    leftover = folder / "paket-abc123.pdf"
    leftover.write_bytes(b"%PDF-1.4 nama siswa")
    window.close()
    assert not leftover.exists()


def test_backups_encrypted_from_settings_and_restored_with_the_passphrase(
    qtbot, window, app_context
):
    click_nav(qtbot, window, "settings")
    page = window.pages["settings"]
    assert page.encryption_state.text().startswith("Cadangan belum dienkripsi")
    qtbot.mouseClick(page.back_up_now, Qt.MouseButton.LeftButton)  # a plain one, before
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: page.backup_model.rowCount() == 1)
    dialog = page.open_passphrase()
    qtbot.addWidget(dialog)
    dialog.first.setText("pendek")
    dialog.again.setText("pendek")
    dialog.box.button(dialog.box.StandardButton.Ok).click()
    settle(qtbot, app_context)
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "paling sedikit 10" in boxes[0].text()
    boxes[0].accept()
    dialog.first.setText("kunci cadangan sekolah")
    dialog.again.setText("kunci cadangan sekolah")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.box.button(dialog.box.StandardButton.Ok).click()
    settle(qtbot, app_context)
    assert page.encryption_state.text() == "Cadangan baru dienkripsi."
    # the plain backup made before: offered to be encrypted, and it is
    offer = next(box for box in page.findChildren(QMessageBox) if box.isVisible())
    assert offer.text().startswith("1 cadangan yang dibuat sebelumnya belum dienkripsi")
    qtbot.mouseClick(
        next(b for b in offer.buttons() if b.text() == "Enkripsi"), Qt.MouseButton.LeftButton
    )
    settle(qtbot, app_context)
    [before] = list_backups(page.backup_folder())
    assert before.encrypted and before.reason == "manual"
    qtbot.mouseClick(page.back_up_now, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    made, older = list_backups(page.backup_folder())
    assert made.encrypted and older == before
    qtbot.waitUntil(lambda: page.backup_model.rowCount() == 2)
    assert {page.backup_proxy.index(row, 3).data() for row in (0, 1)} == {"ya"}
    with app_context.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE students SET phone_access = 'own'")
    page.restore_backup(made.path, "kunci cadangan sekolah")
    settle(qtbot, app_context)
    with app_context.database.engine.connect() as connection:
        owners = connection.exec_driver_sql(
            "SELECT count(*) FROM students WHERE phone_access = 'own'"
        ).scalar()
    assert owners < 96


def test_a_parent_meeting_today_on_beranda_opens_the_meetings_tab(qtbot, window, app_context):
    from datetime import date

    from tomoni_desktop.services.parents.meetings import plan_meeting

    school = app_context.school
    with unit_of_work(app_context.database) as uow:
        plan_meeting(uow, school.my_class_id, date.today(), "13:00", "Aula", date.today())
    page = window.pages["overview"]
    page.refresh()
    settle(qtbot, app_context)
    button = next(b for b, target, _w in page.steps if target == "attendance:meetings")
    assert button.text() == "→ Pertemuan orang tua hari ini: kelas VII A pukul 13:00"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    attendance = window.pages["attendance"]
    assert window.stack.currentWidget() is attendance
    assert attendance.tabs.currentWidget() is attendance.meetings


def test_meeting_tasks_due_on_beranda_open_the_tasks_due_in_every_class(qtbot, window, app_context):
    """Beranda counts the tasks due in every class; its step lists those same tasks, with
    their class, and a task marked done leaves the list. Unticked, the tab shows the
    chosen meeting's tasks again."""
    from datetime import date

    from tomoni_desktop.core.models import StaffRole
    from tomoni_desktop.services.parents.meetings import add_task, plan_meeting
    from tomoni_desktop.services.roster.editing import classes_of_year

    window.resize(1366, 740)
    school, today = app_context.school, date.today()
    with unit_of_work(app_context.database) as uow:
        other = next(
            c for c, _n in classes_of_year(uow, school.school_year_id) if c != school.my_class_id
        )
        for class_id, task in ((school.my_class_id, "Telepon Bu Rini"), (other, "Antar modul")):
            meeting = plan_meeting(uow, class_id, today, "13:00", "Aula", today)
            add_task(uow, meeting, StaffRole.HOMEROOM, task, today)
    page = window.pages["overview"]
    page.refresh()
    settle(qtbot, app_context)
    [button] = [b for b, target, _w in page.steps if target == "attendance:meeting_tasks"]
    due = page.figures.meeting_tasks_due
    assert due >= 2
    assert button.text() == f"→ {due} tindak lanjut pertemuan orang tua sudah jatuh tempo"
    # a pane far too narrow for the meetings' columns (as the longer words of a language
    # left it): the first list shown takes the width its columns need
    window.pages["attendance"].meetings.splitter.setSizes([120, 1100])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    attendance = window.pages["attendance"]
    meetings = attendance.meetings
    assert attendance.tabs.currentWidget() is meetings
    # the list of meetings shows its columns whole beside the families and the tasks
    listed = meetings.meetings_view
    assert listed.horizontalHeader().length() <= listed.viewport().width()
    for view in (meetings.families_view, meetings.tasks_view):
        assert view.viewport().width() > 400
    assert meetings.every_class.isChecked()
    assert meetings.every_class.text() == "Semua kelas"  # as on the follow-up tab
    qtbot.waitUntil(lambda: meetings.tasks.rowCount() == due)
    tasks = {row.task: row.class_name for row in meetings.tasks.rows}
    assert tasks["Telepon Bu Rini"] == "VII A" and tasks["Antar modul"] not in ("", "VII A")
    assert not meetings.tasks_view.isColumnHidden(1)
    assert meetings.tasks_title.text() == f"Jatuh tempo di semua kelas: {due}"
    assert not meetings.add_task.isEnabled()  # a task is added to a meeting
    proxy = meetings.tasks_view.model()
    proxy.select_where(meetings.tasks_view, lambda t: t.task == "Antar modul")
    qtbot.mouseClick(meetings.task_done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meetings.tasks.rowCount() == due - 1)
    assert "Antar modul" not in {row.task for row in meetings.tasks.rows}
    meetings.every_class.setChecked(False)  # the chosen meeting's tasks alone
    qtbot.waitUntil(lambda: [row.task for row in meetings.tasks.rows] == ["Telepon Bu Rini"])
    assert meetings.tasks_view.isColumnHidden(1) and meetings.add_task.isEnabled()


def test_beranda_says_one_task_and_two_tasks_in_english_and_in_indonesian(
    window, app_context, switcher
):
    """A message with a number takes the singular or the plural in English (Qt's plural
    forms, tomoni_en.ts); Indonesian has one form."""
    from dataclasses import replace

    page = window.pages["overview"]

    def said(due: int) -> str:
        steps = page.next_steps(replace(page.figures, meeting_tasks_due=due))
        return next(words() for target, words in steps if target == "attendance:meeting_tasks")

    switcher.apply("en")
    try:
        assert said(1) == "1 task agreed at a parent meeting is due"
        assert said(2) == "2 tasks agreed at parent meetings are due"
    finally:
        switcher.apply("id")
    assert said(1) == "1 tindak lanjut pertemuan orang tua sudah jatuh tempo"
    assert said(2) == "2 tindak lanjut pertemuan orang tua sudah jatuh tempo"


def test_the_overview_asks_for_sign_in_and_for_deleting_old_pupils_data(qtbot, window, app_context):
    from datetime import date

    from sqlalchemy import select

    from tomoni_desktop.core.models import Student
    from tomoni_desktop.services.school.settings import change_settings

    page = window.pages["overview"]
    [sign_in] = [b for b, target, _w in page.steps if target == "settings:people"]
    assert "PIN" in sign_in.text()
    qtbot.mouseClick(sign_in, Qt.MouseButton.LeftButton)
    settings = window.pages["settings"]
    assert window.stack.currentWidget() is settings
    assert settings.tabs.currentWidget() is settings.people

    with unit_of_work(app_context.database) as uow:
        gone = uow.session.scalars(select(Student).limit(2)).all()
        for pupil in gone:
            pupil.left_on = date(2018, 7, 1)
        change_settings(uow, retention_years=5)
    page.refresh()
    settle(qtbot, app_context)
    [due] = [b for b, target, _w in page.steps if target == "settings:general"]
    assert due.text().startswith("→ 2 ")
    qtbot.mouseClick(due, Qt.MouseButton.LeftButton)
    assert settings.tabs.currentIndex() == 0


def test_no_page_makes_the_window_grow_past_a_school_laptop_screen(
    qtbot, window, app_context, switcher
):
    """Visiting a page whose minimum is wider than the window widens the window, off the
    right edge of a 1366-pixel screen where it stood (the Pengambilan page did, by 50 px)."""
    default_width = window.width()
    assert default_width <= 1366
    for language in ("en", "id"):
        switcher.apply(language)
        for name, button in window.nav_buttons.items():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            settle(qtbot, app_context)
            assert window.minimumSizeHint().width() <= default_width, (language, name)
            assert window.width() == default_width, (language, name)
