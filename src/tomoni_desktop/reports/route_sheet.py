"""The route sheet a teacher carries on a round of home visits: a summary, then per stop the
household, what to collect (each code with a small QR) and deliver, outcome boxes to tick, a
line for notes and the day to come back. Read outdoors, so nothing is smaller than 11 pt.
In Indonesian, as the packets: it is a paper for the field."""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.packet import MM, PAPER, tanggal
from tomoni_desktop.reports.route_data import RoundPlan, Stop

TEXT = 11
OUTCOMES = (
    "Diambil",
    "Belum selesai",
    "Anak tidak ada, orang tua ada",
    "Tidak ada orang",
    "Pindah",
    "Rumah tidak ketemu",
    "Tidak bisa dijangkau",
    "Lainnya",
)
QR_SIZE = 16 * MM


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19),
        "text": ParagraphStyle("text", fontName=REGULAR, fontSize=TEXT, leading=14),
        "bold": ParagraphStyle("bold", fontName=BOLD, fontSize=TEXT + 1, leading=15),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=TEXT, leading=13),
    }


def _qr(code: str):
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(code)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
    )
    drawing.add(widget)
    return drawing


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _stop_block(number: int, stop: Stop, width: float, styles):
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    area = ", ".join(
        part
        for part in (
            stop.address,
            f"RT {stop.rt}/RW {stop.rw}" if stop.rt or stop.rw else "",
            stop.dusun,
            stop.village,
        )
        if part
    )
    pupils = ", ".join(name for _id, name in stop.pupils)
    head = Paragraph(f"<b>{number}. {_escape(pupils)}</b>", styles["bold"])
    who = Paragraph(
        _escape(
            f"Orang tua/wali: {stop.guardian or '-'}"
            + (f" · HP {stop.phone}" if stop.phone else "")
            + f" · {area or '-'}"
        ),
        styles["text"],
    )
    rows = []
    for copy in stop.collect:
        rows.append(
            [
                "☐",
                Paragraph(
                    f"<b>{copy.code}</b> · {_escape(copy.pupil)} · {_escape(copy.worksheet)} "
                    f"· batas {tanggal(copy.due_on)}",
                    styles["small"],
                ),
                _qr(copy.code),
            ]
        )
    parts = [head, who]
    if rows:
        parts.append(Paragraph("Ambil:", styles["bold"]))
        codes = Table(rows, colWidths=[7 * MM, width - 7 * MM - QR_SIZE - 2 * MM, QR_SIZE + 2 * MM])
        codes.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONT", (0, 0), (0, -1), REGULAR, 14),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        parts.append(codes)
    if stop.deliver:
        titles = "; ".join(
            f"{_escape(copy.pupil)}: {_escape(copy.worksheet)} (kumpul {tanggal(copy.due_on)})"
            for copy in stop.deliver
        )
        parts.append(Paragraph(f"<b>Antar:</b> ☐ {titles}", styles["small"]))
    boxes = "   ".join(f"☐ {label}" for label in OUTCOMES)
    parts.append(Paragraph(f"<b>Hasil:</b> {boxes}", styles["small"]))
    parts.append(
        Paragraph(
            "Orang tua bertemu: ☐ ya ☐ tidak · Datang lagi: ____________ · Catatan: "
            "______________________________",
            styles["small"],
        )
    )
    frame = Table([[parts]], colWidths=[width])
    frame.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, "#555555"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return KeepTogether([frame, Spacer(1, 3 * MM)])


def write_route_sheet(plan: RoundPlan, out: Path, paper: str = "F4") -> int:
    """Write the sheet to `out` (a temporary file first, renamed when complete); its pages."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    styles = _styles()
    width, height = PAPER[paper]
    margin = 12 * MM
    partial = out.with_name(out.name + ".partial")
    pages = []

    def footer(canvas, document) -> None:
        canvas.setFont(REGULAR, TEXT)
        canvas.drawRightString(
            width - margin,
            7 * MM,
            f"Kunjungan {plan.class_name} · {tanggal(plan.planned_on)} · halaman {document.page}",
        )
        pages.append(document.page)

    document = SimpleDocTemplate(
        str(partial),
        pagesize=(width, height),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=14 * MM,
        title=f"Rute kunjungan rumah {plan.class_name} {tanggal(plan.planned_on)}",
        author=plan.teacher or plan.school,
        subject=plan.school,
        creator="Tomoni Desktop",
    )
    story = [
        Paragraph(
            _escape(f"Kunjungan rumah kelas {plan.class_name} · {tanggal(plan.planned_on)}"),
            styles["title"],
        ),
        Paragraph(
            _escape(
                f"{plan.school} · Wali kelas: {plan.teacher or '-'} · {len(plan.stops)} rumah · "
                f"{plan.copies_to_collect} lembar diambil · {plan.copies_to_deliver} diantar"
            ),
            styles["text"],
        ),
        Spacer(1, 4 * MM),
    ]
    inner = width - 2 * margin
    story += [_stop_block(number, stop, inner, styles) for number, stop in enumerate(plan.stops, 1)]
    try:
        document.build(story, onFirstPage=footer, onLaterPages=footer)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return len(pages)
