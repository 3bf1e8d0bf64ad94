"""The packet a homeroom teacher carries from house to house: per pupil on paper, a cover sheet
with the pickup code (text and QR), the worksheet's pages with a band naming the pupil, and a
return slip for the parent.

Parent-facing text is in Indonesian whatever the interface language: it is read by families.
Pages of an attached PDF are placed as shared form objects (see pdf_reuse), not copied per pupil.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tomoni_desktop.core.models import AnswerSpace
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.school_days import holiday_name, school_day_on_or_after
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.packet_data import PacketData, PacketPupil, PacketSheet
from tomoni_desktop.reports.pdf_reuse import Placement, place_source_pages

MM = 72 / 25.4
PAPER = {"A4": (210 * MM, 297 * MM), "F4": (215 * MM, 330 * MM)}
MARGIN = 18 * MM
BAND = 14 * MM
LINE = 8 * MM  # one answer line
DEFAULT_HABITS = ("Beribadah", "Membaca 15 menit", "Membantu pekerjaan di rumah")
DAYS = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
FEEDBACK = (
    ("Apakah ananda memahami tugas ini?", ("Ya", "Sebagian", "Belum")),
    ("Berapa lama ananda mengerjakannya?", ("< 30 menit", "30-60 menit", "> 1 jam")),
    ("Apakah ananda perlu banyak bantuan?", ("Tidak", "Sedikit", "Banyak")),
)


@dataclass(frozen=True)
class PacketResult:
    pages: int
    pupils: int
    copies: int


def moved_because(asked: date, due: date) -> str:
    """Why a due date moved, in Indonesian (the packet is read by families)."""
    days = school_day_on_or_after(asked).skipped if asked < due else ()
    return "; ".join(f"{tanggal(day)} {holiday_name(day, 'id') or 'Minggu'}" for day in days)


def tanggal(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class _Writer:
    def __init__(self, data: PacketData, paper: str, habits: Sequence[str]) -> None:
        from reportlab.pdfgen import canvas

        register_fonts()
        self.data = data
        self.width, self.height = PAPER[paper]
        self.habits = tuple(habits) or DEFAULT_HABITS
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(
            self.buffer, pagesize=(self.width, self.height), pageCompression=1
        )
        self.canvas.setTitle(f"Paket lembar kerja {data.class_name}")
        self.canvas.setAuthor(data.school)
        self.page = 0
        self.placements: list[Placement] = []

    # text helpers -------------------------------------------------------------------
    def wrapped(
        self,
        text: str,
        x: float,
        y: float,
        width: float,
        font: str = REGULAR,
        size: float = 11,
        leading: float | None = None,
        smallest: float = 7,
    ) -> float:
        """Draw `text` wrapped to `width`, shrinking long single words rather than cutting
        them; returns the y below it."""
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase.pdfmetrics import stringWidth

        longest = max((stringWidth(w, font, size) for w in text.split()), default=0)
        while longest > width and size > smallest:
            size -= 0.5
            longest = max(stringWidth(w, font, size) for w in text.split())
        leading = leading or size * 1.3
        self.canvas.setFont(font, size)
        for line in simpleSplit(text, font, size, width):
            self.canvas.drawString(x, y, line)
            y -= leading
        return y

    def show_page(self) -> None:
        self.canvas.showPage()
        self.page += 1

    def band(self, pupil: PacketPupil, code: str, number: int, total: int) -> None:
        c = self.canvas
        c.setFillGray(0.9)
        c.rect(0, self.height - BAND, self.width, BAND, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(BOLD, 9)
        left = f"{pupil.name} · {self.data.class_name} · Kode {code}"
        self.wrapped(
            left,
            MARGIN,
            self.height - BAND + 5 * MM,
            self.width - 2 * MARGIN - 40 * MM,
            font=BOLD,
            size=9,
            leading=9,
        )
        c.setFont(REGULAR, 9)
        c.drawRightString(
            self.width - MARGIN, self.height - BAND + 5 * MM, f"halaman {number} dari {total}"
        )

    # the three kinds of page ----------------------------------------------------------
    def cover(
        self, pupil: PacketPupil, sheet: PacketSheet, code: str, number: int, total: int
    ) -> None:
        from reportlab.graphics import renderPDF
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing

        c, width = self.canvas, self.width - 2 * MARGIN
        self.band(pupil, code, number, total)
        y = self.height - BAND - 12 * MM
        y = self.wrapped(self.data.school, MARGIN, y, width, BOLD, 14)
        y = self.wrapped(
            "Lembar kerja untuk dikerjakan di rumah", MARGIN, y - 2, width, REGULAR, 12
        )
        y -= 6 * MM
        rows = [
            ("Kelas", self.data.class_name),
            ("Nama", pupil.name),
            ("NISN", pupil.nisn or "-"),
            ("Mata pelajaran", sheet.subject),
            ("Judul", sheet.title),
            ("Dibagikan", tanggal(sheet.issued_on)),
            ("Dikumpulkan", tanggal(sheet.due_on)),
        ]
        for label, value in rows:
            c.setFont(REGULAR, 11)
            c.drawString(MARGIN, y, label)
            y = self.wrapped(value, MARGIN + 40 * MM, y, width - 40 * MM, BOLD, 11) - 2
        if sheet.due_asked_on is not None:
            y = (
                self.wrapped(
                    "Tanggal kumpul dipindah: " + moved_because(sheet.due_asked_on, sheet.due_on),
                    MARGIN + 40 * MM,
                    y,
                    width - 40 * MM,
                    REGULAR,
                    8,
                )
                - 2
            )
        y -= 8 * MM
        c.setFont(REGULAR, 11)
        c.drawString(MARGIN, y, "Kode pengambilan")
        c.setFont(BOLD, 40)
        c.drawString(MARGIN, y - 16 * MM, code)
        qr = QrCodeWidget(code)
        x0, y0, x1, y1 = qr.getBounds()
        size = 38 * MM
        drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        drawing.add(qr)
        renderPDF.draw(drawing, c, self.width - MARGIN - size, y - size + 6 * MM)
        y -= size + 4 * MM
        note = (
            f"Bapak/Ibu yang kami hormati, ini lembar kerja ananda {pupil.name}. Mohon dampingi "
            f"ananda mengerjakannya di rumah. Wali kelas akan datang mengambilnya pada "
            f"{tanggal(sheet.due_on)}. Tunjukkan kode di atas ketika lembar kerja diambil, dan isi "
            f"lembar balikan di halaman terakhir. Terima kasih atas bantuan Bapak/Ibu."
        )
        self.wrapped(note, MARGIN, y, width, REGULAR, 11, leading=16)
        self.show_page()

    def question_pages(self, sheet: PacketSheet) -> list[list[tuple]]:
        """Lay typed questions out once; each page a list of (kind, payload, height)."""
        from reportlab.lib.utils import simpleSplit

        width = self.width - 2 * MARGIN
        blocks: list[tuple[str, Any, float]] = []
        head = [
            sheet.title,
            f"{sheet.subject} · KKTP {sheet.pass_mark} · nilai maksimum {sheet.max_score}",
        ]
        for text in (sheet.instructions, f"Tujuan: {sheet.objective}" if sheet.objective else ""):
            if text:
                head.append(text)
        blocks.append(
            ("head", head, sum(len(simpleSplit(t, REGULAR, 11, width)) for t in head) * 15 + 8 * MM)
        )
        for question in sheet.questions:
            lines = len(
                simpleSplit(f"{question.number}. {question.text}", REGULAR, 11, width - 6 * MM)
            )
            space = question.answer_lines * LINE
            blocks.append(("question", question, lines * 15 + space + 6 * MM))
        pages: list[list[tuple[str, Any, float]]] = []
        current: list[tuple[str, Any, float]] = []
        room = self.height - BAND - 2 * MARGIN
        free = room
        for block in blocks:
            if current and block[2] > free:
                pages.append(current)
                current, free = [], room
            current.append(block)
            free -= block[2]
        pages.append(current)
        return pages

    def typed_page(self, blocks: list[tuple]) -> None:
        c, width = self.canvas, self.width - 2 * MARGIN
        y = self.height - BAND - MARGIN
        for kind, payload, _height in blocks:
            if kind == "head":
                y = self.wrapped(payload[0], MARGIN, y, width, BOLD, 13) - 2
                for text in payload[1:]:
                    y = self.wrapped(text, MARGIN, y, width, REGULAR, 10) - 2
                y -= 4 * MM
                continue
            question = payload
            y = self.wrapped(
                f"{question.number}. {question.text}", MARGIN, y, width - 6 * MM, REGULAR, 11
            )
            c.setStrokeGray(0.55)
            if question.answer_space is AnswerSpace.BOX:
                height = question.answer_lines * LINE
                c.rect(MARGIN + 6 * MM, y - height, width - 6 * MM, height)
                y -= height
            else:
                for _ in range(question.answer_lines):
                    y -= LINE
                    c.line(MARGIN + 6 * MM, y, self.width - MARGIN, y)
            y -= 6 * MM

    def slip(
        self, pupil: PacketPupil, sheet: PacketSheet, code: str, number: int, total: int
    ) -> None:
        c, width = self.canvas, self.width - 2 * MARGIN
        self.band(pupil, code, number, total)
        y = self.height - BAND - 12 * MM
        y = self.wrapped("Lembar balikan orang tua / wali", MARGIN, y, width, BOLD, 14)
        y = (
            self.wrapped(
                f"{sheet.subject}: {sheet.title} · Kode {code}", MARGIN, y, width, REGULAR, 10
            )
            - 4 * MM
        )
        c.setFont(REGULAR, 12)
        c.rect(MARGIN, y - 1, 4 * MM, 4 * MM)
        y = self.wrapped(
            "Saya telah mendampingi anak saya belajar.",
            MARGIN + 7 * MM,
            y,
            width - 7 * MM,
            REGULAR,
            12,
        )
        y -= 10 * MM
        c.setFont(REGULAR, 11)
        c.drawString(MARGIN, y, "Tanda tangan orang tua/wali: ______________________")
        c.drawString(MARGIN + width * 0.62, y, "Tanggal: ____________")
        y -= 12 * MM
        y = (
            self.wrapped(
                "Kebiasaan ananda minggu ini (beri tanda centang):", MARGIN, y, width, BOLD, 11
            )
            - 2 * MM
        )
        column = (width - 60 * MM) / len(DAYS)
        c.setFont(BOLD, 9)
        for index, day in enumerate(DAYS):
            c.drawCentredString(MARGIN + 60 * MM + column * (index + 0.5), y, day)
        y -= 7 * MM
        for habit in self.habits:
            self.wrapped(habit, MARGIN, y + 1, 58 * MM, REGULAR, 10)
            for index in range(len(DAYS)):
                c.rect(MARGIN + 60 * MM + column * (index + 0.5) - 2.5 * MM, y, 5 * MM, 5 * MM)
            y -= 9 * MM
        y -= 4 * MM
        y = (
            self.wrapped("Pendapat Bapak/Ibu tentang pelajaran ini:", MARGIN, y, width, BOLD, 11)
            - 2 * MM
        )
        for question, answers in FEEDBACK:
            y = self.wrapped(question, MARGIN, y, width, REGULAR, 10) - 1 * MM
            x = MARGIN + 4 * MM
            c.setFont(REGULAR, 10)
            for answer in answers:
                c.rect(x, y - 1, 4 * MM, 4 * MM)
                c.drawString(x + 6 * MM, y, answer)
                x += 45 * MM
            y -= 8 * MM
        c.setFont(REGULAR, 10)
        c.drawString(MARGIN, y, "Catatan atau pesan untuk guru:")
        for _ in range(3):
            y -= LINE
            c.line(MARGIN, y, self.width - MARGIN, y)
        self.show_page()

    # a pupil's section ---------------------------------------------------------------
    def pupil(self, pupil: PacketPupil, typed: dict[int, list], new_sheet: bool) -> None:
        first = self.page
        for copy in pupil.copies:
            sheet = self.data.sheets[copy.sheet]
            body = sheet.page_count if sheet.pdf else len(typed[copy.sheet])
            total, number = body + 2, 1
            self.cover(pupil, sheet, copy.code, number, total)
            for index in range(body):
                number += 1
                self.band(pupil, copy.code, number, total)
                if sheet.pdf:
                    self.placements.append(
                        Placement(
                            page=self.page,
                            source=copy.sheet,
                            source_page=index,
                            x=MARGIN / 2,
                            y=MARGIN / 2,
                            width=self.width - MARGIN,
                            height=self.height - BAND - MARGIN,
                        )
                    )
                else:
                    self.typed_page(typed[copy.sheet][index])
                self.show_page()
            self.slip(pupil, sheet, copy.code, total, total)
        if new_sheet and (self.page - first) % 2:
            self.show_page()  # a blank back, so the next pupil starts on a new sheet


def write_packet(
    data: PacketData,
    out: Path,
    paper: str = "F4",
    new_sheet_per_pupil: bool = False,
    habits: Sequence[str] = DEFAULT_HABITS,
    progress: Progress | None = None,
) -> PacketResult:
    """Write the packet to `out` (a temporary file first, renamed when complete)."""
    writer = _Writer(data, paper, habits)
    typed = {i: writer.question_pages(s) for i, s in enumerate(data.sheets) if not s.pdf}
    for done, pupil in enumerate(data.pupils, start=1):
        writer.pupil(pupil, typed, new_sheet_per_pupil)
        if progress:
            progress(done, len(data.pupils))
    writer.canvas.save()
    pdf = writer.buffer.getvalue()
    if writer.placements:
        sources = {i: s.pdf for i, s in enumerate(data.sheets) if s.pdf}
        pdf = place_source_pages(pdf, sources, writer.placements)
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_bytes(pdf)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return PacketResult(writer.page, len(data.pupils), sum(len(p.copies) for p in data.pupils))
