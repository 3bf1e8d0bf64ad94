"""The packet a homeroom teacher carries from house to house.

Per pupil and worksheet: a block naming the pupil, the teacher and the pickup code (text and QR)
at the top of the first page, the worksheet flowing on, and the parent's return slip on the
space left below a cut line. Paper costs these schools money, so the layout is chosen to use
the fewest pages: when the slip does not fit after the last question, the cover and the slip
share one page ahead of the questions instead (at most one page more than the worksheet
itself). An attached PDF keeps its own pages, after a page holding the cover and the slip.

Every block is drawn by one function that can also only measure (`Pen.dry`), so the page
plan and the drawing cannot disagree. Parent-facing text is in Indonesian whatever the
interface language: it is read by families. Pages of an attached PDF are placed as shared
form objects (see pdf_reuse), not copied per pupil.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.core.files import write_whole
from tomoni_desktop.core.models import AnswerSpace
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.school_days import holiday_name, school_day_on_or_after
from tomoni_desktop.reports.documents import MM
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.packet_data import (
    PacketData,
    PacketPupil,
    PacketQuestion,
    PacketSheet,
)
from tomoni_desktop.reports.pdf_reuse import Placement, place_source_pages
from tomoni_desktop.reports.qr import draw_qr

PAPER = {"A4": (210 * MM, 297 * MM), "F4": (215 * MM, 330 * MM)}
MARGIN = 15 * MM
BAND = 12 * MM
LINE = 8 * MM  # one answer line
TEXT = 11  # body text; nothing a family reads is smaller than SMALL
SMALL = 10
QR = 30 * MM
DEFAULT_HABITS = ("Beribadah", "Membaca 15 menit", "Membantu pekerjaan di rumah")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
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
    letters: int = 0  # letters to the same families, printed after the packet


def moved_because(asked: date, due: date) -> str:
    """Why a due date moved, in Indonesian (the packet is read by families)."""
    days = school_day_on_or_after(asked).skipped if asked < due else ()
    return "; ".join(f"{tanggal(day)} {holiday_name(day, 'id') or 'Minggu'}" for day in days)


def tanggal(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class Pen:
    """Draws on the canvas, or with `dry` set only moves down the page (to measure)."""

    def __init__(self, canvas, dry: bool = False) -> None:
        self.canvas = canvas
        self.dry = dry

    def text(
        self,
        text: str,
        x: float,
        y: float,
        width: float,
        font: str = REGULAR,
        size: float = TEXT,
        leading: float | None = None,
    ) -> float:
        """Draw `text` wrapped to `width` with its first baseline at `y`; a single word too
        long for the line is shrunk rather than cut. Returns the baseline below it."""
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase.pdfmetrics import stringWidth

        longest = max((stringWidth(w, font, size) for w in text.split()), default=0)
        while longest > width and size > 7:
            size -= 0.5
            longest = max(stringWidth(w, font, size) for w in text.split())
        leading = leading or size * 1.3
        lines = simpleSplit(text, font, size, width) or [""]
        if not self.dry:
            self.canvas.setFont(font, size)
            for number, line in enumerate(lines):
                self.canvas.drawString(x, y - number * leading, line)
        return y - len(lines) * leading

    def __getattr__(self, name: str) -> Callable:
        """Canvas drawing calls (rect, line, drawString…) that do nothing when measuring."""
        method = getattr(self.canvas, name)
        return (lambda *args, **kwargs: None) if self.dry else method


Block = Callable[[Pen, float], float]  # draws from y down, returns the y below


class _Writer:
    def __init__(self, data: PacketData, paper: str, habits: Sequence[str]) -> None:
        from reportlab.pdfgen import canvas

        register_fonts()
        self.data = data
        self.width, self.height = PAPER[paper]
        self.inner = self.width - 2 * MARGIN
        self.top = self.height - BAND - 8 * MM  # first baseline under the band
        self.room = self.top - MARGIN  # height for blocks on one page
        self.habits = tuple(habits) or DEFAULT_HABITS
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(
            self.buffer, pagesize=(self.width, self.height), pageCompression=1
        )
        titles = ", ".join(dict.fromkeys(s.title for s in data.sheets))
        self.canvas.setTitle(f"Lembar kerja {data.class_name}: {titles}")
        self.canvas.setAuthor(data.teacher or data.school)
        self.canvas.setSubject(f"{data.school} · {data.class_name} · {data.school_year}")
        self.canvas.setCreator("Tomoni Desktop")
        self.canvas.setKeywords(", ".join(dict.fromkeys(s.subject for s in data.sheets)))
        self.pen = Pen(self.canvas)
        self.ruler = Pen(self.canvas, dry=True)
        self.page = 0
        self.placements: list[Placement] = []

    def height_of(self, block: Block) -> float:
        return self.top - block(self.ruler, self.top)

    def show_page(self) -> None:
        self.canvas.showPage()
        self.page += 1

    def band(self, pupil: PacketPupil, code: str, number: int | None, total: int) -> None:
        """The strip on every page naming the pupil; an attached PDF's page gets no page
        number of ours (it has its own)."""
        c = self.canvas
        c.setFillGray(0.9)
        c.rect(0, self.height - BAND, self.width, BAND, stroke=0, fill=1)
        c.setFillGray(0)
        baseline = self.height - BAND + 4.5 * MM
        self.pen.text(
            f"{pupil.name} · {self.data.class_name} · Kode {code}",
            MARGIN,
            baseline,
            self.inner - 35 * MM,
            BOLD,
            SMALL,
        )
        if number is not None:
            c.setFont(REGULAR, SMALL)
            c.drawRightString(self.width - MARGIN, baseline, f"halaman {number} dari {total}")

    # blocks -------------------------------------------------------------------------
    def cover(self, pupil: PacketPupil, sheet: PacketSheet, code: str) -> Block:
        data = self.data

        def draw(pen: Pen, y: float) -> float:
            top = y
            text_width = self.inner - QR - 6 * MM
            y = pen.text(data.school, MARGIN, y, text_width, BOLD, 13)
            y = pen.text("Lembar kerja untuk dikerjakan di rumah", MARGIN, y, text_width) - 2 * MM
            place = " / ".join(p for p in (pupil.village, pupil.dusun) if p) or "-"
            teacher = data.teacher or "-"
            if data.teacher_phone:
                teacher += f" (HP {data.teacher_phone})"
            rows = [
                ("Nama", pupil.name),
                ("Kelas", f"{data.class_name} · NISN {pupil.nisn or '-'}"),
                ("Desa / Dusun", place),
                ("Mata pelajaran", sheet.subject),
                ("Judul", sheet.title),
                ("Dibagikan", tanggal(sheet.issued_on)),
                ("Dikumpulkan", tanggal(sheet.due_on)),
            ]
            if sheet.due_asked_on is not None:
                why = moved_because(sheet.due_asked_on, sheet.due_on)
                rows.append(("", f"Tanggal kumpul dipindah: {why}"))
            rows.append(("Wali kelas", teacher))
            label = 32 * MM
            for name, value in rows:
                if not pen.dry:
                    pen.canvas.setFont(REGULAR, SMALL)
                pen.drawString(MARGIN, y, name)
                y = pen.text(value, MARGIN + label, y, text_width - label, BOLD, SMALL) - 0.6 * MM
            # the code and its QR at the right, beside the details
            qr_top = top + 4 * MM
            pen.setFont(REGULAR, SMALL)
            pen.drawCentredString(self.width - MARGIN - QR / 2, qr_top - QR - 4 * MM, code)
            if not pen.dry:
                self.qr(code, self.width - MARGIN - QR, qr_top - QR)
            y = min(y, qr_top - QR - 6 * MM) - 2 * MM
            pen.setFont(REGULAR, TEXT)
            pen.drawString(MARGIN, y, "Kode pengambilan:")
            pen.setFont(BOLD, 16)
            pen.drawString(MARGIN + 40 * MM, y, code)
            if not pen.dry:  # the same code for a cheap 1-D scanner (it types it, then Enter)
                self.barcode(code, MARGIN + 75 * MM, y - 1.5 * MM)
            y -= 7 * MM
            note = (
                f"Bapak/Ibu yang kami hormati, mohon dampingi ananda {pupil.name} mengerjakan "
                f"lembar kerja ini di rumah. Wali kelas akan datang mengambilnya pada "
                f"{tanggal(sheet.due_on)}. Tunjukkan kode di atas ketika lembar kerja diambil, "
                f"dan isi lembar balikan. Terima kasih."
            )
            y = pen.text(note, MARGIN, y, self.inner, REGULAR, SMALL) - 1 * MM
            pen.setStrokeGray(0.3)
            pen.line(MARGIN, y, self.width - MARGIN, y)
            return y - 7 * MM

        return draw

    def barcode(self, code: str, x: float, y: float) -> None:
        from reportlab.graphics.barcode.code128 import Code128

        Code128(code, barHeight=8 * MM, barWidth=0.3 * MM, quiet=False).drawOn(self.canvas, x, y)

    def qr(self, code: str, x: float, y: float) -> None:
        draw_qr(self.canvas, code, x, y, QR)

    def head(self, sheet: PacketSheet) -> Block:
        def draw(pen: Pen, y: float) -> float:
            y = pen.text(sheet.title, MARGIN, y, self.inner, BOLD, 13) - 1
            line = f"{sheet.subject} · KKTP {sheet.pass_mark} · nilai maksimum {sheet.max_score}"
            y = pen.text(line, MARGIN, y, self.inner, REGULAR, SMALL) - 1
            for text in (
                sheet.instructions,
                f"Tujuan: {sheet.objective}" if sheet.objective else "",
            ):
                if text:
                    y = pen.text(text, MARGIN, y, self.inner, REGULAR, SMALL) - 1
            return y - 4 * MM

        return draw

    def question(self, question: PacketQuestion) -> Block:
        def draw(pen: Pen, y: float) -> float:
            indent = 6 * MM
            y = pen.text(f"{question.number}. {question.text}", MARGIN, y, self.inner - indent)
            pen.setStrokeGray(0.55)
            space = question.answer_lines * LINE
            if question.answer_space is AnswerSpace.BOX:
                pen.rect(MARGIN + indent, y - space + 2 * MM, self.inner - indent, space)
                y -= space
            else:
                for _ in range(question.answer_lines):
                    y -= LINE
                    pen.line(MARGIN + indent, y, self.width - MARGIN, y)
            return y - 7 * MM

        return draw

    def slip(self, pupil: PacketPupil, sheet: PacketSheet, code: str) -> Block:
        def draw(pen: Pen, y: float) -> float:
            c, width = pen, self.inner
            c.setStrokeGray(0.3)
            c.setDash(3, 3)
            c.line(MARGIN, y, self.width - MARGIN, y)
            c.setDash()
            c.setFont(REGULAR, SMALL)
            c.drawRightString(self.width - MARGIN, y + 1.5 * MM, "✂ gunting di sini")
            y -= 7 * MM
            y = pen.text("Lembar balikan orang tua / wali", MARGIN, y, width, BOLD, 12)
            y = pen.text(
                f"{pupil.name} · {self.data.class_name} · {sheet.subject}: {sheet.title} · "
                f"Kode {code}",
                MARGIN,
                y,
                width,
                REGULAR,
                SMALL,
            )
            y -= 2 * MM
            c.rect(MARGIN, y - 1, 4 * MM, 4 * MM)
            y = pen.text(
                "Saya telah mendampingi anak saya belajar.", MARGIN + 7 * MM, y, width - 7 * MM
            )
            y -= 5 * MM
            c.setFont(REGULAR, TEXT)
            c.drawString(MARGIN, y, "Tanda tangan orang tua/wali: ____________________")
            c.drawRightString(self.width - MARGIN, y, "Tanggal: ____________")
            y -= 9 * MM
            y = pen.text("Kebiasaan ananda minggu ini (beri tanda ✓):", MARGIN, y, width, BOLD)
            label = 52 * MM
            column = (width - label) / len(DAYS)
            c.setFont(BOLD, SMALL)
            for index, day in enumerate(DAYS):
                c.drawCentredString(MARGIN + label + column * (index + 0.5), y, day)
            y -= 6.5 * MM
            for habit in self.habits:  # a long habit wraps and its row grows
                below = pen.text(habit, MARGIN, y + 1, label - 2 * MM, REGULAR, SMALL)
                for index in range(len(DAYS)):
                    left = MARGIN + label + column * (index + 0.5) - 2.5 * MM
                    c.rect(left, y - 0.5 * MM, 5 * MM, 5 * MM)
                y = min(below - 1.5 * MM, y - 7 * MM)
            y -= 3 * MM
            y = pen.text("Pendapat Bapak/Ibu tentang pelajaran ini:", MARGIN, y, width, BOLD)
            y -= 1 * MM
            answers_at = MARGIN + width * 0.48
            answer_width = (width * 0.52) / 3
            for question, answers in FEEDBACK:
                below = pen.text(question, MARGIN, y, width * 0.47, REGULAR, SMALL)
                c.setFont(REGULAR, SMALL)
                for index, answer in enumerate(answers):
                    x = answers_at + answer_width * index
                    c.rect(x, y - 1, 3.5 * MM, 3.5 * MM)
                    c.drawString(x + 5 * MM, y, answer)
                y = min(below, y - 6.5 * MM)
            y -= 1 * MM
            c.setFont(REGULAR, SMALL)
            c.drawString(MARGIN, y, "Catatan atau pesan untuk guru:")
            for _ in range(2):
                y -= LINE
                c.line(MARGIN, y, self.width - MARGIN, y)
            return y - 2 * MM

        return draw

    # page plans ------------------------------------------------------------------------
    def flow(self, blocks: Sequence[Block]) -> list[list[Block]]:
        """Blocks onto pages in order, a block never split (one taller than a page gets a
        page of its own)."""
        pages: list[list[Block]] = [[]]
        free = self.room
        for block in blocks:
            height = self.height_of(block)
            if pages[-1] and height > free:
                pages.append([])
                free = self.room
            pages[-1].append(block)
            free -= height
        return pages

    def own_pages(self, sheet: PacketSheet) -> list[list[Block]]:
        """The worksheet's own pages: its heading and questions, nothing of the packet."""
        return self.flow([self.head(sheet), *(self.question(q) for q in sheet.questions)])

    def plan(self, pupil: PacketPupil, sheet: PacketSheet, code: str) -> list[list[Block]]:
        """The pages of one copy, as lists of blocks; [] stands for an attached PDF's page."""
        cover, slip = self.cover(pupil, sheet, code), self.slip(pupil, sheet, code)
        if sheet.pdf:
            return [[cover, slip], *([] for _ in range(sheet.page_count))]
        own = self.own_pages(sheet)
        together = self.flow(
            [cover, self.head(sheet), *(self.question(q) for q in sheet.questions), slip]
        )
        return together if len(together) <= len(own) + 1 else [[cover, slip], *own]

    def copy(self, pupil: PacketPupil, sheet_index: int, code: str) -> None:
        sheet = self.data.sheets[sheet_index]
        pages = self.plan(pupil, sheet, code)
        for number, blocks in enumerate(pages, start=1):
            attached = not blocks
            self.band(pupil, code, None if attached else number, len(pages))
            if attached:
                self.placements.append(
                    Placement(
                        page=self.page,
                        source=sheet_index,
                        source_page=number - 2,
                        x=MARGIN / 2,
                        y=MARGIN / 2,
                        width=self.width - MARGIN,
                        height=self.height - BAND - MARGIN / 2 - 1 * MM,
                    )
                )
            y = self.top
            for block in blocks:
                y = block(self.pen, y)
            self.show_page()

    def pupil(self, pupil: PacketPupil, new_sheet: bool) -> None:
        first = self.page
        for copy in pupil.copies:
            self.copy(pupil, copy.sheet, copy.code)
        if new_sheet and (self.page - first) % 2:
            self.show_page()  # a blank back, so the next pupil starts on a new sheet


def sheet_pages(sheet: PacketSheet, paper: str) -> int:
    """How many pages the worksheet itself takes on `paper` (an attached PDF: its own)."""
    if sheet.pdf:
        return sheet.page_count
    return len(_Writer(PacketData("", "", "", [sheet], []), paper, ()).own_pages(sheet))


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
    for done, pupil in enumerate(data.pupils, start=1):
        writer.pupil(pupil, new_sheet_per_pupil)
        if progress:
            progress(done, len(data.pupils))
    writer.canvas.save()
    pdf = writer.buffer.getvalue()
    if writer.placements:
        sources = {i: s.pdf for i, s in enumerate(data.sheets) if s.pdf}
        pdf = place_source_pages(pdf, sources, writer.placements)
    write_whole(out, lambda path: path.write_bytes(pdf))
    return PacketResult(writer.page, len(data.pupils), sum(len(p.copies) for p in data.pupils))
