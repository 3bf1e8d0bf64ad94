"""Who is acting, and what their role lets them change.

Checked once per unit of work over every row it wrote: the capture triggers note each write
to a synced table, however it was made, so no service can forget the check and no raw write
slips past it. A row's place (its classes and subject) is found by following its foreign
keys to a class, a pupil's enrolments or a worksheet. A computer with no profiles yet has no
sign-in and no actor: everything is allowed, as before profiles existed.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection

from tomoni_desktop.core.bulk import in_batches
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.models.enums import ProfileRole

ACTOR_INFO = "tomoni_actor"  # connection.info: (actor, first unchecked sync_dirty seq)

SCHOOL_TABLES = frozenset(
    {
        "schools",
        "attendance_policies",
        "days_off",
        "school_years",
        "semesters",
        "subjects",
        "teachers",
        "school_classes",
        "teaching_assignments",
    }
)
CASE_TABLES = frozenset({"follow_up_cases", "follow_up_steps", "contact_entries", "parent_letters"})
MEETING_TABLES = frozenset({"parent_meetings", "meeting_invitations", "meeting_tasks"})
SUBJECT_TABLES = frozenset(
    {
        "assessments",
        "assessment_objectives",
        "assessment_results",
        "report_entries",
        "grading_policies",
        "learning_objectives",
        "lesson_slots",
        "worksheets",
        "worksheet_questions",
        "stored_files",
        "hand_outs",
        "worksheet_copies",
        "copy_returns",
        "slip_answers",
    }
)
# Whatever else is synced belongs to the pupils' homeroom teacher: the roster, guardians and
# consents, attendance, visits, report notes, data allowances.
ANY_CLASS = {
    ProfileRole.HEAD: CASE_TABLES | MEETING_TABLES,
    ProfileRole.COUNSELLOR: CASE_TABLES | MEETING_TABLES,
}
# The foreign key through which a row without a class of its own finds one (and a subject).
PARENTS = (
    "hand_out_id",
    "assessment_id",
    "case_id",
    "meeting_id",
    "copy_id",
    "stop_id",
    "round_id",
    "worksheet_id",
    "guardian_id",
)


@dataclass(frozen=True)
class Actor:
    """The person signed in: from the profile they signed in with."""

    profile_id: str
    name: str
    role: ProfileRole
    teacher_id: uuid.UUID | None
    vault_key: bytes = field(repr=False)  # opens what this computer keeps sealed

    @property
    def sees_every_class(self) -> bool:
        return self.role in (ProfileRole.OFFICE, ProfileRole.HEAD, ProfileRole.COUNSELLOR)

    @property
    def reads_confidential(self) -> bool:
        """The counsellor's notes: the counsellor, the heads and the office."""
        return self.sees_every_class

    @property
    def is_office(self) -> bool:
        return self.role == ProfileRole.OFFICE


class NotAllowed(TomoniError):
    """The person signed in may not do this; nothing was changed."""


REFUSALS = {
    "school": QT_TRANSLATE_NOOP(
        "errors",
        "{person} may not change the school's set-up (classes, subjects, teachers); the office "
        "can. Nothing was changed.",
    ),
    "subject": QT_TRANSLATE_NOOP(
        "errors",
        "{person} does not teach this class or subject, so its scores and worksheets cannot be "
        "changed here. Nothing was changed.",
    ),
    "cases": QT_TRANSLATE_NOOP(
        "errors",
        "{person} may not change the cases, letters or meetings of this class. Nothing was "
        "changed.",
    ),
    "class": QT_TRANSLATE_NOOP(
        "errors",
        "{person} is not the homeroom teacher of this pupil's class, so it cannot be changed "
        "here. Nothing was changed.",
    ),
    "office": QT_TRANSLATE_NOOP(
        "errors",
        "{person} is not the office: making the office, inviting, joining or removing "
        "laptops, the backup passphrase and restoring a backup are the office's to do.",
    ),
    "read": QT_TRANSLATE_NOOP(
        "errors",
        "{person} neither teaches this pupil's class nor is its homeroom teacher, so the "
        "pupil's records are not shown.",
    ),
}


def refusal(person: str, table: str) -> NotAllowed:
    """What to tell the person, by the kind of record they may not change."""
    if table in SCHOOL_TABLES:
        kind = "school"
    elif table in SUBJECT_TABLES:
        kind = "subject"
    elif table in CASE_TABLES | MEETING_TABLES:
        kind = "cases"
    else:
        kind = "class"
    return NotAllowed(REFUSALS[kind], person=person)


@dataclass(frozen=True)
class Scope:
    classes: frozenset[str]
    subject: str | None


@dataclass(frozen=True)
class Grants:
    """What a teacher's profile reaches: the classes she is homeroom teacher of, and the
    (class, subject) pairs she teaches."""

    homeroom: frozenset[str]
    taught: frozenset[tuple[str, str]]

    def allows(self, table: str, scope: Scope) -> bool:
        if table in SCHOOL_TABLES:
            return False
        if scope.classes & self.homeroom:
            return True
        if table not in SUBJECT_TABLES:
            return False
        if scope.subject is not None and scope.classes:
            return any((c, scope.subject) in self.taught for c in scope.classes)
        if scope.subject is not None:
            return any(s == scope.subject for _c, s in self.taught)
        if scope.classes:
            return any(c in scope.classes for c, _s in self.taught)
        return bool(self.taught or self.homeroom)  # a file or question of no class yet


def _hex(value: uuid.UUID | None) -> str | None:
    return value.hex if value is not None else None


def grants_of(connection: Connection, teacher_id: uuid.UUID | None) -> Grants:
    if teacher_id is None:
        return Grants(frozenset(), frozenset())
    teacher = teacher_id.hex
    homeroom = connection.exec_driver_sql(
        "SELECT id FROM school_classes WHERE homeroom_teacher_id = ? AND deleted_at IS NULL",
        (teacher,),
    ).fetchall()
    taught = connection.exec_driver_sql(
        "SELECT class_id, subject_id FROM teaching_assignments "
        "WHERE teacher_id = ? AND deleted_at IS NULL",
        (teacher,),
    ).fetchall()
    return Grants(frozenset(r[0] for r in homeroom), frozenset((c, s) for c, s in taught))


def visible_classes(connection: Connection, actor: Actor | None) -> frozenset[uuid.UUID] | None:
    """The classes a teacher's profile may read (her homeroom classes and the ones she
    teaches); None: every class (no sign-in, or a role that reads the whole school)."""
    if actor is None or actor.sees_every_class:
        return None
    grants = grants_of(connection, actor.teacher_id)
    return frozenset(uuid.UUID(c) for c in grants.homeroom | {c for c, _s in grants.taught})


def require_office(actor: Actor | None) -> None:
    """Membership, backup keys and restores: the office's (anyone, without sign-in)."""
    if actor is not None and not actor.is_office:
        raise NotAllowed(REFUSALS["office"], person=actor.name)


def check_pupil_visible(connection: Connection, actor: Actor | None, student_id: uuid.UUID) -> None:
    visible = visible_classes(connection, actor)
    if visible is None or actor is None:
        return
    classes = _classes_of_pupils(connection, [student_id.hex]).get(student_id.hex, set())
    if not {uuid.UUID(c) for c in classes} & visible:
        raise NotAllowed(REFUSALS["read"], person=actor.name)


def _classes_of_pupils(connection: Connection, ids: list[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for part, marks in in_batches(ids):
        for student, school_class in connection.exec_driver_sql(
            f"SELECT student_id, class_id FROM enrollments WHERE student_id IN ({marks})",
            tuple(part),
        ):
            found[student].add(school_class)
    return found


def scopes(connection: Connection, table: str, ids: list[str]) -> dict[str, Scope]:
    """Each row's classes and subject, found through its foreign keys."""
    from tomoni_desktop.core.models import Base

    if table == "school_classes":
        return {i: Scope(frozenset({i}), None) for i in ids}
    if table == "students":
        pupils = _classes_of_pupils(connection, ids)
        return {i: Scope(frozenset(pupils.get(i, ())), None) for i in ids}
    columns = Base.metadata.tables[table].c
    parent = next((name for name in PARENTS if name in columns), None)
    wanted = [c for c in ("class_id", "subject_id", "student_id", parent) if c and c in columns]
    rows: dict[str, dict] = {}
    for part, marks in in_batches(ids):
        select_list = ", ".join(["id", *wanted])
        for values in connection.exec_driver_sql(
            f'SELECT {select_list} FROM "{table}" WHERE id IN ({marks})', tuple(part)
        ):
            rows[values[0]] = dict(zip(wanted, values[1:], strict=True))
    parents: dict[str, Scope] = {}
    if parent is not None:
        parent_table = next(iter(columns[parent].foreign_keys)).column.table.name
        parent_ids = sorted({r[parent] for r in rows.values() if r.get(parent)})
        parents = scopes(connection, parent_table, parent_ids) if parent_ids else {}
    pupils = _classes_of_pupils(
        connection, sorted({r["student_id"] for r in rows.values() if r.get("student_id")})
    )
    found = {}
    for row_id, row in rows.items():
        above = parents.get(row.get(parent) or "", Scope(frozenset(), None))
        classes = {row["class_id"]} if row.get("class_id") else set(above.classes)
        if not classes and row.get("student_id"):
            classes = pupils.get(row["student_id"], set())
        found[row_id] = Scope(frozenset(classes), row.get("subject_id") or above.subject)
    return found


def check_writes(connection: Connection, actor: Actor, written: dict[str, set[str]]) -> None:
    """Refuse (raise) if `actor` may not have written one of these rows (table: ids)."""
    if actor.is_office:
        return
    any_class = ANY_CLASS.get(actor.role, frozenset())
    grants = None
    for table, ids in written.items():
        if table in any_class:
            continue
        if actor.role in ANY_CLASS:  # a counsellor or head writes nothing else
            raise refusal(actor.name, table)
        grants = grants or grants_of(connection, actor.teacher_id)
        for scope in scopes(connection, table, sorted(ids)).values():
            if not grants.allows(table, scope):
                raise refusal(actor.name, table)


def settle(connection: Connection) -> None:
    """Check the writes made since the last settle and note who made them; runs before a
    commit and before a stamp turns the notes into history."""
    held = connection.info.get(ACTOR_INFO)
    if held is None:
        return
    actor, since = held
    rows = connection.exec_driver_sql(
        "SELECT seq, table_name, row_id FROM sync_dirty WHERE seq >= ?", (since,)
    ).fetchall()
    if not rows:
        return
    written: dict[str, set[str]] = defaultdict(set)
    for _seq, table, row_id in rows:
        written[table].add(row_id)
    check_writes(connection, actor, written)
    connection.exec_driver_sql(
        "UPDATE sync_dirty SET person = ? WHERE seq >= ?", (actor.name, since)
    )
    connection.info[ACTOR_INFO] = (actor, rows[-1][0] + 1)


def begin(connection: Connection, actor: Actor) -> dict:
    """From here on, what this connection writes is `actor`'s; returns the connection's
    info, from which the owner of the transaction pops ACTOR_INFO at its end."""
    first = connection.exec_driver_sql("SELECT coalesce(max(seq), 0) + 1 FROM sync_dirty").scalar()
    connection.info[ACTOR_INFO] = (actor, first)
    return connection.info


def after_stamp(connection: Connection) -> None:
    """A stamp deleted the notes it turned into history; numbering may start again lower."""
    held = connection.info.get(ACTOR_INFO)
    if held is not None:
        begin(connection, held[0])


def acting(connection: Connection) -> Actor | None:
    held = connection.info.get(ACTOR_INFO)
    return held[0] if held else None
