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
from typing import Any

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError

MB = 1024 * 1024
MOST_INFLATED_MB = 200  # all of the file's compressed streams, unpacked
MOST_STREAM_MB = 48  # one stream unpacked (a page's drawing commands, a scanned page)
DRAW_BUDGET_S = 8.0  # every page drawn once, at screen size
DRAW_SCALE = 1.0  # 72 dpi: what the preview and the packet's pages cost, roughly
DRAW_MEMORY_MB = 768  # the drawing process may use no more (Linux and macOS)
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 1 << 20
_DRAWN: dict[str, int] = {}  # files drawn in this process already: their pages


def _refused(message: str, name: str, **params: Any) -> ValidationError:
    return ValidationError(message, field="pdf", name=name, **params)


def inflated_size(data: bytes, most_total: int, most_stream: int) -> tuple[int, int]:
    """The unpacked size of every Flate stream (the total, and the largest), counting no
    further than the limits: zlib is fed and drained a megabyte at a time."""
    total = largest = 0
    position = 0
    while True:
        found = _STREAM.search(data, position)
        if found is None:
            return total, largest
        start = found.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        position = end + len(b"endstream")
        stream = zlib.decompressobj()
        size = 0
        pending = data[start:end]
        try:
            while pending and size <= most_stream and total + size <= most_total:
                out = stream.decompress(pending, _CHUNK)
                size += len(out)
                before, pending = len(pending), stream.unconsumed_tail
                if stream.eof or (not out and len(pending) == before):
                    break  # the stream's end (what follows is not its), or no progress
        except zlib.error:
            pass  # not Flate (a JPEG, plain text): costs what it weighs
        total += size
        largest = max(largest, size)
        if size > most_stream or total > most_total:
            return total, largest


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


def drawn_pages(data: bytes, name: str, budget_s: float | None = None) -> int:
    """Draw every page in a process of its own; the page count, or why it cannot be used."""
    budget_s = DRAW_BUDGET_S if budget_s is None else budget_s
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
    except EOFError:  # the process died (out of memory, a crash in the PDF library)
        answer = ("error", "died")
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receive.close()
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
    if answer[0] != "ok":
        raise _refused(QT_TRANSLATE_NOOP("errors", "{name} is damaged and cannot be read."), name)
    _DRAWN[digest] = int(answer[1])
    return int(answer[1])


def check_inflated(data: bytes, name: str) -> None:
    """Refused when the PDF's streams unpack to more than a worksheet could need."""
    total, largest = inflated_size(data, MOST_INFLATED_MB * MB, MOST_STREAM_MB * MB)
    if total > MOST_INFLATED_MB * MB or largest > MOST_STREAM_MB * MB:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} unpacks to more than {most} MB; a worksheet needs far less. Print it "
                "again to PDF and attach that.",
            ),
            name,
            most=MOST_STREAM_MB if largest > MOST_STREAM_MB * MB else MOST_INFLATED_MB,
        )
