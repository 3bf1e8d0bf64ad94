"""The route sheet a teacher carries on a round of home visits: a summary, then per stop the
household, what to collect (each code with a small QR) and deliver, outcome boxes to tick, a
line for notes and the day to come back. Read outdoors, so nothing is smaller than 11 pt.
In Indonesian, as the packets: it is a paper for the field."""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.reports.documents import build_document, plain
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.packet import MM, PAPER, tanggal
from tomoni_desktop.reports.qr import qr_flowable
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
QR_SIZE = 13 * MM  # read by a phone or a webcam at arm's length


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19),
        "text": ParagraphStyle("text", fontName=REGULAR, fontSize=TEXT, leading=14),
        "bold": ParagraphStyle("bold", fontName=BOLD, fontSize=TEXT + 1, leading=15),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=TEXT, leading=13),
    }


def _qr(code: str):
    return qr_flowable(code, QR_SIZE)


def _outcome_grid(width: float):
    """The outcomes to tick, then the parent, the day to come back and a note: plain strings,
    laid out once per stop without any wrapping to compute."""
    from reportlab.platypus import Table, TableStyle

    boxes = [f"☐ {label}" for label in OUTCOMES]
    rows = [
        [boxes[0], boxes[1], boxes[2]],
        [boxes[3], boxes[4], boxes[5]],
        [boxes[6], boxes[7], "Orang tua bertemu: ☐ ya ☐ tidak"],
        ["Datang lagi: ____________", "Catatan:", ""],
    ]
    grid = Table(rows, colWidths=[width * 0.3, width * 0.3, width * 0.4])
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, TEXT),
                ("SPAN", (1, 3), (2, 3)),
                ("LINEBELOW", (1, 3), (2, 3), 0.5, "#555555"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return grid


def _codes_table(copies, width: float, styles):
    """Two codes a row (a round's paper is not free): ☐, the QR, the code with whose work it
    is and when it was due. One table, so a long list still breaks between rows."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    def cells(copy) -> list:
        text = Paragraph(
            f"<b>{copy.code}</b><br/>{plain(copy.pupil)} · {plain(copy.worksheet)}"
            f"<br/>batas {tanggal(copy.due_on)}",
            styles["small"],
        )
        return ["☐", _qr(copy.code), text]

    rows = []
    for first in range(0, len(copies), 2):
        row = cells(copies[first])
        row += cells(copies[first + 1]) if first + 1 < len(copies) else ["", "", ""]
        rows.append(row)
    half = width / 2
    text_width = half - 6 * MM - QR_SIZE - 2 * MM
    table = Table(
        rows,
        colWidths=[6 * MM, QR_SIZE + 2 * MM, text_width] * 2,
        splitByRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONT", (0, 0), (0, -1), REGULAR, 14),
                ("FONT", (3, 0), (3, -1), REGULAR, 14),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _stop_block(number: int, stop: Stop, width: float, styles):
    from reportlab.platypus import HRFlowable, KeepTogether, Paragraph

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
    head = Paragraph(f"<b>{number}. {plain(pupils)}</b>", styles["bold"])
    who = Paragraph(
        plain(
            f"Orang tua/wali: {stop.guardian or '-'}"
            + (f" · HP {stop.phone}" if stop.phone else "")
            + f" · {area or '-'}"
        ),
        styles["text"],
    )
    # Flowables side by side in the story, not one boxed table: a household with a term of
    # copies continues on the next page (KeepTogether keeps a stop whole when it can).
    parts: list = [head, who]
    if stop.case_visits:
        names = ", ".join(plain(name) for name in stop.case_visits)
        parts.append(
            Paragraph(
                f"<b>Kunjungan kasus ketidakhadiran:</b> ☐ {names} — bicara dengan orang tua, "
                "catat hasilnya di Tindak lanjut.",
                styles["small"],
            )
        )
    if stop.collect:
        parts.append(Paragraph("Ambil:", styles["bold"]))
        parts.append(_codes_table(stop.collect, width, styles))
    if stop.deliver:
        titles = "; ".join(
            f"{plain(copy.pupil)}: {plain(copy.worksheet)} (kumpul {tanggal(copy.due_on)})"
            for copy in stop.deliver
        )
        parts.append(Paragraph(f"<b>Antar:</b> ☐ {titles}", styles["small"]))
    parts.append(_outcome_grid(width))
    parts.append(
        HRFlowable(width="100%", thickness=0.8, color="#555555", spaceBefore=2, spaceAfter=5)
    )
    return KeepTogether(parts)


def write_route_sheet(plan: RoundPlan, out: Path, paper: str = "F4") -> int:
    """Write the sheet to `out` (a temporary file first, renamed when complete); its pages."""
    from reportlab.platypus import Paragraph, Spacer

    register_fonts()
    styles = _styles()
    width, height = PAPER[paper]
    margin = 12 * MM
    story = [
        Paragraph(
            plain(f"Kunjungan rumah kelas {plan.class_name} · {tanggal(plan.planned_on)}"),
            styles["title"],
        ),
        Paragraph(
            plain(
                f"{plan.school} · Wali kelas: {plan.teacher or '-'} · {len(plan.stops)} rumah · "
                f"{plan.copies_to_collect} lembar diambil · {plan.copies_to_deliver} diantar"
            ),
            styles["text"],
        ),
        Spacer(1, 4 * MM),
    ]
    inner = width - 2 * margin
    story += [_stop_block(number, stop, inner, styles) for number, stop in enumerate(plan.stops, 1)]
    return build_document(
        story,
        out,
        (width, height),
        margin=margin,
        bottom=14 * MM,
        footer=f"Kunjungan {plan.class_name} · {tanggal(plan.planned_on)}",
        footer_size=TEXT,
        title=f"Rute kunjungan rumah {plan.class_name} {tanggal(plan.planned_on)}",
        author=plan.teacher or plan.school,
        subject=plan.school,
    )
