"""People sign in with a PIN; their role decides what they may change; every change carries
the person; the computer's keys are sealed once sign-in is set up."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tomoni_desktop.core import cipher, keyfile, vault
from tomoni_desktop.core.access import NotAllowed
from tomoni_desktop.core.database import DatabaseLocked
from tomoni_desktop.core.errors import TomoniError, ValidationError
from tomoni_desktop.core.models import (
    Assessment,
    AssessmentResult,
    Enrollment,
    FollowUpCase,
    Profile,
    ProfileRole,
    School,
    SchoolClass,
    Semester,
    Student,
    Subject,
    Teacher,
    TeachingAssignment,
)
from tomoni_desktop.core.node import ensure_node_id
from tomoni_desktop.core.unit_of_work import run_flow, unit_of_work
from tomoni_desktop.services.school import profiles
from tomoni_desktop.services.school.database import open_database
from tomoni_desktop.sync import history, identity
from tomoni_desktop.sync.capture import install_capture

PIN = "240617"
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def school(demo_database):
    with unit_of_work(demo_database) as uow:  # as opening the database for use does
        ensure_node_id(uow.session, demo_database.path)
        install_capture(uow.connection)
    return demo_database


def _set_up(database, pin=PIN):
    done = run_flow(
        database,
        lambda units: profiles.set_up_sign_in_here(units, "Ibu Tata Usaha", pin, pin, now=NOW),
    ).result
    database.actor = done.actor
    return done


def _first(uow, statement):
    return uow.session.scalars(statement.limit(1)).one()


def _teaching(database):
    """A homeroom class with its teacher, and an assignment of another teacher there."""
    with unit_of_work(database) as uow:
        homeroom_class = _first(
            uow, select(SchoolClass).where(SchoolClass.homeroom_teacher_id.is_not(None))
        )
        other_class = _first(
            uow,
            select(SchoolClass).where(
                SchoolClass.id != homeroom_class.id, SchoolClass.homeroom_teacher_id.is_not(None)
            ),
        )
        taught = _first(  # a subject teacher who is not that class's homeroom teacher
            uow,
            select(TeachingAssignment)
            .join(SchoolClass, SchoolClass.id == TeachingAssignment.class_id)
            .where(TeachingAssignment.teacher_id != SchoolClass.homeroom_teacher_id),
        )
        return homeroom_class, other_class, taught


def _pupil_of(database, class_id):
    with unit_of_work(database) as uow:
        return uow.session.scalars(
            select(Enrollment.student_id).where(Enrollment.class_id == class_id).limit(1)
        ).one()


def _add(database, name, role, teacher_id):
    with unit_of_work(database) as uow:
        return profiles.add_profile(uow, name, role, teacher_id, "739152", "739152", now=NOW)


def _sign_in(database, row, pin="739152"):
    with unit_of_work(database) as uow:
        signed = profiles.sign_in(uow, row.id, pin, now=NOW)
    assert signed.actor is not None
    database.actor = signed.actor
    return signed.actor


def _rename(database, student_id, notes):
    with unit_of_work(database) as uow:
        uow.session.get(Student, student_id).notes = notes


def _notes(database, student_id):
    database.actor, actor = None, database.actor
    try:
        with unit_of_work(database) as uow:
            return uow.session.get(Student, student_id).notes
    finally:
        database.actor = actor


def test_setting_up_sign_in_keeps_no_pin_and_seals_the_keys(school, tmp_path):
    with unit_of_work(school) as uow:
        school_id = uow.session.scalars(select(School.id)).one()
        identity.init_school(uow.connection, school_id.hex, "SMP 1", "sekolah tomoni satu")
        clear = identity.load_identity(uow.connection)
    school.actor = None
    done = _set_up(school)
    assert len(done.recovery_code) == 23 and done.recovery_code.count("-") == 3

    wal = school.path.with_name(school.path.name + "-wal")
    raw = school.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    raw += keyfile.key_file(school.path).read_bytes()
    assert not raw.startswith(b"SQLite format 3")  # the file itself is encrypted (SQLCipher)
    assert clear.private_key not in raw and clear.school_key not in raw
    assert (
        clear.private_key.hex().encode() not in raw and clear.school_key.hex().encode() not in raw
    )
    assert PIN.encode() not in raw and done.recovery_code.encode() not in raw
    assert b"Ibu Tata Usaha" not in school.path.read_bytes()  # names are inside the cipher

    # A copy of the file and its key file, with nobody signed in, opens for no one.
    copy = tmp_path / "copy" / "school.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(school.path, copy)
    shutil.copyfile(keyfile.key_file(school.path), keyfile.key_file(copy))
    with pytest.raises(DatabaseLocked):
        open_database(copy)
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT count(*) FROM students").fetchall()
    unlocked = keyfile.unlock(copy, done.actor.profile_id, PIN, NOW)  # a PIN opens it
    assert unlocked.key == done.actor.vault_key
    cipher.remember(copy, unlocked.key)
    opened = open_database(copy).database
    with unit_of_work(opened) as uow:
        assert uow.session.scalar(select(func.count()).select_from(School)) == 1
    opened.close()

    school.actor = None  # nobody signed in: the sealed keys stay shut
    with unit_of_work(school) as uow, pytest.raises(vault.Locked):
        identity.load_identity(uow.connection)
    school.actor = done.actor
    with unit_of_work(school) as uow:
        assert identity.load_identity(uow.connection) == clear


def test_a_wrong_pin_is_kept_and_the_waits_grow(school):
    done = _set_up(school)
    school.actor = None
    profile_id = done.actor.profile_id
    answers = []
    for minute in range(4):
        with unit_of_work(school) as uow:
            answers.append(
                profiles.sign_in(uow, profile_id, "111222", NOW + timedelta(minutes=minute))
            )
    assert [a.tries_left for a in answers[:2]] == [2, 1]
    assert answers[2].blocked_until == NOW + timedelta(minutes=2, seconds=30)
    assert answers[3].blocked_until == NOW + timedelta(minutes=3, seconds=60)
    with unit_of_work(school) as uow:  # the right PIN waits too, then works
        assert profiles.sign_in(uow, profile_id, PIN, NOW + timedelta(minutes=3)).actor is None
        later = profiles.sign_in(uow, profile_id, PIN, NOW + timedelta(minutes=5))
    assert later.actor is not None and later.actor.role == ProfileRole.OFFICE
    with unit_of_work(school) as uow:
        assert uow.session.get(Profile, profile_id).failed_tries == 0


def test_pins_are_digits_and_not_a_pattern(school):
    for pin in ("12345", "123456", "999999", "98765432", "12a456", "١٢٣٤٥٦"):
        with unit_of_work(school) as uow, pytest.raises(ValidationError):
            profiles.set_up_sign_in(uow, "Kantor", pin, pin)
    with unit_of_work(school) as uow, pytest.raises(ValidationError):
        profiles.set_up_sign_in(uow, "Kantor", PIN, "240618")


def test_the_office_resets_a_pin_and_the_recovery_code_resets_the_office(school):
    homeroom_class, _other, _taught = _teaching(school)
    done = _set_up(school)
    teacher = _add(school, "Bu Sri", ProfileRole.HOMEROOM, homeroom_class.homeroom_teacher_id)
    with unit_of_work(school) as uow:
        profiles.reset_pin(uow, teacher.id, "580314", "580314")
    school.actor = None
    with unit_of_work(school) as uow:
        assert profiles.sign_in(uow, teacher.id, "739152", NOW).actor is None
        assert profiles.sign_in(uow, teacher.id, "580314", NOW).actor is not None
    with unit_of_work(school) as uow, pytest.raises(NotAllowed):  # nobody signed in
        profiles.reset_pin(uow, teacher.id, "580314", "580314")

    with unit_of_work(school) as uow, pytest.raises(ValidationError):
        profiles.recover(uow, "AAAAA-BBBBB-CCCCC-DDDDD", done.actor.profile_id, "802455", "802455")
    with unit_of_work(school) as uow, pytest.raises(TomoniError):  # a teacher's: the office
        profiles.recover(uow, done.recovery_code, teacher.id, "802455", "802455")
    typed = done.recovery_code.lower().replace("-", " ")
    with unit_of_work(school) as uow:
        actor = profiles.recover(uow, typed, done.actor.profile_id, "802455", "802455")
    assert actor.vault_key == done.actor.vault_key
    with unit_of_work(school) as uow:
        assert profiles.sign_in(uow, done.actor.profile_id, "802455", NOW).actor is not None


def test_a_homeroom_teacher_changes_her_class_only_and_nothing_half_done(school):
    homeroom_class, other_class, _taught = _teaching(school)
    _set_up(school)
    row = _add(school, "Bu Sri", ProfileRole.HOMEROOM, homeroom_class.homeroom_teacher_id)
    _sign_in(school, row)
    mine, theirs = _pupil_of(school, homeroom_class.id), _pupil_of(school, other_class.id)
    _rename(school, mine, "Rajin")
    assert _notes(school, mine) == "Rajin"
    # One allowed write and one refused in a unit: neither stays.
    with pytest.raises(NotAllowed) as refused, unit_of_work(school) as uow:
        uow.session.get(Student, mine).notes = "Dua kali"
        uow.session.get(Student, theirs).notes = "Bukan kelasnya"
    assert refused.value.params["person"] == "Bu Sri"
    assert _notes(school, mine) == "Rajin" and _notes(school, theirs) != "Bukan kelasnya"
    with pytest.raises(NotAllowed), unit_of_work(school) as uow:
        uow.session.get(SchoolClass, homeroom_class.id).name = "7 Z"


def test_a_subject_teacher_scores_her_class_and_subject_only(school):
    _homeroom, _other, taught = _teaching(school)
    _set_up(school)
    row = _add(school, "Pak Guru", ProfileRole.SUBJECT, taught.teacher_id)
    with unit_of_work(school) as uow:
        hers = select(TeachingAssignment.subject_id).where(
            TeachingAssignment.teacher_id == taught.teacher_id,
            TeachingAssignment.class_id == taught.class_id,
        )
        other_subject = uow.session.scalars(
            select(Subject.id).where(Subject.id.not_in(hers)).limit(1)
        ).one()
        semester = uow.session.scalars(select(Semester.id).limit(1)).one()
    _sign_in(school, row)
    pupil = _pupil_of(school, taught.class_id)

    def score(subject_id, value):
        import uuid

        with unit_of_work(school) as uow:
            assessment = Assessment(
                id=uuid.uuid4(),
                class_id=taught.class_id,
                subject_id=subject_id,
                semester_id=semester,
                title="Ulangan 1",
                kind="topic",
                held_on=NOW.date(),
            )
            uow.session.add(assessment)
            uow.session.add(
                AssessmentResult(
                    id=uuid.uuid4(), assessment_id=assessment.id, student_id=pupil, score=value
                )
            )

    score(taught.subject_id, 88)
    with pytest.raises(NotAllowed):
        score(other_subject, 70)
    with pytest.raises(NotAllowed):  # nor the pupil's own record
        _rename(school, pupil, "Catatan")
    school.actor = None
    with unit_of_work(school) as uow:
        scores = uow.session.scalars(
            select(AssessmentResult.score).where(AssessmentResult.student_id == pupil)
        ).all()
    assert 88 in scores and 70 not in scores


def test_a_counsellor_works_on_cases_of_every_class_and_a_head_reads(school):
    import uuid

    _homeroom, other_class, _taught = _teaching(school)
    _set_up(school)
    pupil = _pupil_of(school, other_class.id)
    with unit_of_work(school) as uow:  # the office opens a case
        counsellor_teacher = uow.session.scalars(select(Teacher.id).limit(1)).one()
        case = FollowUpCase(
            id=uuid.uuid4(),
            student_id=pupil,
            class_id=other_class.id,
            reason="consecutive",
            opened_on=NOW.date(),
            first_absence_on=NOW.date(),
            absent_days=3,
        )
        uow.session.add(case)
    counsellor = _add(school, "Bu BK", ProfileRole.COUNSELLOR, counsellor_teacher)
    head = _add(school, "Pak Kepala", ProfileRole.HEAD, None)
    for person, result in ((counsellor, "Sudah ditelepon"), (head, "Orang tua datang")):
        _sign_in(school, person)
        with unit_of_work(school) as uow:
            uow.session.get(FollowUpCase, case.id).result = result
        with pytest.raises(NotAllowed):
            _rename(school, pupil, "Catatan")
    school.actor = None
    with unit_of_work(school) as uow:
        assert uow.session.get(FollowUpCase, case.id).result == "Orang tua datang"


def test_every_change_carries_the_person_signed_in(school):
    homeroom_class, _other, _taught = _teaching(school)
    _set_up(school)
    row = _add(school, "Bu Sri", ProfileRole.HOMEROOM, homeroom_class.homeroom_teacher_id)
    _sign_in(school, row)
    pupil = _pupil_of(school, homeroom_class.id)
    _rename(school, pupil, "Rajin")
    with unit_of_work(school) as uow:  # not yet stamped: read from the captured notes
        pending = history.row_changes(uow.connection, "students", pupil.hex)
    assert pending[0].person == "Bu Sri"
    with unit_of_work(school) as uow:
        from tomoni_desktop.sync.stamp import stamp

        stamp(uow.connection)
    _rename(school, pupil, "Rajin sekali")
    with unit_of_work(school) as uow:
        stamp(uow.connection)
        changes = history.row_changes(uow.connection, "students", pupil.hex)
    assert [c.person for c in changes[:2]] == ["Bu Sri", "Bu Sri"]
    assert changes[0].changes["notes"] == ("Rajin", "Rajin sekali")


def test_the_office_alone_manages_people(school):
    homeroom_class, _other, _taught = _teaching(school)
    done = _set_up(school)
    row = _add(school, "Bu Sri", ProfileRole.HOMEROOM, homeroom_class.homeroom_teacher_id)
    with unit_of_work(school) as uow, pytest.raises(ValidationError):  # a teacher needs one
        profiles.add_profile(uow, "Bu X", ProfileRole.SUBJECT, None, "739152", "739152")
    _sign_in(school, row)
    with unit_of_work(school) as uow, pytest.raises(NotAllowed):
        profiles.add_profile(uow, "Bu Y", ProfileRole.OFFICE, None, "739152", "739152")
    school.actor = done.actor
    with unit_of_work(school) as uow, pytest.raises(TomoniError):
        profiles.remove_profile(uow, done.actor.profile_id)  # the last office profile
    with unit_of_work(school) as uow:
        profiles.remove_profile(uow, row.id, now=NOW)
    with unit_of_work(school) as uow:
        assert [p.name for p in profiles.profiles_of(uow)] == ["Ibu Tata Usaha"]
        removed = uow.session.get(Profile, row.id)
        assert removed.removed_at and json.loads(removed.pin) == {}
        assert uow.session.scalar(select(func.count()).select_from(Profile)) == 2


def test_a_teacher_reads_her_own_classes_and_no_counsellors_note(school):
    import uuid

    from tomoni_desktop.core.models import FollowUpStep
    from tomoni_desktop.services.attendance.follow_up import case_of
    from tomoni_desktop.services.roster.editing import classes_of_year
    from tomoni_desktop.services.roster.everything import everything_about
    from tomoni_desktop.services.roster.students import list_students

    homeroom_class, other_class, _taught = _teaching(school)
    year = homeroom_class.school_year_id
    with unit_of_work(school) as uow:
        every_class = classes_of_year(uow, year)
        hers = {
            homeroom_class.id,
            *uow.session.scalars(
                select(TeachingAssignment.class_id).where(
                    TeachingAssignment.teacher_id == homeroom_class.homeroom_teacher_id
                )
            ),
        }
    mine = _pupil_of(school, homeroom_class.id)
    case_id = uuid.uuid4()
    with unit_of_work(school) as uow:
        uow.session.add(
            FollowUpCase(
                id=case_id,
                student_id=mine,
                class_id=homeroom_class.id,
                reason="consecutive",
                opened_on=NOW.date(),
                first_absence_on=NOW.date(),
                absent_days=3,
            )
        )
        uow.session.add(
            FollowUpStep(
                id=uuid.uuid4(),
                case_id=case_id,
                kind="counsellor",
                owner="counsellor",
                due_on=NOW.date(),
                confidential_note="Masalah keluarga",
            )
        )
    _set_up(school)
    with unit_of_work(school) as uow:  # the office reads everything
        assert case_of(uow, case_id).steps[0].confidential_note == "Masalah keluarga"
    teacher = _add(school, "Bu Sri", ProfileRole.HOMEROOM, homeroom_class.homeroom_teacher_id)
    _sign_in(school, teacher)
    with unit_of_work(school) as uow:
        seen = classes_of_year(uow, year)
        pupils = list_students(uow, year)
        assert case_of(uow, case_id).steps[0].confidential_note == ""
        everything_about(uow, mine, NOW.date())
    assert {c for c, _name in seen} == hers and len(seen) < len(every_class)
    assert pupils and {p.class_id for p in pupils} <= hers
    theirs = _pupil_of(school, other_class.id)
    with unit_of_work(school) as uow, pytest.raises(NotAllowed):
        everything_about(uow, theirs, NOW.date())


def test_membership_backup_keys_and_restores_are_the_offices(school, tmp_path):
    from tomoni_desktop.core.unit_of_work import run_flow as flow
    from tomoni_desktop.services import sync
    from tomoni_desktop.services.school.database import set_backup_passphrase

    homeroom_class, _other, _taught = _teaching(school)
    _set_up(school)
    teacher = _add(school, "Bu Sri", ProfileRole.HOMEROOM, homeroom_class.homeroom_teacher_id)
    _sign_in(school, teacher)
    with unit_of_work(school) as uow, pytest.raises(NotAllowed):
        sync.make_office(uow, "sekolah tomoni satu")
    with pytest.raises(NotAllowed):
        flow(school, lambda units: set_backup_passphrase(units, "kunci cadangan", "kunci cadangan"))
    with unit_of_work(school) as uow:
        assert identity.load_identity(uow.connection) is None
