"""Grade figures: the grid, typing into it, the whole school's finals, reports and the leger.

    python benchmarks/grades.py [--classes 9] [--pupils 32] [--subjects 12] [--objectives 8]

A school of C classes of P pupils, S subjects with T TPs each; every class has a summative per
TP, an STS and a SAS in every subject (10 assessments a subject with 8 TPs), every pupil a
result in each (a few marked, a few missing); the first class has 40 assessments in
mathematics, the grid that is opened.
1. Opening the grid (32 pupils x 40 assessments) on the Nilai page: from the request to the
   table filled (the read on the worker, the model on the GUI thread). Median of 5.
2. Typing a score and Enter in that grid, as key events: until the next pupil's cell is the
   current one and the typed score is shown (the write goes to the worker). Median over a
   column of P pupils.
3. Recomputing the final scores and descriptions of the whole school (C x P pupils x S
   subjects x T TPs), the reads included. Median of 3.
4. The progress reports of one class (one sheet a pupil), read and written. Median of 3.
5. The school's leger (every class), read and written. Median of 3.
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

TODAY = date(2026, 11, 27)


def school(path: Path, classes: int, pupils: int, subjects: int, objectives: int):
    from sqlalchemy import insert, select

    from tomoni_desktop.core import ids
    from tomoni_desktop.core.migrate import create_database
    from tomoni_desktop.core.models import (
        Assessment,
        AssessmentKind,
        AssessmentObjective,
        AssessmentResult,
        LearningObjective,
        ResultMark,
        SchoolClass,
        Subject,
    )
    from tomoni_desktop.core.node import ensure_node_id
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.services.demo.school import build_demo_school
    from tomoni_desktop.services.grades.book import result_id
    from tomoni_desktop.services.grades.grid import load_grids
    from tomoni_desktop.services.school.setup import school_context

    database = create_database(path)
    with unit_of_work(database) as uow:
        ensure_node_id(uow.session, path)
        build_demo_school(uow, students=classes * pupils, seed=5, today=TODAY, worksheets=False)
    rng = random.Random(4)
    with unit_of_work(database) as uow:
        session = uow.session
        context = school_context(uow)
        chosen_subjects = session.scalars(select(Subject).order_by(Subject.sort_order)).all()[
            :subjects
        ]
        all_classes = session.scalars(
            select(SchoolClass).order_by(SchoolClass.level, SchoolClass.name)
        ).all()[:classes]
        objective_rows, tp_of = [], {}
        for subject in chosen_subjects:
            for level in {c.level for c in all_classes}:
                for number in range(objectives):
                    row_id = ids.new_id()
                    tp_of[(subject.id, level, number)] = row_id
                    objective_rows.append(
                        dict(
                            id=row_id,
                            school_year_id=context.school_year_id,
                            subject_id=subject.id,
                            level=level,
                            code=f"TP {number + 1}",
                            text=f"tujuan pembelajaran {number + 1}",
                            position=number + 1,
                        )
                    )
        session.execute(insert(LearningObjective), objective_rows)
        assessment_rows, link_rows = [], []
        for school_class in all_classes:
            for subject in chosen_subjects:
                count = objectives + 2
                if school_class is all_classes[0] and subject is chosen_subjects[0]:
                    count = 40
                for number in range(count):
                    kind = (
                        AssessmentKind.STS
                        if number == objectives
                        else AssessmentKind.SAS
                        if number == objectives + 1
                        else AssessmentKind.TOPIC
                    )
                    row_id = ids.new_id()
                    assessment_rows.append(
                        dict(
                            id=row_id,
                            class_id=school_class.id,
                            subject_id=subject.id,
                            semester_id=context.semester_id,
                            kind=kind,
                            title=f"Penilaian {number + 1}",
                            held_on=TODAY - timedelta(days=90 - number),
                            position=number + 1,
                        )
                    )
                    if kind is AssessmentKind.TOPIC:
                        tp = tp_of[(subject.id, school_class.level, number % objectives)]
                        link_rows.append(
                            dict(id=ids.new_id(), assessment_id=row_id, objective_id=tp)
                        )
        session.execute(insert(Assessment), assessment_rows)
        session.execute(insert(AssessmentObjective), link_rows)
        grids = load_grids(
            uow,
            [c.id for c in all_classes],
            [s.id for s in chosen_subjects],
            context.semester_id,
            TODAY,
        )
        result_rows = []
        for grid in grids.values():
            for column in grid.columns:
                for pupil in grid.pupils:
                    roll = rng.random()
                    if roll < 0.02:
                        continue
                    mark = ResultMark.EXCUSED if roll < 0.03 else None
                    result_rows.append(
                        dict(
                            id=result_id(column.assessment_id, pupil.student_id),
                            assessment_id=column.assessment_id,
                            student_id=pupil.student_id,
                            score=None if mark else rng.randint(45, 100),
                            mark=mark,
                            note="",
                        )
                    )
        session.execute(insert(AssessmentResult), result_rows)
    return (
        database,
        context,
        [c.id for c in all_classes],
        [s.id for s in chosen_subjects],
        len(result_rows),
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--classes", type=int, default=9)
    parser.add_argument("--pupils", type=int, default=32)
    parser.add_argument("--subjects", type=int, default=12)
    parser.add_argument("--objectives", type=int, default=8)
    options = parser.parse_args()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.reports.leger import write_leger
    from tomoni_desktop.reports.progress_report import write_progress_reports
    from tomoni_desktop.services.grades.grid import load_grids
    from tomoni_desktop.services.grades.reports import class_reports
    from tomoni_desktop.ui.context import AppContext
    from tomoni_desktop.ui.operations import OperationRunner
    from tomoni_desktop.ui.pages.grades import GradesPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        database, context, class_ids, subject_ids, results = school(
            Path(folder) / "sekolah.sqlite3",
            options.classes,
            options.pupils,
            options.subjects,
            options.objectives,
        )
        built_s = time.perf_counter() - started

        recompute = []
        for _ in range(3):
            begin = time.perf_counter()
            with unit_of_work(database) as uow:
                grids = load_grids(uow, class_ids, subject_ids, context.semester_id, TODAY)
            recompute.append(time.perf_counter() - begin)
        finals = sum(len(grid.finals) for grid in grids.values())
        described = sum(1 for g in grids.values() for f in g.finals.values() if f.description)

        progress, leger = [], []
        for attempt in range(3):
            begin = time.perf_counter()
            with unit_of_work(database) as uow:
                [report] = class_reports(uow, class_ids[:1], context.semester_id, TODAY)
            pages = write_progress_reports(report, Path(folder) / f"rapor-{attempt}.pdf")
            progress.append(time.perf_counter() - begin)
            begin = time.perf_counter()
            with unit_of_work(database) as uow:
                reports = class_reports(uow, class_ids, context.semester_id, TODAY)
            leger_pages = write_leger(reports, Path(folder) / f"leger-{attempt}.pdf")
            leger.append(time.perf_counter() - begin)

        with unit_of_work(database) as uow:
            settings = load_settings(uow.session)
        runner = OperationRunner()
        page = GradesPage(AppContext(database, settings, context, runner, "id"))
        page.resize(1240, 700)
        page.show()
        loop = QEventLoop()
        page.model.modelReset.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()  # the first load (the choices, then the teacher's own subject's grid)
        page.subject_choice.setCurrentIndex(page.subject_choice.findData(str(subject_ids[0])))
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()  # the grid of 40 assessments
        if page.model.grid is None or len(page.model.grid.columns) < 40:
            raise SystemExit("the grid of 40 assessments did not open")
        opened = []
        for _ in range(5):
            begin = time.perf_counter()
            page.refresh()
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
            opened.append(time.perf_counter() - begin)
        grid_shape = (len(page.model.grid.pupils), len(page.model.grid.columns))
        page.table.setCurrentIndex(page.model.index(0, 1))
        page.table.setFocus()
        app.processEvents()
        entered = []
        profile = None
        if os.environ.get("GRADES_PROFILE"):  # where an Enter's time goes
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        for row in range(grid_shape[0] - 1):
            begin = time.perf_counter()
            for key in str(60 + row % 40):
                QTest.keyClick(QApplication.focusWidget(), key)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            deadline = time.perf_counter() + 10
            while page.table.currentIndex().row() != row + 1 and time.perf_counter() < deadline:
                app.processEvents()
            entered.append(time.perf_counter() - begin)
        if profile is not None:
            import pstats

            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(18)
        runner.shutdown()
        page.close()
        page.deleteLater()
        app.processEvents()
        del page, loop
        database.close()

    figures = {
        "grid_open_ms": statistics.median(opened) * 1000,
        "enter_ms_median": statistics.median(entered) * 1000,
        "recompute_ms": statistics.median(recompute) * 1000,
        "progress_class_s": statistics.median(progress),
        "leger_school_s": statistics.median(leger),
    }
    print(
        f"School of {options.classes} classes x {options.pupils} pupils, {options.subjects} "
        f"subjects x {options.objectives} TPs: {results:,} results, built in {built_s:.1f} s"
    )
    print(f"{'':<52} {'median':>9} {'goal':>8}")
    for label, key, goal, unit in (
        (f"grid {grid_shape[0]} x {grid_shape[1]} opened", "grid_open_ms", 150, "ms"),
        ("score typed, Enter, next cell", "enter_ms_median", 20, "ms"),
        (f"whole school's finals ({finals:,}) and descriptions", "recompute_ms", 300, "ms"),
        (f"progress reports of a class ({pages} pages)", "progress_class_s", 1.5, "s"),
        (f"the school's leger ({leger_pages} pages)", "leger_school_s", 1.0, "s"),
    ):
        value = figures[key]
        print(
            f"{label + ' (' + unit + ')':<52} {value:>9.3f} {goal:>8} {'met' if value <= goal else 'NOT'}"
        )
    print(f"descriptions written: {described:,} of {finals:,} finals")
    print(
        json.dumps(
            {
                "classes": options.classes,
                "pupils": options.pupils,
                "subjects": options.subjects,
                "objectives": options.objectives,
                "results": results,
                **{key: round(value, 3) for key, value in figures.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
