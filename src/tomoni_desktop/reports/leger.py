"""The leger nilai of a class (landscape): No, Nama, NISN, a column per subject, then S, I, A;
"-" where a score is missing; the class average of each subject at the foot."""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.reports.documents import build_document, plain
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from tomoni_desktop.reports.grade_data import ClassReport
from tomoni_desktop.reports.packet import MM, PAPER, tanggal


def leger_story(report: ClassReport, inner: float, room: float) -> list:
    """The class's leger; `room`: the page's height for the table, which its rows fill
    (a small class gets taller rows, a class of 36 still fits one sheet)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    title = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=16)
    text = ParagraphStyle("text", fontName=REGULAR, fontSize=9.5, leading=12)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=9.5, alignment=1)
    subjects = len(report.subjects)
    header = [
        "No",
        "Nama",
        "NISN",
        *[Paragraph(plain(short), head) for _name, short in report.subjects],
        "S",
        "I",
        "A",
    ]
    rows = [header]
    for number, pupil in enumerate(report.pupils, start=1):
        days = pupil.absences
        rows.append(
            [
                str(number),
                pupil.name,
                pupil.nisn or "-",
                *["-" if r.score is None else str(r.score) for r in pupil.results],
                *(
                    [str(days.sick), str(days.permitted), str(days.unexcused)]
                    if days
                    else ["", "", ""]
                ),
            ]
        )
    averages = [report.average(n) for n in range(subjects)]
    rows.append(
        [
            "",
            "Rata-rata kelas",
            "",
            *["-" if a is None else f"{a:.1f}" for a in averages],
            "",
            "",
            "",
        ]
    )
    fixed = 8 * MM + 58 * MM + 25 * MM + 3 * 8 * MM
    each = max((inner - fixed) / max(subjects, 1), 11 * MM)
    padding = min(max((room / (len(rows) + 1) - 11.5) / 2, 0.8), 5)
    table = Table(
        rows,
        colWidths=[8 * MM, 58 * MM, 25 * MM, *[each] * subjects, 8 * MM, 8 * MM, 8 * MM],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
                ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
                ("FONT", (0, 1), (-1, -1), REGULAR, 9),
                ("FONT", (0, -1), (-1, -1), BOLD, 9),
                ("BACKGROUND", (0, 0), (-1, 0), "#e4ecee"),
                ("BACKGROUND", (0, -1), (-1, -1), "#f2f2f2"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return [
        Paragraph(plain(f"Leger Nilai · Kelas {report.class_name}"), title),
        Paragraph(
            plain(
                f"{report.school} (NPSN {report.npsn}) · Tahun Pelajaran {report.year_name} · "
                f"Semester {report.term} · Wali kelas: {report.teacher or '-'} · "
                f"dicetak {tanggal(report.today)}"
            ),
            text,
        ),
        Spacer(1, 3 * MM),
        table,
        Spacer(1, 2 * MM),
        Paragraph(
            'S = sakit, I = izin, A = tanpa keterangan (hari). "-": nilai akhir belum ada. '
            + plain(
                " · ".join(f"{short} = {name}" for name, short in report.subjects if short != name)
            ),
            text,
        ),
    ]


def summary_story(report: ClassReport, inner: float) -> list:
    """The leger's last page: per subject how the final scores spread (with bars), and the
    TPs that half the class or more has not reached."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    from tomoni_desktop.reports.grade_data import BINS

    title = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=16)
    text = ParagraphStyle("text", fontName=REGULAR, fontSize=9.5, leading=12)
    pupils = max(len(report.pupils), 1)
    bar_width = 60 * MM

    def bars(counts: list[int]) -> Drawing:
        drawing = Drawing(bar_width, 5 * MM)
        x = 0.0
        for count, shade in zip(counts, ("#c0392b", "#e6a23c", "#5aa469", "#2e7d9a"), strict=True):
            width = bar_width * count / pupils
            if width:
                drawing.add(Rect(x, 1, width, 4 * MM, fillColor=shade, strokeColor=None))
                if width > 5 * MM:
                    drawing.add(
                        String(
                            x + 1.5, 4, str(count), fontName=REGULAR, fontSize=7, fillColor="white"
                        )
                    )
            x += width
        return drawing

    rows = [["Mata pelajaran", *[f"{low}-{high}" for low, high in BINS], "Rata-rata", "Sebaran"]]
    for number, (name, _short) in enumerate(report.subjects):
        counts = report.distribution(number)
        average = report.average(number)
        rows.append(
            [name, *map(str, counts), "-" if average is None else f"{average:.1f}", bars(counts)]
        )
    table = Table(
        rows,
        colWidths=[70 * MM, *[18 * MM] * len(BINS), 22 * MM, bar_width + 4 * MM],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
                ("FONT", (0, 0), (-1, 0), BOLD, 9),
                ("FONT", (0, 1), (-1, -1), REGULAR, 9.5),
                ("BACKGROUND", (0, 0), (-1, 0), "#e4ecee"),
                ("ALIGN", (1, 0), (-2, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    weak = [
        f"<b>{plain(name)}</b> — {plain(f'{code} {text_}')}: {reached} dari {assessed} siswa"
        for number, (name, _short) in enumerate(report.subjects)
        for code, text_, reached, assessed in report.objectives_not_reached(number)
    ]
    return [
        PageBreak(),
        Paragraph(plain(f"Ringkasan nilai akhir · Kelas {report.class_name}"), title),
        Paragraph(
            "Banyak siswa per rentang nilai akhir (merah di bawah 55, jingga 55-69, hijau 70-84, "
            "biru 85 ke atas).",
            text,
        ),
        Spacer(1, 3 * MM),
        table,
        Spacer(1, 5 * MM),
        Paragraph("Tujuan pembelajaran yang belum dicapai separuh kelas atau lebih", title),
        *(
            [Paragraph(line, text) for line in weak]
            if weak
            else [Paragraph("Tidak ada: setiap TP dicapai oleh lebih dari separuh kelas.", text)]
        ),
    ]


def write_leger(reports: list[ClassReport], out: Path, paper: str = "F4") -> int:
    """One class or several (the school's leger), each from a new page; returns the pages."""
    from reportlab.platypus import PageBreak

    register_fonts()
    height, width = PAPER[paper]  # landscape
    margin = 10 * MM
    story: list = []
    for number, report in enumerate(reports):
        if number:
            story.append(PageBreak())
        story += leger_story(report, width - 2 * margin, height - 2 * margin - 34 * MM)
        story += summary_story(report, width - 2 * margin)
    first = reports[0]
    return build_document(
        story,
        out,
        (width, height),
        margin=margin,
        bottom=12 * MM,
        footer=f"Leger nilai {first.year_name} semester {first.term}",
        footer_size=8,
        title=f"Leger nilai {', '.join(r.class_name for r in reports)}",
        author=first.teacher or first.school,
        subject=first.school,
    )
