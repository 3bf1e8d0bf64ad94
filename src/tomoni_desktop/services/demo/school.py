"""A realistic demo school, the same for the same seed (and the same day)."""

from __future__ import annotations

import math
import random
import string
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import EVERYTHING
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import (
    Enrollment,
    Gender,
    Guardian,
    GuardianRelation,
    PhoneAccess,
    SchoolClass,
    Signal,
    Student,
    Subject,
    SyncedRecord,
    Teacher,
    TeacherRole,
    TeachingAssignment,
)
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.demo import names
from tomoni_desktop.services.school.setup import (
    current_school_year_name,
    ensure_class,
    ensure_school,
    ensure_school_year,
    is_set_up,
    use_as_mine,
)

DEMO_SCHOOL_NAME = "SMP Negeri 1 Tomoni (contoh)"
DEMO_NPSN = "99990001"  # not a real NPSN: demo data must never pass for a real school
DEMO_ADDRESS = "Jl. Poros Trans Sulawesi, Tomoni, Kab. Luwu Timur, Sulawesi Selatan"
DEFAULT_STUDENTS = 288
CLASS_SIZE = 32
ROMAN = {7: "VII", 8: "VIII", 9: "IX"}
MAX_STUDENTS = 50_000


@dataclass(frozen=True)
class DemoSummary:
    classes: int
    students: int
    teachers: int
    guardians: int


def class_letters(count: int) -> list[str]:
    letters = list(string.ascii_uppercase)
    return [letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26] for i in range(count)]


class _DemoBuilder:
    def __init__(self, session: Session, seed: int, today: date) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.today = today
        self.moment = datetime.combine(today, time(0, 0), tzinfo=UTC)
        self.nisns: set[str] = set()

    def stamp_rows(self, session: Session, _context, _instances) -> None:
        """Before every flush (autoflush too): the demo's day on each new or changed row,
        so that reruns with the same seed are identical."""
        for row in (*session.new, *session.dirty):
            if isinstance(row, SyncedRecord):
                if row in session.new:
                    row.created_at = self.moment
                row.updated_at = self.moment
                flag_modified(row, "updated_at")  # an equal value would let onupdate win

    def unique_nisn(self, birth_year: int) -> str:
        """0 + the birth year's last two digits + seven more, never the same twice."""
        while True:
            nisn = f"0{birth_year % 100:02d}{self.rng.randint(0, 9_999_999):07d}"
            if nisn not in self.nisns:
                self.nisns.add(nisn)
                return nisn

    def new_id(self) -> uuid.UUID:
        # Seeded ids instead of uuid7, so the same seed gives the very same rows.
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def pick_weighted(self, weights: Mapping[str, float]) -> str:
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def mobile(self) -> str:
        prefix = self.rng.choice(names.MOBILE_PREFIXES)
        rest = "".join(self.rng.choice(string.digits) for _ in range(self.rng.choice((7, 8))))
        return "+62" + prefix[1:] + rest

    def nip(self, born: str, gender: int) -> str | None:
        if not born:
            return None
        appointed = f"{int(born[:4]) + 25}{self.rng.randint(1, 12):02d}"
        return f"{born}{appointed}{gender}{self.rng.randint(1, 12):03d}"


def build_demo_school(
    uow: UnitOfWork,
    students: int = DEFAULT_STUDENTS,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
    worksheets: bool = True,
    attendance: bool = True,
    name: str = DEMO_SCHOOL_NAME,
    npsn: str = DEMO_NPSN,
) -> DemoSummary:
    """Write the demo school into an empty database and make this laptop VII A's teacher.
    `worksheets`: with its worksheets, pickups and grades; `attendance`: with its register;
    another `npsn` is another school (its id is made from it), as a demo district needs."""
    session = uow.session
    if not 1 <= students <= MAX_STUDENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The demo school can have 1 to {most} pupils."),
            field="students",
            most=MAX_STUDENTS,
        )
    if is_set_up(uow):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This database already has a school; use a new file.")
        )
    builder = _DemoBuilder(session, seed, today or date.today())
    event.listen(session, "before_flush", builder.stamp_rows)
    try:
        return _build(uow, builder, students, progress, worksheets, attendance, name, npsn)
    finally:
        event.remove(session, "before_flush", builder.stamp_rows)


def _build(
    uow: UnitOfWork,
    builder: _DemoBuilder,
    students: int,
    progress: Progress | None,
    worksheets: bool,
    attendance: bool,
    name: str,
    npsn: str,
) -> DemoSummary:
    session = uow.session
    rng = builder.rng
    year_name, term = current_school_year_name(builder.today)
    school = ensure_school(uow, name, npsn, DEMO_ADDRESS)
    year = ensure_school_year(uow, school, year_name)
    first_year = int(year_name[:4])

    subjects = {}
    for order, (name, short) in enumerate(names.SUBJECTS):
        subjects[name] = Subject(
            id=ids.subject_id(school.id, name),
            school_id=school.id,
            name=name,
            short_name=short,
            sort_order=order,
        )
    session.add_all(subjects.values())

    def make_teacher(name: str, born: str, gender: int, roles) -> Teacher:
        nip = builder.nip(born, gender)
        teacher = Teacher(
            id=ids.teacher_id_for_nip(school.id, nip) if nip else builder.new_id(),
            school_id=school.id,
            name=name,
            nip=nip,
            roles=frozenset(TeacherRole(r) for r in roles),
            phone=builder.mobile(),
        )
        session.add(teacher)
        return teacher

    staff = [
        (make_teacher(name, born, g, roles), subject)
        for name, born, g, roles, subject in names.STAFF
    ]

    per_level = max(1, math.ceil(students / (3 * CLASS_SIZE)))
    class_count = per_level * 3
    homerooms = [
        (make_teacher(name, born, g, ("homeroom", "subject")), subject)
        for name, born, g, subject in names.HOMEROOM_TEACHERS
    ]
    while len(homerooms) < class_count:  # larger demo schools get numbered extra teachers
        number = len(homerooms) + 1
        homerooms.append(
            (make_teacher(f"Guru Wali {number}, S.Pd.", "", 2, ("homeroom", "subject")), "IPS")
        )
    session.flush()

    def assign(teacher: Teacher, subject: str, school_class: SchoolClass) -> None:
        session.add(
            TeachingAssignment(
                id=builder.new_id(),
                teacher_id=teacher.id,
                subject_id=subjects[subject].id,
                class_id=school_class.id,
            )
        )

    classes: list[SchoolClass] = []
    for index, (level, letter) in enumerate(
        (level, letter) for level in (7, 8, 9) for letter in class_letters(per_level)
    ):
        teacher, subject = homerooms[index]
        school_class = ensure_class(uow, year, level, f"{ROMAN[level]} {letter}", teacher)
        classes.append(school_class)
        assign(teacher, subject, school_class)
    for teacher, taught in staff:
        if taught:
            for school_class in rng.sample(classes, k=min(len(classes), 6)):
                assign(teacher, taught, school_class)
    session.flush()

    sizes = [
        students // class_count + (1 if i < students % class_count else 0)
        for i in range(class_count)
    ]
    guardians = 0
    made = 0
    for school_class, size in zip(classes, sizes, strict=True):
        class_pupils: list[Student] = []
        names_in_class: set[str] = set()
        for number in range(size):
            student, family = _make_student(
                builder, school, school_class, first_year, made, names_in_class
            )
            session.add(student)
            session.add(
                Enrollment(
                    id=builder.new_id(),
                    student_id=student.id,
                    class_id=school_class.id,
                    school_year_id=year.id,
                )
            )
            guardians += _add_guardians(builder, student, family)
            class_pupils.append(student)
            made += 1
            if progress and made % 100 == 0:
                progress(made, students)
            del number
        session.flush()  # the phone owners must exist before a pupil can point at one
        _pair_shared_phones(rng, class_pupils)
    my_class = classes[0]
    assert my_class.homeroom_teacher_id is not None  # every demo class has its teacher
    use_as_mine(
        uow, my_class.homeroom_teacher_id, my_class.id, ids.semester_id(year.id, term.value)
    )
    session.flush()
    if worksheets:
        from tomoni_desktop.services.demo.pickups import add_demo_pickups
        from tomoni_desktop.services.demo.worksheets import add_demo_worksheets

        add_demo_worksheets(uow, school.id, year.id, builder.today, builder.new_id)
        add_demo_pickups(uow, my_class.id, builder.today, builder.new_id)
        from tomoni_desktop.services.demo.grades import add_demo_grades

        add_demo_grades(
            uow,
            my_class.id,
            ids.semester_id(year.id, term.value),
            builder.today,
            builder.new_id,
        )
    if worksheets and attendance:
        from tomoni_desktop.services.demo.attendance import add_demo_attendance

        add_demo_attendance(
            uow,
            [school_class.id for school_class in classes],
            my_class.id,
            ids.semester_id(year.id, term.value),
            builder.today,
            builder.new_id,
        )
        from tomoni_desktop.services.demo.parents import add_demo_parents

        add_demo_parents(
            uow,
            [school_class.id for school_class in classes],
            my_class.id,
            builder.today,
            builder.new_id,
        )
        from tomoni_desktop.services.demo.register import add_demo_register

        add_demo_register(uow, my_class.id, builder.today)
    uow.changed(*EVERYTHING)
    if progress:
        progress(students, students)
    return DemoSummary(len(classes), students, len(staff) + len(homerooms), guardians)


def _make_student(
    builder: _DemoBuilder,
    school,
    school_class: SchoolClass,
    first_year: int,
    serial: int,
    taken: set[str],
):
    rng = builder.rng
    village, dusuns, origins, signal_weights = rng.choice(names.VILLAGES)  # a Village
    origin = builder.pick_weighted(origins)
    family = names.ORIGINS[origin]
    gender = rng.choice((Gender.MALE, Gender.FEMALE))
    for _attempt in range(8):  # two pupils of one class rarely share a whole name
        given = rng.choice(family["male"] if gender is Gender.MALE else family["female"])
        full_name = f"{given} {rng.choice(family['family'])}".strip()
        if full_name not in taken:
            break
    taken.add(full_name)
    age = school_class.level + 5  # a pupil of level 7 turns 12 or 13 in the first year
    birth = date(first_year - age, 1, 1) + timedelta(days=rng.randint(0, 364))
    entry_year = first_year - (school_class.level - 7)
    nisn = None if rng.random() < 0.03 else builder.unique_nisn(birth.year)
    phone = rng.choices(
        (PhoneAccess.OWN, PhoneAccess.SHARED, PhoneAccess.NONE), weights=(50, 10, 40)
    )[0]
    signal = rng.choices((Signal.GOOD, Signal.WEAK, Signal.NONE), weights=signal_weights)[0]
    student = Student(
        id=ids.student_id_for_nisn(school.id, nisn) if nisn else builder.new_id(),
        school_id=school.id,
        nisn=nisn,
        nis=f"{entry_year % 100:02d}{(entry_year + 1) % 100:02d}.{serial + 1:04d}",
        full_name=full_name,
        gender=gender,
        birth_place=rng.choice(names.BIRTH_PLACES),
        birth_date=birth,
        religion=builder.pick_weighted(family["religions"]),
        address=f"Jl. {rng.choice(['Poros', 'Pendidikan', 'Merdeka', 'Masjid', 'Gereja', 'Pura', 'Kebun'])} No. {rng.randint(1, 120)}",
        rt=f"{rng.randint(1, 8):03d}",
        rw=f"{rng.randint(1, 4):03d}",
        dusun=rng.choice(dusuns),
        village=village,
        kecamatan=names.KECAMATAN,
        phone_access=phone,
        signal=signal,
        consent_recorded_on=None
        if rng.random() < 0.2
        else date(first_year, 7, rng.randint(14, 31)),
    )
    return student, family


def _add_guardians(builder: _DemoBuilder, student: Student, family: dict) -> int:
    rng = builder.rng
    surname = student.full_name.split()[-1] if family["family"] != [""] else ""
    father_name = rng.choice(family["fathers"])
    if surname and surname in family["family"] and surname not in father_name:
        father_name = f"{father_name} {surname}"
    has_android = student.phone_access is PhoneAccess.OWN
    # Families without an Android phone often still have a basic phone for calls and SMS.
    has_basic_phone = has_android or rng.random() < 0.5
    primary_is_mother = rng.random() < 0.6
    guardians = [
        (father_name, GuardianRelation.FATHER, not primary_is_mother),
        (rng.choice(family["mothers"]), GuardianRelation.MOTHER, primary_is_mother),
    ]
    if rng.random() < 0.08:  # raised by a grandparent or an aunt
        guardians.append((rng.choice(family["mothers"]), GuardianRelation.GUARDIAN, True))
        guardians = [(n, r, r is GuardianRelation.GUARDIAN) for n, r, _ in guardians]
    for name, relation, primary in guardians:
        mobile = builder.mobile() if (primary and has_basic_phone) or rng.random() < 0.3 else None
        builder.session.add(
            Guardian(
                id=builder.new_id(),
                student_id=student.id,
                name=name,
                relation=relation,
                mobile=mobile,
                whatsapp=mobile if (mobile and has_android) else None,
                is_primary=primary,
            )
        )
    return len(guardians)


def _pair_shared_phones(rng: random.Random, pupils: list[Student]) -> None:
    owners = [p for p in pupils if p.phone_access is PhoneAccess.OWN]
    for pupil in pupils:
        if pupil.phone_access is PhoneAccess.SHARED and owners:
            same_village = [o for o in owners if o.village == pupil.village]
            pupil.shares_phone_with_id = rng.choice(same_village or owners).id
