"""A class's semester on paper: every subject's final score and description per pupil, for
the progress reports and the leger (one grid read per subject)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core.models import (
    PupilReportNote,
    RegisterDay,
    Semester,
    Student,
    Subject,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.grade_data import Absences, ClassReport, PupilReport, SubjectResult
from tomoni_desktop.services.attendance.recap import Totals, term_totals
from tomoni_desktop.services.grades.grid import Grid, load_grids
from tomoni_desktop.services.school.classes import class_of_year

TERM_WORDS = {"ganjil": "Ganjil", "genap": "Genap"}


def class_report(
    uow: UnitOfWork, class_id: uuid.UUID, semester_id: uuid.UUID, today: date
) -> ClassReport:
    [report] = class_reports(uow, [class_id], semester_id, today)
    return report


def class_reports(
    uow: UnitOfWork, class_ids: list[uuid.UUID], semester_id: uuid.UUID, today: date
) -> list[ClassReport]:
    """Several classes' reports from one read of their grades (the school's leger)."""
    session = uow.session
    if not class_ids:
        return []
    school_id = class_of_year(uow, class_ids[0]).school.id
    subjects = session.scalars(
        select(Subject)
        .where(Subject.school_id == school_id)
        .order_by(Subject.sort_order, Subject.name)
    ).all()
    every = load_grids(uow, class_ids, [s.id for s in subjects], semester_id, today)
    kept, totals = _absences(uow, class_ids, semester_id, today)
    return [
        _class_report(
            uow,
            class_id,
            semester_id,
            today,
            subjects,
            every,
            totals if class_id in kept else None,
        )
        for class_id in class_ids
    ]


def _absences(
    uow: UnitOfWork, class_ids: list[uuid.UUID], semester_id: uuid.UUID, today: date
) -> tuple[set[uuid.UUID], dict[uuid.UUID, Totals]]:
    """The classes whose register was taken this semester, and S, I and A per pupil. A class
    whose register was never taken has none: its reports leave the lines to fill by hand."""
    semester = uow.session.get(Semester, semester_id)
    if semester is None:
        return set(), {}
    last = min(semester.ends_on, today)
    kept = set(
        uow.session.scalars(
            select(RegisterDay.class_id)
            .where(
                RegisterDay.class_id.in_(class_ids),
                RegisterDay.day >= semester.starts_on,
                RegisterDay.day <= last,
            )
            .distinct()
        )
    )
    return kept, term_totals(uow, list(kept), semester.starts_on, last) if kept else {}


def _days(totals: Totals) -> Absences:
    return Absences(totals.sick, totals.excused, totals.absent)


def _class_report(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    semester_id: uuid.UUID,
    today: date,
    subjects: Sequence[Subject],
    every: dict[tuple[uuid.UUID, uuid.UUID], Grid],
    absences: dict[uuid.UUID, Totals] | None,  # None: the register was not kept
) -> ClassReport:
    session = uow.session
    found = class_of_year(uow, class_id)
    semester = session.get(Semester, semester_id)
    grids = [every[(class_id, subject.id)] for subject in subjects]
    pupils = grids[0].pupils if grids else []
    notes = dict(
        session.execute(
            select(PupilReportNote.student_id, PupilReportNote.note).where(
                PupilReportNote.semester_id == semester_id
            )
        ).all()
    )
    nis = dict(
        session.execute(
            select(Student.id, Student.nis).where(Student.id.in_([p.student_id for p in pupils]))
        ).all()
    )
    report = ClassReport(
        found.school.name,
        found.school.npsn,
        found.school_class.name,
        found.school_class.level,
        found.year.name,
        TERM_WORDS.get(semester.term.value if semester else "", ""),
        found.teacher_name,
        (found.homeroom.nip or "") if found.homeroom else "",
        today,
        [(subject.name, subject.short_name or subject.name) for subject in subjects],
        objectives=[[(o.code, o.text) for o in grid.objectives] for grid in grids],
    )
    for pupil in pupils:
        results = []
        for grid in grids:
            final = grid.finals[pupil.student_id]
            reached = dict(final.achieved)
            results.append(
                SubjectResult(
                    final.score,
                    final.description,
                    tuple(reached.get(o.objective_id) for o in grid.objectives),
                )
            )
        report.pupils.append(
            PupilReport(
                pupil.name,
                nis.get(pupil.student_id) or "",
                pupil.nisn,
                results,
                None if absences is None else _days(absences.get(pupil.student_id, Totals())),
                notes.get(pupil.student_id, ""),
            )
        )
    return report
