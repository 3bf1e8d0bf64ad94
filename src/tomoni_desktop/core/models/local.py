"""Tables that belong to this laptop only and never travel in a sync bundle."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tomoni_desktop.core.models.base import Base
from tomoni_desktop.core.models.enums import ProfileRole, text_enum


class LocalSetting(Base):
    """Settings of this installation (language, paper, backups, node id, who uses it)."""

    __tablename__ = "local_settings"
    __sync__ = False

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Profile(Base):
    """A person who signs in on this computer with a PIN (several teachers may share one).

    The PIN is never kept: `pin` holds the vault key sealed under it (scrypt, AES-GCM), so a
    right PIN both proves who it is and opens the keys this computer keeps sealed."""

    __tablename__ = "profiles"
    __sync__ = False

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[ProfileRole] = mapped_column(text_enum(ProfileRole))
    teacher_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), default=None, index=True
    )
    pin: Mapped[str] = mapped_column(Text)  # JSON, core/sealing.py
    # Unused since the waits after wrong PINs moved to the key file (core/keyfile.py), which
    # sign-in reads before an encrypted database opens.
    failed_tries: Mapped[int] = mapped_column(Integer, default=0)
    blocked_until: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    removed_at: Mapped[str] = mapped_column(String(32), default="")


class DataLeft(Base):
    """The register of what left this computer (a file written: a packet, a report, a letter,
    a bundle, a backup, an export): when, who, what kind of data, about which pupils, and
    where to. For a school that must say what was on a lost stick within 3×24 hours."""

    __tablename__ = "data_left"
    __sync__ = False

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    made_at: Mapped[str] = mapped_column(String(32), index=True)  # UTC ISO
    person: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(30))  # services/school/register.Leaving
    file_name: Mapped[str] = mapped_column(String(260))
    folder: Mapped[str] = mapped_column(Text)
    medium: Mapped[str] = mapped_column(String(100), default="")  # a stick's label, if one
    classes: Mapped[str] = mapped_column(Text, default="")  # the classes' names, as written
    pupil_ids: Mapped[str | None] = mapped_column(Text, default=None)  # JSON; None: everyone
    pupil_count: Mapped[int] = mapped_column(Integer, default=0)
    encrypted: Mapped[bool] = mapped_column(default=False)  # unreadable without the key
