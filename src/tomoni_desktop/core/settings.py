"""Settings of this installation, kept in the local (never synced) settings table.

The interface language is not here: it is a preference of the person at this laptop, kept
with the window's own settings, so the window can speak it before the database is open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from tomoni_desktop.core.backup import DEFAULT_KEEP
from tomoni_desktop.core.backup_crypto import BackupKeys
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models.local import LocalSetting
from tomoni_desktop.core.paths import default_backup_dir
from tomoni_desktop.core.phones import parse_phone

PAPER_SIZES = ("A4", "F4")


@dataclass(frozen=True)
class Template:
    """A message to parents (Indonesian, as every letter): its standard words and the
    placeholders it may use, each {filled} for the pupil."""

    text: str
    placeholders: tuple[str, ...]


TEMPLATES = {
    "absence": Template(
        "Selamat pagi Bapak/Ibu orang tua {siswa} (kelas {kelas}). {siswa} tidak hadir di "
        "sekolah pada {tanggal} tanpa keterangan. Mohon kabari kami alasannya. Terima kasih.\n"
        "{wali_kelas}, wali kelas {kelas}",
        ("siswa", "kelas", "tanggal", "wali_kelas"),
    ),
    "meeting": Template(
        "Selamat siang Bapak/Ibu orang tua {siswa} (kelas {kelas}). Kami mengundang Bapak/Ibu "
        "ke pertemuan orang tua pada {tanggal} pukul {jam} di {tempat}. Acara: {acara}. "
        "Mohon kabari kami bila tidak dapat hadir. Terima kasih.\n{wali_kelas}, wali kelas {kelas}",
        ("siswa", "kelas", "tanggal", "jam", "tempat", "acara", "wali_kelas"),
    ),
    "worksheet": Template(
        "Selamat siang Bapak/Ibu orang tua {siswa} (kelas {kelas}). Lembar kerja “{lembar}” "
        "ditunggu kembali paling lambat {batas}. Mohon bantu ananda menyelesaikannya. "
        "Terima kasih.\n{wali_kelas}, wali kelas {kelas}",
        ("siswa", "kelas", "lembar", "batas", "wali_kelas"),
    ),
}
MAX_BACKUPS = 365


def read_setting(connection: Connection, key: str) -> str | None:
    """A setting read through a raw connection (sync's bookkeeping, in its own transaction)."""
    return connection.execute(
        select(LocalSetting.value).where(LocalSetting.key == key)
    ).scalar_one_or_none()


def write_setting(connection: Connection, key: str, value: str) -> None:
    done = connection.execute(
        update(LocalSetting).where(LocalSetting.key == key).values(value=value)
    ).rowcount
    if not done:
        connection.execute(insert(LocalSetting).values(key=key, value=value))


def get_value(session: Session, key: str) -> str | None:
    """The same read through the session's own connection: settings are read one way."""
    return read_setting(session.connection(), key)


def set_value(session: Session, key: str, value: str | None) -> None:
    connection = session.connection()
    if value is None:
        connection.execute(delete(LocalSetting).where(LocalSetting.key == key))
    else:
        write_setting(connection, key, value)


@dataclass(frozen=True)
class AppSettings:
    paper_size: str = "F4"
    backup_dir: str = ""  # empty: the "backups" folder beside the database
    backups_to_keep: int = DEFAULT_KEEP
    my_teacher_id: str = ""
    my_class_id: str = ""
    current_semester_id: str = ""
    # Habits parents tick each week on the return slip; neutral to faith by default.
    habits: str = "Beribadah; Membaca 15 menit; Membantu pekerjaan di rumah"
    # The number families may call, printed on the packets' covers; empty prints none.
    packet_phone: str = ""
    # After this many home visits that did not bring the work back, a pupil needs follow-up
    # (a call to the parents, the counsellor, Friday's meeting).
    follow_up_after: int = 2
    # The school's own words for messages to parents; empty: the standard TEMPLATES.
    template_absence: str = ""
    template_meeting: str = ""
    template_worksheet: str = ""
    # Set with a backup passphrase (core/backup_crypto.py): then every backup is encrypted.
    backup_public_key: str = ""
    backup_sealed_key: str = ""
    # Where people sign in: the screen locks after this many idle minutes (0: never).
    lock_after_minutes: int = 10
    # A pupil's personal data is deleted this many years after leaving (0: kept).
    retention_years: int = 0

    @property
    def habit_list(self) -> list[str]:
        return [h.strip() for h in self.habits.split(";") if h.strip()]

    @property
    def backup_keys(self) -> BackupKeys | None:
        return BackupKeys.from_settings(self.backup_public_key, self.backup_sealed_key)

    def backup_folder(self, database: Path) -> Path:
        return Path(self.backup_dir) if self.backup_dir else default_backup_dir(database)


def load_settings(session: Session) -> AppSettings:
    values: dict[str, Any] = {}
    for spec in fields(AppSettings):
        raw = get_value(session, spec.name)
        if raw is None:
            continue
        values[spec.name] = int(raw) if spec.type in ("int", int) else raw
    return AppSettings(**values)


def validate(settings: AppSettings) -> None:
    if settings.paper_size not in PAPER_SIZES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Paper size must be A4 or F4, not {value}."),
            field="paper_size",
            value=settings.paper_size,
        )
    if not 1 <= len(settings.habit_list) <= MAX_HABITS or any(
        len(h) > 40 for h in settings.habit_list
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Write 1 to {most} habits, separated by ';', each at most 40 characters."
            ),
            field="habits",
            most=MAX_HABITS,
        )
    if not 1 <= settings.follow_up_after <= 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Follow up after 1 to 10 visits."),
            field="follow_up_after",
        )
    for name, standard in TEMPLATES.items():
        text = getattr(settings, f"template_{name}")
        unknown = sorted(set(re.findall(r"\{([^{}]*)\}", text)) - set(standard.placeholders))
        if unknown or len(text) > 1000:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The message may use {allowed}; not {unknown}. At most 1000 characters.",
                ),
                field=f"template_{name}",
                allowed=", ".join("{" + p + "}" for p in standard.placeholders),
                unknown=", ".join("{" + p + "}" for p in unknown) or "-",
            )
    if not 1 <= settings.backups_to_keep <= MAX_BACKUPS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Keep between 1 and {most} backups."),
            field="backups_to_keep",
            most=MAX_BACKUPS,
        )


MAX_HABITS = 8


def save_settings(session: Session, **changes) -> AppSettings:
    if "packet_phone" in changes:  # kept as +62…, the one way numbers are stored
        phone = parse_phone(changes["packet_phone"], field="packet_phone")
        changes["packet_phone"] = phone.e164 if phone else ""
    settings = replace(load_settings(session), **changes)
    validate(settings)
    for name in changes:
        set_value(session, name, str(getattr(settings, name)))
    return settings
