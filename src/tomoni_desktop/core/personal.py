"""Which fields are a pupil's personal data, and blanking them for every purged pupil.

The one list of personal fields (PERSONAL), used by the purge (services/roster/purge.py)
and after every sync import, so an edit made before the purge cannot bring a name back.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from tomoni_desktop.core.models import Base

# Table: its personal columns. A new text column of a table about a pupil must be listed
# here or in NOT_PERSONAL (a test holds the two lists to the models).
PERSONAL: dict[str, tuple[str, ...]] = {
    "students": (
        "nisn",
        "nis",
        "full_name",
        "birth_place",
        "birth_date",
        "religion",
        "address",
        "rt",
        "rw",
        "dusun",
        "village",
        "kecamatan",
        "notes",
        "shares_phone_with_id",
        "consent_recorded_on",
    ),
    "guardians": ("name", "mobile", "whatsapp"),
    "guardian_consents": ("note",),
    "imported_values": ("values_json",),
    "data_allowances": ("note",),
    "attendance_entries": ("note",),
    "follow_up_cases": ("result",),
    "follow_up_steps": ("outcome", "confidential_note"),
    "contact_entries": ("about", "note"),
    "parent_letters": ("note",),
    "meeting_invitations": ("attended_by", "concern"),
    "meeting_tasks": ("task",),
    "pupil_report_notes": ("note",),
    "report_entries": ("override_reason", "description"),
    "assessment_results": ("note",),
    "copy_returns": ("note",),
    "slip_answers": ("comment",),
}
# Text that is a category or a code, not about the person: kept for the figures.
NOT_PERSONAL: dict[str, tuple[str, ...]] = {
    "students": ("gender", "phone_access", "signal"),
    "guardians": ("relation",),
    "imported_values": ("source",),
    "data_allowances": ("source",),
    "attendance_entries": ("mark",),
    "follow_up_cases": ("reason",),
    "follow_up_steps": ("kind", "owner"),
    "contact_entries": ("kind", "outcome"),
    "parent_letters": ("kind", "code"),
    "meeting_invitations": ("invited_by",),
    "meeting_tasks": ("owner",),
    "assessment_results": ("mark",),
    "copy_returns": ("way", "condition"),
    "slip_answers": ("habit_days",),
    "worksheet_copies": ("channel", "pickup_code"),
}
PURGED = "SELECT id FROM students WHERE purged_on IS NOT NULL"


def _blank(column) -> object:
    return None if column.nullable else ""


def rows_of_purged(table: str) -> str:
    """SQL selecting the ids of `table`'s rows about a purged pupil (direct, or one step
    through a row that is)."""
    if table == "students":
        return PURGED
    columns = Base.metadata.tables[table].c
    if "student_id" in columns:
        return f'SELECT id FROM "{table}" WHERE student_id IN ({PURGED})'
    for column in columns:
        for key in column.foreign_keys:
            parent = key.column.table
            if "student_id" in parent.c:
                return (
                    f'SELECT id FROM "{table}" WHERE "{column.name}" IN '
                    f'(SELECT id FROM "{parent.name}" WHERE student_id IN ({PURGED}))'
                )
    raise LookupError(f"{table} does not lead to a pupil")


def blank_purged(connection: Connection) -> int:
    """Blank every personal field about every purged pupil that is not blank yet (after a
    purge, and after every import); returns the rows changed. Set-based: a statement a
    column, whatever the number of pupils."""
    changed = 0
    tables = Base.metadata.tables
    for table, names in PERSONAL.items():
        columns = tables[table].c
        rows = rows_of_purged(table)
        for name in names:
            blank = _blank(columns[name])
            condition = f'"{name}" IS NOT NULL' if blank is None else f"\"{name}\" != ''"
            changed += connection.exec_driver_sql(
                f'UPDATE "{table}" SET "{name}" = ? WHERE id IN ({rows}) AND {condition}',
                (blank,),
            ).rowcount
    return changed


def personal_columns() -> Iterable[tuple[str, str]]:
    for table, names in PERSONAL.items():
        for name in names:
            yield table, name
