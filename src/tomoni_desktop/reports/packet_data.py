"""What a packet shows: plain data the packet writer draws, filled by the packets service."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from tomoni_desktop.core.models import AnswerSpace


@dataclass(frozen=True)
class PacketQuestion:
    number: int
    text: str
    answer_space: AnswerSpace
    answer_lines: int


@dataclass(frozen=True)
class PacketSheet:
    worksheet_id: uuid.UUID
    title: str
    subject: str
    instructions: str
    objective: str
    pass_mark: int
    max_score: int
    questions: tuple[PacketQuestion, ...]
    pdf: bytes | None
    page_count: int
    issued_on: date
    due_on: date
    due_asked_on: date | None  # the due day asked for, when it fell on no school day


@dataclass(frozen=True)
class PacketCopy:
    sheet: int  # index into PacketData.sheets
    code: str


@dataclass
class PacketPupil:
    name: str
    nisn: str
    village: str
    dusun: str
    copies: list[PacketCopy] = field(default_factory=list)


@dataclass
class PacketData:
    school: str
    class_name: str
    school_year: str
    sheets: list[PacketSheet]
    pupils: list[PacketPupil]
    teacher: str = ""  # the homeroom teacher, named on every cover
    teacher_phone: str = ""  # only when she chose to print it (Pengaturan)
