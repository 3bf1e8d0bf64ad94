"""Packet figures: paper per pupil and per class, and 40 pupils of a 4-page attached
worksheet against per-pupil copies.

    python benchmarks/packets.py [--pupils 40] [--pages 4]

Paper: the demo's 5-question typed worksheet and the attached PDF, on F4 and on A4; the goal
is pages per pupil <= the worksheet's own pages + 1. Sheets per class count one-sided printing
and, for two-sided, each pupil starting on a new sheet (packets go to different homes).

The source is a PDF of N pages, each with a photo-like picture, as a scanned or downloaded
worksheet would have. Ours places each source page once as a shared form object. The baseline,
in the same run, renders each pupil's packet on its own and joins the files: the source pages
are then stored once per pupil. Both take the median of three runs.
Prints a table, then one line of JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tomoni_desktop.core.models import AnswerSpace  # noqa: F401 - models load first
from tomoni_desktop.reports.packet import PAPER, sheet_pages, write_packet
from tomoni_desktop.reports.packet_data import (
    PacketCopy,
    PacketData,
    PacketPupil,
    PacketQuestion,
    PacketSheet,
)
from tomoni_desktop.services.demo.worksheets import FRACTIONS


def source_pdf(pages: int) -> bytes:
    """A worksheet PDF with a picture on every page."""
    import random

    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(5)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    for number in range(1, pages + 1):
        picture = Image.new("RGB", (480, 320))
        pixels = picture.load()
        for x in range(480):
            for y in range(320):
                pixels[x, y] = ((x * 3 + number * 40) % 256, (y * 2) % 256, rng.randrange(40, 90))
        page.setFont("Helvetica-Bold", 18)
        page.drawString(60, 780, f"LKPD IPA - Kegiatan {number}")
        page.drawImage(ImageReader(picture), 60, 380, width=480, height=320)
        for line in range(8):
            page.line(60, 330 - line * 28, 535, 330 - line * 28)
        page.showPage()
    page.save()
    return buffer.getvalue()


def data_for(pupils: int, pdf: bytes, pages: int) -> PacketData:
    sheet = PacketSheet(
        worksheet_id=None,
        title="Sistem organisasi kehidupan",
        subject="IPA",
        instructions="",
        objective="",
        pass_mark=75,
        max_score=100,
        questions=(),
        pdf=pdf,
        page_count=pages,
        issued_on=date(2026, 11, 23),
        due_on=date(2026, 11, 30),
        due_asked_on=None,
    )
    return PacketData(
        "SMP Negeri 1 Tomoni (contoh)",
        "VII A",
        "2026/2027",
        [sheet],
        [
            PacketPupil(
                f"Siswa Nomor {n}",
                f"01{n:08d}",
                "Bayondo",
                "Dusun Mawar",
                [PacketCopy(0, f"K7M-{n:03d}")],
            )
            for n in range(pupils)
        ],
    )


def typed_sheet() -> PacketSheet:
    """The demo school's typed worksheet, as the demo writes it."""
    return PacketSheet(
        worksheet_id=None,
        title="Pecahan senilai dan penyederhanaan",
        subject="Matematika",
        instructions="Kerjakan dengan pensil. Tuliskan cara mengerjakannya, bukan hanya jawabannya.",
        objective="Peserta didik dapat menentukan pecahan senilai dan menyederhanakan pecahan.",
        pass_mark=75,
        max_score=100,
        questions=tuple(
            PacketQuestion(n, text, AnswerSpace.LINES, 5)
            for n, text in enumerate(FRACTIONS, start=1)
        ),
        pdf=None,
        page_count=0,
        issued_on=date(2026, 11, 23),
        due_on=date(2026, 11, 30),
        due_asked_on=None,
    )


def paper_figures(pdf_data: PacketData, pupils: int, folder: Path) -> list[dict]:
    """Pages per pupil and sheets per class for each worksheet kind and paper size."""
    typed = PacketData(
        pdf_data.school,
        pdf_data.class_name,
        pdf_data.school_year,
        [typed_sheet()],
        pdf_data.pupils,
        teacher="Rahmawati Said, S.Pd.",
        teacher_phone="0812-4455-6677",
    )
    cases = []
    for kind, data in (("typed", typed), ("pdf", pdf_data)):
        for paper in PAPER:
            one_sided = write_packet(data, folder / f"{kind}-{paper}.pdf", paper=paper)
            two_sided = write_packet(
                data, folder / f"{kind}-{paper}-2.pdf", paper=paper, new_sheet_per_pupil=True
            )
            own = sheet_pages(data.sheets[0], paper)
            per_pupil = one_sided.pages / pupils
            cases.append(
                {
                    "worksheet": kind,
                    "paper": paper,
                    "worksheet_pages": own,
                    "pages_per_pupil": per_pupil,
                    "sheets_per_class": one_sided.pages,
                    "sheets_per_class_two_sided": two_sided.pages // 2,
                    "goal_met": per_pupil <= own + 1,
                }
            )
    return cases


def ours(data: PacketData, out: Path) -> tuple[float, int]:
    start = time.perf_counter()
    write_packet(data, out, paper="F4")
    return time.perf_counter() - start, out.stat().st_size


def baseline(data: PacketData, folder: Path) -> tuple[float, int]:
    """Each pupil's packet on its own, then all joined: the source is copied per pupil."""
    from pypdf import PdfReader, PdfWriter

    start = time.perf_counter()
    joined = PdfWriter()
    for number, pupil in enumerate(data.pupils):
        single = PacketData(data.school, data.class_name, data.school_year, data.sheets, [pupil])
        part = folder / f"pupil-{number}.pdf"
        write_packet(single, part, paper="F4")
        joined.append(PdfReader(part))
    out = folder / "baseline.pdf"
    with out.open("wb") as handle:
        joined.write(handle)
    return time.perf_counter() - start, out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pupils", type=int, default=40)
    parser.add_argument("--pages", type=int, default=4)
    options = parser.parse_args()
    pdf = source_pdf(options.pages)
    data = data_for(options.pupils, pdf, options.pages)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        ours(data, folder / "warm.pdf")  # fonts and imports loaded once for both
        cases = paper_figures(data, options.pupils, folder)
        our_runs = [ours(data, folder / "packet.pdf") for _ in range(3)]
        base_runs = [baseline(data, folder) for _ in range(3)]
    time_s = statistics.median(t for t, _ in our_runs)
    size = our_runs[0][1]
    baseline_s = statistics.median(t for t, _ in base_runs)
    baseline_bytes = base_runs[0][1]
    allowed = len(pdf) + 20_000 * options.pupils
    print(
        f"Packet of {options.pupils} pupils, {options.pages}-page attached worksheet ({len(pdf):,} bytes)"
    )
    print(f"{'':<34} {'time (s)':>9} {'size (bytes)':>14}")
    print(f"{'shared source pages (ours)':<34} {time_s:>9.3f} {size:>14,}")
    print(f"{'each pupil on its own (baseline)':<34} {baseline_s:>9.3f} {baseline_bytes:>14,}")
    print(f"{'baseline / ours':<34} {baseline_s / time_s:>9.2f} {baseline_bytes / size:>14.2f}")
    print(
        f"goals: time <= 1 s; size <= source + 20 KB per pupil = {allowed:,} bytes "
        f"({(size - len(pdf)) / options.pupils / 1000:.1f} KB per pupil)"
    )
    print()
    print(
        f"Paper for a class of {options.pupils} (before this layout: 10 pages per pupil, typed F4)"
    )
    print(
        f"{'worksheet':<10} {'paper':<6} {'own pages':>9} {'pages/pupil':>12} "
        f"{'sheets 1-sided':>15} {'sheets 2-sided':>15} {'goal':>5}"
    )
    for case in cases:
        print(
            f"{case['worksheet']:<10} {case['paper']:<6} {case['worksheet_pages']:>9} "
            f"{case['pages_per_pupil']:>12.1f} {case['sheets_per_class']:>15} "
            f"{case['sheets_per_class_two_sided']:>15} {'met' if case['goal_met'] else 'NOT':>5}"
        )
    print("goal: pages per pupil <= the worksheet's own pages + 1")
    # the demo's typed worksheet on F4, the case the issue measured
    headline = next(c for c in cases if (c["worksheet"], c["paper"]) == ("typed", "F4"))
    print(
        json.dumps(
            {
                "pages_per_pupil": headline["pages_per_pupil"],
                "worksheet_pages": headline["worksheet_pages"],
                "sheets_per_class": headline["sheets_per_class"],
                "pages_goal_met": all(c["goal_met"] for c in cases),
                "paper_cases": cases,
                "pupils": options.pupils,
                "source_pages": options.pages,
                "time_s": round(time_s, 4),
                "baseline_s": round(baseline_s, 4),
                "time_ratio": round(baseline_s / time_s, 3),
                "size_bytes": size,
                "baseline_bytes": baseline_bytes,
                "size_ratio": round(baseline_bytes / size, 3),
                "source_bytes": len(pdf),
                "bytes_per_pupil": round((size - len(pdf)) / options.pupils),
            }
        )
    )


if __name__ == "__main__":
    main()
