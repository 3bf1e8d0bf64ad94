"""Text on a printed page that runs into the text beside it (a code over a date, a header
out of its cell): found from where each piece of text is drawn and how wide it is."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from tomoni_desktop.reports.fonts import BOLD, REGULAR, register_fonts


def overlaps(path: Path, slack: float = 0.5) -> list[tuple[int, str, str]]:
    """(page, text, the text it runs into) for every two pieces of text on one line of a
    page where the first ends after the second begins."""
    register_fonts()
    found: list[tuple[int, str, str]] = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        pieces: list[tuple[float, float, float, str]] = []  # y, x, width, text

        def seen(text, cm, tm, font, size, pieces=pieces):
            if not text.strip() or font is None:
                return
            name = BOLD if "Bold" in str(font.get("/BaseFont", "")) else REGULAR
            scale = tm[0] * cm[0]  # reportlab draws at scale 1: the size is the font's
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            pieces.append((round(y, 1), x, stringWidth(text, name, size * scale), text))

        page.extract_text(visitor_text=seen)
        pieces.sort()
        for (y, x, width, text), (y2, x2, _w, text2) in zip(pieces, pieces[1:], strict=False):
            # pypdf gives a run after a change of font (bold, then plain) its line's start:
            # such a run continues the text before it, it does not sit beside it
            if y == y2 and x2 > x + slack and x + width > x2 + slack:
                found.append((number, text.strip(), text2.strip()))
    return found


def text_sizes(path: Path) -> dict[str, float]:
    """Each piece of text on the pages, with the size it is set in (its last, when twice)."""
    sizes: dict[str, float] = {}
    for page in PdfReader(path).pages:

        def seen(text, cm, tm, font, size):
            if text.strip() and font is not None:
                sizes[text.strip()] = round(size * tm[0] * cm[0], 2)

        page.extract_text(visitor_text=seen)
    return sizes
