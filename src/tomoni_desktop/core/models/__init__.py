"""All models, imported here so the metadata is complete wherever it is used."""

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import (
    AnswerSpace,
    Channel,
    CopyCondition,
    Gender,
    GuardianRelation,
    PhoneAccess,
    ReturnWay,
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
from tomoni_desktop.core.models.sync_state import (
    SyncDirty,
    SyncHistory,
    SyncImport,
    SyncPeer,
    SyncQuiet,
    SyncRow,
)
from tomoni_desktop.core.models.worksheets import (
    CopyReturn,
    HandOut,
    StoredFile,
    Worksheet,
    WorksheetCopy,
    WorksheetQuestion,
    copy_is_returned,
)

__all__ = [
    "AnswerSpace",
    "Channel",
    "CopyCondition",
    "CopyReturn",
    "ReturnWay",
    "copy_is_returned",
    "HandOut",
    "StoredFile",
    "Worksheet",
    "WorksheetCopy",
    "WorksheetQuestion",
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
    "SyncDirty",
    "SyncHistory",
    "SyncImport",
    "SyncPeer",
    "SyncQuiet",
    "SyncRow",
    "SyncedRecord",
    "Teacher",
    "TeacherRole",
    "TeachingAssignment",
    "Term",
]
