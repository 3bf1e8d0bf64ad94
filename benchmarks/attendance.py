"""Attendance figures: the register by keyboard, the month's recap of a school, the follow-up
queue after a semester, and the principal's weekly page.

    python benchmarks/attendance.py [--pupils 900]

A demo school of P pupils (9 classes of about 32 for 900) with a register for every class on
every school day of the semester so far (about 2 % sick or excused, 0.8 % absent without a
reason, a few runs of absences and their cases, contacts for most absences).
1. The Kehadiran page offscreen, a day not taken yet: 3 exceptions marked with a click and a
   key each (the rest present). Counts the clicks and keys; each one timed until the list is
   painted with it (the write goes to the worker after). The largest of them.
2. The month's recap of every class of the school (the reads included). Median of 5.
3. The follow-up queue over every class after the semester (calls due and open case steps).
   Median of 5; and opening the cases absences call for over the school, once.
4. The principal's page of the week, read and written as a PDF. Median of 3.
Prints a table, then one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 27)  # a Friday


def school(path: Path, pupils: int):
    from sqlalchemy import insert, select

    from tomoni_desktop.core import ids
    from tomoni_desktop.core.migrate import create_database
    from tomoni_desktop.core.models import (
        AttendanceEntry,
        AttendanceMark,
        ContactEntry,
        ContactKind,
        ContactOutcome,
        Enrollment,
        RegisterDay,
        SchoolClass,
        Semester,
    )
    from tomoni_desktop.core.node import ensure_node_id
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.services.attendance.calendar import calendar_of
    from tomoni_desktop.services.attendance.follow_up import open_cases_for
    from tomoni_desktop.services.attendance.register import entry_id, register_day_id
    from tomoni_desktop.services.demo.school import build_demo_school
    from tomoni_desktop.services.school.setup import school_context

    database = create_database(path)
    with unit_of_work(database) as uow:
        ensure_node_id(uow.session, path)
        build_demo_school(uow, students=pupils, seed=5, today=TODAY, worksheets=False)
    rng = random.Random(8)
    with unit_of_work(database) as uow:
        session = uow.session
        context = school_context(uow)
        semester = session.get(Semester, context.semester_id)
        days = list(
            calendar_of(uow, context.school_id).days(semester.starts_on, TODAY - timedelta(days=1))
        )
        classes = session.scalars(
            select(SchoolClass.id).where(SchoolClass.school_year_id == context.school_year_id)
        ).all()
        members = session.execute(
            select(Enrollment.class_id, Enrollment.student_id).where(
                Enrollment.class_id.in_(classes)
            )
        ).all()
        session.execute(
            insert(RegisterDay),
            [
                dict(id=register_day_id(c, d), class_id=c, day=d, note="")
                for c in classes
                for d in days
            ],
        )
        entries, contacts = [], []
        for class_id, student_id in members:
            run = rng.random() < 0.03  # a pupil with a run of absences this semester
            start = rng.randrange(len(days) - 4) if run else -1
            for number, day in enumerate(days):
                roll = rng.random()
                mark = None
                if start <= number < start + 3:
                    mark = AttendanceMark.ABSENT
                elif roll < 0.012:
                    mark = AttendanceMark.SICK
                elif roll < 0.02:
                    mark = AttendanceMark.EXCUSED
                elif roll < 0.028:
                    mark = AttendanceMark.ABSENT
                if mark is None:
                    continue
                entries.append(
                    dict(
                        id=entry_id(student_id, day),
                        student_id=student_id,
                        class_id=class_id,
                        day=day,
                        mark=mark,
                        letter_on=day if mark is not AttendanceMark.ABSENT else None,
                        note="",
                    )
                )
                if mark is AttendanceMark.ABSENT and rng.random() < 0.9:
                    contacts.append(
                        dict(
                            id=ids.new_id(),
                            student_id=student_id,
                            kind=ContactKind.CALL,
                            contacted_on=day,
                            outcome=ContactOutcome.REACHED,
                            about="absence",
                            note="",
                        )
                    )
        session.execute(insert(AttendanceEntry), entries)
        session.execute(insert(ContactEntry), contacts)
        started = time.perf_counter()
        opened = open_cases_for(uow, [s for _c, s in members], TODAY, semester.starts_on)
        cases_s = time.perf_counter() - started
    return database, context, list(classes), len(days), len(entries), opened, cases_s


def _paint_clock():
    from PySide6.QtCore import QEvent, QObject

    class PaintClock(QObject):
        """When the list was last painted: an action "shows" when its paint is done."""

        last: float | None = None

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.last = time.perf_counter()
            return False

    return PaintClock


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pupils", type=int, default=900)
    options = parser.parse_args()

    from PySide6.QtCore import QDate, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tomoni_desktop.core.models import AttendanceMark
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.reports.week_page import write_week_page
    from tomoni_desktop.services.attendance.follow_up import follow_up_queue
    from tomoni_desktop.services.attendance.recap import month_recaps
    from tomoni_desktop.services.school.week import week_page
    from tomoni_desktop.ui.context import AppContext
    from tomoni_desktop.ui.operations import OperationRunner
    from tomoni_desktop.ui.pages.attendance import AttendancePage

    app = QApplication.instance() or QApplication([])
    PaintClock = _paint_clock()  # noqa: N806 - a class
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        database, context, class_ids, days, entries, cases, cases_s = school(
            Path(folder) / "sekolah.sqlite3", options.pupils
        )
        built_s = time.perf_counter() - started

        recap = []
        for _ in range(5):
            begin = time.perf_counter()
            with unit_of_work(database) as uow:
                months = month_recaps(uow, class_ids, TODAY.year, TODAY.month, TODAY)
            recap.append(time.perf_counter() - begin)
        pupils = sum(len(m.rows) for m in months)

        since = TODAY - timedelta(days=200)
        queue_times = []
        for _ in range(5):
            begin = time.perf_counter()
            with unit_of_work(database) as uow:
                queue = follow_up_queue(uow, class_ids, TODAY, since)
            queue_times.append(time.perf_counter() - begin)

        principal = []
        for attempt in range(3):
            begin = time.perf_counter()
            with unit_of_work(database) as uow:
                week = week_page(uow, context.school_year_id, TODAY, TODAY)
            week_pages = write_week_page(week, Path(folder) / f"minggu-{attempt}.pdf")
            principal.append(time.perf_counter() - begin)

        with unit_of_work(database) as uow:
            settings = load_settings(uow.session)
        runner = OperationRunner()
        page = AttendancePage(AppContext(database, settings, context, runner, "id"))
        page.resize(1240, 700)
        page.show()
        loop = QEventLoop()
        page.model.modelReset.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()  # the classes, then today's register
        page.day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        sheet = page.model.sheet
        if sheet is None or sheet.taken or not sheet.rows:
            raise SystemExit("the day's register did not open empty")
        settle_until = time.perf_counter() + 0.5  # the page as the teacher first sees it
        while time.perf_counter() < settle_until:
            app.processEvents()
        actions, action_ms = 0, []
        view = page.table
        # the pointer comes over the list first (a move, not a click)
        QTest.mouseMove(view.viewport(), view.visualRect(page.model.index(0, 0)).center())
        app.processEvents()
        painted = PaintClock()
        view.viewport().installEventFilter(painted)
        for row, key in ((3, Qt.Key.Key_S), (11, Qt.Key.Key_A), (20, Qt.Key.Key_I)):
            index = page.model.index(row, 0)
            point = view.visualRect(index).center()
            for act in (
                lambda point=point: QTest.mouseClick(
                    view.viewport(), Qt.MouseButton.LeftButton, pos=point
                ),
                lambda key=key: QTest.keyClick(view, key),
            ):
                painted.last = None
                begin = time.perf_counter()
                act()
                deadline = begin + 5
                while painted.last is None and time.perf_counter() < deadline:
                    app.processEvents()
                action_ms.append(((painted.last or deadline) - begin) * 1000)
                actions += 1
            if page.model.row_at(row).mark is None:
                raise SystemExit("a key did not mark the pupil")
        deadline = time.perf_counter() + 10
        while runner.busy and time.perf_counter() < deadline:
            app.processEvents()
        with unit_of_work(database) as uow:
            from tomoni_desktop.services.attendance.register import register_of

            stored = register_of(uow, page.class_id(), TODAY)
        marked = {
            r.mark
            for r in stored.rows
            if r.mark is not None and r.mark is not AttendanceMark.PRESENT
        }
        if not stored.taken or len(marked) != 3:
            raise SystemExit("the register was not kept as marked")
        runner.shutdown()
        page.close()
        page.deleteLater()
        app.processEvents()
        del page, loop
        database.close()

    if os.environ.get("ATTENDANCE_DEBUG"):
        print("each action (ms):", [round(ms, 1) for ms in action_ms])
    figures = {
        "register_actions": actions,
        "register_ms_max": max(action_ms),
        "recap_ms": statistics.median(recap) * 1000,
        "followup_ms": statistics.median(queue_times) * 1000,
        "principal_page_s": statistics.median(principal),
    }
    print(
        f"School of {len(class_ids)} classes, {pupils} pupils, {days} school days: "
        f"{entries:,} marks, {cases} cases opened in {cases_s * 1000:.0f} ms; built in "
        f"{built_s:.1f} s"
    )
    print(f"{'':<60} {'value':>9} {'goal':>8}")
    for label, key, goal in (
        ("clicks and keys for 3 exceptions in a class", "register_actions", 6),
        ("slowest of them to show (ms)", "register_ms_max", 20),
        ("the month's recap of every class (ms)", "recap_ms", 300),
        (
            f"the follow-up queue of the school ({len(queue.calls)} calls, "
            f"{len(queue.steps)} steps) (ms)",
            "followup_ms",
            100,
        ),
        (f"the principal's weekly page ({week_pages} page) (s)", "principal_page_s", 1.0),
    ):
        value = figures[key]
        print(f"{label:<60} {value:>9.3f} {goal:>8} {'met' if value <= goal else 'NOT'}")
    print(
        json.dumps(
            {
                "pupils": pupils,
                "classes": len(class_ids),
                "school_days": days,
                "marks": entries,
                **{key: round(value, 3) for key, value in figures.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
