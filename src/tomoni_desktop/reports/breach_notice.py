"""When a stick (or paper) with children's data is lost: a first page for the principal (what
left, when, who wrote it, which pupils, the 3×24-hour deadline to tell parents and the
authority), then a letter to each family, two to a sheet. In Indonesian, as all paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from tomoni_desktop.reports.documents import MM, ClassList, plain
from tomoni_desktop.reports.packet import PAPER, tanggal

DATA_WORDS = {
    "names": "nama, kelas dan NISN siswa",
    "addresses": "alamat rumah",
    "phones": "nomor telepon orang tua",
    "grades": "nilai",
    "attendance": "kehadiran",
    "work": "tugas (LKS) yang diberikan dan dikembalikan",
    "family": "nama orang tua/wali dan surat kepada mereka",
    "cases": "catatan tindak lanjut dan catatan guru BK",
    "everything": "seluruh data sekolah tentang siswa (salinan basis data)",
}
KIND_WORDS = {
    "packet": "paket LKS",
    "route_sheet": "lembar rute kunjungan rumah",
    "letters": "surat untuk orang tua",
    "sign_in_sheet": "daftar hadir pertemuan orang tua",
    "schedule": "jadwal pelajaran daring",
    "progress_reports": "laporan hasil belajar",
    "leger": "leger nilai",
    "erapor": "berkas e-Rapor",
    "missing_scores": "daftar nilai belum lengkap",
    "grade_sheet": "lembar nilai Excel",
    "month_recap": "rekap kehadiran bulanan",
    "week_page": "laporan mingguan",
    "outstanding": "daftar tugas belum kembali",
    "allowances": "daftar bantuan kuota",
    "pupil_record": "seluruh data seorang siswa",
    "roster": "daftar siswa",
    "bundle": "berkas sinkronisasi",
    "backup": "cadangan basis data",
}
BOTTOM = 16 * MM  # ClassList's bottom margin
DEADLINE = timedelta(hours=72)  # UU PDP: the subjects and the authority, within 3×24 hours


@dataclass(frozen=True)
class LeftFile:
    made_at: datetime
    person: str
    kind: str
    file_name: str
    medium: str
    pupils: int
    encrypted: bool


@dataclass(frozen=True)
class BreachNotice:
    school: str
    school_address: str
    lost_on: date
    how: str  # the school's words: what happened
    measures: str  # the school's words: what it is doing
    contact: str  # a number families may call, or ""
    files: list[LeftFile]
    data: list[str]  # register.Data values
    pupils: list[tuple[str, str]]  # name, class
    today: date

    @property
    def all_encrypted(self) -> bool:
        return all(f.encrypted for f in self.files)


def _data_words(notice: BreachNotice) -> str:
    words = [DATA_WORDS[d] for d in notice.data if d in DATA_WORDS]
    return ", ".join(words) if words else "-"


def _letter(doc: ClassList, notice: BreachNotice, pupil: str, class_name: str) -> list:
    from reportlab.platypus import Spacer

    protected = (
        " Semua berkas itu terenkripsi: tanpa kunci sekolah isinya tidak dapat dibaca."
        if notice.all_encrypted
        else ""
    )
    text, markup = doc.letter_text, doc.letter_markup
    return [
        doc.heading(notice.school),
        doc.text(notice.school_address) if notice.school_address else Spacer(1, 0),
        Spacer(1, 3 * MM),
        text(f"{tanggal(notice.today)}"),
        markup("<b>Perihal: pemberitahuan tentang data siswa yang hilang</b>"),
        Spacer(1, 2 * MM),
        text(f"Kepada Yth. Bapak/Ibu orang tua/wali {pupil} (kelas {class_name}),"),
        Spacer(1, 2 * MM),
        text(
            f"Dengan hormat, kami memberitahukan bahwa pada {tanggal(notice.lost_on)} "
            f"{notice.how.strip() or 'berkas berisi data siswa hilang'}. Berkas itu memuat "
            f"data anak Bapak/Ibu: {_data_words(notice)}.{protected}"
        ),
        Spacer(1, 2 * MM),
        text(f"Yang sekolah lakukan: {notice.measures.strip()}"),
        Spacer(1, 2 * MM),
        text(
            "Berhati-hatilah bila ada orang yang menelepon atau mengirim pesan dengan "
            "menyebut data anak Bapak/Ibu dan meminta uang atau data lain."
            + (
                f" Untuk pertanyaan, hubungi sekolah di {notice.contact}."
                if notice.contact
                else " Untuk pertanyaan, silakan datang ke sekolah."
            )
        ),
        Spacer(1, 6 * MM),
        text("Hormat kami,\nKepala Sekolah\n\n\n\n(____________________)"),
    ]


def _two_letters(doc: ClassList, letters: list[list]):
    """Two letters on a sheet, each in its half, the cut line between them."""
    from reportlab.platypus import Table, TableStyle

    half = (doc.page_size[1] - doc.MARGIN - BOTTOM - 12) / 2 - 1  # the frame pads 6 pt a side
    table = Table(
        [[letter] for letter in letters],
        colWidths=[doc.inner],
        rowHeights=[half] * len(letters),
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * MM),
                ("LINEBELOW", (0, 0), (0, 0), 0.5, "#777777", None, (2, 3)),
            ]
        )
    )
    return table


def write_breach_notice(notice: BreachNotice, out: Path, paper: str = "A4") -> int:
    """The principal's page, then one letter per family; returns the pages."""
    from reportlab.platypus import PageBreak, Spacer

    doc = ClassList(PAPER[paper])
    deadline = datetime.combine(notice.lost_on, datetime.min.time()) + DEADLINE
    story: list = [
        doc.heading("Data siswa yang hilang: laporan untuk kepala sekolah"),
        doc.text(f"{notice.school} · dibuat {tanggal(notice.today)}"),
        Spacer(1, 3 * MM),
        doc.markup(
            f"<b>Hilang pada:</b> {tanggal(notice.lost_on)}. <b>Apa yang terjadi:</b> "
            f"{plain(notice.how.strip() or '-')}"
        ),
        doc.markup(
            f"<b>Beri tahu orang tua dan lembaga pengawas paling lambat:</b> "
            f"{tanggal(deadline.date())} (3 × 24 jam, UU Pelindungan Data Pribadi)."
        ),
        doc.markup(f"<b>Data yang termuat:</b> {plain(_data_words(notice))}."),
        doc.markup(
            f"<b>Siswa terdampak:</b> {len(notice.pupils)}. <b>Terenkripsi:</b> "
            + ("semua berkas" if notice.all_encrypted else "tidak semua berkas")
            + "."
        ),
        doc.markup(f"<b>Yang sekolah lakukan:</b> {plain(notice.measures.strip() or '-')}"),
        Spacer(1, 3 * MM),
        doc.table(
            [["Waktu", "Oleh", "Berkas", "Jenis", "Siswa", "Terenkripsi"]]
            + [
                [
                    f.made_at.astimezone().strftime("%d-%m-%Y %H:%M"),
                    f.person or "-",
                    f.file_name,
                    KIND_WORDS.get(f.kind, f.kind),
                    str(f.pupils),
                    "ya" if f.encrypted else "tidak",
                ]
                for f in notice.files
            ],
            (0.17, 0.17, 0.22, 0.22, 0.08, 0.14),
        ),
        Spacer(1, 3 * MM),
        doc.markup("<b>Siswa terdampak</b>"),
        doc.table(
            [["No", "Nama", "Kelas"]]
            + [[str(n), name, c] for n, (name, c) in enumerate(notice.pupils, 1)],
            (0.08, 0.67, 0.25),
        ),
        PageBreak(),
    ]
    letters = [_letter(doc, notice, name, class_name) for name, class_name in notice.pupils]
    for first in range(0, len(letters), 2):
        story.append(_two_letters(doc, letters[first : first + 2]))
    return doc.write(
        story,
        out,
        class_name="Pemberitahuan data hilang",
        day=tanggal(notice.today),
        title="Pemberitahuan data siswa yang hilang",
        author=notice.school,
        school=notice.school,
    )
