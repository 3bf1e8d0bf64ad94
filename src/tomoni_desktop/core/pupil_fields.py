"""A pupil's fields, declared once: what each is called, whether an import compares and
updates it, whether a merge may fill it from the other record, whether it is plain text.

The editor's captions, the import preview, the record history and the merge of a child
entered twice all read this table, so a field added to `Student` is named in one place.
(The words of the Dapodik and CSV headers belong to those formats, in io/.)
"""

from __future__ import annotations

from dataclasses import dataclass

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP

FIELDS_CONTEXT = "fields"


@dataclass(frozen=True)
class PupilField:
    name: str  # the column of `Student`
    label: str  # English source text, translated in the context "fields"
    imported: bool = False  # a roster import compares it and may update it
    mergeable: bool = False  # a merge fills it from the other record when the kept one is empty
    text: bool = False  # plain text, cleaned and cut to its column's length


# In the order the editor and the import preview show them.
PUPIL_FIELDS: tuple[PupilField, ...] = (
    PupilField("full_name", QT_TRANSLATE_NOOP("fields", "Full name"), imported=True),
    PupilField("nisn", QT_TRANSLATE_NOOP("fields", "NISN"), imported=True, mergeable=True),
    PupilField("nis", QT_TRANSLATE_NOOP("fields", "NIS"), imported=True, mergeable=True),
    PupilField("gender", QT_TRANSLATE_NOOP("fields", "Gender (L/P)"), imported=True),
    PupilField(
        "birth_place",
        QT_TRANSLATE_NOOP("fields", "Place of birth"),
        imported=True,
        mergeable=True,
        text=True,
    ),
    PupilField(
        "birth_date", QT_TRANSLATE_NOOP("fields", "Date of birth"), imported=True, mergeable=True
    ),
    PupilField(
        "religion",
        QT_TRANSLATE_NOOP("fields", "Religion"),
        imported=True,
        mergeable=True,
        text=True,
    ),
    PupilField(
        "address", QT_TRANSLATE_NOOP("fields", "Address"), imported=True, mergeable=True, text=True
    ),
    PupilField("rt", QT_TRANSLATE_NOOP("fields", "RT"), imported=True, mergeable=True, text=True),
    PupilField("rw", QT_TRANSLATE_NOOP("fields", "RW"), imported=True, mergeable=True, text=True),
    PupilField(
        "dusun", QT_TRANSLATE_NOOP("fields", "Dusun"), imported=True, mergeable=True, text=True
    ),
    PupilField(
        "village",
        QT_TRANSLATE_NOOP("fields", "Village (desa/kelurahan)"),
        imported=True,
        mergeable=True,
        text=True,
    ),
    PupilField(
        "kecamatan",
        QT_TRANSLATE_NOOP("fields", "Kecamatan"),
        imported=True,
        mergeable=True,
        text=True,
    ),
    PupilField("phone_access", QT_TRANSLATE_NOOP("fields", "Android phone at home"), imported=True),
    PupilField("shares_phone_with_id", QT_TRANSLATE_NOOP("fields", "Shares the phone of")),
    PupilField("signal", QT_TRANSLATE_NOOP("fields", "Signal at home"), imported=True),
    PupilField(
        "consent_recorded_on",
        QT_TRANSLATE_NOOP("fields", "Guardian's consent recorded on"),
        mergeable=True,
    ),
    PupilField("notes", QT_TRANSLATE_NOOP("fields", "Notes"), mergeable=True),
    PupilField("left_on", QT_TRANSLATE_NOOP("fields", "Left school on")),
)

BY_NAME = {field.name: field for field in PUPIL_FIELDS}
IMPORTED = tuple(field.name for field in PUPIL_FIELDS if field.imported)
MERGEABLE = tuple(field.name for field in PUPIL_FIELDS if field.mergeable)
TEXT = tuple(field.name for field in PUPIL_FIELDS if field.text)
