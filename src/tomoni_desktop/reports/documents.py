"""What every printed document shares: written to a temporary file and renamed when complete
(nothing half-written is left behind), and for the tabular ones a platypus document with the
school's metadata and a footer that numbers the pages."""

from __future__ import annotations

from pathlib import Path

from tomoni_desktop.core.files import write_whole
from tomoni_desktop.reports.fonts import REGULAR, register_fonts

__all__ = ["build_document", "write_whole"]


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
