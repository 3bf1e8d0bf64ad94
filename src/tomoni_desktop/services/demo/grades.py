"""The demo's grades so far this semester, for the teacher's class: every subject has three
TPs, two topic summatives and the STS (the SAS is still to come); mathematics also counts the
fractions worksheet and a formative check. A few results are missing or marked, one final
score is set by hand, so every part of the grade book shows something."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core.models import (
    AssessmentKind,
    AssessmentResult,
    Enrollment,
    HandOut,
    ResultMark,
    SchoolClass,
    Student,
    Subject,
    Worksheet,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.grades.book import (
    CellValue,
    add_assessment,
    add_objective,
    assess_hand_out,
    override_final,
    result_id,
)
from tomoni_desktop.services.grades.policy import save_policy
from tomoni_desktop.services.grades.rules import DEFAULT_BANDS, Weights

# Three TPs a subject (the demo's; schools write their own).
OBJECTIVES = {
    "Matematika": [
        "menentukan pecahan senilai",
        "mengurutkan bilangan bulat",
        "menyelesaikan rasio",
    ],
    "IPA": [
        "menjelaskan sel dan jaringan",
        "mengukur besaran dengan satuan baku",
        "menggolongkan zat",
    ],
    "Bahasa Indonesia": [
        "menemukan gagasan utama teks",
        "menulis teks deskripsi",
        "membaca puisi dengan lafal yang tepat",
    ],
    "Bahasa Inggris": [
        "memperkenalkan diri",
        "menceritakan kegiatan sehari-hari",
        "memahami teks pendek",
    ],
    "IPS": [
        "membaca peta wilayah Indonesia",
        "menjelaskan interaksi sosial",
        "mengenal kegiatan ekonomi",
    ],
    "Pendidikan Pancasila": [
        "menjelaskan nilai-nilai Pancasila",
        "menghargai keberagaman",
        "menaati norma di sekolah",
    ],
}
DEFAULT_OBJECTIVES = [
    "memahami konsep dasar",
    "menerapkan dalam kegiatan",
    "menyajikan hasil karya",
]


def add_demo_grades(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    semester_id: uuid.UUID,
    today: date,
    new_id: Callable,
    seed: int = 11,
) -> None:
    rng = random.Random(seed)
    lateness = random.Random(seed + 1)  # its own draws: the scores stay what they were
    session = uow.session
    school_class = session.get(SchoolClass, class_id)
    assert school_class is not None
    year = school_class.school_year_id
    save_policy(uow, year, None, weights=Weights(60, 20, 20), cut_score=70, bands=DEFAULT_BANDS)
    pupils = session.scalars(
        select(Student.id)
        .join(Enrollment, Enrollment.student_id == Student.id)
        .where(Enrollment.class_id == class_id)
        .order_by(Student.full_name)
    ).all()
    ability = {pupil: rng.gauss(76, 9) for pupil in pupils}
    subjects = session.scalars(select(Subject).order_by(Subject.sort_order, Subject.name)).all()
    for subject in subjects:
        texts = OBJECTIVES.get(subject.name, DEFAULT_OBJECTIVES)
        tps = [
            add_objective(uow, year, subject.id, school_class.level, f"TP {n}", text, new_id=new_id)
            for n, text in enumerate(texts, start=1)
        ]
        plan = [
            (AssessmentKind.TOPIC, "Sumatif 1", [tps[0]], 56),
            (AssessmentKind.TOPIC, "Sumatif 2 (proyek)", [tps[1], tps[2]], 35),
            (AssessmentKind.STS, "STS", [], 49),
        ]
        if subject.name == "Matematika":
            plan.append((AssessmentKind.FORMATIVE, "Kuis rasio", [tps[2]], 20))
        for kind, title, objectives, days_ago in plan:
            assessment = add_assessment(
                uow,
                class_id,
                subject.id,
                semester_id,
                kind,
                title,
                today - timedelta(days=days_ago),
                # the project is done at home: a week to hand it in, and some come late
                due_on=today - timedelta(days=days_ago - 7) if "proyek" in title else None,
                objective_ids=objectives,
                new_id=new_id,
            )
            skill = rng.uniform(-8, 8)  # some TPs are harder for the whole class
            for pupil in pupils:
                roll = rng.random()
                if roll < 0.02:
                    continue  # not entered yet
                if roll < 0.04:
                    value = CellValue(
                        mark=rng.choice([ResultMark.EXCUSED, ResultMark.NOT_HANDED_IN])
                    )
                elif kind is AssessmentKind.FORMATIVE:
                    value = CellValue(achieved=ability[pupil] + skill + rng.gauss(0, 8) >= 70)
                else:
                    score = max(30, min(100, round(ability[pupil] + skill + rng.gauss(0, 7))))
                    remedial = (
                        min(100, score + rng.randint(10, 25))
                        if score < 60 and rng.random() < 0.6
                        else None
                    )
                    late = "proyek" in title and lateness.random() < 0.12
                    value = CellValue(score=score, remedial=remedial, late=late)
                # the rows set_result writes, added together: one flush for the class
                session.add(
                    AssessmentResult(
                        id=result_id(assessment, pupil),
                        assessment_id=assessment,
                        student_id=pupil,
                        score=value.score,
                        mark=value.mark,
                        remedial_score=value.remedial,
                        achieved=value.achieved,
                        late=value.late,
                    )
                )
    # The fractions worksheet counts too: its copies' scores are its results.
    hand_out = session.scalar(
        select(HandOut.id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .join(Subject, Subject.id == Worksheet.subject_id)
        .where(HandOut.class_id == class_id, Subject.name == "Matematika")
        .order_by(HandOut.issued_on)
        .limit(1)
    )
    if hand_out is not None:
        assess_hand_out(uow, hand_out, semester_id, new_id=new_id)
    maths = next((s for s in subjects if s.name == "Matematika"), None)
    if maths is not None and pupils:
        override_final(
            uow,
            pupils[0],
            maths.id,
            semester_id,
            75,
            "Remedial lisan pada 12-11; nilai disesuaikan dengan KKTP",
            school_class.homeroom_teacher_id,
        )
