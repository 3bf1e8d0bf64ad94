"""Tables that belong to this laptop only and never travel in a sync bundle."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tomoni_desktop.core.models.base import Base


class LocalSetting(Base):
    """Settings of this installation (language, paper, backups, node id, who uses it)."""

    __tablename__ = "local_settings"
    __sync__ = False

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
