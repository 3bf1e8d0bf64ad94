"""Signing in, the idle lock, and setting up sign-in from Pengaturan, on real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from tests.ui.conftest import settle
from tomoni_desktop.core.models import ProfileRole, SchoolClass
from tomoni_desktop.core.unit_of_work import run_flow, unit_of_work
from tomoni_desktop.services.school import profiles
from tomoni_desktop.ui.main_window import MainWindow
from tomoni_desktop.ui.people.dialogs import RecoveryCodeDialog, SetUpSignInDialog

OFFICE_PIN, TEACHER_PIN = "240617", "580314"


def _people(database):
    """The office and the homeroom teacher of the first class, as set up from Pengaturan."""
    done = run_flow(
        database,
        lambda units: profiles.set_up_sign_in_here(units, "Tata Usaha", OFFICE_PIN, OFFICE_PIN),
    ).result
    database.actor = done.actor
    with unit_of_work(database) as uow:
        first = uow.session.scalars(
            select(SchoolClass).order_by(SchoolClass.level, SchoolClass.name).limit(1)
        ).one()
        teacher = profiles.add_profile(
            uow,
            "Bu Wali",
            ProfileRole.HOMEROOM,
            first.homeroom_teacher_id,
            TEACHER_PIN,
            TEACHER_PIN,
        )
    database.actor = None  # the app starts with nobody signed in
    return done, teacher


def _choose(qtbot, window: MainWindow, name: str, pin: str) -> None:
    panel = window.sign_in_panel
    assert panel is not None
    row = next(i for i, p in enumerate(panel.model.rows) if p.name == name)
    panel.people.selectRow(panel.proxy.mapFromSource(panel.model.index(row, 0)).row())
    qtbot.keyClicks(panel.pin, pin)
    qtbot.keyClick(panel.pin, Qt.Key.Key_Return)


def _started(qtbot, app_context, switcher, ui_settings, runner) -> MainWindow:
    window = MainWindow(switcher, ui_settings, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.begin(app_context)
    settle(qtbot, app_context)
    return window


def test_the_app_asks_who_it_is_and_shows_nothing_before(
    qtbot, app_context, switcher, ui_settings, runner
):
    _people(app_context.database)
    window = _started(qtbot, app_context, switcher, ui_settings, runner)
    assert window.locked and window.pages == {}  # no page (no pupil) is even built

    _choose(qtbot, window, "Bu Wali", "111222")
    settle(qtbot, app_context)
    assert (
        "PIN" in window.sign_in_panel.problem.text() and "2" in window.sign_in_panel.problem.text()
    )
    assert window.pages == {} and app_context.database.actor is None

    _choose(qtbot, window, "Bu Wali", TEACHER_PIN)
    settle(qtbot, app_context)
    assert not window.locked and window.pages
    assert app_context.database.actor.name == "Bu Wali"
    assert "Bu Wali" in window.person_status.text()
    classes = window.pages["students"].class_filter  # her classes only
    assert 1 < classes.count() < 10


def test_it_locks_when_idle_hides_dialogs_and_gives_them_back(
    qtbot, app_context, switcher, ui_settings, runner
):
    _people(app_context.database)
    window = _started(qtbot, app_context, switcher, ui_settings, runner)
    _choose(qtbot, window, "Bu Wali", TEACHER_PIN)
    settle(qtbot, app_context)
    dialog = QDialog(window)
    dialog.show()
    window.idle.start(30)  # the idle time, shortened
    qtbot.waitUntil(lambda: window.locked, timeout=3_000)
    assert not dialog.isVisible()
    assert window.screens.currentWidget() is window.sign_in_panel
    chosen = window.sign_in_panel.chosen()
    assert chosen is not None and chosen.name == "Bu Wali"  # her name is ready

    _choose(qtbot, window, "Bu Wali", TEACHER_PIN)
    settle(qtbot, app_context)
    assert not window.locked and dialog.isVisible()

    window.lock()
    _choose(qtbot, window, "Tata Usaha", OFFICE_PIN)  # someone else: her dialogs close
    settle(qtbot, app_context)
    assert not dialog.isVisible() and app_context.database.actor.name == "Tata Usaha"


def test_sign_in_is_set_up_from_settings_with_a_recovery_code(qtbot, window, app_context, tmp_path):
    box = window.pages["settings"].people
    assert box.set_up.isVisibleTo(box) and not box.table.isVisibleTo(box)
    dialog = box.open_set_up()
    assert isinstance(dialog, SetUpSignInDialog)
    qtbot.keyClicks(dialog.name, "Tata Usaha")
    qtbot.keyClicks(dialog.pin, "123456")  # too easy: refused, nothing kept
    qtbot.keyClicks(dialog.again, "123456")
    dialog.save()
    qtbot.waitUntil(lambda: isinstance(dialog.findChild(QMessageBox), QMessageBox), timeout=5_000)
    dialog.findChild(QMessageBox).accept()
    dialog.pin.setText(OFFICE_PIN)
    dialog.again.setText(OFFICE_PIN)
    dialog.save()
    settle(qtbot, app_context)
    code = box.recovery_dialog
    assert isinstance(code, RecoveryCodeDialog) and code.isVisible()
    assert len(code.code.text()) == 23 and not code.close_button.isEnabled()
    code.reject()  # Escape does not lose it
    assert code.isVisible()
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # a PDF stands for the paper
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "kode.pdf"))
    code.print_code(printer)
    printed = PdfReader(tmp_path / "kode.pdf").pages[0].extract_text()
    assert code.code.text() in printed and code.written.isChecked()
    code.written.setChecked(False)
    code.written.setChecked(True)
    code.close_button.click()
    assert not code.isVisible()
    settle(qtbot, app_context)
    assert [p.name for p in box.model.rows] == ["Tata Usaha"]
    assert box.table.isVisibleTo(box) and box.add.isEnabled()
    assert app_context.database.actor.role == ProfileRole.OFFICE
    window.pages["settings"].people.lock.click()
    assert window.locked


def test_reports_printed_from_the_pages_are_in_the_register_and_a_lost_stick_gives_letters(
    qtbot, window, app_context, tmp_path
):
    from datetime import date

    from pypdf import PdfReader

    from tests.ui.test_grades_page import grades_page

    stick = tmp_path / "stick"
    stick.mkdir()
    page = grades_page(qtbot, window, app_context)
    page.save_report("progress", stick / "rapor.pdf")
    settle(qtbot, app_context)
    window.pages["overview"].save_week(stick / "minggu.pdf")
    settle(qtbot, app_context)

    window.show_page("settings")
    settings = window.pages["settings"]
    settings.tabs.setCurrentWidget(settings.register)
    settle(qtbot, app_context)
    box = settings.register
    rows = box.model.rows
    assert [r.file_name for r in rows] == ["minggu.pdf", "rapor.pdf"]
    report = rows[1]
    assert report.kind == "progress_reports" and report.pupil_count == 32
    assert rows[0].pupil_count == 0  # the week's page has figures, no names

    box.search.setText("rapor")
    assert box.proxy.rowCount() == 1
    box.table.selectRow(0)
    assert box.lost.isEnabled()
    dialog = box.open_lost()
    settle(qtbot, app_context)
    assert "32" in dialog.summary.text() and "VII A" in dialog.summary.text()
    today = date.today()
    assert dialog.lost_on.text() == today.strftime("%d-%m-%Y")  # as every date (not 01/12/26)
    out = tmp_path / "surat.pdf"
    dialog.save_letters(out)
    settle(qtbot, app_context)
    reader = PdfReader(out)
    assert len(reader.pages) >= 1 + 32 // 2  # the principal's page, two letters a sheet
    assert "surat.pdf" in dialog.said.text()
    box.search.clear()
    box.refresh()
    settle(qtbot, app_context)
    assert box.model.rows[0].kind == "letters" and box.model.rows[0].pupil_count == 32


def test_the_personal_data_of_pupils_long_gone_is_deleted_from_settings(qtbot, window, app_context):
    from datetime import date

    from tomoni_desktop.core.models import Student

    with unit_of_work(app_context.database) as uow:
        gone = uow.session.scalars(select(Student).order_by(Student.id).limit(3)).all()
        for pupil in gone[:2]:
            pupil.left_on = date(2019, 6, 20)
        gone[2].left_on = date(2025, 6, 20)
        names = [p.full_name for p in gone]
    box = window.pages["settings"].retention
    assert not box.delete.isEnabled()
    box.years.setValue(5)
    box.years.editingFinished.emit()
    settle(qtbot, app_context)
    assert app_context.settings.retention_years == 5 and len(box.due) == 2
    assert box.delete.isEnabled() and "2" in box.say.text()
    question = box.confirm()
    question.buttons()[0].click()  # "Delete the personal data"
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        kept = [uow.session.get(Student, p.id).full_name for p in gone]
    assert kept == ["", "", names[2]] and box.due == []


def test_after_a_restore_nobody_acts_until_someone_signs_in_again(
    qtbot, app_context, switcher, ui_settings, runner, tmp_path
):
    from tomoni_desktop.core.unit_of_work import run_flow as flow
    from tomoni_desktop.services.school.database import back_up

    _people(app_context.database)
    window = _started(qtbot, app_context, switcher, ui_settings, runner)
    _choose(qtbot, window, "Tata Usaha", OFFICE_PIN)
    settle(qtbot, app_context)
    app_context.database.actor = window.app.database.actor
    backup = flow(app_context.database, back_up).result
    settings = window.pages["settings"]
    settings.restore_backup(backup.path)
    settle(qtbot, app_context)
    assert app_context.database.actor is None  # the restored database's own
    assert window.locked
    _choose(qtbot, window, "Bu Wali", TEACHER_PIN)
    settle(qtbot, app_context)
    assert not window.locked and app_context.database.actor.name == "Bu Wali"


def test_a_backup_to_a_stick_is_one_button_and_noted_in_the_register(
    qtbot, window, app_context, tmp_path
):
    from tomoni_desktop.core.backup import list_backups

    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    window.show_page("settings")
    settings = window.pages["settings"]
    settings.back_up_to_stick(stick)
    settle(qtbot, app_context)
    [made] = list_backups(stick)
    assert str(made.path) in settings.stick_said.text()
    settings.tabs.setCurrentWidget(settings.register)
    settle(qtbot, app_context)
    newest = settings.register.model.rows[0]
    assert (newest.kind, newest.file_name, newest.everyone) == ("backup", made.path.name, True)


def test_an_encrypted_database_asks_for_a_pin_before_it_opens(
    qtbot, app_context, switcher, ui_settings, runner
):
    from tomoni_desktop.core import cipher

    _people(app_context.database)
    path = app_context.database.path
    app_context.database.close()
    cipher.forget_all()  # as at the next start of the app
    window = MainWindow(switcher, ui_settings, runner)
    qtbot.addWidget(window)
    window.show()
    opened = []
    window.unlock_first(path, opened.append)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert {p.name for p in window.sign_in_panel.model.rows} == {"Tata Usaha", "Bu Wali"}
    _choose(qtbot, window, "Bu Wali", "111222")
    qtbot.waitUntil(lambda: "PIN" in window.sign_in_panel.problem.text(), timeout=5_000)
    assert opened == [] and cipher.key_of(path) is None
    _choose(qtbot, window, "Bu Wali", TEACHER_PIN)
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    assert opened[0].name == "Bu Wali" and cipher.key_of(path) == opened[0].vault_key
