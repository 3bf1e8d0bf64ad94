"""Closed sets of values, stored as their short text values."""

from __future__ import annotations

import enum

from sqlalchemy import Enum


class Gender(enum.StrEnum):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


class PhoneAccess(enum.StrEnum):
    OWN = "own"  # the family has its own Android phone
    SHARED = "shared"  # shares a classmate's (or neighbour's) phone
    NONE = "none"


class Signal(enum.StrEnum):
    GOOD = "good"
    WEAK = "weak"
    NONE = "none"


class Term(enum.StrEnum):
    GANJIL = "ganjil"  # July to December
    GENAP = "genap"  # January to June


class TeacherRole(enum.StrEnum):
    HOMEROOM = "homeroom"
    SUBJECT = "subject"
    COUNSELLOR = "counsellor"
    DEPUTY_HEAD = "deputy_head"
    OFFICE = "office"


class ProfileRole(enum.StrEnum):
    """What a person signed in on a computer may see and change (core/access.py)."""

    HOMEROOM = "homeroom"  # her classes in full, and the subjects she teaches
    SUBJECT = "subject"  # the classes and subjects she teaches: scores, worksheets
    COUNSELLOR = "counsellor"  # cases and confidential notes of every class
    HEAD = "head"  # the principal and deputy head: everything, to read; meetings and cases
    OFFICE = "office"  # membership, sync, backups, all data, people and their PINs


class GuardianRelation(enum.StrEnum):
    FATHER = "father"
    MOTHER = "mother"
    GUARDIAN = "guardian"
    OTHER = "other"


def text_enum(enum_class: type[enum.Enum]) -> Enum:
    # No CHECK constraint and no native type: a later version may add values, and an older
    # laptop must still store a row that carries one.
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda members: [member.value for member in members],
    )


class Channel(enum.StrEnum):
    PAPER = "paper"  # printed, dropped off and picked up at home
    WHATSAPP = "whatsapp"


class AnswerSpace(enum.StrEnum):
    LINES = "lines"
    BOX = "box"


class ReturnWay(enum.StrEnum):
    """How a copy came back to the teacher."""

    VISIT = "visit"  # picked up on a home visit
    SCHOOL = "school"  # the pupil brought it to school
    CLASSMATE = "classmate"  # a classmate or neighbour brought it
    WHATSAPP = "whatsapp"  # a photo of the work, sent by the family


class CopyCondition(enum.StrEnum):
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    DAMAGED = "damaged"


class StopOutcome(enum.StrEnum):
    """What happened at a stop of a home visit (as household surveys record a visit)."""

    COLLECTED = "collected"
    NOT_READY = "not_ready"  # the work is not finished: come back on a date
    PUPIL_AWAY = "pupil_away"  # the pupil was away, a parent was there
    NOBODY_HOME = "nobody_home"
    MOVED = "moved"
    NOT_FOUND = "not_found"  # the house was not found
    UNREACHABLE = "unreachable"  # the road or the weather: could not get there
    OTHER = "other"  # with a note


class AssessmentKind(enum.StrEnum):
    """Kurikulum Merdeka: only summative work makes the report's number."""

    TOPIC = "topic"  # sumatif lingkup materi, per TP or per topic
    STS = "sts"  # sumatif tengah semester
    SAS = "sas"  # sumatif akhir semester
    FORMATIVE = "formative"  # achieved / not yet, and a note: feeds the description


class ResultMark(enum.StrEnum):
    """A result that is not a score. Blank (no row, or no mark and no score) is "not entered";
    these four and a 0 are different things and none is averaged as zero."""

    NOT_ASSESSED = "not_assessed"
    NOT_HANDED_IN = "not_handed_in"  # past the due date
    EXCUSED = "excused"


class AttendanceMark(enum.StrEnum):
    """The register's letters. A pupil with no mark on a day the register was taken was
    present (the teacher marks "all present", then the exceptions)."""

    PRESENT = "H"  # hadir: kept when an exception is taken back
    SICK = "S"  # sakit
    EXCUSED = "I"  # izin
    ABSENT = "A"  # alpa, tanpa keterangan


class CaseReason(enum.StrEnum):
    """Why a pupil's absences became a case for the counsellor."""

    CONSECUTIVE = "consecutive"  # N school days in a row without a reason
    MONTH = "month"  # N days without a reason in one month


class CaseStepKind(enum.StrEnum):
    """The steps of a case, in the order the school's rules take them."""

    COUNSELLOR = "counsellor"  # the counsellor (guru BK) is told and talks with the pupil
    HOME_VISIT = "home_visit"  # a visit to the family (joins the next visit round)
    SUMMONS = "summons"  # a letter summoning the parents to school


class StaffRole(enum.StrEnum):
    """Who owns a step of a case."""

    HOMEROOM = "homeroom"
    COUNSELLOR = "counsellor"
    DEPUTY_HEAD = "deputy_head"


class ContactKind(enum.StrEnum):
    CALL = "call"
    WHATSAPP = "whatsapp"
    VISIT = "visit"
    LETTER = "letter"
    MEETING = "meeting"


class ContactOutcome(enum.StrEnum):
    REACHED = "reached"  # spoke with the parent (or the message was answered)
    NO_ANSWER = "no_answer"
    SENT = "sent"  # a message or letter went out; no answer yet
    WRONG_NUMBER = "wrong_number"
    OTHER = "other"


class LetterKind(enum.StrEnum):
    """A letter to a family without a phone, with a reply slip to tear off."""

    ABSENCE = "absence"  # the pupil was absent without a letter
    SUMMONS = "summons"  # the parents are asked to come to school (a case's last step)
    MEETING = "meeting"  # an invitation to a parent meeting
    RESULTS = "results"  # a note about the pupil's results


class LessonChannel(enum.StrEnum):
    """Where an online lesson takes place."""

    WHATSAPP_GROUP = "whatsapp_group"
    ZOOM = "zoom"
    GOOGLE_MEET = "google_meet"
    OTHER = "other"
