"""A homeroom teacher's term, walked through the real app by its own widgets, counting every
click and keystroke (issue 16 §3).

    python benchmarks/loop.py [--shots FOLDER] [--students 300]

The main window (1366×768; Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise)
opens on a school written by `tomoni demo`, and the script does what the teacher does, with
Qt's test events on the real widgets: the class's Dapodik file imported → a worksheet handed
out → its packet printed → the visiting round planned and its route sheet printed → 20 copies
recorded by their codes, each with its score → a week of attendance with three absences →
a WhatsApp message opened for an absent pupil's parent → the progress reports printed → a
sync bundle written to a stick.

Counted: each click and each key that is not data (Enter after a typed code or score is part
of typing it, as a scanner sends it). Not counted: the codes, scores and dates themselves.
Windows of the operating system (choosing a file, the printer) are not Qt's: each counts as
what a person does in them (a file: pick it, Open — 2; the printer: Print — 1), and the
script does what they would return. A screenshot of each step goes to --shots.
Goal: ≤ 60. Prints a table, then one line of JSON (loop_actions, and the steps).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from field import write_school  # a sibling script: `tomoni demo` into a new file

GOAL = 60
SCORES = [72, 85, 64, 90, 58, 77, 81, 69, 93, 75, 66, 88, 70, 79, 84, 61, 95, 73, 68, 80]


class Walk:
    """The app, and the hands on it: every action counted against the step it belongs to."""

    def __init__(self, path: Path, shots: Path | None, folder: Path) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        self.qt = QApplication.instance() or QApplication(sys.argv[:1])
        from tomoni_desktop.services.school.database import open_school
        from tomoni_desktop.ui.context import AppContext
        from tomoni_desktop.ui.main_window import MainWindow
        from tomoni_desktop.ui.operations import OperationRunner
        from tomoni_desktop.ui.translation import LanguageSwitcher

        self.switcher = LanguageSwitcher()
        self.switcher.apply("id")
        self.runner = OperationRunner()
        settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.switcher, settings, self.runner)
        self.window.resize(1366, 768)
        self.window.show()
        started = open_school(path)
        self.context = AppContext(
            started.opened.database, started.opened.settings, started.school, self.runner, "id"
        )
        self.window.begin(self.context)
        self.settle()
        self.shots, self.folder = shots, folder
        self.steps: dict[str, int] = {}
        self.step = ""

    # hands ---------------------------------------------------------------------------------
    def settle(self, at_least: float = 0.0) -> None:
        begun, quiet = time.monotonic(), 0
        while quiet < 3 or time.monotonic() - begun < at_least:
            self.qt.processEvents()
            quiet = quiet + 1 if not self.runner.busy else 0
            if self.runner.busy:
                time.sleep(0.001)

    def count(self, actions: int = 1) -> None:
        self.steps[self.step] = self.steps.get(self.step, 0) + actions

    def begin(self, step: str) -> None:
        self.step = step
        self.steps[step] = 0

    def click(self, widget) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert widget.isEnabled() and widget.isVisible(), (
            f"{self.step}: {widget.text()!r} is not there"
        )
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count()
        self.settle()

    def click_row(self, view, row: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        index = view.model().index(row, 0)
        view.scrollTo(index)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )
        self.count()
        self.settle()

    def key(self, widget, key) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key)
        self.count()
        self.settle()

    def type(self, widget, text: str, enter: bool = True) -> None:
        """Data: the characters and the Enter that ends them, not counted."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClicks(widget, text)
        if enter:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        self.settle()

    def system_window(self, actions: int) -> None:
        """A window of the operating system (a file to choose, the printer)."""
        self.count(actions)

    def newest(self, kind):
        from PySide6.QtWidgets import QApplication

        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        found += [w for w in self.window.findChildren(kind) if w.isVisible() and w not in found]
        assert found, f"{self.step}: no {kind.__name__} is open"
        return found[-1]

    def answer_yes(self) -> None:
        """A question the app asked (a QMessageBox), answered with its first button."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        for box in [*QApplication.topLevelWidgets(), *self.window.findChildren(QMessageBox)]:
            if isinstance(box, QMessageBox) and box.isVisible():
                self.click(box.buttons()[0])
                return

    def shot(self, name: str, widget=None) -> None:
        if self.shots is None:
            return
        self.settle()
        (widget or self.window).grab().save(str(self.shots / f"{len(self.steps):02d}-{name}.png"))

    def page(self, key: str):
        self.click(self.window.nav_buttons[key])
        return self.window.pages[key]


def dapodik_file(walk: Walk, out: Path) -> Path:
    """The class's Dapodik list as the operator exports it, with three pupils new this term."""
    import dataclasses

    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.io.dapodik_sample import write_dapodik_workbook
    from tomoni_desktop.services.roster.files import dapodik_pupils

    school = walk.context.school
    with unit_of_work(walk.context.database) as uow:
        pupils = [
            p
            for p in dapodik_pupils(uow, school.school_year_id)
            if p.class_name.removeprefix("Kelas ") == school.my_class_name
        ]
    new = [
        dataclasses.replace(pupils[n], name=name, nisn=f"01399{n:05d}", nipd=f"2627.9{n:02d}")
        for n, name in enumerate(("Rahmat Hidayat", "Nur Aisyah", "Yohanes Tandi"))
    ]
    return write_dapodik_workbook(out, pupils + new)


def codes_to_return(walk: Walk, count: int) -> list[str]:
    from sqlalchemy import select

    from tomoni_desktop.core.models import Channel, CopyReturn, Enrollment, WorksheetCopy
    from tomoni_desktop.core.unit_of_work import unit_of_work

    school = walk.context.school
    with unit_of_work(walk.context.database) as uow:
        returned = select(CopyReturn.copy_id)
        return list(
            uow.session.scalars(
                select(WorksheetCopy.pickup_code)
                .join(Enrollment, Enrollment.student_id == WorksheetCopy.student_id)
                .where(
                    Enrollment.class_id == school.my_class_id,
                    WorksheetCopy.channel == Channel.PAPER,
                    WorksheetCopy.id.not_in(returned),
                )
                .order_by(WorksheetCopy.pickup_code)
                .limit(count)
            )
        )


def whatsapp_rows(walk: Walk, attendance) -> list[int]:
    """Rows of the register whose pupil's primary parent has a WhatsApp number."""
    from sqlalchemy import select

    from tomoni_desktop.core.models import Guardian
    from tomoni_desktop.core.unit_of_work import unit_of_work

    with unit_of_work(walk.context.database) as uow:
        reachable = set(
            uow.session.scalars(
                select(Guardian.student_id).where(
                    Guardian.is_primary, Guardian.whatsapp.is_not(None)
                )
            )
        )
    rows = attendance.model.sheet.rows
    return [n for n, row in enumerate(rows) if row.student_id in reachable]


def walk_a_term(walk: Walk) -> None:
    from PySide6.QtCore import Qt

    from tomoni_desktop.ui.attendance.whatsapp_dialog import WhatsAppDialog
    from tomoni_desktop.ui.pickups.round_dialogs import RoundDialog
    from tomoni_desktop.ui.roster.import_dialog import ImportDialog
    from tomoni_desktop.ui.worksheets.handout_dialog import HandOutDialog
    from tomoni_desktop.ui.worksheets.packet_dialog import PacketDialog

    folder = walk.folder
    walk.begin("class from a Dapodik file")
    students = walk.page("students")
    walk.click(students.import_button)
    dialog = walk.newest(ImportDialog)
    walk.system_window(2)
    dialog.preview(dapodik_file(walk, folder / "dapodik-VII-A.xlsx"))
    walk.settle()
    walk.shot("import", dialog)
    walk.click(dialog.start)

    walk.begin("hand out a worksheet")
    worksheets = walk.page("worksheets")
    row = next(
        n
        for n in range(worksheets.proxy.rowCount())
        if worksheets.proxy.index(n, 0).data().startswith("Pecahan")
    )
    walk.click_row(worksheets.table, row)
    walk.click(worksheets.buttons["hand_out"])
    hand_out = walk.newest(HandOutDialog)
    walk.shot("hand-out", hand_out)
    walk.click(hand_out.start)
    walk.answer_yes()  # the class has an earlier copy out: the app asks first

    walk.begin("print the packet")
    packet = walk.newest(PacketDialog)  # opens by itself for the pupils on paper
    walk.click(packet.make)
    walk.settle(0.2)
    walk.shot("packet", packet)
    walk.count()  # Cetak…
    walk.system_window(1)  # the printer's Print
    packet.save_to(folder / "paket-dicetak.pdf")
    walk.settle()
    walk.click(packet.close_button)

    walk.begin("plan the round, print its route sheet")
    pickups = walk.page("pickups")
    walk.click(pickups.plan_round)
    plan = walk.newest(RoundDialog)
    walk.settle(0.2)
    walk.shot("round", plan)
    walk.count()  # Simpan dan simpan lembar rute…
    walk.system_window(2)
    plan.save_to(folder / "rute.pdf")
    walk.settle()

    walk.begin("20 returns by code, each with its score")
    walk.click(pickups.score_next)
    walk.click(pickups.code)
    codes = codes_to_return(walk, 20)
    assert len(codes) == 20, f"only {len(codes)} copies to bring back"
    for code, score in zip(codes, SCORES, strict=True):
        walk.type(pickups.code, code)
        pickups.score.lineEdit().selectAll()
        walk.type(pickups.score, str(score))
    walk.shot("returns")

    walk.begin("a week of attendance, three absent")
    attendance = walk.page("attendance")
    monday = date.today() - timedelta(days=date.today().weekday() + 7)
    walk.click(attendance.day)  # the date: typed
    attendance.day.setDate(monday)
    walk.settle()
    # Who is absent is the week's data: pupils whose parents have WhatsApp (one is written
    # to); an absence planned on a day off (a holiday) waits for the next school day.
    on_whatsapp = whatsapp_rows(walk, attendance)
    planned = [
        (0, on_whatsapp[0], Qt.Key.Key_A),
        (2, on_whatsapp[1], Qt.Key.Key_S),
        (4, on_whatsapp[2], Qt.Key.Key_A),
    ]
    attendance_absent = []
    for weekday in range(5):
        school_day = attendance.table.isEnabled()
        while school_day and planned and planned[0][0] <= weekday:
            _day, row, mark = planned.pop(0)
            walk.click_row(attendance.table, row)
            walk.key(attendance.table, mark)
            if mark == Qt.Key.Key_A:
                attendance_absent.append(attendance.model.sheet.rows[row].student_id)
        if attendance.all_present.isEnabled():  # a day not taken yet: the rest are present
            walk.click(attendance.all_present)
        elif school_day:
            walk.count()  # the demo had taken this day: counted as on a day not taken yet
        if weekday < 4:
            walk.click(attendance.next_day)
    walk.shot("attendance")

    walk.begin("WhatsApp to an absent pupil's parent")
    walk.click(attendance.tabs.tabBar())  # Tindak lanjut
    attendance.tabs.setCurrentIndex(2)
    walk.settle()
    follow_up = attendance.follow_up
    # The call for the absent pupil of this week whose parent has WhatsApp.
    absent = attendance_absent[-1]  # Friday's: the newest call
    view = follow_up.calls_view
    row = next(
        n
        for n in range(view.model().rowCount())
        if follow_up.calls.rows[view.model().mapToSource(view.model().index(n, 0)).row()].student_id
        == absent
    )
    walk.click_row(view, row)
    walk.click(follow_up.whatsapp)
    message = walk.newest(WhatsAppDialog)
    walk.shot("whatsapp", message)
    opened: list = []
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl = opened.append  # the browser is not the app's: the link is kept
    if message.open_button.isEnabled():
        walk.click(message.open_button)
    else:  # the parent's agreement to WhatsApp, signed on paper, recorded first
        for agreed in (message.agree_whatsapp, message.on_paper):
            if not agreed.isChecked():
                walk.click(agreed)
        walk.click(message.save_consent)
        walk.click(message.open_button)

    walk.begin("print the progress reports")
    grades = walk.page("grades")
    assert grades.paper_menu.isEnabled() and grades.print_reports.isEnabled()
    walk.count(2)  # Kertas ▾, then Laporan perkembangan… (a menu runs its own event loop)
    walk.system_window(2)
    grades.save_report("progress", folder / "laporan-perkembangan.pdf")
    walk.settle(0.2)
    walk.shot("reports")

    walk.begin("a bundle for the office")
    sync_page = walk.page("sync")
    stick = folder / "FLASHDISK"
    stick.mkdir()
    walk.count(2)  # the stick in the list of drives: open it, pick the stick
    sync_page.use_folder(stick)
    walk.click(sync_page.export_button)
    walk.settle(0.2)
    walk.shot("bundle")
    assert list(stick.glob("*.tomoni")), "no bundle was written"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shots", type=Path, help="a screenshot of each step here")
    parser.add_argument("--students", type=int, default=300)
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if options.shots:
        options.shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["TOMONI_DATA_DIR"] = str(folder / "data")
        os.environ["TOMONI_NO_DIALOGS"] = "1"
        school = folder / "sekolah.sqlite3"
        write_school(school, options.students, dict(os.environ))
        # The office's computer, where the school's sync begins (not part of the walk).
        secret = folder / "frasa.txt"
        secret.write_text("kata sandi sekolah kami\n", encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "tomoni_desktop", "sync", "init-school", "--db", str(school)]
            + ["--passphrase-file", str(secret)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        walk = Walk(school, options.shots, folder)
        begun = time.perf_counter()
        walk_a_term(walk)
        seconds = time.perf_counter() - begun
        walk.runner.shutdown()
        walk.context.database.close()
    total = sum(walk.steps.values())
    print(f"A term's loop through the app ({seconds:.0f} s of driving)")
    print(f"{'step':<46} {'clicks and keys':>16}")
    for step, actions in walk.steps.items():
        print(f"{step:<46} {actions:>16}")
    print(f"{'the whole loop':<46} {total:>16}   (goal ≤ {GOAL})")
    print(json.dumps({"loop_actions": total, "goal": GOAL, "steps": walk.steps}))


if __name__ == "__main__":
    main()
