"""The data conventions that make sync possible, checked on the model metadata."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from tomoni_desktop.core.models import (
    Base,
    Guardian,
    GuardianRelation,
    Student,
    Teacher,
    TeacherRole,
)
from tomoni_desktop.core.types import UTCDateTime
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.school.setup import ensure_school

SYNC_COLUMNS = {"id", "created_at", "updated_at", "deleted_at"}


def synced_tables():
    return [t for t in Base.metadata.sorted_tables if t.info["sync"]]


def test_every_table_says_whether_it_syncs():
    for table in Base.metadata.sorted_tables:
        assert table.info.get("sync") in (True, False), table.name
    local = {t.name for t in Base.metadata.sorted_tables if not t.info["sync"]}
    local_tables = {"local_settings", "profiles", "data_left"}
    assert local == local_tables | {n for n in local if n.startswith("sync_")}
    assert {"sync_rows", "sync_dirty", "sync_history", "sync_peers"} <= local


def test_a_model_that_does_not_say_is_refused_and_leaves_no_table():
    with pytest.raises(TypeError, match="__sync__"):

        class Forgetful(Base):
            __tablename__ = "forgetful"
            key: Mapped[str] = mapped_column(primary_key=True)

    assert "forgetful" not in Base.metadata.tables


@pytest.mark.parametrize("table", synced_tables(), ids=lambda t: t.name)
def test_synced_table_has_uuid_key_times_and_tombstone(table):
    assert set(table.c.keys()) >= SYNC_COLUMNS
    assert [c.name for c in table.primary_key.columns] == ["id"]
    assert table.c.id.type.python_type is uuid.UUID
    assert table.c.id.autoincrement is not True
    assert table.c.deleted_at.nullable
    for name in ("created_at", "updated_at", "deleted_at"):
        assert isinstance(table.c[name].type, UTCDateTime)


@pytest.mark.parametrize("table", synced_tables(), ids=lambda t: t.name)
def test_synced_table_has_no_unique_rule_a_merge_could_break(table):
    assert not [c for c in table.constraints if isinstance(c, UniqueConstraint)]
    assert not [i for i in table.indexes if i.unique]
    assert not [c for c in table.columns if c.unique]


def test_ids_are_made_in_python_before_insert(database):
    with unit_of_work(database) as uow:
        session = uow.session
        school = ensure_school(uow, "SMP Uji", "12345678")
        teacher = Teacher(school_id=school.id, name="Ibu Guru")
        assert teacher.id is None
        session.add(teacher)
        session.flush()
        assert teacher.id.version == 7
        session.rollback()


def test_times_are_stored_and_read_as_utc(demo_database):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        student = session.scalars(select(Student)).first()
        assert student.created_at.tzinfo is UTC
        student.mark_deleted()
        session.commit()
        assert student.is_deleted and student.deleted_at.tzinfo is UTC


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), None)


def test_teacher_roles_round_trip(database):
    with unit_of_work(database) as uow:
        session = uow.session
        school = ensure_school(uow, "SMP Uji", "12345678")
        roles = frozenset({TeacherRole.COUNSELLOR, TeacherRole.OFFICE})
        teacher = Teacher(school_id=school.id, name="Pak Guru", roles=roles)
        session.add(teacher)
        session.commit()
        teacher_id = teacher.id
    with unit_of_work(database) as uow:
        session = uow.session
        assert session.get(Teacher, teacher_id).roles == roles


def test_deleting_a_guardian_is_a_tombstone_not_a_delete(demo_database):
    with unit_of_work(demo_database) as uow:
        session = uow.session
        guardian = session.scalars(
            select(Guardian).where(Guardian.relation == GuardianRelation.MOTHER)
        ).first()
        guardian.mark_deleted()
        session.commit()
        guardian_id = guardian.id
    with unit_of_work(demo_database) as uow:
        session = uow.session
        assert session.get(Guardian, guardian_id) is None  # hidden by default
        assert (
            session.get(Guardian, guardian_id, execution_options={"include_deleted": True})
            is not None
        )


def test_every_foreign_key_column_leads_an_index():
    """Without one, SQLite scans the child table for every parent row it checks: an import
    of pupils that point at pupils (a shared phone, a merge) was quadratic (issue 17)."""
    from sqlalchemy import PrimaryKeyConstraint, UniqueConstraint

    from tomoni_desktop.core.models import Base

    unindexed = []
    for table in Base.metadata.sorted_tables:
        leading = {index.columns[0].name for index in table.indexes if index.columns}
        leading |= {
            list(constraint.columns)[0].name
            for constraint in table.constraints
            if isinstance(constraint, PrimaryKeyConstraint | UniqueConstraint)
            and constraint.columns
        }
        unindexed += [
            f"{table.name}.{key.parent.name}"
            for key in table.foreign_keys
            if key.parent.name not in leading
        ]
    assert unindexed == []
