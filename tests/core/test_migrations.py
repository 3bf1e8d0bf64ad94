"""Models and migrations agree, every revision upgrades with its data, failures lose nothing."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from tomoni_desktop.core import migrate
from tomoni_desktop.core.backup import integrity_ok, list_backups
from tomoni_desktop.core.database import Database, mark_as_tomoni
from tomoni_desktop.core.errors import DatabaseError
from tomoni_desktop.core.lifecycle import open_for_use
from tomoni_desktop.core.models import Guardian, School, Student
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.sync.exchange import count_rows
from tomoni_desktop.sync.history import row_changes
from tomoni_desktop.sync.state import clock_time, load_packed
from tomoni_desktop.sync.tables import synced_tables

FIRST = "0001_initial"
SCHOOL_ID = "0b0e1f7c5f2a5b1c8d3e4f5a6b7c8d9e"
STUDENT_ID = "1c1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e"


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate._alembic_config())


def test_models_and_migrations_agree(database):
    with database.engine.connect() as connection:
        command.check(migrate._alembic_config(connection))  # raises if autogenerate finds a diff


def test_alembic_writes_to_the_output_of_today_not_of_when_it_was_imported(monkeypatch):
    """Alembic's Config takes the sys.stdout of when alembic was imported: after a command
    whose output was captured (and closed), `check` failed with "I/O operation on closed
    file" in whichever test came next."""
    import io

    now = io.StringIO()
    monkeypatch.setattr(sys, "stdout", now)
    assert migrate._alembic_config().stdout is now


def test_head_constant_is_the_migrations_head():
    assert scripts().get_current_head() == migrate.HEAD_REVISION
    assert len(scripts().get_heads()) == 1


def test_every_revision_can_be_downgraded_by_name():
    for script in scripts().walk_revisions():
        assert script.module.downgrade is not None


def _database_at(path: Path, revision: str) -> Database:
    database = Database.open(path)
    mark_as_tomoni(database.engine)
    migrate.upgrade_engine(database.engine, revision)
    return database


def _insert_first_revision_rows(database: Database) -> None:
    # Plain SQL of the first schema, so this keeps working as the models move on.
    stamp = "2025-07-14 01:00:00.000000"
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO schools (id, name, npsn, address, time_zone, created_at, updated_at) "
                "VALUES (:id, 'SMP Negeri 1 Tomoni', '40312345', '', 'Asia/Makassar', :t, :t)"
            ),
            {"id": SCHOOL_ID, "t": stamp},
        )
        connection.execute(
            text(
                "INSERT INTO students (id, school_id, nisn, nis, full_name, gender, birth_place, "
                "religion, address, rt, rw, dusun, village, kecamatan, phone_access, signal, notes, "
                "created_at, updated_at) VALUES (:id, :school, '0123456789', '2526.001', "
                "'A. Muh. Ma''ruf Al-Fatih', 'L', 'Tomoni', 'Islam', 'Jl. Poros', '001', '002', "
                "'Dusun Mawar', 'Bayondo', 'Tomoni', 'none', 'weak', '', :t, :t)"
            ),
            {"id": STUDENT_ID, "school": SCHOOL_ID, "t": stamp},
        )
        connection.execute(
            text(
                "INSERT INTO guardians (id, student_id, name, relation, mobile, is_primary, "
                "created_at, updated_at) VALUES ('2d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e', :student, "
                "'Hasnah', 'mother', '+6281234567890', 1, :t, :t)"
            ),
            {"student": STUDENT_ID, "t": stamp},
        )


def test_a_database_of_the_first_revision_upgrades_with_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    database.close()

    opened = open_for_use(path)
    try:
        with unit_of_work(opened.database) as uow:
            session = uow.session
            student = session.scalars(select(Student)).one()
            assert student.full_name == "A. Muh. Ma'ruf Al-Fatih"
            assert student.nisn == "0123456789"
            assert session.scalar(select(func.count()).select_from(School)) == 1
            guardian = session.scalars(select(Guardian)).one()
            assert guardian.mobile == "+6281234567890" and guardian.is_primary
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
    finally:
        opened.database.close()


def test_a_database_from_a_newer_version_is_refused(db_path, database):
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_for_use(db_path)
    assert "newer version" in caught.value.english()
    assert db_path.read_bytes() == before


def test_a_failed_migration_puts_the_backup_back(db_path, demo_database, monkeypatch):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        pupils = session.scalar(select(func.count()).select_from(Student))
    demo_database.close()
    # Pretend this version has one more revision, and that it breaks half way through.
    real_head = migrate.HEAD_REVISION
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0099_broken")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {real_head, "0099_broken"})

    def half_done_then_fail(engine, target="head"):
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM guardians"))
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE guardians"))
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrate, "upgrade_engine", half_done_then_fail)
    backup_folder = db_path.parent / "backups"
    with pytest.raises(DatabaseError) as caught:
        migrate.upgrade_database(db_path, backup_folder, keep=5)
    assert "put back" in caught.value.english()
    assert integrity_ok(db_path)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM students").fetchone()[0] == pupils
        assert connection.execute("SELECT count(*) FROM guardians").fetchone()[0] > 0
    assert [b.reason for b in list_backups(backup_folder)] == ["before-upgrade"]


def test_an_upgrade_backs_up_first_then_migrates(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    database.close()
    seen_before_migrating = []
    real_upgrade = migrate.upgrade_engine

    def watching_upgrade(engine, target="head"):
        seen_before_migrating.append(list_backups(tmp_path / "backups"))
        real_upgrade(engine, target)

    monkeypatch.setattr(migrate, "upgrade_engine", watching_upgrade)
    result = migrate.upgrade_database(path, tmp_path / "backups", keep=5)
    assert (result.from_revision, result.to_revision) == (FIRST, migrate.HEAD_REVISION)
    assert [b.path for b in seen_before_migrating[0]] == [result.backup]
    with sqlite3.connect(result.backup) as connection:  # the backup is the old schema, with data
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        assert connection.execute("SELECT count(*) FROM students").fetchone() == (1,)


def _hand_outs_at(path, revision: str) -> tuple:
    """A database at `revision` with a class, a worksheet and two hand-outs of it."""
    database = _database_at(path, revision)
    _insert_first_revision_rows(database)
    stamp = "2026-11-20 01:00:00.000000"
    ids = {
        "subject": "3d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
        "year": "4d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
        "class": "5d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
        "worksheet": "6d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
        "moved": "7d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
        "kept": "8d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
    }
    with database.engine.begin() as connection:
        for statement in (
            "INSERT INTO subjects (id, school_id, name, short_name, sort_order, created_at, "
            "updated_at) VALUES (:subject, :school, 'Matematika', 'MTK', 1, :t, :t)",
            "INSERT INTO school_years (id, school_id, name, starts_on, ends_on, created_at, "
            "updated_at) VALUES (:year, :school, '2026/2027', '2026-07-01', '2027-06-30', :t, :t)",
            "INSERT INTO school_classes (id, school_year_id, level, name, created_at, updated_at) "
            "VALUES (:class, :year, 7, 'VII A', :t, :t)",
            "INSERT INTO worksheets (id, school_id, subject_id, level, title, instructions, "
            "objective, pass_mark, max_score, page_count, created_at, updated_at) VALUES "
            "(:worksheet, :school, :subject, 7, 'Pecahan', '', '', 70, 100, 0, :t, :t)",
            "INSERT INTO hand_outs (id, worksheet_id, class_id, issued_on, due_on, due_note, "
            "created_at, updated_at) VALUES (:moved, :worksheet, :class, '2026-11-20', "
            "'2026-11-30', '29/11/2026 → 30/11/2026: 29/11/2026 Minggu', :t, :t)",
            "INSERT INTO hand_outs (id, worksheet_id, class_id, issued_on, due_on, due_note, "
            "created_at, updated_at) VALUES (:kept, :worksheet, :class, '2026-11-20', "
            "'2026-11-27', '', :t, :t)",
        ):
            connection.execute(text(statement), {**ids, "school": SCHOOL_ID, "t": stamp})
    return database, ids, stamp


def test_a_hand_out_of_revision_5_keeps_its_moved_due_date_as_a_date(tmp_path):
    """0006: the due day asked for, written before as an Indonesian sentence, becomes a date."""
    path = tmp_path / "five.sqlite3"
    database, ids, _stamp = _hand_outs_at(path, "0005_sync_people")
    database.close()

    opened = open_for_use(path)
    try:
        with opened.database.engine.connect() as connection:
            asked = dict(
                connection.execute(text("SELECT id, due_asked_on FROM hand_outs")).fetchall()
            )
        assert asked == {ids["moved"]: "2026-11-29", ids["kept"]: None}
    finally:
        opened.database.close()


def test_a_copy_collected_in_revision_6_becomes_one_return(tmp_path):
    """0007: `collected_on` on a copy becomes a return row whose id every laptop derives alike."""
    from tomoni_desktop.core.ids import derived_id

    path = tmp_path / "six.sqlite3"
    database, ids, stamp = _hand_outs_at(path, "0006_due_asked_on")
    copies = {"back": "9d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e", "out": "ad1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e"}
    with database.engine.begin() as connection:
        for name, collected in (("back", "2026-11-26"), ("out", None)):
            connection.execute(
                text(
                    "INSERT INTO worksheet_copies (id, hand_out_id, student_id, channel, "
                    "pickup_code, collected_on, created_at, updated_at) VALUES (:id, :hand_out, "
                    ":student, 'paper', :code, :collected, :t, :t)"
                ),
                {
                    "id": copies[name],
                    "hand_out": ids["kept"],
                    "student": STUDENT_ID,
                    "code": f"AB{name[0].upper()}-CDE",
                    "collected": collected,
                    "t": stamp,
                },
            )
    database.close()

    opened = open_for_use(path)
    try:
        with opened.database.engine.connect() as connection:
            returns = connection.execute(
                text("SELECT id, copy_id, returned_on, way, deleted_at FROM copy_returns")
            ).fetchall()
        assert returns == [
            (
                derived_id("return", copies["back"]).hex,
                copies["back"],
                "2026-11-26",
                "visit",
                None,
            )
        ]
    finally:
        opened.database.close()


_YEAR_IDS = {
    "subject": "3d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
    "year": "4d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
    "class": "5d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
}
_STAMP = "2026-11-20 01:00:00.000000"


def _insert_a_class_and_subject(database: Database) -> None:
    with database.engine.begin() as connection:
        for statement in (
            "INSERT INTO subjects (id, school_id, name, short_name, sort_order, created_at, "
            "updated_at) VALUES (:subject, :school, 'Matematika', 'MTK', 1, :t, :t)",
            "INSERT INTO school_years (id, school_id, name, starts_on, ends_on, created_at, "
            "updated_at) VALUES (:year, :school, '2026/2027', '2026-07-01', '2027-06-30', :t, :t)",
            "INSERT INTO school_classes (id, school_year_id, level, name, created_at, updated_at) "
            "VALUES (:class, :year, 7, 'VII A', :t, :t)",
        ):
            connection.execute(text(statement), {**_YEAR_IDS, "school": SCHOOL_ID, "t": _STAMP})


def test_a_database_of_revision_8_upgrades_with_its_data_and_takes_grades(tmp_path):
    """0009: the grade tables arrive empty beside the data; a result can be kept at once."""
    import uuid
    from datetime import date

    from tomoni_desktop.core.models import AssessmentKind, AssessmentResult, Semester, Term
    from tomoni_desktop.services.grades.book import CellValue, add_assessment, set_result

    path = tmp_path / "eight.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0008_visit_rounds")
    ids = _YEAR_IDS
    _insert_a_class_and_subject(database)
    database.close()

    opened = open_for_use(path)
    try:
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
        with unit_of_work(opened.database) as uow:
            assert uow.session.scalars(select(Student)).one().nisn == "0123456789"
            assert uow.session.scalars(select(AssessmentResult)).all() == []
            semester = Semester(
                school_year_id=uuid.UUID(ids["year"]),
                term=Term.GANJIL,
                starts_on=date(2026, 7, 13),
                ends_on=date(2026, 12, 19),
            )
            uow.session.add(semester)
            uow.session.flush()
            assessment = add_assessment(
                uow,
                uuid.UUID(ids["class"]),
                uuid.UUID(ids["subject"]),
                semester.id,
                AssessmentKind.STS,
                "STS",
                date(2026, 10, 5),
            )
            set_result(uow, assessment, uuid.UUID(STUDENT_ID), CellValue(score=81))
        with unit_of_work(opened.database) as uow:
            assert uow.session.scalars(select(AssessmentResult.score)).all() == [81]
    finally:
        opened.database.close()


def test_results_of_revision_9_upgrade_as_not_late_and_take_late_at_once(tmp_path):
    """0010: a result kept before "late" existed was not said to be late."""
    import uuid

    from tomoni_desktop.core.models import AssessmentResult
    from tomoni_desktop.services.grades.book import CellValue, set_result
    from tomoni_desktop.services.grades.grid import grade_grid

    path = tmp_path / "nine.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0009_grades")
    _insert_a_class_and_subject(database)
    rows = {
        **_YEAR_IDS,
        "semester": "6d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
        "assessment": "7d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
        "result": "8d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
        "student": STUDENT_ID,
        "t": _STAMP,
    }
    with database.engine.begin() as connection:
        for statement in (
            "INSERT INTO enrollments (id, student_id, class_id, school_year_id, created_at, "
            "updated_at) VALUES (:result, :student, :class, :year, :t, :t)",
            "INSERT INTO semesters (id, school_year_id, term, starts_on, ends_on, created_at, "
            "updated_at) VALUES (:semester, :year, 'ganjil', '2026-07-13', '2026-12-19', :t, :t)",
            "INSERT INTO assessments (id, class_id, subject_id, semester_id, kind, title, "
            "held_on, due_on, position, created_at, updated_at) VALUES (:assessment, :class, "
            ":subject, :semester, 'sts', 'STS', '2026-10-05', '2026-10-09', 1, :t, :t)",
            "INSERT INTO assessment_results (id, assessment_id, student_id, score, note, "
            "created_at, updated_at) VALUES (:result, :assessment, :student, 77, '', :t, :t)",
        ):
            connection.execute(text(statement), rows)
    database.close()

    opened = open_for_use(path)
    try:
        class_id, subject_id = uuid.UUID(rows["class"]), uuid.UUID(rows["subject"])
        semester_id, student_id = uuid.UUID(rows["semester"]), uuid.UUID(STUDENT_ID)
        assessment_id = uuid.UUID(rows["assessment"])
        with unit_of_work(opened.database) as uow:
            result = uow.session.scalars(select(AssessmentResult)).one()
            assert (result.score, result.late) == (77, False)
            grid = grade_grid(uow, class_id, subject_id, semester_id)
            assert grid.cell(student_id, assessment_id) == CellValue(score=77)
            set_result(uow, assessment_id, student_id, CellValue(score=77, late=True))
        with unit_of_work(opened.database) as uow:
            grid = grade_grid(uow, class_id, subject_id, semester_id)
            assert grid.cell(student_id, assessment_id).late
    finally:
        opened.database.close()


def test_a_database_of_revision_10_upgrades_and_takes_the_register_at_once(tmp_path):
    """0011: the register, cases and contact log arrive empty beside the data."""
    import uuid
    from datetime import date

    from tomoni_desktop.core.models import AttendanceEntry, AttendanceMark, RegisterDay
    from tomoni_desktop.services.attendance.register import register_of, set_mark

    path = tmp_path / "ten.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0010_result_late")
    _insert_a_class_and_subject(database)
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO enrollments (id, student_id, class_id, school_year_id, created_at, "
                "updated_at) VALUES (:id, :student, :class, :year, :t, :t)"
            ),
            {
                "id": "9d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
                "student": STUDENT_ID,
                **_YEAR_IDS,
                "t": _STAMP,
            },
        )
    database.close()

    opened = open_for_use(path)
    try:
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
        class_id, day = uuid.UUID(_YEAR_IDS["class"]), date(2026, 11, 27)
        with unit_of_work(opened.database) as uow:
            assert uow.session.scalars(select(RegisterDay)).all() == []
            set_mark(uow, class_id, day, uuid.UUID(STUDENT_ID), AttendanceMark.SICK, day)
        with unit_of_work(opened.database) as uow:
            sheet = register_of(uow, class_id, day)
            assert sheet.taken and [row.mark for row in sheet.rows] == [AttendanceMark.SICK]
            assert len(uow.session.scalars(select(AttendanceEntry)).all()) == 1
    finally:
        opened.database.close()


def test_a_database_of_revision_11_upgrades_and_keeps_a_parents_agreement(tmp_path):
    """0012: consents arrive empty; the first guardian's agreement is kept at once."""
    from datetime import date

    from tomoni_desktop.core.models import Guardian, GuardianConsent
    from tomoni_desktop.services.attendance.whatsapp import record_consent

    path = tmp_path / "eleven.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0011_attendance")
    database.close()

    opened = open_for_use(path)
    try:
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
        with unit_of_work(opened.database) as uow:
            assert uow.session.scalars(select(GuardianConsent)).all() == []
            guardian = uow.session.scalars(select(Guardian)).one()
            record_consent(
                uow,
                guardian.id,
                date(2026, 7, 20),
                data_kept=True,
                whatsapp=True,
                photos=False,
                on_paper=True,
            )
        with unit_of_work(opened.database) as uow:
            consent = uow.session.scalars(select(GuardianConsent)).one()
            assert consent.whatsapp and consent.on_paper and not consent.photos
    finally:
        opened.database.close()


def test_a_database_of_revision_12_upgrades_and_records_mobile_data(tmp_path):
    """0013: the data allowances arrive empty; a gift to a pupil is kept at once."""
    import uuid
    from datetime import date

    from tomoni_desktop.core.models import DataAllowance
    from tomoni_desktop.services.school.allowance import give_allowance

    path = tmp_path / "twelve.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0012_guardian_consent")
    database.close()

    opened = open_for_use(path)
    try:
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
        with unit_of_work(opened.database) as uow:
            assert uow.session.scalars(select(DataAllowance)).all() == []
            give_allowance(
                uow,
                uuid.UUID(SCHOOL_ID),
                date(2026, 9, 1),
                2048,
                "BOS",
                date(2026, 9, 2),
                student_ids=[uuid.UUID(STUDENT_ID)],
            )
        with unit_of_work(opened.database) as uow:
            assert [r.megabytes for r in uow.session.scalars(select(DataAllowance))] == [2048]
    finally:
        opened.database.close()


def test_a_database_of_revision_13_upgrades_and_plans_a_parent_meeting(tmp_path):
    """0014: the school's rules get Friday as meeting day; meetings, letters, slips and lesson
    slots arrive empty; a meeting of the first revision's class is planned at once."""
    import uuid
    from datetime import date

    from tomoni_desktop.core.models import AttendancePolicy, MeetingInvitation, ParentMeeting
    from tomoni_desktop.services.attendance.calendar import policy_id, rules_of
    from tomoni_desktop.services.parents.meetings import next_meeting_day, plan_meeting

    path = tmp_path / "thirteen.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0013_data_allowance")
    _insert_a_class_and_subject(database)
    class_id = uuid.UUID(_YEAR_IDS["class"])
    with database.engine.begin() as connection:  # the school had set its rules before 0014
        connection.execute(
            text(
                "INSERT INTO enrollments (id, student_id, class_id, school_year_id, created_at, "
                "updated_at) VALUES (:id, :student, :class, :year, :t, :t)"
            ),
            {
                "id": "6d1e1f7c5f2a5b1c8d3e4f5a6b7c8d9e",
                "student": uuid.UUID(STUDENT_ID).hex,
                **_YEAR_IDS,
                "t": _STAMP,
            },
        )
        connection.exec_driver_sql(
            "INSERT INTO attendance_policies (id, school_id, saturday_is_school_day, "
            "call_same_day, case_after_consecutive, case_after_in_month, visit_within_days, "
            "summons_within_days, created_at, updated_at) VALUES (?, ?, 0, 1, 3, 5, 3, 7, ?, ?)",
            (policy_id(uuid.UUID(SCHOOL_ID)).hex, uuid.UUID(SCHOOL_ID).hex, _STAMP, _STAMP),
        )
    database.close()

    opened = open_for_use(path)
    try:
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
        with unit_of_work(opened.database) as uow:
            assert uow.session.scalars(select(ParentMeeting)).all() == []
            rules = rules_of(uow, uuid.UUID(SCHOOL_ID))
            assert rules.meeting_weekday == 4 and not rules.saturday_is_school_day
            assert uow.session.get(AttendancePolicy, policy_id(uuid.UUID(SCHOOL_ID)))
            held = next_meeting_day(uow, class_id, date(2026, 9, 15))
            plan_meeting(uow, class_id, held, "08:00", "Aula", date(2026, 9, 15))
        with unit_of_work(opened.database) as uow:
            assert held == date(2026, 9, 18)
            assert len(uow.session.scalars(select(MeetingInvitation)).all()) == 1
    finally:
        opened.database.close()


def test_a_database_of_revision_14_upgrades_and_sets_up_sign_in(tmp_path):
    """0015: profiles arrive empty (no sign-in until someone sets it up); the captured and
    stamped changes of before keep their place and say no person."""
    from tomoni_desktop.core.unit_of_work import run_flow
    from tomoni_desktop.services.school import profiles
    from tomoni_desktop.sync.history import row_changes

    path = tmp_path / "fourteen.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0014_parents")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO sync_history (table_name, row_id, changes, node, counter, clock, "
            "arrived) VALUES ('students', ?, '{}', 'n1', 1, 1, 0)",
            (STUDENT_ID,),
        )
    database.close()

    opened = open_for_use(path)
    try:
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
        with unit_of_work(opened.database) as uow:
            assert not profiles.has_profiles(uow)
            assert [c.person for c in row_changes(uow.connection, "students", STUDENT_ID)] == [""]
        done = run_flow(
            opened.database,
            lambda units: profiles.set_up_sign_in_here(units, "Kantor", "240617", "240617"),
        ).result
        with unit_of_work(opened.database) as uow:
            assert [p.name for p in profiles.profiles_of(uow)] == ["Kantor"]
            assert profiles.sign_in(uow, done.actor.profile_id, "240617").actor is not None
    finally:
        opened.database.close()


def test_a_database_of_revision_15_upgrades_and_notes_what_leaves(tmp_path):
    """0016: the register of what left the computer arrives empty and takes a file at once."""
    from tomoni_desktop.services.school.register import Leaving, note_left, register_of

    path = tmp_path / "fifteen.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0015_profiles")
    database.close()

    opened = open_for_use(path)
    try:
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
        with unit_of_work(opened.database) as uow:
            assert register_of(uow) == []
            note_left(uow, Leaving.BACKUP, tmp_path / "salinan.tomoni-backup", everyone=True)
        with unit_of_work(opened.database) as uow:
            [entry] = register_of(uow)
        assert entry.everyone and entry.pupil_count == 1 and entry.file_name.startswith("salinan")
    finally:
        opened.database.close()


def test_a_database_of_revision_16_upgrades_and_purges_a_pupil(tmp_path):
    """0017: pupils arrive not purged; one is purged at once, its guardian blanked too."""
    import uuid
    from datetime import date

    from tomoni_desktop.services.roster.purge import purge_pupils

    path = tmp_path / "sixteen.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0016_register")
    database.close()

    opened = open_for_use(path)
    try:
        with unit_of_work(opened.database) as uow:
            student = uow.session.get(Student, uuid.UUID(STUDENT_ID))
            assert student.purged_on is None
            purge_pupils(uow, [student.id], date(2026, 11, 30))
        with unit_of_work(opened.database) as uow:
            student = uow.session.get(Student, uuid.UUID(STUDENT_ID))
            guardian = uow.session.scalars(select(Guardian)).one()
            assert (student.full_name, student.nisn, guardian.name, guardian.mobile) == (
                "",
                None,
                "",
                None,
            )
    finally:
        opened.database.close()


def test_an_upgrade_cut_short_between_two_steps_is_finished_and_said_at_the_next_start(
    tmp_path, data_dir
):
    """Killed after 0016 and before 0017: the file is consistent at 0016 (each step is a
    transaction); the next start finishes the upgrade and says so."""
    from tests.killed import killed_while
    from tomoni_desktop.core.lifecycle import open_for_use

    path = tmp_path / "school.sqlite3"
    database = _database_at(path, "0015_profiles")
    _insert_first_revision_rows(database)
    database.close()
    killed_while(
        "from pathlib import Path\n"
        "import tomoni_desktop.core.migrate as m\n"
        "real = m.upgrade_engine\n"
        "def cut_short(engine, target='head'):\n"
        "    real(engine, '0016_register')\n"
        "    KILL()\n"
        "m.upgrade_engine = cut_short\n"
        f"m.upgrade_database(Path({str(path)!r}), Path({str(tmp_path / 'b')!r}), 5)\n",
        data_dir,
    )
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0016_register",
        )
    opened = open_for_use(path)
    opened.database.close()
    assert opened.upgrade.resumed
    assert opened.upgrade.to_revision == migrate.HEAD_REVISION
    again = open_for_use(path)
    again.database.close()
    assert not again.upgrade.resumed  # said once


def test_a_database_of_revision_17_upgrades_with_its_foreign_keys_indexed(tmp_path):
    """0018: the four foreign keys without an index get one; a pupil keeps its shared phone."""
    path = tmp_path / "seventeen.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0017_purge")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET shares_phone_with_id = id WHERE id = ?", (STUDENT_ID,)
        )
    database.close()

    opened = open_for_use(path)
    try:
        assert migrate.current_revision(opened.database.engine) == migrate.HEAD_REVISION
        with opened.database.engine.connect() as connection:
            indexes = {
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index'"
                )
            }
            kept = connection.exec_driver_sql(
                "SELECT shares_phone_with_id FROM students WHERE id = ?", (STUDENT_ID,)
            ).scalar()
        assert {
            "ix_students_merged_into_id",
            "ix_students_shares_phone_with_id",
            "ix_teaching_assignments_subject_id",
            "ix_worksheets_source_file_id",
        } <= indexes
        assert kept == STUDENT_ID
    finally:
        opened.database.close()


def _states_at(path: Path, revision: str, states: list[tuple[str, dict]]) -> None:
    """A database of the first revision's rows, upgraded to `revision`, that keeps these
    row states of pupils (as sync writes them: JSON text)."""
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, revision)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO sync_rows (table_name, row_id, state, conflicts) VALUES (?, ?, ?, 0)",
            [("students", row_id, json.dumps(state)) for row_id, state in states],
        )
    database.close()


def test_a_database_of_revision_18_upgrades_with_each_rows_context_indexed(tmp_path):
    """0019: every kept row state's context becomes lines of sync_row_nodes, one per node."""
    path = tmp_path / "eighteen.sqlite3"
    a, b = "a" * 32, "b" * 32
    _states_at(path, "0018_fk_indexes", [(STUDENT_ID, {"c": {a: 7, b: 3}, "d": [], "f": {}})])

    opened = open_for_use(path)
    try:
        with opened.database.engine.connect() as connection:
            lines = connection.exec_driver_sql(
                "SELECT table_name, row_id, node, counter FROM sync_row_nodes ORDER BY node"
            ).fetchall()
        assert [tuple(line) for line in lines] == [
            ("students", STUDENT_ID, a, 7),
            ("students", STUDENT_ID, b, 3),
        ]
    finally:
        opened.database.close()


def test_a_database_of_revision_20_upgrades_with_its_whole_rows_states_kept_small(tmp_path):
    """0021: a state one dot wrote whole (every field at that dot) loses its field names;
    one with a second dot, or missing a field, keeps them; all read back the same."""
    EDITED, SHORT = "2" * 32, "3" * 32
    path = tmp_path / "twenty.sqlite3"
    a, b = "a" * 32, "b" * 32
    fields = synced_tables()["students"].fields  # 0021 changes no column
    whole = {"c": {a: 7}, "d": [[a, 7, 99]], "f": {name: [0] for name in sorted(fields)}}
    edited = {
        "c": {a: 7, b: 2},
        "d": [[a, 7, 99], [b, 2, 98]],
        "f": {name: [1 if name == "village" else 0] for name in sorted(fields)},
    }
    short = {"c": {a: 8}, "d": [[a, 8, 99]], "f": {"full_name": [0]}}  # an older sender
    _states_at(path, "0020_big_counters", [(STUDENT_ID, whole), (EDITED, edited), (SHORT, short)])

    database = Database.open(path)
    migrate.upgrade_engine(database.engine, "0021_compact_states")
    with database.engine.connect() as connection:
        kept = dict(connection.exec_driver_sql("SELECT row_id, state FROM sync_rows").fetchall())
    database.close()
    assert json.loads(kept[STUDENT_ID]) == {"c": {a: 7}, "d": [[a, 7, 99]]}
    assert json.loads(kept[EDITED]) == edited and json.loads(kept[SHORT]) == short
    opened = open_for_use(path)
    try:
        with opened.database.engine.connect() as connection:
            read = load_packed(connection, "students", [STUDENT_ID, EDITED, SHORT])
        assert read == {STUDENT_ID: whole, EDITED: edited, SHORT: short}
    finally:
        opened.database.close()


def test_a_database_of_revision_21_upgrades_with_one_dot_rows_kept_as_columns(tmp_path):
    """0022: a small state whose context is its one dot moves to the dot's columns and
    loses its context line; a state whose context holds another node stays text, with its
    lines. Both read back as before, and the export finds them by the same rule. Going
    back to 0021 gives the texts and lines again."""
    WIDER = "4" * 32
    path = tmp_path / "twentyone.sqlite3"
    a, b = "a" * 32, "b" * 32
    one = {"c": {a: 7}, "d": [[a, 7, 99]]}
    wider = {"c": {a: 9, b: 4}, "d": [[a, 9, 120]]}  # every field at a:9, having seen b:4
    _states_at(path, "0021_compact_states", [(STUDENT_ID, one), (WIDER, wider)])
    database = Database.open(path)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO sync_row_nodes (table_name, row_id, node, counter) VALUES (?, ?, ?, ?)",
            [("students", STUDENT_ID, a, 7), ("students", WIDER, a, 9), ("students", WIDER, b, 4)],
        )
    database.close()
    fields = synced_tables()["students"].fields
    whole = {name: [0] for name in sorted(fields)}

    opened = open_for_use(path)
    try:
        with opened.database.engine.connect() as connection:
            kept = {
                row[0]: tuple(row[1:])
                for row in connection.exec_driver_sql(
                    "SELECT row_id, state, node, counter, clock FROM sync_rows"
                )
            }
            lines = connection.exec_driver_sql(
                "SELECT row_id, node, counter FROM sync_row_nodes ORDER BY row_id, node"
            ).fetchall()
            read = load_packed(connection, "students", [STUDENT_ID, WIDER])
            lacked = count_rows(connection, {a: 8})  # a reader that has a:8 lacks WIDER only
        assert kept[STUDENT_ID] == (None, a, 7, 99)
        assert json.loads(kept[WIDER][0]) == wider and kept[WIDER][1:] == (None, None, None)
        assert [tuple(line) for line in lines] == [(WIDER, a, 9), (WIDER, b, 4)]
        assert read == {STUDENT_ID: {**one, "f": whole}, WIDER: {**wider, "f": whole}}
        assert lacked == {"students": 1}
        with opened.database.engine.connect() as connection:
            command.downgrade(migrate._alembic_config(connection), "0021_compact_states")
        with opened.database.engine.connect() as connection:
            back = dict(
                connection.exec_driver_sql("SELECT row_id, state FROM sync_rows").fetchall()
            )
            lines = connection.exec_driver_sql(
                "SELECT row_id, node, counter FROM sync_row_nodes ORDER BY row_id, node"
            ).fetchall()
        assert {row: json.loads(text) for row, text in back.items()} == {
            STUDENT_ID: one,
            WIDER: wider,
        }
        assert [tuple(line) for line in lines] == [
            (STUDENT_ID, a, 7),
            (WIDER, a, 9),
            (WIDER, b, 4),
        ]
    finally:
        opened.database.close()


def test_a_database_of_revision_22_upgrades_and_keeps_its_history_and_goes_back_whole(
    tmp_path,
):
    """0023: rows keep their history as it was (sync_history holds every line of it). A
    "made" line a row keeps with it since (an import, a first stamp) goes into
    sync_history on the way back, where 0022 reads it, and the row's history reads the
    same at both revisions."""
    OTHER = "5" * 32
    path = tmp_path / "twentytwo.sqlite3"
    a = "a" * 32
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    migrate.upgrade_engine(database.engine, "0022_dot_columns")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO sync_rows (table_name, row_id, state, conflicts, node, counter, clock) "
            "VALUES ('students', ?, NULL, 0, ?, 7, ?)",
            (STUDENT_ID, a, 7 << 40),
        )
        connection.exec_driver_sql(
            "INSERT INTO sync_history (table_name, row_id, changes, node, counter, clock, "
            "arrived, person) VALUES ('students', ?, '{}', ?, 7, ?, 1, 'Bu Sari')",
            (STUDENT_ID, a, 7 << 40),
        )
    database.close()

    opened = open_for_use(path)
    try:
        with opened.database.engine.begin() as connection:
            kept = connection.exec_driver_sql(
                "SELECT made_arrived, made_by FROM sync_rows WHERE row_id = ?", (STUDENT_ID,)
            ).one()
            assert tuple(kept) == (None, None)  # its "made" line stays in sync_history
            before = row_changes(connection, "students", STUDENT_ID)
            assert [(c.node, c.arrived, c.changes, c.person) for c in before] == [
                (a, True, {}, "Bu Sari")
            ]
            connection.exec_driver_sql(  # a pupil new here since, its "made" line kept
                "INSERT INTO sync_rows (table_name, row_id, state, conflicts, node, counter, "
                "clock, made_arrived, made_by) VALUES ('students', ?, NULL, 0, ?, 8, ?, 0, "
                "'Pak Amir')",
                (OTHER, a, 8 << 40),
            )
            made_here = row_changes(connection, "students", OTHER)
        with opened.database.engine.connect() as connection:
            command.downgrade(migrate._alembic_config(connection), "0022_dot_columns")
        with opened.database.engine.connect() as connection:
            lines = connection.exec_driver_sql(
                "SELECT row_id, changes, node, counter, clock, arrived, person "
                "FROM sync_history ORDER BY seq"
            ).fetchall()
        assert [tuple(line) for line in lines] == [
            (STUDENT_ID, "{}", a, 7, 7 << 40, 1, "Bu Sari"),
            (OTHER, "{}", a, 8, 8 << 40, 0, "Pak Amir"),
        ]
        assert [(c.when, c.node, c.arrived, c.person) for c in made_here] == [
            (clock_time(8 << 40), a, False, "Pak Amir")
        ]
    finally:
        opened.database.close()
