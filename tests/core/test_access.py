"""Every synced table has a place a role can be checked against: a class, a pupil, a
subject, or the school's own set-up."""

from __future__ import annotations

from tomoni_desktop.core import access
from tomoni_desktop.core.models import Base
from tomoni_desktop.sync.tables import synced_tables


def test_every_synced_table_finds_its_class_or_subject():
    for name in synced_tables():
        if name in access.SCHOOL_TABLES | {"students", "school_classes", "stored_files"}:
            continue
        columns = Base.metadata.tables[name].c
        ways = {"class_id", "student_id", "subject_id", *access.PARENTS}
        assert ways & set(columns.keys()), f"{name}: no way to its class, pupil or subject"
        for parent in access.PARENTS:
            if parent in columns:
                assert columns[parent].foreign_keys, f"{name}.{parent} is not a foreign key"


def test_the_groups_name_only_synced_tables():
    synced = set(synced_tables())
    for group in (
        access.SCHOOL_TABLES,
        access.SUBJECT_TABLES,
        access.CASE_TABLES,
        access.MEETING_TABLES,
    ):
        assert group <= synced, group - synced
