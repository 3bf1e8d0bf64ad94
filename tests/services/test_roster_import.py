"""Import rules: preview, matching, re-import, corrections by hand, all or nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.samples import pupil
from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import Enrollment, Guardian, ImportedValues, SchoolClass, Student
from tomoni_desktop.core.unit_of_work import UnitOfWork, unit_of_work
from tomoni_desktop.io.dapodik import read_dapodik
from tomoni_desktop.services.roster.applying import apply_import
from tomoni_desktop.services.roster.importing import RowKind, plan_import
from tomoni_desktop.services.school.setup import school_context

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


@pytest.fixture
def school(database):
    from tomoni_desktop.core.models import Term
    from tomoni_desktop.services.school.setup import SchoolSetup, setup_school

    with unit_of_work(database) as uow:
        return setup_school(
            uow,
            SchoolSetup(
                "SMP Negeri 1 Tomoni", "40312345", "2026/2027", Term.GANJIL, "Bu Sri", 7, "VII A"
            ),
        )


def plan(database, school, path, **options):
    """A unit of work of the test's own (it commits in `apply`, as the runner would)."""
    uow = UnitOfWork(database, database.session())
    records = read_dapodik(path).records
    return uow, plan_import(uow, school.school_year_id, records, "dapodik", path.name, **options)


def apply(uow, import_plan, **options):
    result = apply_import(uow, import_plan, **options)
    uow.session.commit()
    return result


def counts(import_plan):
    return {kind.value: import_plan.count(kind) for kind in RowKind if import_plan.count(kind)}


def test_first_import_then_the_same_file_again_changes_nothing(database, school, make_dapodik):
    path = make_dapodik([pupil(n) for n in range(1, 7)])
    uow, first = plan(database, school, path)
    assert counts(first) == {"new": 6}
    assert first.new_classes == [(7, "VII B")]
    result = apply(uow, first)
    assert (result.new, result.classes_created) == (6, 1)
    uow.session.close()
    with database.engine.connect() as connection:
        before = {
            t: connection.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all()
            for t in ("students", "guardians", "enrollments", "imported_values", "school_classes")
        }
    uow, again = plan(database, school, path)
    assert counts(again) == {"unchanged": 6}
    apply(uow, again)
    uow.session.close()
    with database.engine.connect() as connection:
        after = {
            t: connection.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all() for t in before
        }
    assert after == before


def test_a_newer_file_updates_only_what_changed_and_moves_class(database, school, make_dapodik):
    uow, first = plan(database, school, make_dapodik([pupil(1), pupil(2)], "old.xlsx"))
    apply(uow, first)
    uow.session.close()
    newer = make_dapodik([pupil(1, address="Jl. Baru 5"), pupil(2, class_name="VII A")], "new.xlsx")
    uow, second = plan(database, school, newer)
    assert counts(second) == {"updated": 2}
    first_row, second_row = second.rows
    assert [(c.field, c.old, c.new) for c in first_row.changes] == [
        ("address", "Jl. Poros", "Jl. Baru 5")
    ]
    assert second_row.changes == [] and second_row.old_class == "VII B" and second_row.moves_class
    apply(uow, second)
    pupil_two = uow.session.scalars(select(Student).where(Student.nisn == "0100000002")).one()
    classes = uow.session.execute(
        select(SchoolClass.name, Enrollment.deleted_at.is_(None))
        .join(Enrollment, Enrollment.class_id == SchoolClass.id)
        .where(Enrollment.student_id == pupil_two.id)
        .execution_options(include_deleted=True)
    ).all()
    assert sorted(classes) == [("VII A", True), ("VII B", False)]  # the old one is a tombstone
    uow.session.close()


def test_a_correction_by_hand_is_shown_and_kept(database, school, make_dapodik):
    uow, first = plan(database, school, make_dapodik([pupil(1)], "a.xlsx"))
    apply(uow, first)
    student = uow.session.scalars(select(Student)).one()
    student.dusun = "Dusun Melati"  # the teacher knows better than the office
    uow.session.commit()
    uow.session.close()

    uow, same = plan(database, school, make_dapodik([pupil(1)], "b.xlsx"))
    assert counts(same) == {"unchanged": 1}  # the office did not change it: the correction stands
    uow.session.close()

    uow, conflicting = plan(
        database, school, make_dapodik([pupil(1, dusun="Dusun Kenanga")], "c.xlsx")
    )
    [(row, change)] = conflicting.corrections
    assert (change.field, change.old, change.new) == ("dusun", "Dusun Melati", "Dusun Kenanga")
    apply(uow, conflicting)
    assert uow.session.scalars(select(Student)).one().dusun == "Dusun Melati"
    uow.session.close()

    uow, again = plan(database, school, make_dapodik([pupil(1, dusun="Dusun Anggrek")], "d.xlsx"))
    apply(uow, again, overwrite_corrections=True)
    assert uow.session.scalars(select(Student)).one().dusun == "Dusun Anggrek"
    uow.session.close()


def test_matching_without_nisn_by_name_and_birth_date(database, school, make_dapodik):
    uow, first = plan(database, school, make_dapodik([pupil(1, nisn=None)], "a.xlsx"))
    apply(uow, first)
    uow.session.close()
    uow, second = plan(
        database, school, make_dapodik([pupil(1, nisn=None, name="siswa  nomor 1")], "b.xlsx")
    )
    assert counts(second) == {"unchanged": 1}
    uow.session.close()


def test_a_pupil_listed_twice_is_one_pupil(database, school, make_dapodik):
    uow, result = plan(database, school, make_dapodik([pupil(1), pupil(2), pupil(1)]))
    assert counts(result) == {"new": 2, "duplicate": 1}
    assert result.rows[2].duplicate_of == 7
    apply(uow, result)
    assert uow.session.scalar(select(func.count()).select_from(Student)) == 2
    uow.session.close()


def test_one_nisn_for_two_names_is_a_problem_on_both_rows(database, school, make_dapodik):
    uow, result = plan(database, school, make_dapodik([pupil(1), pupil(2, nisn="0100000001")]))
    assert counts(result) == {"problem": 2}
    assert {p.row for p in result.problems} == {7, 8}
    assert "7, 8" in result.problems[0].error.english()
    uow.session.close()


def test_only_one_class(database, school, make_dapodik):
    path = make_dapodik([pupil(n) for n in range(1, 7)])
    uow, result = plan(database, school, path, only_class="7b")
    assert counts(result) == {"new": 3}
    assert {r.record.class_name for r in result.rows} == {"VII B"}
    uow.session.close()
    with pytest.raises(ValidationError, match="No pupil of class IX C"):
        plan(database, school, path, only_class="IX C")


def test_a_failure_half_way_writes_nothing(database, school, make_dapodik, monkeypatch):
    import tomoni_desktop.services.roster.applying as roster_apply

    uow, result = plan(database, school, make_dapodik([pupil(n) for n in range(1, 40)]))
    real_insert = roster_apply.insert
    written = []

    def failing_insert(model):
        if model is Enrollment:  # pupils and guardians are in by now
            raise OSError("disk full")
        written.append(model)
        return real_insert(model)

    monkeypatch.setattr(roster_apply, "insert", failing_insert)
    with pytest.raises(OSError):
        apply(uow, result)
    uow.session.close()
    assert written == [Student, Guardian]
    with database.session() as check:
        for model in (Student, Guardian, Enrollment, ImportedValues):
            assert check.scalar(select(func.count()).select_from(model)) == 0, model
        assert len(check.scalars(select(SchoolClass)).all()) == 1  # no new class either


def test_demo_school_round_trip_through_dapodik(demo_database, tmp_path):
    from tomoni_desktop.io.dapodik_sample import write_dapodik_workbook
    from tomoni_desktop.services.roster.files import dapodik_pupils

    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        path = write_dapodik_workbook(
            tmp_path / "demo.xlsx", dapodik_pupils(uow, context.school_year_id)
        )
        result = plan_import(uow, context.school_year_id, read_dapodik(path).records, "dapodik")
    # The demo's own pupils come back unchanged: ids, names, classes and numbers all match.
    assert counts(result) == {"unchanged": 96}


def test_cancelling_half_way_writes_nothing(database, school, make_dapodik):
    from tomoni_desktop.core.errors import OperationCancelled

    uow, result = plan(database, school, make_dapodik([pupil(n) for n in range(1, 260)]))

    def cancel_at_200(done, total):
        if done >= 200:
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        apply(uow, result, progress=cancel_at_200)
    uow.session.close()
    with database.session() as check:
        assert check.scalar(select(func.count()).select_from(Student)) == 0
        assert check.scalar(select(func.count()).select_from(ImportedValues)) == 0


def test_a_pupil_deleted_earlier_can_come_back_with_the_same_nisn(database, school, make_dapodik):
    uow, first = plan(database, school, make_dapodik([pupil(1)], "a.xlsx"))
    apply(uow, first)
    gone = uow.session.scalars(select(Student)).one()
    gone.mark_deleted()
    uow.session.commit()
    uow.session.close()
    uow, again = plan(database, school, make_dapodik([pupil(1)], "b.xlsx"))
    assert counts(again) == {"new": 1}  # a tombstone is not matched
    apply(uow, again)
    rows = uow.session.scalars(
        select(Student).where(Student.nisn == "0100000001").execution_options(include_deleted=True)
    ).all()
    assert len(rows) == 2 and sum(r.deleted_at is None for r in rows) == 1
    uow.session.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_every_export_of_the_app_imports_back_unchanged(demo_database, tmp_path, suffix):
    """The app's own export ('Ekspor…', Excel by default) used to be refused as a Dapodik file
    ("Kolom Rombel Saat Ini tidak ada di berkas")."""
    from tomoni_desktop.services.roster.files import export_roster, read_roster_file, source_for

    path = tmp_path / f"daftar{suffix}"
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        written = export_roster(uow, context.school_year_id, path)
    records = read_roster_file(path, source_for(path))
    assert len(records) == written == 96 and all(r.ok for r in records)
    with unit_of_work(demo_database) as uow:
        result = plan_import(uow, context.school_year_id, records, source_for(path), path.name)
    assert counts(result) == {"unchanged": 96}


def test_a_nisn_given_to_another_child_is_a_problem_never_an_update(database, school, make_dapodik):
    """A Dapodik file turned girl Sri Wahyuni in VII C into boy Eko Prasetyo in VII A: a NISN
    match whose name and date of birth both disagree must not update the pupil."""
    from datetime import date

    sri = pupil(1, name="SRI WAHYUNI", gender="P", birth_date=date(2013, 5, 2))
    uow, first = plan(database, school, make_dapodik([sri], "a.xlsx"))
    apply(uow, first)
    uow.session.close()
    eko = pupil(1, name="EKO PRASETYO", gender="L", birth_date=date(2012, 11, 20))
    uow, second = plan(database, school, make_dapodik([eko], "b.xlsx"))
    assert counts(second) == {"problem": 1}
    [problem] = second.problems
    assert problem.column == "NISN" and "SRI WAHYUNI" in problem.error.english().upper()
    uow.session.close()
    with database.session() as check:
        stored = check.scalars(select(Student)).one()
        assert (stored.full_name.upper(), stored.gender.value) == ("SRI WAHYUNI", "P")
    # A corrected name alone (same date of birth) is still the same child, updated.
    renamed = pupil(1, name="SRI WAHYUNINGSIH", gender="P", birth_date=date(2013, 5, 2))
    uow, third = plan(database, school, make_dapodik([renamed], "c.xlsx"))
    assert counts(third) == {"updated": 1}
    uow.session.close()


def test_the_teacher_decides_a_nisn_clash_same_child_or_another(database, school, make_dapodik):
    from datetime import date

    from tomoni_desktop.services.roster.importing import NisnDecision

    sri = pupil(1, name="SRI WAHYUNI", gender="P", birth_date=date(2013, 5, 2))
    uow, first = plan(database, school, make_dapodik([sri], "a.xlsx"))
    apply(uow, first)
    uow.session.close()
    eko = pupil(1, name="EKO PRASETYO", gender="L", birth_date=date(2012, 11, 20))
    path = make_dapodik([eko], "b.xlsx")
    uow, undecided = plan(database, school, path)
    [row] = undecided.undecided
    assert row.nisn_owner.upper() == "SRI WAHYUNI" and row.kind is RowKind.PROBLEM
    uow.session.close()

    # another child, NISN typed wrong: Eko comes in new, without the NISN; Sri is untouched
    uow, other = plan(database, school, path, decisions={row.record.row: NisnDecision.OTHER_CHILD})
    assert counts(other) == {"new": 1} and other.undecided == []
    [decided] = other.rows
    assert decided.record.nisn is None and "another child" in decided.warnings[0].error.english()
    apply(uow, other)
    uow.session.close()
    with database.session() as check:
        stored = {s.full_name.upper(): s for s in check.scalars(select(Student))}
        assert stored["SRI WAHYUNI"].nisn == sri.nisn and stored["SRI WAHYUNI"].gender.value == "P"
        assert stored["EKO PRASETYO"].nisn is None

    # the same child, data corrected: the pupil is updated, with the decision shown
    lina = pupil(2, name="LINA", gender="P", birth_date=date(2013, 1, 1))
    uow, added = plan(database, school, make_dapodik([lina], "c.xlsx"))
    apply(uow, added)
    uow.session.close()
    corrected = pupil(2, name="MARLINA", gender="P", birth_date=date(2013, 1, 10))
    path = make_dapodik([corrected], "d.xlsx")
    uow, asked = plan(database, school, path)
    [row] = asked.undecided
    uow.session.close()
    uow, same = plan(database, school, path, decisions={row.record.row: NisnDecision.SAME_CHILD})
    [row] = same.rows
    assert row.kind is RowKind.UPDATED and row.decision is NisnDecision.SAME_CHILD
    assert {c.field for c in row.changes} >= {"full_name", "birth_date"}
    apply(uow, same)
    uow.session.close()
    with database.session() as check:
        names = {s.full_name.upper() for s in check.scalars(select(Student))}
    assert names == {"SRI WAHYUNI", "EKO PRASETYO", "MARLINA"}


def test_a_gender_change_and_a_jump_of_two_levels_are_shown_as_warnings(
    database, school, make_dapodik
):
    from datetime import date

    first_file = make_dapodik([pupil(1, gender="P", birth_date=date(2013, 5, 2))], "a.xlsx")
    uow, first = plan(database, school, first_file)
    apply(uow, first)
    uow.session.close()
    changed = pupil(1, gender="L", birth_date=date(2013, 5, 2), class_name="Kelas IX A")
    uow, second = plan(database, school, make_dapodik([changed], "b.xlsx"))
    [row] = second.rows
    assert row.kind is RowKind.UPDATED  # the same child (NISN, name and birth date agree)
    assert [w.column for w in row.warnings] == ["JK", "Rombel"]
    assert "P" in row.warnings[0].error.english() and "9" in row.warnings[1].error.english()
    uow.session.close()
