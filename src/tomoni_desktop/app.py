"""`tomoni-desktop`: open the school database and show the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("tomoni_desktop.app")
NO_DIALOGS_ENV = "TOMONI_NO_DIALOGS"  # tests: report start-up errors on stderr only
STARTUP_PROBE_ENV = "TOMONI_STARTUP_PROBE"  # benchmarks: say "shown" and quit


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    from tomoni_desktop import __version__

    parser = argparse.ArgumentParser(prog="tomoni-desktop", description="Tomoni Desktop")
    parser.add_argument("--db", type=Path, help="the database file (default: in the data folder)")
    parser.add_argument("--demo", action="store_true", help="open the demo school")
    parser.add_argument("--lang", choices=("id", "en"), help="interface language")
    parser.add_argument("--version", action="version", version=f"tomoni-desktop {__version__}")
    return parser.parse_args(argv)


def _report_startup_error(message: str) -> None:
    print(message, file=sys.stderr)
    if os.environ.get(NO_DIALOGS_ENV):
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "Tomoni Desktop", message)
    box.exec()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from tomoni_desktop.core.errors import TomoniError
    from tomoni_desktop.core.i18n import resolve_language
    from tomoni_desktop.core.lifecycle import open_for_use
    from tomoni_desktop.core.logs import configure_logging
    from tomoni_desktop.core.paths import data_dir, default_database_path, demo_database_path
    from tomoni_desktop.services.school import school_context
    from tomoni_desktop.ui.context import AppContext
    from tomoni_desktop.ui.errors import error_text
    from tomoni_desktop.ui.main_window import MainWindow
    from tomoni_desktop.ui.operations import OperationRunner
    from tomoni_desktop.ui.setup_dialog import SetupDialog
    from tomoni_desktop.ui.translation import LanguageSwitcher

    configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Tomoni Desktop")
    app.setOrganizationName("Tomoni")
    switcher = LanguageSwitcher()
    switcher.apply(resolve_language(args.lang))

    path = demo_database_path() if args.demo else (args.db or default_database_path())
    try:
        opened = open_for_use(path, create=True)
        with opened.database.session() as session:
            school = school_context(session)
            if school is None and args.demo:
                from tomoni_desktop.services.demo import build_demo_school

                build_demo_school(session)
                school = school_context(session)
    except TomoniError as error:
        log.info("start-up refused: %s", error.english(), exc_info=True)
        _report_startup_error(error_text(error))
        return 1
    except Exception as error:
        log.exception("start-up failed for %s", path)
        _report_startup_error(error_text(error))
        return 1

    language = args.lang or opened.settings.language
    if language != switcher.language:
        switcher.apply(language)
    runner = OperationRunner()
    try:
        if school is None:
            dialog = SetupDialog(runner, opened.database)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_context is None:
                return 0
            school = dialog.result_context
        context = AppContext(opened.database, opened.settings, school, runner, language)
        ui_settings = QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, switcher, ui_settings)
        window.show()
        if os.environ.get(STARTUP_PROBE_ENV):
            QTimer.singleShot(0, lambda: (print("shown", flush=True), QCoreApplication.quit()))
        else:
            QTimer.singleShot(0, window.start_daily_backup)
        return app.exec()
    finally:
        runner.shutdown()
        opened.database.close()


if __name__ == "__main__":
    raise SystemExit(main())
