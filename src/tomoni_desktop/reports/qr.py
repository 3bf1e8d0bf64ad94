"""QR codes drawn as one small black-and-white image each (four pixels a module, so a viewer
or printer scaling it keeps the edges sharp): far faster than a graphics group or a path of
hundreds of rectangles, and a route sheet or a packet has dozens."""

from __future__ import annotations

import itertools
from functools import lru_cache

BORDER = 2  # modules of quiet zone around the code (the page is white anyway)


@lru_cache(maxsize=4096)
def _runs(code: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The module count and the dark runs (row, first column, length) of the code's QR."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(code)
    qr.make()
    runs = []
    for row_number, row in enumerate(qr.modules):
        column = 0
        for dark, group in itertools.groupby(bool(cell) for cell in row):
            length = len(list(group))
            if dark:
                runs.append((row_number, column, length))
            column += length
    return qr.getModuleCount(), tuple(runs)


PIXELS = 4  # per module


@lru_cache(maxsize=4096)
def _image(code: str):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    count, runs = _runs(code)
    side = (count + 2 * BORDER) * PIXELS
    picture = Image.new("1", (side, side), 1)
    for row, column, length in runs:
        left, top = (column + BORDER) * PIXELS, (row + BORDER) * PIXELS
        picture.paste(0, (left, top, left + length * PIXELS, top + PIXELS))
    return ImageReader(picture)


def draw_qr(canvas, code: str, x: float, y: float, size: float) -> None:
    """The code's QR in the square of side `size` whose lower left corner is (x, y)."""
    canvas.drawImage(_image(code), x, y, size, size)


def qr_flowable(code: str, size: float):
    """The same, as a platypus flowable for tables."""
    from reportlab.platypus import Flowable

    class QrFlowable(Flowable):
        def wrap(self, _available_width, _available_height):
            return size, size

        def draw(self) -> None:
            draw_qr(self.canv, code, 0, 0, size)

    return QrFlowable()
