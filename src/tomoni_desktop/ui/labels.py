"""Words for stored values (phone access, signal, term...), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tomoni_desktop.core.models import (
    AttendanceMark,
    CaseReason,
    CaseStepKind,
    ContactKind,
    ContactOutcome,
    Gender,
    GuardianRelation,
    LessonChannel,
    LetterKind,
    PhoneAccess,
    ProfileRole,
    ReturnWay,
    Signal,
    StaffRole,
    StopOutcome,
    Term,
)

translate = QCoreApplication.translate


def phone_access(value: PhoneAccess) -> str:
    return {
        PhoneAccess.OWN: translate("labels", "Own phone"),
        PhoneAccess.SHARED: translate("labels", "Shared phone"),
        PhoneAccess.NONE: translate("labels", "No phone"),
    }[value]


def signal(value: Signal) -> str:
    return {
        Signal.GOOD: translate("labels", "Good"),
        Signal.WEAK: translate("labels", "Weak"),
        Signal.NONE: translate("labels", "No signal"),
    }[value]


def term(value: Term) -> str:
    return {
        Term.GANJIL: translate("labels", "Odd semester"),
        Term.GENAP: translate("labels", "Even semester"),
    }[value]


def leaving(value: str) -> str:
    """What kind of file left the computer (services/school/register.Leaving)."""
    return {
        "packet": translate("labels", "Worksheet packet"),
        "route_sheet": translate("labels", "Route sheet"),
        "letters": translate("labels", "Letters to parents"),
        "sign_in_sheet": translate("labels", "Meeting sign-in sheet"),
        "schedule": translate("labels", "Online lesson schedule"),
        "progress_reports": translate("labels", "Progress reports"),
        "leger": translate("labels", "Leger"),
        "erapor": translate("labels", "e-Rapor file"),
        "missing_scores": translate("labels", "Missing scores"),
        "grade_sheet": translate("labels", "Grade sheet (Excel)"),
        "month_recap": translate("labels", "Month's attendance"),
        "week_page": translate("labels", "Week's page"),
        "outstanding": translate("labels", "Work not back"),
        "allowances": translate("labels", "Mobile data list"),
        "pupil_record": translate("labels", "Everything about a pupil"),
        "roster": translate("labels", "Pupil list"),
        "bundle": translate("labels", "Sync bundle"),
        "backup": translate("labels", "Backup"),
    }.get(value, value)


def personal_data(value: str) -> str:
    """A kind of personal data a file holds (services/school/register.Data)."""
    return {
        "names": translate("labels", "names, classes and NISN"),
        "addresses": translate("labels", "home addresses"),
        "phones": translate("labels", "parents' phone numbers"),
        "grades": translate("labels", "grades"),
        "attendance": translate("labels", "attendance"),
        "work": translate("labels", "worksheets handed out and back"),
        "family": translate("labels", "guardians and letters to them"),
        "cases": translate("labels", "cases and the counsellor's notes"),
        "everything": translate("labels", "everything (a copy of the database)"),
    }.get(value, value)


def profile_role(value: ProfileRole) -> str:
    return {
        ProfileRole.HOMEROOM: translate("labels", "Homeroom teacher"),
        ProfileRole.SUBJECT: translate("labels", "Subject teacher"),
        ProfileRole.COUNSELLOR: translate("labels", "Counsellor"),
        ProfileRole.HEAD: translate("labels", "Principal or deputy head"),
        ProfileRole.OFFICE: translate("labels", "Office"),
    }[value]


def gender(value: Gender) -> str:
    return value.value  # L / P is what every Indonesian form uses, in both languages


def backup_reason(reason: str) -> str:
    return {
        "daily": translate("labels", "Daily"),
        "manual": translate("labels", "Manual"),
        "before-upgrade": translate("labels", "Before update"),
        "before-restore": translate("labels", "Before restore"),
    }.get(reason, translate("labels", "Other"))


def school_line(school_name: str, year: str, value: Term) -> str:
    return translate("labels", "{school} · School year {year} · {term}").format(
        school=school_name, year=year, term=term(value)
    )


def relation(value: GuardianRelation) -> str:
    return {
        GuardianRelation.FATHER: translate("labels", "Father"),
        GuardianRelation.MOTHER: translate("labels", "Mother"),
        GuardianRelation.GUARDIAN: translate("labels", "Guardian"),
        GuardianRelation.OTHER: translate("labels", "Other family"),
    }[value]


def return_way(value: ReturnWay) -> str:
    return {
        ReturnWay.VISIT: translate("labels", "home visit"),
        ReturnWay.SCHOOL: translate("labels", "brought to school"),
        ReturnWay.CLASSMATE: translate("labels", "brought by a classmate"),
        ReturnWay.WHATSAPP: translate("labels", "photo on WhatsApp"),
    }[value]


def stop_outcome(outcome: StopOutcome | None) -> str:
    """A stop's outcome in the interface's language."""
    return {
        None: "—",
        StopOutcome.COLLECTED: translate("StopOutcome", "collected"),
        StopOutcome.NOT_READY: translate("StopOutcome", "work not ready"),
        StopOutcome.PUPIL_AWAY: translate("StopOutcome", "pupil away, parent present"),
        StopOutcome.NOBODY_HOME: translate("StopOutcome", "nobody home"),
        StopOutcome.MOVED: translate("StopOutcome", "moved"),
        StopOutcome.NOT_FOUND: translate("StopOutcome", "house not found"),
        StopOutcome.UNREACHABLE: translate("StopOutcome", "could not be reached"),
        StopOutcome.OTHER: translate("StopOutcome", "other"),
    }[outcome]


def attendance_mark(mark: AttendanceMark | None) -> str:
    """The register's word for a mark (the letter H, S, I, A is the same in both languages)."""
    return {
        None: translate("labels", "present"),
        AttendanceMark.PRESENT: translate("labels", "present"),
        AttendanceMark.SICK: translate("labels", "sick"),
        AttendanceMark.EXCUSED: translate("labels", "excused"),
        AttendanceMark.ABSENT: translate("labels", "absent, no reason"),
    }[mark]


def case_step(kind: CaseStepKind) -> str:
    return {
        CaseStepKind.COUNSELLOR: translate("labels", "counsellor talks with the pupil"),
        CaseStepKind.HOME_VISIT: translate("labels", "home visit"),
        CaseStepKind.SUMMONS: translate("labels", "letter summoning the parents"),
    }[kind]


def staff_role(role: StaffRole) -> str:
    return {
        StaffRole.HOMEROOM: translate("labels", "homeroom teacher"),
        StaffRole.COUNSELLOR: translate("labels", "counsellor (BK)"),
        StaffRole.DEPUTY_HEAD: translate("labels", "deputy head (student affairs)"),
    }[role]


def case_reason(reason: CaseReason, days: int) -> str:
    return {
        CaseReason.CONSECUTIVE: translate("labels", "{days} days in a row without a reason"),
        CaseReason.MONTH: translate("labels", "{days} days without a reason in a month"),
    }[reason].format(days=days)


def contact_kind(kind: ContactKind) -> str:
    return {
        ContactKind.CALL: translate("labels", "phone call"),
        ContactKind.WHATSAPP: translate("labels", "WhatsApp message"),
        ContactKind.VISIT: translate("labels", "visit"),
        ContactKind.LETTER: translate("labels", "letter"),
        ContactKind.MEETING: translate("labels", "meeting"),
    }[kind]


def contact_outcome(outcome: ContactOutcome) -> str:
    return {
        ContactOutcome.REACHED: translate("labels", "spoke with the parent"),
        ContactOutcome.NO_ANSWER: translate("labels", "no answer"),
        ContactOutcome.SENT: translate("labels", "sent, no answer yet"),
        ContactOutcome.WRONG_NUMBER: translate("labels", "wrong number"),
        ContactOutcome.OTHER: translate("labels", "other"),
    }[outcome]


def letter_kind(kind: LetterKind) -> str:
    return {
        LetterKind.ABSENCE: translate("labels", "letter about an absence"),
        LetterKind.SUMMONS: translate("labels", "letter summoning the parents"),
        LetterKind.MEETING: translate("labels", "meeting invitation"),
        LetterKind.RESULTS: translate("labels", "note about results"),
    }[kind]


def lesson_channel(channel: LessonChannel) -> str:
    return {
        LessonChannel.WHATSAPP_GROUP: translate("labels", "WhatsApp group"),
        LessonChannel.ZOOM: "Zoom",
        LessonChannel.GOOGLE_MEET: "Google Meet",
        LessonChannel.OTHER: translate("labels", "other"),
    }[channel]


def weekday(number: int) -> str:
    """Monday is 0, as Python counts."""
    return (
        translate("labels", "Monday"),
        translate("labels", "Tuesday"),
        translate("labels", "Wednesday"),
        translate("labels", "Thursday"),
        translate("labels", "Friday"),
        translate("labels", "Saturday"),
        translate("labels", "Sunday"),
    )[number]
