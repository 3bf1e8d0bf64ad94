"""What every printed document shares: written to a temporary file and renamed when complete
(nothing half-written is left behind), and for the tabular ones a platypus document with the
school's metadata and a footer that numbers the pages."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tomoni_desktop.core.files import write_whole
from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts

__all__ = ["MM", "ClassList", "build_document", "plain", "write_whole"]

MM = 72 / 25.4  # points in a millimetre


def plain(text: str) -> str:
    """Text from the data (a name, a note a teacher typed) as reportlab's paragraph markup
    prints it as it is: a "<" stays a "<" (not a tag, which vanished or stopped the print),
    a new line is a new line."""
    return escape(text).replace("\n", "<br/>")


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

        return Paragraph(plain(words), self.title)

    def text(self, words: str, size: float | None = None):
        """Text printed as it is (`plain`), whatever it holds; `size`: a crowded table's."""
        if size is None:
            return self.markup(plain(words))
        from reportlab.platypus import Paragraph

        style = self.text_style.clone("sized", fontSize=size, leading=size * 1.24)
        return Paragraph(plain(words), style)

    def markup(self, words: str):
        """reportlab's markup (<b>, <br/>); what comes from the data goes in through `plain`."""
        from reportlab.platypus import Paragraph

        return Paragraph(words, self.text_style)

    def letter_text(self, words: str):
        """Text a family reads, a size larger, printed as it is."""
        return self.letter_markup(plain(words))

    def letter_markup(self, words: str):
        from reportlab.platypus import Paragraph

        return Paragraph(words, self.family_style)

    PADDING = 12  # points: a cell keeps 6 left and 6 right of its text (reportlab's default)
    SMALLEST = 7.0  # points: plain text shrinks to fit its cell down to this, then wraps

    def table(
        self,
        rows: list[list],
        shares: tuple[float, ...],
        row_height: float | None = None,
        fit: tuple[int, ...] = (),
        font_size: float | None = None,
        least: dict[int, float] | None = None,
    ):
        """A table with a repeated header row; `shares`: each column's part of the width;
        `row_height`: every row under the header as high (a list that must fit one page);
        `font_size`: the text's, when a crowded list is set smaller than the usual.
        The columns in `fit` (codes, dates, numbers: plain text) are as wide as their widest
        cell, or their header's widest word; the columns in `least` as wide as it says
        (`widest`: a text's longest line); the others share the rest by their `shares`.
        No text leaves its cell: a header of several words wraps, and other plain text too
        wide is set smaller (a name on a sign-in sheet's one line) or, below 7 points, wraps."""
        from reportlab.platypus import Table, TableStyle

        size = font_size or self.FONT_SIZE
        widths = [self.inner * share for share in shares]
        given = dict(least or {})
        for column in fit:
            given[column] = self.fit_width(rows, column, size)
        if given:
            rest = self.inner - sum(given.values())
            shared = sum(share for column, share in enumerate(shares) if column not in given)
            for column, share in enumerate(shares):
                widths[column] = given[column] if column in given else rest * share / shared
        table = Table(
            self._inside(rows, widths, size),
            colWidths=widths,
            rowHeights=None if row_height is None else [None] + [row_height] * (len(rows) - 1),
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), BOLD, size),
                    ("FONT", (0, 1), (-1, -1), REGULAR, size),
                    ("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                    ("BACKGROUND", (0, 0), (-1, 0), "#e4ecee"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return table

    def fit_width(self, rows: list[list], column: int, size: float | None = None) -> float:
        """A `fit` column's width: its widest plain cell, or its header's widest word."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        size = size or self.FONT_SIZE
        return self.PADDING + max(
            [stringWidth(word, BOLD, size) for word in str(rows[0][column]).split()]
            + [stringWidth(str(row[column]), REGULAR, size) for row in rows[1:]],
            default=0.0,
        )

    def widest(self, texts: list[str], size: float | None = None, most: float = 1.0) -> float:
        """Width for `texts` each on one line in a cell (their longest, with the cell's
        padding), up to `most` of the page's width: a column's `least`."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        needed = max((stringWidth(t, REGULAR, size or self.FONT_SIZE) for t in texts), default=0)
        return min(needed + self.PADDING + 1, most * self.inner)

    def _inside(self, rows: list[list], widths: list[float], size: float) -> list[list]:
        """The rows with every plain text wider than its cell made a paragraph that fits:
        set smaller on one line, or wrapped (a paragraph keeps its size whatever font the
        caller's style gives the table later)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.platypus import Paragraph

        fitted = []
        for number, row in enumerate(rows):
            font = BOLD if number == 0 else REGULAR
            cells = list(row)
            for column, cell in enumerate(cells):
                if not isinstance(cell, str):
                    continue
                room = widths[column] - self.PADDING
                wide = stringWidth(cell, font, size)
                if wide <= room:
                    continue
                if number == 0 and " " in cell.strip():
                    smaller = size  # a header of several words wraps instead
                else:  # a hair under the fit: no wrap by rounding; below 7 points it wraps
                    smaller = max(self.SMALLEST, size * room / wide * 0.98)
                style = self.text_style.clone(
                    "fitted", fontName=font, fontSize=smaller, leading=smaller * 1.2
                )
                cells[column] = Paragraph(plain(cell), style)
            fitted.append(cells)
        return fitted

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
