"""A PDF a teacher attaches, checked for what it costs before it enters the library (and so
every laptop's bundles): what it unpacks to, measured under a budget, and its pages drawn
once in a process of their own with a time and memory limit.

A PDF is a program for drawing pages: 2 MB can unpack to 2 GB, 0.15 MB can hold 60 MB of
drawing commands, a page tree can be 50,000 levels deep. The drawing is the only honest
measure of its cost, and only a separate process can be stopped when it runs over.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from typing import Any

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError

MB = 1024 * 1024
MOST_INFLATED_MB = 200  # all of the file's compressed streams, unpacked
MOST_IMAGE_MB = 48  # one picture unpacked (a page scanned at 300 dpi in colour is ~26 MB)
MOST_DRAWING_MB = 8  # one stream of drawing commands (a page from Word is well under 1 MB)
DRAW_BUDGET_S = 5.0  # every page drawn once, at screen size: this, and a bit for each page
DRAW_PER_PAGE_S = 0.3  # (a scanned page on a slow laptop)
DRAW_SCALE = 1.0  # 72 dpi: what the preview and the packet's pages cost, roughly
DRAW_MEMORY_MB = 256  # the drawing process may use no more (Linux and macOS)
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 1 << 20
_LOOK_BACK = 2048  # a stream's dictionary is just before it
_DRAWN: dict[str, int] = {}  # files drawn in this process already: their pages


def _refused(message: str, name: str, **params: Any) -> ValidationError:
    return ValidationError(message, field="pdf", name=name, **params)


@dataclass(frozen=True)
class Inflated:
    """What the file's Flate streams unpack to, counted no further than the limits."""

    total: int
    largest_image: int
    largest_drawing: int


def _unpacked(packed: bytes, most: int) -> int:
    """Bytes `packed` inflates to, stopping past `most`: zlib is fed and drained a megabyte
    at a time, so a bomb costs a megabyte of memory and the time to count to `most`."""
    stream = zlib.decompressobj()
    size, pending = 0, packed
    try:
        while pending and size <= most:
            out = stream.decompress(pending, _CHUNK)
            size += len(out)
            before, pending = len(pending), stream.unconsumed_tail
            if stream.eof or (not out and len(pending) == before):
                break  # the stream's end (what follows is not its), or no progress
    except zlib.error:
        pass  # not Flate (a JPEG, plain text): it costs what it weighs
    return size


def inflated(data: bytes) -> Inflated:
    total = image = drawing = 0
    position = 0
    while total <= MOST_INFLATED_MB * MB:
        found = _STREAM.search(data, position)
        if found is None:
            break
        start = found.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        position = end + len(b"endstream")
        dictionary = data[max(0, found.start() - _LOOK_BACK) : found.start()]
        is_image = b"/Image" in dictionary[dictionary.rfind(b"obj") + 1 :]
        most = (MOST_IMAGE_MB if is_image else MOST_DRAWING_MB) * MB
        size = _unpacked(data[start:end], min(most, MOST_INFLATED_MB * MB - total))
        total += size
        if is_image:
            image = max(image, size)
        else:
            drawing = max(drawing, size)
        if size > most:
            break
    return Inflated(total, image, drawing)


def _draw_every_page(data: bytes, scale: float, memory_mb: int, answer) -> None:
    """In the drawing process: every page drawn once; sends ("ok", pages) or ("error", kind)."""
    try:
        try:
            import resource

            limit = memory_mb * MB
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass  # Windows: the time limit still holds
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        pages = len(document)
        for number in range(pages):
            page = document[number]
            page.render(scale=scale).close()
            page.close()
        document.close()
        answer.send(("ok", pages))
    except BaseException as error:  # noqa: BLE001 - every failure is an answer
        answer.send(("error", type(error).__name__))


def drawn_pages(data: bytes, name: str, pages: int) -> int:
    """Draw every page in a process of its own; the page count, or why it cannot be used."""
    budget_s = DRAW_BUDGET_S + DRAW_PER_PAGE_S * pages
    digest = hashlib.sha256(data).hexdigest()
    if digest in _DRAWN:
        return _DRAWN[digest]
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_draw_every_page, args=(data, DRAW_SCALE, DRAW_MEMORY_MB, send), daemon=True
    )
    process.start()
    send.close()
    try:
        answered = receive.poll(budget_s)
        answer = receive.recv() if answered else None
    except EOFError:  # the process died without answering
        answer = ("error", "died")
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receive.close()
    if answer == ("error", "died"):
        if process.exitcode is not None and process.exitcode > 0:
            # Python itself stopped it before our code ran (a failed start, not the file)
            raise RuntimeError(
                f"the PDF drawing process stopped before drawing (exit {process.exitcode})"
            )
        answer = ("error", "MemoryError")  # killed by a signal: out of memory, or a crash
    if answer is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} takes more than {seconds} seconds to draw, so it would hold up every "
                "preview and packet. Print it again to PDF (for example with Microsoft Print "
                "to PDF) and attach that.",
            ),
            name,
            seconds=round(budget_s),
        )
    if answer == ("error", "MemoryError"):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} needs more than {most} MB of memory to draw a page. Print it again to "
                "PDF and attach that.",
            ),
            name,
            most=DRAW_MEMORY_MB,
        )
    if answer[0] != "ok":
        raise _refused(QT_TRANSLATE_NOOP("errors", "{name} is damaged and cannot be read."), name)
    _DRAWN[digest] = int(answer[1])
    return int(answer[1])


def check_inflated(data: bytes, name: str) -> None:
    """Refused when the PDF's streams unpack to more than a worksheet could need."""
    found = inflated(data)
    for size, most in (
        (found.largest_drawing, MOST_DRAWING_MB),
        (found.largest_image, MOST_IMAGE_MB),
        (found.total, MOST_INFLATED_MB),
    ):
        if size > most * MB:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} unpacks to more than {most} MB; a worksheet needs far less. Print "
                    "it again to PDF and attach that.",
                ),
                name,
                most=most,
            )
