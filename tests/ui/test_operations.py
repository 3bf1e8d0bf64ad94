"""Background operations: off the GUI thread, results back on it, errors and cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import OperationCancelled, ValidationError
from tomoni_desktop.ui.errors import show_error


def test_work_runs_on_the_worker_and_the_result_comes_back_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(_ctx):
        seen["work"] = threading.current_thread()
        return 41 + 1

    def done(value):
        seen["done"] = threading.current_thread()
        seen["value"] = value

    runner.run(work, done)
    assert runner.busy
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["work"] is not threading.main_thread()
    assert seen["done"] is threading.main_thread()
    assert not runner.busy


def test_operations_run_one_after_another_in_order(qtbot, runner):
    order = []
    for number in range(5):
        runner.run(lambda _ctx, n=number: order.append(n))
    qtbot.waitUntil(lambda: not runner.busy)
    assert order == [0, 1, 2, 3, 4]


def test_failure_reaches_the_failure_callback(qtbot, runner):
    errors = []

    def work(_ctx):
        raise ValidationError("Enter the school's name.", field="school_name")

    runner.run(work, lambda _v: pytest.fail("no success expected"), errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError) and errors[0].field == "school_name"


def test_cancel_stops_long_work_at_its_next_progress_report(qtbot, runner):
    started = threading.Event()
    release = threading.Event()
    outcome = []

    def long_work(ctx):
        started.set()
        release.wait(5)
        for step in range(1000):
            ctx.progress(step, 1000)
        return "finished"

    operation = runner.run(
        long_work, outcome.append, outcome.append, label="Mengerjakan…", cancellable=True
    )
    assert started.wait(5)
    operation.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], OperationCancelled)


def test_progress_dialog_appears_for_slow_work_and_goes_away(qtbot, runner):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    operation = runner.run(lambda _ctx: release.wait(5), label="Mencadangkan…", parent=parent)
    qtbot.waitUntil(
        lambda: operation.dialog is not None and operation.dialog.isVisible(), timeout=3000
    )
    assert operation.dialog.labelText() == "Mencadangkan…"
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert operation.dialog is None


def test_error_dialog_speaks_indonesian(qtbot, switcher):
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, ValidationError("Enter the school's name.", field="school_name"))
    box = parent.findChild(QMessageBox)
    assert box.text() == "Isi nama sekolah."
    assert [b.text() for b in box.buttons()] == ["OK"]


def test_unexpected_errors_point_to_the_log(qtbot, switcher, data_dir):
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, KeyError("internal"))
    box = parent.findChild(QMessageBox)
    assert box.text().startswith("Terjadi kesalahan tak terduga")
    assert "tomoni.log" in box.text()


def test_results_for_a_closed_window_are_dropped_but_changes_announced(qtbot, app_context):
    import shiboken6

    release = threading.Event()
    called, announced = [], []
    app_context.changed.connect(announced.append)
    dialog = QWidget()

    def work(uow, _ctx):
        release.wait(5)
        uow.changed(Area.STUDENTS)  # the use case says what it changed

    app_context.run(work, called.append, parent=dialog)
    shiboken6.delete(dialog)  # the teacher closed the window while the work ran
    release.set()
    qtbot.waitUntil(lambda: not app_context.runner.busy)
    qtbot.waitUntil(lambda: bool(announced))
    assert called == [] and announced == [frozenset({Area.STUDENTS})]


def test_the_school_context_is_read_again_when_a_use_case_changed_it(qtbot, app_context):
    """A use case that changes the teacher's class (or the school) is followed by a fresh
    school context before any page redraws from it."""
    import uuid

    from tomoni_desktop.services.roster.editing import classes_of_year
    from tomoni_desktop.services.school.settings import laptop_settings
    from tomoni_desktop.services.school.setup import use_as_mine

    school = app_context.school
    assert school.my_class_name == "VII A"
    seen_when_announced = []
    app_context.changed.connect(lambda _areas: seen_when_announced.append(app_context.school))

    def choose_another_class(uow, _ctx):
        other = next(
            cid for cid, name in classes_of_year(uow, school.school_year_id) if name == "VIII A"
        )
        teacher = uuid.UUID(laptop_settings(uow).my_teacher_id)
        use_as_mine(uow, teacher, other, school.semester_id)

    app_context.run(choose_another_class)
    qtbot.waitUntil(lambda: bool(seen_when_announced))
    assert seen_when_announced[0].my_class_name == "VIII A"


def test_the_worker_is_handed_no_gui_object(qtbot, runner, monkeypatch):
    """Whatever the worker thread holds last is freed there; a dialog held by a callback and
    freed on the worker would be destroyed off the GUI thread (a rare crash in the tests)."""
    import gc

    from PySide6.QtWidgets import QWidget

    from tomoni_desktop.ui import operations

    handed = []
    real_execute = operations._Worker.execute

    def watching(self, job):
        handed.append(job)
        real_execute(self, job)

    monkeypatch.setattr(operations._Worker, "execute", watching)
    dialog = QWidget()
    qtbot.addWidget(dialog)
    results = []
    runner.run(lambda _ctx: 42, lambda value: results.append((dialog, value)))
    qtbot.waitUntil(lambda: bool(results))
    [job] = handed
    reachable = set()
    pending = [job]
    while pending:  # everything the job keeps alive, one level of containers deep and more
        item = pending.pop()
        if id(item) in reachable or isinstance(item, type):
            continue
        reachable.add(id(item))
        pending.extend(gc.get_referents(item))
    assert id(dialog) not in reachable and results == [(dialog, 42)]
