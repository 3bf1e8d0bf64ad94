"""The grade book with a database: results, weights, remedial, overrides, worksheets as
assessments, and concurrent scores on two laptops settled once in the inbox."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.sync.helpers import call, make_laptop, make_office, send
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import (
    AssessmentKind,
    ResultMark,
    SchoolClass,
    Subject,
)
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.grades.book import (
    CellValue,
    add_assessment,
    add_objective,
    override_final,
    set_description,
    set_result,
)
from tomoni_desktop.services.grades.grid import grade_grid
from tomoni_desktop.services.grades.policy import save_policy
from tomoni_desktop.services.grades.rules import DEFAULT_BANDS, Weights
from tomoni_desktop.services.school.setup import school_context

DAY = date(2026, 10, 5)

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def maths_of(uow):
    return uow.session.scalars(select(Subject).where(Subject.name == "Matematika")).one().id


@pytest.fixture
def book(demo_database):
    """VII A's maths: two TPs, two topic summatives (one per TP), an STS and a SAS."""
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        maths = maths_of(uow)
        level = uow.session.get(SchoolClass, context.my_class_id).level
        fractions = add_objective(
            uow, context.school_year_id, maths, level, "TP 1", "pecahan senilai"
        )
        decimals = add_objective(
            uow, context.school_year_id, maths, level, "TP 2", "bilangan desimal", cut_score=75
        )
        make = {
            "tp1": (AssessmentKind.TOPIC, "Sumatif pecahan", [fractions]),
            "tp2": (AssessmentKind.TOPIC, "Sumatif desimal", [decimals]),
            "sts": (AssessmentKind.STS, "STS", []),
            "sas": (AssessmentKind.SAS, "SAS", []),
        }
        assessments = {
            key: add_assessment(
                uow,
                context.my_class_id,
                maths,
                context.semester_id,
                kind,
                title,
                DAY,
                objective_ids=objectives,
            )
            for key, (kind, title, objectives) in make.items()
        }
        grid = grade_grid(uow, context.my_class_id, maths, context.semester_id)
    return demo_database, context, maths, assessments, grid.pupils


def grid_of(database, context, maths):
    with unit_of_work(database) as uow:
        return grade_grid(uow, context.my_class_id, maths, context.semester_id)


def test_final_score_band_and_description_follow_the_results(book):
    database, context, maths, assessments, pupils = book
    ani = pupils[0].student_id
    with unit_of_work(database) as uow:
        save_policy(
            uow,
            context.school_year_id,
            None,
            weights=Weights(60, 20, 20),
            cut_score=70,
            bands=DEFAULT_BANDS,
        )
        for key, score in (("tp1", 90), ("tp2", 60), ("sts", 70), ("sas", 80)):
            set_result(uow, assessments[key], ani, CellValue(score=score))
    grid = grid_of(database, context, maths)
    final = grid.finals[ani]
    assert final.computed == pytest.approx(75 * 0.6 + 70 * 0.2 + 80 * 0.2)
    assert final.score == 75 and final.band == "Tercapai" and final.missing == 0
    assert final.description == (
        "Menunjukkan penguasaan yang baik dalam pecahan senilai. "
        "Perlu bantuan dalam bilangan desimal."
    )
    # The TP's own criterion (75) colours the desimal column, the school's (70) the others.
    assert [c.cut_score for c in grid.columns] == [70, 75, 70, 70]
    other = grid.finals[pupils[1].student_id]
    assert other.score is None and other.missing == 4 and other.description == ""
    assert grid.missing_in(assessments["tp1"]) == len(pupils) - 1


def test_blank_is_not_zero_and_marks_are_not_owed(book):
    database, context, maths, assessments, pupils = book
    budi, citra = pupils[1].student_id, pupils[2].student_id
    with unit_of_work(database) as uow:
        set_result(uow, assessments["tp1"], budi, CellValue(score=80))
        set_result(uow, assessments["tp2"], budi, CellValue(mark=ResultMark.EXCUSED))
        set_result(uow, assessments["sts"], budi, CellValue(mark=ResultMark.NOT_HANDED_IN))
        set_result(uow, assessments["tp1"], citra, CellValue(score=80))
        set_result(uow, assessments["tp2"], citra, CellValue(score=0))
    grid = grid_of(database, context, maths)
    assert grid.finals[budi].score == 80  # excused, not handed in and SAS blank: not zeros
    assert grid.finals[budi].missing == 2  # the STS not handed in and the SAS not entered
    assert grid.finals[citra].score == 40  # a zero is a score


def test_a_late_result_is_kept_and_counted_but_never_lowers_the_score(book):
    database, context, maths, assessments, pupils = book
    ani = pupils[0].student_id
    with unit_of_work(database) as uow:
        set_result(uow, assessments["tp1"], ani, CellValue(score=80, late=True))
        before = set_result(uow, assessments["tp1"], ani, CellValue(score=82, late=True))
        assert before == CellValue(score=80, late=True)  # what undo puts back
    grid = grid_of(database, context, maths)
    assert grid.cell(ani, assessments["tp1"]) == CellValue(score=82, late=True)
    assert grid.finals[ani].score == 82 and grid.finals[ani].late == 1


def test_remedial_is_capped_at_the_criterion_unless_the_school_says_not(book):
    database, context, maths, assessments, pupils = book
    dina = pupils[3].student_id
    with unit_of_work(database) as uow:
        set_result(uow, assessments["tp1"], dina, CellValue(score=50, remedial=95))
    assert grid_of(database, context, maths).finals[dina].score == 70
    with unit_of_work(database) as uow:
        save_policy(
            uow,
            context.school_year_id,
            maths,
            weights=Weights(),
            cut_score=70,
            remedial_capped=False,
        )
    grid = grid_of(database, context, maths)
    assert grid.policy.own and grid.finals[dina].score == 95


def test_an_override_needs_a_reason_and_a_description_can_be_rewritten(book):
    database, context, maths, assessments, pupils = book
    eko = pupils[4].student_id
    with unit_of_work(database) as uow:
        set_result(uow, assessments["tp1"], eko, CellValue(score=68))
        with pytest.raises(ValidationError) as caught:
            override_final(uow, eko, maths, context.semester_id, 70, " ", None)
        assert caught.value.field == "override_reason"
        override_final(uow, eko, maths, context.semester_id, 70, "Ikut remedial lisan", None)
        set_description(uow, eko, maths, context.semester_id, "Tekun dan  teliti.")
    final = grid_of(database, context, maths).finals[eko]
    assert (final.score, final.computed, final.override_reason) == (70, 68, "Ikut remedial lisan")
    assert final.description == "Tekun dan teliti." and final.generated.startswith("Perlu")
    with unit_of_work(database) as uow:
        override_final(uow, eko, maths, context.semester_id, None, "", None)
        set_description(uow, eko, maths, context.semester_id, "")
    final = grid_of(database, context, maths).finals[eko]
    assert final.score == 68 and not final.overridden and final.description == final.generated


def test_a_paragraph_longer_than_the_report_holds_is_refused_not_cut(book):
    from tomoni_desktop.services.grades.book import PARAGRAPH_MOST, set_report_note

    database, context, maths, _assessments, pupils = book
    eko = pupils[4].student_id
    whole = ("Tekun " * 200)[: PARAGRAPH_MOST - 1] + "."  # the most, its words spaced once
    with unit_of_work(database) as uow:
        set_description(uow, eko, maths, context.semester_id, whole)
    assert grid_of(database, context, maths).finals[eko].description == whole
    for keep, field in (
        (
            lambda uow, text: set_description(uow, eko, maths, context.semester_id, text),
            "description",
        ),
        (lambda uow, text: set_report_note(uow, eko, context.semester_id, text), "note"),
    ):
        with pytest.raises(ValidationError) as caught, unit_of_work(database) as uow:
            keep(uow, whole + " Lagi.")
        assert caught.value.field == field
        assert caught.value.params == {"length": PARAGRAPH_MOST + 6, "most": PARAGRAPH_MOST}
    assert grid_of(database, context, maths).finals[eko].description == whole  # unchanged


def test_bad_values_are_refused_with_their_field(book):
    database, context, maths, assessments, pupils = book
    with unit_of_work(database) as uow:
        for call_, field in (
            (
                lambda: set_result(uow, assessments["tp1"], pupils[0].student_id, CellValue(101)),
                "score",
            ),
            (
                lambda: save_policy(
                    uow,
                    context.school_year_id,
                    None,
                    weights=Weights(60, 20, 20),
                    cut_score=70,
                    bands="0-40 A; 45-100 B",
                ),
                "bands",
            ),
            (
                lambda: save_policy(
                    uow, context.school_year_id, None, weights=Weights(0, 0, 0), cut_score=70
                ),
                "weight_topics",
            ),
            (
                lambda: add_assessment(
                    uow,
                    context.my_class_id,
                    maths,
                    context.semester_id,
                    AssessmentKind.TOPIC,
                    " ",
                    DAY,
                ),
                "title",
            ),
        ):
            with pytest.raises(ValidationError) as caught:
                call_()
            assert caught.value.field == field


def test_a_worksheet_handed_out_is_an_assessment_with_its_copies_scores(demo_database):
    from tests.services.test_worksheets import typed
    from tomoni_desktop.core.models import Channel, WorksheetCopy
    from tomoni_desktop.services.grades.book import assess_hand_out
    from tomoni_desktop.services.pickups.recording import record_code, set_score
    from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
    from tomoni_desktop.services.worksheets.library import save_worksheet

    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        maths = maths_of(uow)
        worksheet = save_worksheet(uow, context.school_id, typed(maths))
        result = hand_out_worksheet(
            uow, worksheet, context.my_class_id, context.school_year_id, date(2026, 11, 2)
        )
        copies = uow.session.scalars(
            select(WorksheetCopy)
            .where(
                WorksheetCopy.hand_out_id == result.hand_out_id,
                WorksheetCopy.channel == Channel.PAPER,
            )
            .order_by(WorksheetCopy.pickup_code)
        ).all()
        record_code(uow, copies[0].pickup_code, returned_on=date(2026, 11, 6))
        set_score(uow, copies[0].id, 80)
        record_code(uow, copies[2].pickup_code, returned_on=date(2026, 11, 27))  # after due
        set_score(uow, copies[2].id, 70)
        assessment = assess_hand_out(uow, result.hand_out_id, context.semester_id)
        assert assess_hand_out(uow, result.hand_out_id, context.semester_id) == assessment
        grid = grade_grid(
            uow, context.my_class_id, maths, context.semester_id, today=date(2026, 11, 30)
        )
        first, second = copies[0].student_id, copies[1].student_id
        assert grid.cell(first, assessment) == CellValue(score=80)  # back before it was due
        assert grid.cell(second, assessment).mark is ResultMark.NOT_HANDED_IN  # past due
        assert grid.cell(copies[2].student_id, assessment).late  # its return date says so
        assert grid.finals[copies[2].student_id].late == 1
        set_result(uow, assessment, second, CellValue(score=65))  # typed in the grid
        assert uow.session.get(WorksheetCopy, copies[1].id).score == 65  # kept on the copy


def test_two_laptops_scoring_one_cell_differently_is_one_conflict_settled_once(tmp_path):
    from tomoni_desktop.services.sync.inbox import list_conflicts, resolve_conflict

    office = make_office(tmp_path, students=12)
    with unit_of_work(office) as uow:
        context = school_context(uow)
        maths = maths_of(uow)
        assessment = add_assessment(
            uow, context.my_class_id, maths, context.semester_id, AssessmentKind.STS, "STS", DAY
        )
        pupil = grade_grid(uow, context.my_class_id, maths, context.semester_id).pupils[0]
    laptop = make_laptop(office, tmp_path, "Laptop Pak Budi")
    send(office, laptop, tmp_path / "a")
    call(office, set_result, assessment, pupil.student_id, CellValue(score=78))
    call(laptop, set_result, assessment, pupil.student_id, CellValue(score=87))
    send(laptop, office, tmp_path / "b")
    with unit_of_work(office) as uow:
        [conflict] = list_conflicts(uow)
        assert conflict.table == "assessment_results" and conflict.field == "score"
        assert sorted(v.value for v in conflict.values) == [78, 87]
        assert conflict.label == f"{pupil.name} · STS"
        resolve_conflict(uow, conflict.table, conflict.row_id, "score", 87)
    send(office, laptop, tmp_path / "c")
    for database in (office, laptop):
        with unit_of_work(database) as uow:
            assert list_conflicts(uow) == []
            grid = grade_grid(uow, context.my_class_id, maths, context.semester_id)
            assert grid.cell(pupil.student_id, assessment).score == 87
    laptop.close()
    office.close()


def test_the_recap_lists_what_to_look_at_before_printing(book):
    """Missing after the due date, no final score, set by hand, and a score outside 0-100
    (typing refuses one; a row from another laptop's older version could bring one)."""
    from sqlalchemy import update

    from tomoni_desktop.core.models import Assessment, AssessmentResult
    from tomoni_desktop.services.grades.book import result_id
    from tomoni_desktop.services.grades.recap import Anomaly, class_recap

    database, context, maths, assessments, pupils = book
    first, second = pupils[0].student_id, pupils[1].student_id
    with unit_of_work(database) as uow:
        uow.session.execute(
            update(Assessment)
            .where(Assessment.id == assessments["tp1"])
            .values(due_on=date(2026, 10, 12))
        )
        set_result(uow, assessments["tp1"], first, CellValue(score=80))
        set_result(uow, assessments["tp2"], first, CellValue(score=50))
        override_final(uow, first, maths, context.semester_id, 70, "Remedial lisan", None)
        set_result(uow, assessments["sts"], second, CellValue(score=90))
        uow.session.execute(
            update(AssessmentResult)
            .where(AssessmentResult.id == result_id(assessments["sts"], second))
            .values(score=120)
        )
        recap = class_recap(
            uow, context.my_class_id, [(maths, "MTK")], context.semester_id, date(2026, 11, 30)
        )
    found = {(a.kind, a.pupil) for a in recap.anomalies}
    assert (Anomaly.OVERRIDDEN, pupils[0].name) in found
    assert (Anomaly.OUT_OF_RANGE, pupils[1].name) in found
    assert (Anomaly.MISSING_PAST_DUE, pupils[1].name) in found  # tp1 due 12-10, nothing
    assert (Anomaly.MISSING_PAST_DUE, pupils[0].name) not in found
    assert (Anomaly.NO_FINAL, pupils[2].name) in found
    [row] = [r for r in recap.rows if r.student_id == first]
    assert row.scores == (70,)


def test_a_cell_changed_in_the_grid_keeps_the_pupils_override_and_description(book):
    database, context, maths, assessments, pupils = book
    eko = pupils[4].student_id
    with unit_of_work(database) as uow:
        set_result(uow, assessments["tp1"], eko, CellValue(score=68))
        override_final(uow, eko, maths, context.semester_id, 70, "Ikut remedial lisan", None)
        set_description(uow, eko, maths, context.semester_id, "Tekun dan teliti.")
    grid = grid_of(database, context, maths)
    grid.put(eko, assessments["tp1"], CellValue(score=90))  # typed, not yet written
    final = grid.finals[eko]
    assert (final.score, final.computed, final.override_reason) == (70, 90, "Ikut remedial lisan")
    assert final.description == "Tekun dan teliti." and final.generated.startswith("Menunjukkan")
