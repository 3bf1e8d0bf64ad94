"""Letters to families without a phone: two to a sheet (each a half page, cut in the middle),
each with a reply slip to tear off whose QR holds the letter's code; the slip that comes back
is scanned on the pickups screen like a worksheet cover. In Indonesian, as all paper families
read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.core.files import write_whole
from tomoni_desktop.core.models import LetterKind
from tomoni_desktop.reports.documents import MM
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.packet import DAYS, PAPER, Pen, tanggal
from tomoni_desktop.reports.qr import draw_qr

MARGIN = 14 * MM
QR = 24 * MM
TEXT = 10.5
SMALL = 9.5


@dataclass(frozen=True)
class LetterData:
    kind: LetterKind
    code: str
    school: str
    school_address: str
    pupil: str
    class_name: str
    guardian: str  # the primary guardian's name, or "" (then "Bapak/Ibu orang tua/wali")
    teacher: str  # the homeroom teacher who signs
    written_on: date
    about_on: date | None = None  # the absence, or the day the family is asked to come
    note: str = ""  # the teacher's own words
    absent_days: int = 0  # a summons: the absences it follows
    first_absence_on: date | None = None
    starts_at: str = ""  # a meeting
    place: str = ""
    agenda: str = ""


SUBJECTS = {
    LetterKind.ABSENCE: "Pemberitahuan ketidakhadiran",
    LetterKind.SUMMONS: "Panggilan orang tua/wali",
    LetterKind.MEETING: "Undangan pertemuan orang tua/wali",
    LetterKind.RESULTS: "Catatan hasil belajar",
}
REPLIES = {
    LetterKind.ABSENCE: ("Ananda sakit", "Ada keperluan keluarga", "Lainnya: ______________"),
    LetterKind.SUMMONS: ("Saya akan hadir", "Saya mohon hari lain: ______________"),
    LetterKind.MEETING: ("Saya akan hadir", "Saya tidak dapat hadir"),
    LetterKind.RESULTS: ("Sudah saya baca", "Saya ingin bertemu wali kelas"),
}


def day_name(day: date) -> str:
    return f"{DAYS[day.weekday()]}, {tanggal(day)}"


def body(letter: LetterData) -> list[str]:
    """The letter's paragraphs."""
    pupil = f"{letter.pupil} (kelas {letter.class_name})"
    if letter.kind is LetterKind.ABSENCE:
        when = day_name(letter.about_on) if letter.about_on else "hari ini"
        paragraphs = [
            f"Dengan hormat, kami memberitahukan bahwa ananda {pupil} tidak masuk sekolah "
            f"pada hari {when} tanpa keterangan.",
            "Mohon Bapak/Ibu memberi tahu kami alasannya dengan mengisi lembar balasan di "
            "bawah, dan mendampingi ananda agar kembali belajar.",
        ]
    elif letter.kind is LetterKind.SUMMONS:
        since = tanggal(letter.first_absence_on) if letter.first_absence_on else ""
        when = day_name(letter.about_on) if letter.about_on else "hari sekolah terdekat"
        paragraphs = [
            f"Dengan hormat, ananda {pupil} tidak masuk sekolah {letter.absent_days} hari sejak "
            f"{since}. Kami mengharap kehadiran Bapak/Ibu di sekolah pada hari {when} untuk "
            "berbicara dengan wali kelas, wakil kepala sekolah bidang kesiswaan dan guru BK.",
            "Kami ingin bersama Bapak/Ibu mencari jalan agar ananda dapat kembali belajar.",
        ]
    elif letter.kind is LetterKind.MEETING:
        when = day_name(letter.about_on) if letter.about_on else ""
        paragraphs = [
            f"Dengan hormat, kami mengundang Bapak/Ibu orang tua/wali ananda {pupil} ke "
            f"pertemuan orang tua pada hari {when} pukul {letter.starts_at} di {letter.place}.",
        ]
        if letter.agenda:
            paragraphs.append(f"Acara: {letter.agenda}")
        paragraphs.append("Atas kehadiran Bapak/Ibu kami ucapkan terima kasih.")
    else:
        paragraphs = [f"Dengan hormat, berikut catatan kami tentang hasil belajar ananda {pupil}."]
    if letter.note:
        paragraphs.append(letter.note)
    return paragraphs


class _Writer:
    def __init__(self, canvas, paper: str) -> None:
        self.canvas = canvas
        self.width, self.height = PAPER[paper]
        self.inner = self.width - 2 * MARGIN

    def letter(self, letter: LetterData, top: float, bottom: float) -> None:
        """One letter in the half page from `top` down to `bottom`, the slip at its foot."""
        c, pen, width = self.canvas, Pen(self.canvas), self.inner
        y = top - MARGIN * 0.8
        y = pen.text(letter.school, MARGIN, y, width, BOLD, 12)
        if letter.school_address:
            y = pen.text(letter.school_address, MARGIN, y, width, REGULAR, SMALL)
        c.setLineWidth(0.8)
        c.line(MARGIN, y + 1 * MM, self.width - MARGIN, y + 1 * MM)
        y -= 4 * MM
        c.setFont(REGULAR, TEXT)
        c.drawRightString(self.width - MARGIN, y, tanggal(letter.written_on))
        c.drawString(MARGIN, y, f"Perihal: {SUBJECTS[letter.kind]}")
        y -= 6 * MM
        to = f"Bapak/Ibu {letter.guardian}" if letter.guardian else "Bapak/Ibu"
        y = pen.text(f"Kepada Yth. {to}, orang tua/wali {letter.pupil}", MARGIN, y, width)
        y -= 2 * MM
        for paragraph in body(letter):
            y = pen.text(paragraph, MARGIN, y, width, REGULAR, TEXT) - 1.5 * MM
        slip_top = bottom + 43 * MM
        sign_x = self.width - MARGIN - 62 * MM
        y = min(y - 1 * MM, slip_top + 24 * MM)
        c.setFont(REGULAR, TEXT)
        c.drawString(sign_x, y, f"Wali kelas {letter.class_name},")
        c.drawString(sign_x, y - 13 * MM, letter.teacher or "(________________)")
        self.slip(letter, slip_top, bottom)

    def slip(self, letter: LetterData, top: float, bottom: float) -> None:
        c, pen, width = self.canvas, Pen(self.canvas), self.inner - QR - 4 * MM
        c.setStrokeGray(0.3)
        c.setDash(3, 3)
        c.line(MARGIN, top, self.width - MARGIN, top)
        c.setDash()
        c.setStrokeGray(0)
        c.setFont(REGULAR, SMALL)
        c.drawRightString(
            self.width - MARGIN, top + 1.5 * MM, "✂ gunting di sini, kembalikan ke wali kelas"
        )
        draw_qr(c, letter.code, self.width - MARGIN - QR, top - 3 * MM - QR, QR)
        c.setFont(BOLD, SMALL)
        c.drawCentredString(self.width - MARGIN - QR / 2, top - 6 * MM - QR, letter.code)
        y = top - 6 * MM
        y = pen.text(f"Balasan: {SUBJECTS[letter.kind]}", MARGIN, y, width, BOLD, TEXT)
        y = pen.text(
            f"{letter.pupil} · kelas {letter.class_name} · surat {tanggal(letter.written_on)}",
            MARGIN,
            y,
            width,
            REGULAR,
            SMALL,
        )
        y -= 2 * MM
        c.setFont(REGULAR, TEXT)
        for answer in REPLIES[letter.kind]:
            c.rect(MARGIN, y - 1, 3.5 * MM, 3.5 * MM)
            c.drawString(MARGIN + 6 * MM, y, answer)
            y -= 6 * MM
        y = max(y - 2 * MM, bottom + 6 * MM)
        c.drawString(MARGIN, y, "Tanda tangan orang tua/wali: ________________")
        c.drawString(MARGIN + width * 0.68, y, "Tanggal: ________")


def write_letters(letters: Sequence[LetterData], out: Path, paper: str = "A4") -> int:
    """Two letters a sheet; returns the number of pages."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    if not letters:
        raise ValueError("no letters to print")

    def write(path: Path) -> int:
        canvas = Canvas(str(path), pagesize=PAPER[paper])
        canvas.setTitle(f"Surat untuk orang tua/wali ({len(letters)})")
        canvas.setAuthor(letters[0].school)
        canvas.setCreator("Tomoni Desktop")
        writer = _Writer(canvas, paper)
        half = writer.height / 2
        pages = 0
        for index in range(0, len(letters), 2):
            for offset, letter in enumerate(letters[index : index + 2]):
                top = writer.height - offset * half
                writer.letter(letter, top, top - half)
            canvas.setStrokeGray(0.6)
            canvas.setDash(1, 4)
            canvas.line(0, half, writer.width, half)  # where the sheet is cut in two
            canvas.setDash()
            canvas.setStrokeGray(0)
            canvas.showPage()
            pages += 1
        canvas.save()
        return pages

    return write_whole(out, write)
