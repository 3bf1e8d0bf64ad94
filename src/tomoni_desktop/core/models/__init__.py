"""All models, imported here so the metadata is complete wherever it is used."""

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import (
    Gender,
    GuardianRelation,
    PhoneAccess,
    Signal,
    TeacherRole,
    Term,
)
from tomoni_desktop.core.models.local import LocalSetting
from tomoni_desktop.core.models.people import Enrollment, Guardian, ImportedValues, Student
from tomoni_desktop.core.models.school import (
    School,
    SchoolClass,
    SchoolYear,
    Semester,
    Subject,
    Teacher,
    TeachingAssignment,
)

__all__ = [
    "Base",
    "Enrollment",
    "Gender",
    "Guardian",
    "GuardianRelation",
    "ImportedValues",
    "LocalSetting",
    "PhoneAccess",
    "School",
    "SchoolClass",
    "SchoolYear",
    "Semester",
    "Signal",
    "Student",
    "Subject",
    "SyncedRecord",
    "Teacher",
    "TeacherRole",
    "TeachingAssignment",
    "Term",
]
