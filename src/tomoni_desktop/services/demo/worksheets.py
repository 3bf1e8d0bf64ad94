"""Worksheets of the demo school: one typed, one from a PDF, handed out to some classes."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core.models import SchoolClass, Subject
from tomoni_desktop.core.school_days import is_school_day
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
from tomoni_desktop.services.worksheets.library import QuestionDraft, WorksheetDraft, save_worksheet

FRACTIONS = [
    "Sederhanakan pecahan 6/8 dan 15/25.",
    "Tuliskan tiga pecahan yang senilai dengan 2/3.",
    "Ibu membagi 3 buah semangka kepada 4 anak sama banyak. Berapa bagian yang diterima tiap anak?",
    "Urutkan dari yang terkecil: 3/4, 2/3, 5/6, 1/2.",
    "Di kebun kakao Bapak, 3/5 pohon sudah berbuah. Jika ada 40 pohon, berapa pohon yang berbuah?",
]
POETRY = [
    "Bacalah puisi \u201cSawah di Kampungku\u201d bersama orang tua. Apa perasaan penyair?",
    "Tuliskan dua baris puisi tentang sungai atau kebun di dekat rumahmu.",
    "Tanyakan kepada orang tua satu pantun daerah yang mereka ingat, lalu tuliskan.",
]


def science_pdf() -> bytes:
    """A four-page worksheet PDF such as a teacher would have from the MGMP."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=True)  # same bytes every time
    width, height = A4
    texts = [
        (
            "Sistem Organisasi Kehidupan",
            [
                "Sel adalah satuan terkecil makhluk hidup.",
                "Amati gambar sel hewan dan sel tumbuhan di bawah ini.",
            ],
        ),
        (
            "Kegiatan 1: Bagian-bagian sel",
            [
                "Beri nama bagian yang ditunjuk tanda panah.",
                "Sebutkan perbedaan sel hewan dan sel tumbuhan.",
            ],
        ),
        (
            "Kegiatan 2: Jaringan dan organ",
            [
                "Daun adalah organ. Jaringan apa saja yang menyusunnya?",
                "Ambil satu daun di halaman rumah, gambar, dan beri keterangan.",
            ],
        ),
        ("Kegiatan 3: Refleksi", ["Apa yang sudah kamu pahami?", "Apa yang masih membingungkan?"]),
    ]
    for number, (title, lines) in enumerate(texts, start=1):
        page.setFont("Helvetica-Bold", 18)
        page.drawString(60, height - 80, f"LKPD IPA Kelas VII - {title}")
        page.setFont("Helvetica", 12)
        for offset, line in enumerate(lines):
            page.drawString(60, height - 120 - offset * 20, line)
        page.setStrokeColorRGB(0.2, 0.4, 0.5)
        page.circle(width / 2 - 110, height / 2, 80)
        page.rect(width / 2 + 30, height / 2 - 80, 160, 160)
        page.circle(width / 2 - 110, height / 2, 20)
        page.circle(width / 2 + 110, height / 2, 25)
        for rule in range(6):
            page.line(60, 200 - rule * 24, width - 60, 200 - rule * 24)
        page.drawRightString(width - 60, 40, f"{number}")
        page.showPage()
    page.save()
    return buffer.getvalue()


def add_demo_worksheets(
    uow: UnitOfWork,
    school_id,
    school_year_id,
    today: date,
    new_id: Callable,
    classes_per_level: int = 3,
) -> int:
    """Three worksheets, handed out a few days ago; returns the number of hand-outs."""
    session = uow.session
    subjects = {
        s.name: s.id for s in session.scalars(select(Subject).where(Subject.school_id == school_id))
    }
    maths = save_worksheet(
        uow,
        school_id,
        WorksheetDraft(
            subject_id=subjects["Matematika"],
            level=7,
            title="Pecahan senilai dan penyederhanaan",
            instructions="Kerjakan dengan pensil. Tuliskan cara mengerjakannya, bukan hanya jawabannya.",
            objective="Peserta didik dapat menentukan pecahan senilai dan menyederhanakan pecahan.",
            questions=[QuestionDraft(text, answer_lines=5) for text in FRACTIONS],
        ),
        new_id=new_id,
    )
    science = save_worksheet(
        uow,
        school_id,
        WorksheetDraft(
            subject_id=subjects["IPA"],
            level=7,
            title="Sistem organisasi kehidupan",
            instructions="Kerjakan langsung pada lembar ini.",
            objective="Peserta didik dapat menjelaskan sel, jaringan, dan organ.",
            pdf=science_pdf(),
            pdf_name="LKPD-IPA-VII-sel.pdf",
        ),
        new_id=new_id,
    )
    poetry = save_worksheet(
        uow,
        school_id,
        WorksheetDraft(
            subject_id=subjects["Bahasa Indonesia"],
            level=8,
            title="Membaca dan menulis puisi",
            instructions="Baca bersama orang tua atau kakak.",
            objective="Peserta didik dapat menemukan perasaan penyair dan menulis puisi pendek.",
            questions=[QuestionDraft(text, answer_lines=6) for text in POETRY],
        ),
        new_id=new_id,
    )

    def school_day_before(day: date) -> date:  # the demo never hands out on a day off
        while not is_school_day(day):
            day -= timedelta(days=1)
        return day

    # Level 7's fractions went out three weeks ago (two rounds of visits since: the demo's
    # pickups), its science this week; level 8's poem two weeks ago and is past due, so the
    # demo shows copies waiting for a home visit.
    issued_on = {
        maths: school_day_before(today - timedelta(days=20)),
        science: school_day_before(today - timedelta(days=3)),
        poetry: school_day_before(today - timedelta(days=14)),
    }
    classes = session.scalars(
        select(SchoolClass)
        .where(SchoolClass.school_year_id == school_year_id)
        .order_by(SchoolClass.level, SchoolClass.name)
    ).all()
    hand_outs = 0
    for level, worksheets in ((7, (maths, science)), (8, (poetry,))):
        for school_class in [c for c in classes if c.level == level][:classes_per_level]:
            for worksheet in worksheets:
                hand_out_worksheet(
                    uow,
                    worksheet,
                    school_class.id,
                    school_year_id,
                    issued_on[worksheet],
                    new_id=new_id,
                )
                hand_outs += 1
    return hand_outs
