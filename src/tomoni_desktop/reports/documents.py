"""What every printed document shares: written to a temporary file and renamed when complete
(nothing half-written is left behind), and for the tabular ones a platypus document with the
school's metadata and a footer that numbers the pages."""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.core.files import write_whole
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts

__all__ = ["MM", "ClassList", "build_document", "write_whole"]

MM = 72 / 25.4  # points in a millimetre


def build_document(
    story: list,
    out: Path,
    page_size: tuple[float, float],
    *,
    margin: float,
    bottom: float,
    footer: str,
    footer_size: float,
    title: str,
    author: str,
    subject: str,
) -> int:
    """A platypus document of `story` at `out`; every page ends with `footer` and its
    number ("… · halaman N"). Returns the number of pages."""
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    width, _height = page_size
    pages: list[int] = []

    def draw_footer(canvas, document) -> None:
        canvas.setFont(REGULAR, footer_size)
        canvas.drawRightString(width - margin, bottom / 2, f"{footer} · halaman {document.page}")
        pages.append(document.page)

    def write(path: Path) -> None:
        SimpleDocTemplate(
            str(path),
            pagesize=page_size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=bottom,
            title=title,
            author=author,
            subject=subject,
            creator="Tomoni Desktop",
        ).build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)

    write_whole(out, write)
    return len(pages)


class ClassList:
    """A class's list on paper (work not back, scores missing): a heading, a line naming the
    school, the homeroom teacher and the day, then tables in one style; the footer names the
    class and the day. Build the story with `heading`, `text` and `table`, then `write`."""

    MARGIN = 14 * MM
    FONT_SIZE = 10.5

    def __init__(self, paper_size: tuple[float, float]) -> None:
        from reportlab.lib.styles import ParagraphStyle

        register_fonts()
        self.page_size = paper_size
        self.inner = paper_size[0] - 2 * self.MARGIN
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18)
        self.text_style = ParagraphStyle(
            "text", fontName=REGULAR, fontSize=self.FONT_SIZE, leading=13
        )
        self.family_style = ParagraphStyle("family", fontName=REGULAR, fontSize=11.5, leading=15)

    def heading(self, words: str):
        from reportlab.platypus import Paragraph

        return Paragraph(words, self.title)

    def text(self, words: str):
        from reportlab.platypus import Paragraph

        return Paragraph(words, self.text_style)

    def letter_text(self, words: str):
        """Text a family reads: a size larger."""
        from reportlab.platypus import Paragraph

        return Paragraph(words, self.family_style)

    def table(self, rows: list[list], shares: tuple[float, ...], row_height: float | None = None):
        """A table with a repeated header row; `shares`: each column's part of the width;
        `row_height`: every row under the header as high (a list that must fit one page)."""
        from reportlab.platypus import Table, TableStyle

        table = Table(
            rows,
            colWidths=[self.inner * share for share in shares],
            rowHeights=None if row_height is None else [None] + [row_height] * (len(rows) - 1),
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), BOLD, self.FONT_SIZE),
                    ("FONT", (0, 1), (-1, -1), REGULAR, self.FONT_SIZE),
                    ("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                    ("BACKGROUND", (0, 0), (-1, 0), "#e4ecee"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return table

    def write(
        self,
        story: list,
        out: Path,
        *,
        class_name: str,
        day: str,
        title: str,
        author: str,
        school: str,
    ) -> int:
        """Write the list (a .partial file first); returns its pages."""
        return build_document(
            story,
            out,
            self.page_size,
            margin=self.MARGIN,
            bottom=16 * MM,
            footer=f"{class_name} · {day}",
            footer_size=10,
            title=title,
            author=author,
            subject=school,
        )
