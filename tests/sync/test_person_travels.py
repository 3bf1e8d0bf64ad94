"""The person signed in when a change was made travels with it: the office's history of a
pupil names the teacher, not only her laptop, and so does a laptop it is relayed to."""

from __future__ import annotations

from sqlalchemy import select

from tests.sync.helpers import make_laptop, make_office, send
from tomoni_desktop.core.models import Enrollment, Guardian, SchoolClass
from tomoni_desktop.core.unit_of_work import run_flow, unit_of_work
from tomoni_desktop.services.school import profiles
from tomoni_desktop.services.sync.inbox import row_history

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def test_the_office_and_other_laptops_see_who_changed_a_record(tmp_path):
    office = make_office(tmp_path, students=6)
    laptop = make_laptop(office, tmp_path, "Laptop Bu Sri")
    other = make_laptop(office, tmp_path, "Laptop Pak Yusuf")
    send(office, laptop, tmp_path / "a")
    send(office, other, tmp_path / "b")
    done = run_flow(
        laptop, lambda units: profiles.set_up_sign_in_here(units, "Kantor", "240617", "240617")
    ).result
    with unit_of_work(laptop) as uow:
        first = uow.session.scalars(select(SchoolClass).order_by(SchoolClass.name)).first()
        row = profiles.add_profile(
            uow,
            "Bu Sri",
            profiles.ProfileRole.HOMEROOM,
            first.homeroom_teacher_id,
            "580314",
            "580314",
            by=done.actor,
        )
    with unit_of_work(laptop) as uow:
        laptop.actor = profiles.sign_in(uow, row.id, "580314").actor
    with unit_of_work(laptop) as uow:  # a family of her own class: hers to change
        pupil = uow.session.scalars(
            select(Enrollment.student_id).where(Enrollment.class_id == first.id).limit(1)
        ).one()
        guardian = uow.session.scalars(
            select(Guardian).where(Guardian.student_id == pupil).limit(1)
        ).one()
        guardian_id = guardian.id
        guardian.mobile = "+6281311112222"
    send(laptop, office, tmp_path / "c")
    send(office, other, tmp_path / "d")
    for database in (office, other):
        with unit_of_work(database) as uow:
            newest = row_history(uow, "guardians", guardian_id)[0]
        assert newest.person == "Bu Sri" and newest.changes["mobile"][1] == "+6281311112222"
