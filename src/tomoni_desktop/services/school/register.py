"""The register of what left this computer, and what a lost stick gave away.

Every file written with children's data (a packet, a route sheet, a report, a letter, an
export, a bundle, a backup to a stick) is noted in the unit of work that wrote it: when, who,
what kind of data, about which pupils, and where to. When a stick is lost, the entries chosen
give the pupils and the data affected, and the letter to their parents (UU PDP asks a school
to tell them, and the authority, within 3×24 hours).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path, PureWindowsPath

from sqlalchemy import func, select

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import DataLeft, Enrollment, SchoolClass, Student
from tomoni_desktop.core.unit_of_work import UnitOfWork


class Leaving(StrEnum):
    PACKET = "packet"
    ROUTE_SHEET = "route_sheet"
    LETTERS = "letters"
    SIGN_IN_SHEET = "sign_in_sheet"
    SCHEDULE = "schedule"
    PROGRESS_REPORTS = "progress_reports"
    LEGER = "leger"
    ERAPOR = "erapor"
    MISSING_SCORES = "missing_scores"
    GRADE_SHEET = "grade_sheet"
    MONTH_RECAP = "month_recap"
    WEEK_PAGE = "week_page"
    OUTSTANDING = "outstanding"
    ALLOWANCES = "allowances"
    PUPIL_RECORD = "pupil_record"
    ROSTER = "roster"
    BUNDLE = "bundle"
    BACKUP = "backup"


class Data(StrEnum):
    """The kinds of personal data a file holds, as a breach report names them."""

    NAMES = "names"  # names, classes, NISN
    ADDRESSES = "addresses"  # home addresses, villages, the route
    PHONES = "phones"  # parents' phone numbers
    GRADES = "grades"
    ATTENDANCE = "attendance"
    WORK = "work"  # worksheets, what came back
    FAMILY = "family"  # guardians, letters to them, meetings
    CASES = "cases"  # follow-up cases, the counsellor's notes
    EVERYTHING = "everything"  # a whole copy of the database


HOLDS: dict[Leaving, tuple[Data, ...]] = {
    Leaving.PACKET: (Data.NAMES, Data.WORK),
    Leaving.ROUTE_SHEET: (Data.NAMES, Data.ADDRESSES, Data.PHONES, Data.WORK),
    Leaving.LETTERS: (Data.NAMES, Data.FAMILY, Data.ATTENDANCE),
    Leaving.SIGN_IN_SHEET: (Data.NAMES, Data.FAMILY),
    Leaving.SCHEDULE: (Data.NAMES,),
    Leaving.PROGRESS_REPORTS: (Data.NAMES, Data.GRADES, Data.ATTENDANCE),
    Leaving.LEGER: (Data.NAMES, Data.GRADES, Data.ATTENDANCE),
    Leaving.ERAPOR: (Data.NAMES, Data.GRADES, Data.ATTENDANCE),
    Leaving.MISSING_SCORES: (Data.NAMES, Data.GRADES),
    Leaving.GRADE_SHEET: (Data.NAMES, Data.GRADES),
    Leaving.MONTH_RECAP: (Data.NAMES, Data.ATTENDANCE),
    Leaving.WEEK_PAGE: (Data.NAMES, Data.ATTENDANCE, Data.WORK),
    Leaving.OUTSTANDING: (Data.NAMES, Data.WORK),
    Leaving.ALLOWANCES: (Data.NAMES, Data.PHONES),
    Leaving.PUPIL_RECORD: (Data.EVERYTHING,),
    Leaving.ROSTER: (Data.NAMES, Data.ADDRESSES, Data.PHONES, Data.FAMILY),
    Leaving.BUNDLE: (Data.EVERYTHING,),
    Leaving.BACKUP: (Data.EVERYTHING,),
}
MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
PAPER = "paper"  # the medium of a document sent to a printer


@dataclass(frozen=True)
class LeftEntry:
    id: str
    made_at: datetime
    person: str
    kind: Leaving
    data: tuple[Data, ...]
    file_name: str
    folder: str
    medium: str
    classes: str
    pupil_count: int
    everyone: bool  # a whole copy: every pupil of that day
    encrypted: bool  # a bundle, an encrypted backup: unreadable without the school's key


@dataclass(frozen=True)
class Affected:
    """What the chosen entries gave away: the pupils (and their classes), the data, when."""

    entries: list[LeftEntry]
    pupils: list[tuple[uuid.UUID, str, str]]  # id, name, class
    data: tuple[Data, ...]
    first: datetime
    last: datetime


def medium_of(folder: Path) -> str:
    """The stick a folder is on: its label (the mount folder's name), or its drive letter
    on Windows when it is not the system drive; "" for the computer's own disk."""
    text = str(folder)
    if os.name == "nt" or PureWindowsPath(text).drive:
        drive = PureWindowsPath(text).drive.upper()
        system = os.environ.get("SYSTEMDRIVE", "C:").upper()
        return drive if drive and drive != system else ""
    for root in MOUNT_ROOTS:
        if text.startswith(root):
            parts = Path(text[len(root) :]).parts
            if root == "/mnt/":
                return parts[0] if parts else ""
            # /media/USER/LABEL and /run/media/USER/LABEL; /media/LABEL on some systems
            return (
                parts[1] if len(parts) > 1 and root != "/Volumes/" else (parts[0] if parts else "")
            )
    return ""


def _pupils_of_classes(uow: UnitOfWork, class_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    ids = list(class_ids)
    if not ids:
        return []
    return list(
        uow.session.scalars(
            select(Enrollment.student_id).where(Enrollment.class_id.in_(ids)).distinct()
        )
    )


def note_left(
    uow: UnitOfWork,
    kind: Leaving,
    path: Path,
    *,
    classes: Iterable[uuid.UUID] = (),
    pupils: Iterable[uuid.UUID] | None = None,
    everyone: bool = False,
    printer: str | None = None,
    encrypted: bool = False,
    now: datetime | None = None,
    person: str | None = None,
) -> None:
    """Note a file just written in this unit of work (or, with `printer`, the document at
    `path` sent to that printer). `pupils` named, or the pupils of `classes`, or `everyone`
    (a whole copy). `person`: who wrote it, when not the one signed in (the demo's past)."""
    class_ids = list(classes)
    names = (
        ", ".join(
            uow.session.scalars(
                select(SchoolClass.name)
                .where(SchoolClass.id.in_(class_ids))
                .order_by(SchoolClass.level, SchoolClass.name)
            )
        )
        if class_ids
        else ""
    )
    if everyone:
        ids: list[uuid.UUID] | None = None
        count = uow.session.scalar(select(func.count()).select_from(Student)) or 0
    else:
        ids = sorted(set(pupils)) if pupils is not None else _pupils_of_classes(uow, class_ids)
        count = len(ids)
    actor = uow.database.actor
    path = Path(path).absolute()
    uow.session.add(
        DataLeft(
            id=uuid.uuid4().hex,
            made_at=(now or datetime.now(UTC)).isoformat(),
            person=person if person is not None else (actor.name if actor else ""),
            kind=kind.value,
            file_name=printer if printer is not None else path.name,
            folder="" if printer is not None else str(path.parent),
            medium=PAPER if printer is not None else medium_of(path.parent),
            classes=names,
            pupil_ids=None if ids is None else json.dumps([i.hex for i in ids]),
            pupil_count=count,
            encrypted=encrypted,
        )
    )


def _entry(row: DataLeft) -> LeftEntry:
    kind = Leaving(row.kind)
    return LeftEntry(
        row.id,
        datetime.fromisoformat(row.made_at),
        row.person,
        kind,
        HOLDS[kind],
        row.file_name,
        row.folder,
        row.medium,
        row.classes,
        row.pupil_count,
        row.pupil_ids is None,
        row.encrypted,
    )


def register_of(uow: UnitOfWork, since: date | None = None) -> list[LeftEntry]:
    """Newest first."""
    query = select(DataLeft).order_by(DataLeft.made_at.desc())
    if since is not None:
        query = query.where(DataLeft.made_at >= since.isoformat())
    return [_entry(row) for row in uow.session.scalars(query)]


def affected_by(uow: UnitOfWork, entry_ids: Iterable[str]) -> Affected:
    """The pupils and data of the chosen entries (a lost stick's files)."""
    rows = [uow.session.get(DataLeft, i) for i in entry_ids]
    chosen = [row for row in rows if row is not None]
    if not chosen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the files that were on the lost stick."),
            field="entries",
        )
    everyone = any(row.pupil_ids is None for row in chosen)
    ids: set[uuid.UUID] = set()
    if not everyone:
        for row in chosen:
            ids |= {uuid.UUID(i) for i in json.loads(row.pupil_ids or "[]")}
    query = (
        select(Student.id, Student.full_name, func.max(SchoolClass.name))
        .outerjoin(Enrollment, Enrollment.student_id == Student.id)
        .outerjoin(SchoolClass, SchoolClass.id == Enrollment.class_id)
        .group_by(Student.id, Student.full_name)
        .order_by(func.max(SchoolClass.name), Student.full_name)
    )
    if not everyone:
        query = query.where(Student.id.in_(ids))
    pupils = [(i, name, class_name or "") for i, name, class_name in uow.session.execute(query)]
    entries = [_entry(row) for row in chosen]
    data = tuple(d for d in Data if any(d in e.data for e in entries))
    moments = [e.made_at for e in entries]
    return Affected(
        sorted(entries, key=lambda e: e.made_at), pupils, data, min(moments), max(moments)
    )


DEFAULT_MEASURES = (
    "sekolah sudah mencatat kejadian ini, mengganti kunci data sekolah, dan melaporkannya "
    "kepada dinas pendidikan. Kami akan memberi kabar bila ada perkembangan."
)


def write_lost_notice(
    uow: UnitOfWork,
    entry_ids: Iterable[str],
    out: Path,
    lost_on: date,
    how: str,
    measures: str = DEFAULT_MEASURES,
    today: date | None = None,
) -> int:
    """The principal's report and the families' letters for the chosen entries, as a PDF;
    returns its pages. The letters are themselves noted in the register."""
    from tomoni_desktop.core.models import School
    from tomoni_desktop.core.settings import load_settings
    from tomoni_desktop.reports.breach_notice import BreachNotice, LeftFile, write_breach_notice

    found = affected_by(uow, entry_ids)
    school = uow.session.scalars(select(School).order_by(School.created_at).limit(1)).first()
    settings = load_settings(uow.session)
    notice = BreachNotice(
        school.name if school else "",
        school.address if school else "",
        lost_on,
        how,
        measures,
        settings.packet_phone,
        [
            LeftFile(
                e.made_at, e.person, e.kind.value, e.file_name, e.medium, e.pupil_count, e.encrypted
            )
            for e in found.entries
        ],
        [d.value for d in found.data],
        [(name, class_name) for _id, name, class_name in found.pupils],
        today or date.today(),
    )
    pages = write_breach_notice(notice, out, settings.paper_size)
    note_left(uow, Leaving.LETTERS, out, pupils=[pupil for pupil, _n, _c in found.pupils])
    return pages
