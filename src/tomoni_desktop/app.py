"""`tomoni-desktop`: show the window at once, then open the school database behind it."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tomoni_desktop.services.school.database import DamagedSchool, OpenSchool
    from tomoni_desktop.services.school.setup import SchoolContext

log = logging.getLogger("tomoni_desktop.app")
NO_DIALOGS_ENV = "TOMONI_NO_DIALOGS"  # tests: report start-up errors on stderr only
# Benchmarks: print "shown" and "ready" (each with the peak memory so far), then quit. Set to
# "camera", it also prints "camera" and why the camera cannot be used ("-" when it can): the
# frozen build's smoke test (benchmarks/build.py).
STARTUP_PROBE_ENV = "TOMONI_STARTUP_PROBE"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    from tomoni_desktop import __version__

    parser = argparse.ArgumentParser(prog="tomoni-desktop", description="Tomoni Desktop")
    parser.add_argument("--db", type=Path, help="the database file (default: in the data folder)")
    parser.add_argument("--demo", action="store_true", help="open the demo school")
    parser.add_argument("--lang", choices=("id", "en"), help="interface language")
    parser.add_argument("--version", action="version", version=f"tomoni-desktop {__version__}")
    return parser.parse_args(argv)


def peak_memory_kib() -> int:
    """The process's peak resident memory so far (Linux), for the start-up benchmark."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _probe(stage: str) -> None:
    if os.environ.get(STARTUP_PROBE_ENV):
        print(stage, peak_memory_kib(), flush=True)


def _qt_message_to_log(mode, context, message: str) -> None:
    # Qt's own warnings belong in the log file; stderr is kept for the one line a person reads.
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s (%s)", message, context.category)


def unable_to_show(language: str | None) -> bool:
    """Say on stderr why no window can open (no screen, missing system libraries), before Qt
    would abort the process with nothing but "Aborted"."""
    from tomoni_desktop.ui.display_check import CONTEXT, display_problem

    problem = display_problem(os.environ)  # before Qt is imported: that may be what fails
    if problem is None:
        return False
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        return False  # a running Qt (the tests, a benchmark) has a platform already
    from tomoni_desktop.core.i18n import resolve_language, translator

    message, params = problem
    print(
        translator(resolve_language(language))(CONTEXT, message).format(**params), file=sys.stderr
    )
    return True


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app: a PDF is drawn in a child process
    args = parse_args(argv)
    if unable_to_show(args.lang):
        return 2
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from tomoni_desktop.core.errors import TomoniError
    from tomoni_desktop.core.files import keep_private
    from tomoni_desktop.core.i18n import LANGUAGES, resolve_language
    from tomoni_desktop.core.logs import configure_logging
    from tomoni_desktop.core.paths import data_dir, default_database_path, demo_database_path
    from tomoni_desktop.ui.errors import error_text, show_error
    from tomoni_desktop.ui.main_window import MainWindow
    from tomoni_desktop.ui.operations import OperationRunner
    from tomoni_desktop.ui.startup import is_locked, open_database
    from tomoni_desktop.ui.translation import LanguageSwitcher

    keep_private()  # the database, backups, log, packets: the teacher's only
    configure_logging()
    qInstallMessageHandler(_qt_message_to_log)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from tomoni_desktop.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(app)  # noqa: F841 - lives as long as the app
    app.setApplicationName("Tomoni Desktop")
    app.setOrganizationName("Tomoni")
    ui_settings = QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)
    saved_language = ui_settings.value("language", "")
    language = resolve_language(
        args.lang or (saved_language if saved_language in LANGUAGES else None)
    )
    switcher = LanguageSwitcher()
    switcher.apply(language)
    path = demo_database_path() if args.demo else (args.db or default_database_path())
    from tomoni_desktop.core.instance import hold_for_app

    state: dict[str, Any] = {"path": path, "demo": args.demo}
    try:
        state["instance"] = hold_for_app(path)  # held until this process ends
    except TomoniError as error:
        message = error_text(error)
        print(message, file=sys.stderr)
        if not os.environ.get(NO_DIALOGS_ENV):
            QMessageBox.warning(None, "Tomoni Desktop", message)
        return 1
    runner = OperationRunner()
    window = MainWindow(switcher, ui_settings, runner)

    def fail(error: BaseException) -> None:
        if isinstance(error, TomoniError):
            log.info("start-up refused: %s", error.log_text())
        else:
            log.error("start-up failed for %s", state["path"], exc_info=error)
        message = error_text(error)
        print(message, file=sys.stderr)
        if not os.environ.get(NO_DIALOGS_ENV):
            QMessageBox.critical(window, "Tomoni Desktop", message)
        QCoreApplication.exit(1)

    def opened(started: OpenSchool | DamagedSchool) -> None:
        from tomoni_desktop.services.school.database import DamagedSchool
        from tomoni_desktop.ui.context import AppContext

        if isinstance(started, DamagedSchool):
            mend(started)
            return
        state["database"] = started.opened.database
        school = started.school
        if school is None:
            school = first_run(started)
            if school is None:
                return
        context = AppContext(
            started.opened.database, started.opened.settings, school, runner, language
        )
        window.begin(context)
        if started.opened.upgrade.resumed:
            resumed = QMessageBox(window)
            resumed.setIcon(QMessageBox.Icon.Information)
            resumed.setWindowTitle("Tomoni Desktop")
            resumed.setText(
                QCoreApplication.translate(
                    "startup",
                    "The last update of the database was interrupted (the laptop was "
                    "switched off, or the app stopped). It has now been completed; nothing "
                    "was lost.",
                )
            )
            resumed.open()
        if os.environ.get(STARTUP_PROBE_ENV):

            def ready(_none: None) -> None:
                _probe("ready")
                if os.environ[STARTUP_PROBE_ENV] == "camera":
                    from tomoni_desktop.ui.pickups.camera_support import camera_support

                    print("camera", camera_support()[0] or "-", flush=True)
                QCoreApplication.quit()

            runner.run(lambda _ctx: None, ready)
        else:
            window.start_daily_backup()

    def first_run(started: OpenSchool) -> SchoolContext | None:
        """No school yet: the demo, my own school, or joining one; None when the start goes
        elsewhere (the demo opens instead) or the teacher closed the window."""
        from tomoni_desktop.ui.school.setup_dialog import SetupDialog
        from tomoni_desktop.ui.school.welcome_dialog import FirstRun, WelcomeDialog
        from tomoni_desktop.ui.sync.sync_dialogs import JoinSchoolDialog

        database = started.opened.database
        if os.environ.get(STARTUP_PROBE_ENV):  # what is ready is the choice
            _probe("welcome")
            QCoreApplication.exit(0)
            return None
        welcome = WelcomeDialog(window)
        if welcome.exec() != QDialog.DialogCode.Accepted or welcome.choice is None:
            QCoreApplication.exit(0)
            return None
        if welcome.choice is FirstRun.DEMO:
            database.close()
            state.pop("database", None)
            open_demo_instead()
            return None
        dialog: SetupDialog | JoinSchoolDialog = (
            JoinSchoolDialog(runner, database, window)
            if welcome.choice is FirstRun.JOIN
            else SetupDialog(runner, database, window)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_context is None:
            return first_run(started)  # back to the three choices
        return dialog.result_context

    def open_demo_instead() -> None:
        state["instance"].release()
        state["path"] = demo_database_path()
        try:
            state["instance"] = hold_for_app(state["path"])
        except TomoniError as error:
            fail(error)
            return
        state["demo"] = True
        start()

    def mend(damaged: DamagedSchool) -> None:
        """The database is damaged: the teacher chooses a backup, a salvage or to stop."""
        from tomoni_desktop.ui.school.damaged_dialog import Choice, DamagedDialog
        from tomoni_desktop.ui.startup import mend_database

        if os.environ.get(STARTUP_PROBE_ENV):  # what is ready is the choice
            _probe("damaged")
            QCoreApplication.exit(1)
            return
        dialog = DamagedDialog(damaged, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is Choice.QUIT:
            QCoreApplication.exit(1)
            return
        passphrase = None
        newest = damaged.newest_backup
        if dialog.choice is Choice.RESTORE and newest is not None and newest.encrypted:
            from PySide6.QtWidgets import QInputDialog, QLineEdit

            passphrase, ok = QInputDialog.getText(
                window,
                QCoreApplication.translate("damaged", "Restore backup"),
                QCoreApplication.translate(
                    "damaged", "This backup is encrypted. The backup passphrase:"
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                mend(damaged)
                return
        runner.run(
            mend_database(
                state["path"], damaged, dialog.choice.value, passphrase, state.get("actor")
            ),
            mended,
            lambda error: mend_failed(error, damaged),
            label=QCoreApplication.translate("damaged", "Mending the school database…"),
            parent=window,
        )

    def mend_failed(error: BaseException, damaged: DamagedSchool) -> None:
        show_error(window, error)
        mend(damaged)  # the choice again: a wrong passphrase, a backup that failed too

    def mended(started: OpenSchool) -> None:
        if started.set_aside is not None:
            QMessageBox.information(
                window,
                "Tomoni Desktop",
                QCoreApplication.translate(
                    "damaged", "The damaged file was kept as {path}."
                ).format(path=started.set_aside),
            )
        opened(started)

    def start(actor=None) -> None:
        _probe("shown")
        state["actor"] = actor
        path = state["path"]
        if actor is None and is_locked(path):  # encrypted: whose PIN opens it, first
            if os.environ.get(STARTUP_PROBE_ENV):  # the sign-in screen is what is ready

                def ready_to_sign_in() -> None:
                    _probe("ready")
                    QCoreApplication.quit()

                window.door_shown.connect(ready_to_sign_in)
            window.unlock_first(path, start)
            return
        runner.run(
            open_database(path, state["demo"], actor),
            opened,
            fail,
            label=QCoreApplication.translate("startup", "Opening the school database…"),
            parent=window,
        )

    window.show()
    QTimer.singleShot(0, start)  # the first paint comes before any database work
    try:
        return app.exec()
    finally:
        runner.shutdown()
        database = state.get("database")
        if database is not None:
            database.close()


if __name__ == "__main__":
    raise SystemExit(main())
