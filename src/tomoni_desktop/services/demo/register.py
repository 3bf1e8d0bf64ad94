"""The demo laptop's register of what left it over the last fortnight: packets and letters
printed, a route sheet and a sync bundle on the teacher's stick, the progress reports on
the laptop's own disk. So "Data keluar" has something to show, and "Flashdisk hilang…"
a stick to write the families' letters for."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from tomoni_desktop.core.models import Enrollment, SchoolClass, Teacher
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.school.register import Leaving, note_left

WINDOWS = os.name == "nt"
# the homeroom teacher's stick (its label: the medium the register names), and the laptop's
# own disk
STICK = Path("E:/") if WINDOWS else Path("/media/guru/FLASHDISK-SRI")
HOME = Path("C:/Users/guru/Documents") if WINDOWS else Path("/home/guru/Dokumen")
PRINTER = "Printer ruang guru"


def add_demo_register(uow: UnitOfWork, my_class_id: uuid.UUID, today: date) -> None:
    session = uow.session
    school_class = session.get(SchoolClass, my_class_id)
    assert school_class is not None and school_class.homeroom_teacher_id is not None
    teacher = session.get(Teacher, school_class.homeroom_teacher_id)
    assert teacher is not None
    pupils = list(
        session.scalars(
            select(Enrollment.student_id)
            .where(Enrollment.class_id == my_class_id)
            .order_by(Enrollment.student_id)
        )
    )
    short = school_class.name.replace(" ", "")

    def at(days_ago: int, hour: int) -> datetime:  # school hours on this computer's clock
        local = datetime.combine(today - timedelta(days=days_ago), time(hour, 30))
        return local.astimezone(UTC)

    for kind, where, days_ago, hour, chosen, encrypted in (
        (Leaving.PACKET, PRINTER, 12, 7, pupils[::3], False),
        (Leaving.ROUTE_SHEET, STICK / f"kunjungan-{short}.pdf", 5, 9, pupils[::3], False),
        (Leaving.BUNDLE, STICK / f"tomoni-{short}-untuk-kantor.tomoni", 3, 13, None, True),
        (
            Leaving.PROGRESS_REPORTS,
            HOME / f"laporan-perkembangan-{short}.pdf",
            2,
            14,
            pupils,
            False,
        ),
        (Leaving.LETTERS, PRINTER, 1, 10, pupils[1:6], False),
    ):
        printed = where == PRINTER
        note_left(
            uow,
            kind,
            Path(f"{kind.value}.pdf") if printed else Path(where),
            classes=[my_class_id],
            pupils=chosen,
            printer=str(where) if printed else None,
            encrypted=encrypted,
            now=at(days_ago, hour),
            person=teacher.name,
        )
