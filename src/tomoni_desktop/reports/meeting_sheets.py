"""Paper for a parent meeting: the sign-in sheet (daftar hadir) with every family expected,
a wide column to sign, and the meeting's QR in its heading, so a signed sheet filed away says
which meeting it was; and the class's online lesson schedule for the parents. In Indonesian,
as all paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.core.models import LessonChannel
from tomoni_desktop.reports.documents import MM, ClassList
from tomoni_desktop.reports.letters import day_name
from tomoni_desktop.reports.packet import DAYS, PAPER, tanggal
from tomoni_desktop.reports.qr import qr_flowable


@dataclass(frozen=True)
class SignInSheet:
    school: str
    class_name: str
    teacher: str
    held_on: date
    starts_at: str
    place: str
    agenda: str
    code: str
    school_staff: Sequence[str]  # who comes from the school besides the homeroom teacher
    families: Sequence[tuple[str, str, str]]  # pupil, parent, village


def write_sign_in_sheet(sheet: SignInSheet, out: Path, paper: str = "F4") -> int:
    """Rows as high as a signature needs; the rows share the page so a class fills it."""
    from reportlab.platypus import Spacer, Table, TableStyle

    page = ClassList(PAPER[paper])
    staff = ", ".join(["wali kelas", *sheet.school_staff])
    heading = [
        page.heading(f"Daftar hadir pertemuan orang tua/wali · kelas {sheet.class_name}"),
        page.text(
            f"{sheet.school} · {day_name(sheet.held_on)}, pukul {sheet.starts_at} · {sheet.place}"
        ),
        page.text(f"Dari sekolah: {staff}. Wali kelas: {sheet.teacher or '-'}"),
        page.text(f"Acara: {sheet.agenda or '-'}"),
    ]
    qr = 22 * MM
    top = Table([[heading, qr_flowable(sheet.code, qr)]], colWidths=[page.inner - qr - 4, qr + 4])
    top.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)])
    )
    rows = [["No", "Nama siswa", "Orang tua/wali", "Desa", "Yang hadir", "Tanda tangan"]]
    rows += [
        [str(number), pupil, parent, village, "", ""]
        for number, (pupil, parent, village) in enumerate(sheet.families, start=1)
    ]
    # the heading, the table's header, the closing words and the footer take about 62 mm
    room = PAPER[paper][1] - 2 * page.MARGIN - 62 * MM
    height = max(6.5 * MM, min(14 * MM, room / max(len(sheet.families), 1)))
    table = page.table(rows, (0.05, 0.25, 0.2, 0.16, 0.15, 0.19), height)
    table.setStyle(TableStyle([("ALIGN", (0, 0), (0, -1), "CENTER")]))
    story = [
        top,
        Spacer(1, 3 * MM),
        table,
        Spacer(1, 5 * MM),
        page.text(
            f"Kode {sheet.code}. Setelah pertemuan, wali kelas mencatat kehadiran, hal yang "
            "disampaikan orang tua dan tindak lanjutnya di Tomoni (Kehadiran › Pertemuan)."
        ),
    ]
    return page.write(
        story,
        out,
        class_name=sheet.class_name,
        day=tanggal(sheet.held_on),
        title=f"Daftar hadir pertemuan orang tua {sheet.class_name} {tanggal(sheet.held_on)}",
        author=sheet.school,
        school=sheet.school,
    )


CHANNELS = {
    LessonChannel.WHATSAPP_GROUP: "Grup WhatsApp",
    LessonChannel.ZOOM: "Zoom",
    LessonChannel.GOOGLE_MEET: "Google Meet",
    LessonChannel.OTHER: "Lainnya",
}


@dataclass(frozen=True)
class ScheduleLesson:
    weekday: int
    starts_at: str
    ends_at: str
    subject: str
    teacher: str
    channel: LessonChannel
    link: str


@dataclass(frozen=True)
class ClassSchedule:
    school: str
    class_name: str
    teacher: str
    made_on: date
    lessons: Sequence[ScheduleLesson]


HALF_PAGE_LESSONS = 10  # a week of up to this many lessons prints twice on a sheet


def write_schedules(schedules: Sequence[ClassSchedule], out: Path, paper: str = "F4") -> int:
    """A page per class: the week's online lessons day by day, for the parents. A schedule
    that fits half a page is printed twice on it, a cut line between: one sheet, two
    families (paper costs these schools money)."""
    from reportlab.platypus import PageBreak, Table, TableStyle

    if not schedules:
        raise ValueError("no class to print")
    page = ClassList(PAPER[paper])
    # the frame: the page less its margins (14 mm top, 16 mm bottom) and platypus's padding
    room = PAPER[paper][1] - page.MARGIN - 16 * MM - 12
    story: list = []
    for number, schedule in enumerate(schedules):
        if number:
            story.append(PageBreak())
        if len(schedule.lessons) <= HALF_PAGE_LESSONS:
            half = room / 2 - 1
            block = _schedule_block(page, schedule, half - 10 * MM)
            second = [page.text("✂ gunting di sini"), *_schedule_block(page, schedule, half)]
            halves = Table([[block], [second]], colWidths=[page.inner], rowHeights=[half, half])
            halves.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 1), (-1, 1), 4 * MM),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "#888888", None, (3, 3)),
                    ]
                )
            )
            story.append(halves)
        else:
            story += _schedule_block(page, schedule, room)
    first = schedules[0]
    return page.write(
        story,
        out,
        class_name=first.class_name if len(schedules) == 1 else "Jadwal daring",
        day=tanggal(first.made_on),
        title="Jadwal pelajaran daring",
        author=first.school,
        school=first.school,
    )


def _schedule_block(page: ClassList, schedule: ClassSchedule, room: float) -> list:
    """The heading, the lessons and a word to the parents, in `room` points of height."""
    from reportlab.platypus import Spacer, TableStyle

    rows: list[list] = [["Hari", "Jam", "Mata pelajaran", "Guru", "Melalui"]]
    day_starts: list[int] = []
    for lesson in sorted(schedule.lessons, key=lambda x: (x.weekday, x.starts_at)):
        if not day_starts or rows[-1][0] != DAYS[lesson.weekday]:
            day_starts.append(len(rows))
        via = CHANNELS[lesson.channel] + (f": {lesson.link}" if lesson.link else "")
        rows.append(
            [
                DAYS[lesson.weekday],
                f"{lesson.starts_at}–{lesson.ends_at}",
                page.text(lesson.subject),
                page.text(lesson.teacher or "-"),
                page.text(via),
            ]
        )
    if len(rows) == 1:
        rows.append(["-", "-", "Belum ada jadwal", "", ""])
    # the heading, the school's line, the word to the parents: about 34 mm
    height = max(8 * MM, min(13 * MM, (room - 34 * MM) / max(len(rows) - 1, 1)))
    table = page.table(rows, (0.12, 0.14, 0.27, 0.22, 0.25), height)
    table.setStyle(
        TableStyle(
            [("LINEABOVE", (0, start), (-1, start), 1.4, "#333333") for start in day_starts[1:]]
        )
    )
    return [
        page.heading(f"Jadwal pelajaran daring · kelas {schedule.class_name}"),
        page.text(
            f"{schedule.school} · wali kelas {schedule.teacher or '-'} · "
            f"berlaku sejak {tanggal(schedule.made_on)}"
        ),
        Spacer(1, 3 * MM),
        table,
        Spacer(1, 3 * MM),
        page.text(
            "Bapak/Ibu, mohon dampingi ananda pada jam pelajaran daring. Bila tidak ada sinyal "
            "atau kuota, ananda tetap mengerjakan lembar kerja kertas yang diantar wali kelas."
        ),
    ]
