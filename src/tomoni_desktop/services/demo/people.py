"""The demo school's people who sign in, one of each role, all with the PIN it shows."""

from __future__ import annotations

from sqlalchemy import select

from tomoni_desktop.core.models import ProfileRole, SchoolClass, Teacher, TeacherRole
from tomoni_desktop.core.settings import write_setting
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.school import profiles

DEMO_PIN = "246810"
OFFICE_NAME = "Rosdiana"  # the school's administration (tata usaha)


def add_demo_people(uow: UnitOfWork) -> bytes:
    """One person of each role; returns the key the caller encrypts the file with."""
    session = uow.session
    write_setting(uow.connection, profiles.DEMO_PIN_SETTING, DEMO_PIN)  # in the key file too
    done = profiles.set_up_sign_in(uow, OFFICE_NAME, DEMO_PIN, DEMO_PIN)
    first = session.scalars(
        select(SchoolClass).order_by(SchoolClass.level, SchoolClass.name).limit(1)
    ).one()
    teachers = list(session.scalars(select(Teacher).order_by(Teacher.name)))
    homeroom = next(t for t in teachers if t.id == first.homeroom_teacher_id)

    def having(role: TeacherRole) -> Teacher:
        return next(t for t in teachers if role in t.roles)

    subject_only = next(t for t in teachers if t.roles == frozenset({TeacherRole.SUBJECT}))
    for teacher, role in (
        (homeroom, ProfileRole.HOMEROOM),
        (subject_only, ProfileRole.SUBJECT),
        (having(TeacherRole.COUNSELLOR), ProfileRole.COUNSELLOR),
        (having(TeacherRole.DEPUTY_HEAD), ProfileRole.HEAD),
    ):
        profiles.add_profile(uow, teacher.name, role, teacher.id, DEMO_PIN, DEMO_PIN, by=done.actor)
    return done.actor.vault_key
