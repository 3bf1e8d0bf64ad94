"""Record ids made in Python, so two offline laptops never hand out the same one.

New records get a time-ordered uuid7. Where a real-world key exists the id is derived from it
with uuid5, so the same school, class or NISN entered on two laptops becomes one record.
"""

from __future__ import annotations

import re
import uuid

import uuid6

# Fixed forever: changing it would split every derived record in two.
TOMONI_NAMESPACE = uuid.UUID("6f1c2b8e-4a57-5c0e-9d1b-7a3e5f20c4d1")

_ROMAN_LEVELS = {"VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}


def new_id() -> uuid.UUID:
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def derived_id(*parts: str) -> uuid.UUID:
    return uuid.uuid5(TOMONI_NAMESPACE, "\x1f".join(parts))


def school_id(npsn: str) -> uuid.UUID:
    return derived_id("school", npsn.strip().upper())


def school_year_id(school: uuid.UUID, year_name: str) -> uuid.UUID:
    return derived_id("school-year", str(school), year_name)


def semester_id(school_year: uuid.UUID, term: str) -> uuid.UUID:
    return derived_id("semester", str(school_year), term)


def class_id(school_year: uuid.UUID, level: int, name: str) -> uuid.UUID:
    return derived_id("class", str(school_year), class_key(level, name))


def subject_id(school: uuid.UUID, name: str) -> uuid.UUID:
    return derived_id("subject", str(school), " ".join(name.casefold().split()))


def student_id_for_nisn(school: uuid.UUID, nisn: str) -> uuid.UUID:
    return derived_id("student", str(school), nisn)


def teacher_id_for_nip(school: uuid.UUID, nip: str) -> uuid.UUID:
    return derived_id("teacher", str(school), nip)


def class_key(level: int, name: str) -> str:
    """One spelling for the many ways a class is written: "Kelas VII A", "VII-A", "7a" -> "7A"."""
    text = name.upper()
    text = re.sub(r"^\s*KELAS\s*", "", text)
    text = re.sub(r"[\s\-_./]+", "", text)
    match = re.match(r"^(XII|XI|IX|X|VIII|VII|\d{1,2})(.*)$", text)
    if match:
        head, rest = match.groups()
        number = int(head) if head.isdigit() else _ROMAN_LEVELS[head]
        if number == level:
            return f"{level}{rest}"
    return f"{level}{text}"
