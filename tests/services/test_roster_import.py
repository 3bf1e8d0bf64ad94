"""Import rules: preview, matching, re-import, corrections by hand, all or nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.samples import pupil
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import Enrollment, Guardian, ImportedValues, SchoolClass, Student
from tomoni_desktop.io.dapodik import read_dapodik
from tomoni_desktop.services.roster_apply import apply_import
from tomoni_desktop.services.roster_import import RowKind, plan_import
from tomoni_desktop.services.school import school_context


@pytest.fixture
def school(database):
    from tomoni_desktop.core.models import Term
    from tomoni_desktop.services.school import SchoolSetup, setup_school

    with database.session() as session:
        return setup_school(
            session,
            SchoolSetup(
                "SMP Negeri 1 Tomoni", "40312345", "2026/2027", Term.GANJIL, "Bu Sri", 7, "VII A"
            ),
        )


def plan(database, school, path, **options):
    session = database.session()
    records = read_dapodik(path).records
    return session, plan_import(
        session, school.school_year_id, records, "dapodik", path.name, **options
    )


def counts(import_plan):
    return {kind.value: import_plan.count(kind) for kind in RowKind if import_plan.count(kind)}


def test_first_import_then_the_same_file_again_changes_nothing(database, school, make_dapodik):
    path = make_dapodik([pupil(n) for n in range(1, 7)])
    session, first = plan(database, school, path)
    assert counts(first) == {"new": 6}
    assert first.new_classes == [(7, "VII B")]
    result = apply_import(session, first)
    assert (result.new, result.classes_created) == (6, 1)
    session.close()
    with database.engine.connect() as connection:
        before = {
            t: connection.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all()
            for t in ("students", "guardians", "enrollments", "imported_values", "school_classes")
        }
    session, again = plan(database, school, path)
    assert counts(again) == {"unchanged": 6}
    apply_import(session, again)
    session.close()
    with database.engine.connect() as connection:
        after = {
            t: connection.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all() for t in before
        }
    assert after == before


def test_a_newer_file_updates_only_what_changed_and_moves_class(database, school, make_dapodik):
    session, first = plan(database, school, make_dapodik([pupil(1), pupil(2)], "old.xlsx"))
    apply_import(session, first)
    session.close()
    newer = make_dapodik([pupil(1, address="Jl. Baru 5"), pupil(2, class_name="VII A")], "new.xlsx")
    session, second = plan(database, school, newer)
    assert counts(second) == {"updated": 2}
    first_row, second_row = second.rows
    assert [(c.field, c.old, c.new) for c in first_row.changes] == [
        ("address", "Jl. Poros", "Jl. Baru 5")
    ]
    assert second_row.changes == [] and second_row.old_class == "VII B" and second_row.moves_class
    apply_import(session, second)
    pupil_two = session.scalars(select(Student).where(Student.nisn == "0100000002")).one()
    classes = session.execute(
        select(SchoolClass.name, Enrollment.deleted_at.is_(None))
        .join(Enrollment, Enrollment.class_id == SchoolClass.id)
        .where(Enrollment.student_id == pupil_two.id)
    ).all()
    assert sorted(classes) == [("VII A", True), ("VII B", False)]  # the old one is a tombstone
    session.close()


def test_a_correction_by_hand_is_shown_and_kept(database, school, make_dapodik):
    session, first = plan(database, school, make_dapodik([pupil(1)], "a.xlsx"))
    apply_import(session, first)
    student = session.scalars(select(Student)).one()
    student.dusun = "Dusun Melati"  # the teacher knows better than the office
    session.commit()
    session.close()

    session, same = plan(database, school, make_dapodik([pupil(1)], "b.xlsx"))
    assert counts(same) == {"unchanged": 1}  # the office did not change it: the correction stands
    session.close()

    session, conflicting = plan(
        database, school, make_dapodik([pupil(1, dusun="Dusun Kenanga")], "c.xlsx")
    )
    [(row, change)] = conflicting.corrections
    assert (change.field, change.old, change.new) == ("dusun", "Dusun Melati", "Dusun Kenanga")
    apply_import(session, conflicting)
    assert session.scalars(select(Student)).one().dusun == "Dusun Melati"
    session.close()

    session, again = plan(
        database, school, make_dapodik([pupil(1, dusun="Dusun Anggrek")], "d.xlsx")
    )
    apply_import(session, again, overwrite_corrections=True)
    assert session.scalars(select(Student)).one().dusun == "Dusun Anggrek"
    session.close()


def test_matching_without_nisn_by_name_and_birth_date(database, school, make_dapodik):
    session, first = plan(database, school, make_dapodik([pupil(1, nisn=None)], "a.xlsx"))
    apply_import(session, first)
    session.close()
    session, second = plan(
        database, school, make_dapodik([pupil(1, nisn=None, name="siswa  nomor 1")], "b.xlsx")
    )
    assert counts(second) == {"unchanged": 1}
    session.close()


def test_a_pupil_listed_twice_is_one_pupil(database, school, make_dapodik):
    session, result = plan(database, school, make_dapodik([pupil(1), pupil(2), pupil(1)]))
    assert counts(result) == {"new": 2, "duplicate": 1}
    assert result.rows[2].duplicate_of == 7
    apply_import(session, result)
    assert session.scalar(select(func.count()).select_from(Student)) == 2
    session.close()


def test_one_nisn_for_two_names_is_a_problem_on_both_rows(database, school, make_dapodik):
    session, result = plan(database, school, make_dapodik([pupil(1), pupil(2, nisn="0100000001")]))
    assert counts(result) == {"problem": 2}
    assert {p.row for p in result.problems} == {7, 8}
    assert "7, 8" in result.problems[0].error.english()
    session.close()


def test_only_one_class(database, school, make_dapodik):
    path = make_dapodik([pupil(n) for n in range(1, 7)])
    session, result = plan(database, school, path, only_class="7b")
    assert counts(result) == {"new": 3}
    assert {r.record.class_name for r in result.rows} == {"VII B"}
    session.close()
    with pytest.raises(ValidationError, match="No pupil of class IX C"):
        plan(database, school, path, only_class="IX C")


def test_a_failure_half_way_writes_nothing(database, school, make_dapodik, monkeypatch):
    import tomoni_desktop.services.roster_apply as roster_apply

    session, result = plan(database, school, make_dapodik([pupil(n) for n in range(1, 40)]))
    real_insert = roster_apply.insert
    written = []

    def failing_insert(model):
        if model is Enrollment:  # pupils and guardians are in by now
            raise OSError("disk full")
        written.append(model)
        return real_insert(model)

    monkeypatch.setattr(roster_apply, "insert", failing_insert)
    with pytest.raises(OSError):
        apply_import(session, result)
    session.close()
    assert written == [Student, Guardian]
    with database.session() as check:
        for model in (Student, Guardian, Enrollment, ImportedValues):
            assert check.scalar(select(func.count()).select_from(model)) == 0, model
        assert len(check.scalars(select(SchoolClass)).all()) == 1  # no new class either


def test_demo_school_round_trip_through_dapodik(demo_database, tmp_path):
    from tomoni_desktop.io.dapodik_sample import pupils_from_database, write_dapodik_workbook

    with demo_database.session() as session:
        context = school_context(session)
        path = write_dapodik_workbook(
            tmp_path / "demo.xlsx", pupils_from_database(session, context.school_year_id)
        )
        result = plan_import(session, context.school_year_id, read_dapodik(path).records, "dapodik")
    # The demo's own pupils come back unchanged: ids, names, classes and numbers all match.
    assert counts(result) == {"unchanged": 96}


def test_cancelling_half_way_writes_nothing(database, school, make_dapodik):
    from tomoni_desktop.core.errors import OperationCancelled

    session, result = plan(database, school, make_dapodik([pupil(n) for n in range(1, 260)]))

    def cancel_at_200(done, total):
        if done >= 200:
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        apply_import(session, result, progress=cancel_at_200)
    session.close()
    with database.session() as check:
        assert check.scalar(select(func.count()).select_from(Student)) == 0
        assert check.scalar(select(func.count()).select_from(ImportedValues)) == 0


def test_a_pupil_deleted_earlier_can_come_back_with_the_same_nisn(database, school, make_dapodik):
    session, first = plan(database, school, make_dapodik([pupil(1)], "a.xlsx"))
    apply_import(session, first)
    gone = session.scalars(select(Student)).one()
    gone.mark_deleted()
    session.commit()
    session.close()
    session, again = plan(database, school, make_dapodik([pupil(1)], "b.xlsx"))
    assert counts(again) == {"new": 1}  # a tombstone is not matched
    apply_import(session, again)
    rows = session.scalars(select(Student).where(Student.nisn == "0100000001")).all()
    assert len(rows) == 2 and sum(r.deleted_at is None for r in rows) == 1
    session.close()
