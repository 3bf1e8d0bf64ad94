"""What every roster reader produces: one record per row, with the problems found in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import Gender, GuardianRelation, PhoneAccess, Signal
from tomoni_desktop.core.pupil_fields import IMPORTED, PUPIL_FIELDS


@dataclass(frozen=True)
class Problem:
    """Something wrong in one cell: the row and column the teacher can find in the file."""

    row: int
    column: str
    error: ValidationError

    def english(self) -> str:
        return self.error.english()


@dataclass
class GuardianRecord:
    relation: GuardianRelation
    name: str
    mobile: str | None = None  # E.164
    whatsapp: str | None = None
    primary: bool = False


@dataclass
class StudentRecord:
    row: int
    full_name: str = ""
    nisn: str | None = None
    nis: str | None = None
    gender: Gender | None = None
    birth_place: str = ""
    birth_date: date | None = None
    religion: str = ""
    address: str = ""
    rt: str = ""
    rw: str = ""
    dusun: str = ""
    village: str = ""
    kecamatan: str = ""
    class_level: int | None = None
    class_name: str = ""
    phone_access: PhoneAccess | None = None  # only the CSV layout carries these two
    signal: Signal | None = None
    guardians: list[GuardianRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # the row cannot be imported
    warnings: list[Problem] = field(default_factory=list)  # imported, with a note

    @property
    def ok(self) -> bool:
        return not self.problems


def set_primary_contact(record: StudentRecord, phone, contact_name: str = "") -> None:
    """Mark one guardian as the contact and give them the file's number.

    The named contact if the file says who; otherwise a wali (the pupil lives with them),
    then the mother, then the father.
    """
    if not record.guardians:
        return
    wanted = " ".join(contact_name.casefold().split())
    primary = next(
        (g for g in record.guardians if wanted and " ".join(g.name.casefold().split()) == wanted),
        None,
    )
    if primary is None:
        order = [
            GuardianRelation.GUARDIAN,
            GuardianRelation.MOTHER,
            GuardianRelation.FATHER,
            GuardianRelation.OTHER,
        ]
        primary = min(record.guardians, key=lambda g: order.index(g.relation))
    primary.primary = True
    if phone is not None:
        primary.mobile = phone.e164
        primary.whatsapp = phone.e164 if phone.mobile else None


# Student fields an import compares and may update, in the order a preview lists them.
STUDENT_FIELDS = IMPORTED

# What a preview calls each field (translated in context "fields"): the pupil's own fields as
# core/pupil_fields.py names them, and the family's as an import reads them.
FIELD_LABELS = {
    **{field.name: field.label for field in PUPIL_FIELDS},
    "guardian:father": QT_TRANSLATE_NOOP("fields", "father's name"),
    "guardian:mother": QT_TRANSLATE_NOOP("fields", "mother's name"),
    "guardian:guardian": QT_TRANSLATE_NOOP("fields", "guardian's name"),
    "guardian:other": QT_TRANSLATE_NOOP("fields", "family member's name"),
    "guardian:phone": QT_TRANSLATE_NOOP("fields", "parent's number"),
}


def field_label(field: str, translate) -> str:
    return translate("fields", FIELD_LABELS.get(field, field))
