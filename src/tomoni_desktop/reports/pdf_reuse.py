"""Placing the pages of an attached PDF into a packet as shared form XObjects.

Each source page becomes one form object, written once; every pupil's page only says "draw
that object here, this size" (a few dozen bytes). Copying the pages per pupil instead would
make a packet for 40 pupils forty times the size of the worksheet.
"""

from __future__ import annotations

import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Placement:
    """Draw page `source_page` of source `source` on packet page `page`, fitted into the box."""

    page: int
    source: int
    source_page: int
    x: float
    y: float
    width: float
    height: float


def place_source_pages(
    packet: bytes, sources: dict[int, bytes], placements: list[Placement]
) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(packet)))
    readers = {index: PdfReader(io.BytesIO(data)) for index, data in sources.items()}
    forms: dict[tuple[int, int], tuple[NameObject, object, tuple[float, float, float, float]]] = {}

    def form_for(source: int, number: int):
        key = (source, number)
        if key not in forms:
            page = readers[source].pages[number]
            box = page.mediabox
            left, bottom, right, top = (
                float(v) for v in (box.left, box.bottom, box.right, box.top)
            )
            stream = DecodedStreamObject()
            contents = page.get_contents()
            stream.set_data(contents.get_data() if contents is not None else b"")
            stream.update(
                {
                    NameObject("/Type"): NameObject("/XObject"),
                    NameObject("/Subtype"): NameObject("/Form"),
                    NameObject("/BBox"): ArrayObject(
                        [FloatObject(v) for v in (left, bottom, right, top)]
                    ),
                    NameObject("/Resources"): page["/Resources"].clone(writer)
                    if "/Resources" in page
                    else DictionaryObject(),
                }
            )
            reference = writer._add_object(stream.flate_encode())
            forms[key] = (
                NameObject(f"/TmSrc{source}p{number}"),
                reference,
                (left, bottom, right, top),
            )
        return forms[key]

    for placement in placements:
        name, reference, (left, bottom, right, top) = form_for(
            placement.source, placement.source_page
        )
        page = writer.pages[placement.page]
        width, height = right - left, top - bottom
        scale = min(placement.width / width, placement.height / height, 1.0)  # only ever smaller
        x = placement.x + (placement.width - width * scale) / 2 - left * scale
        y = placement.y + (placement.height - height * scale) - bottom * scale
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        if "/XObject" not in resources:
            resources[NameObject("/XObject")] = DictionaryObject()
        objects = resources["/XObject"].get_object()
        assert isinstance(objects, DictionaryObject)
        objects[name] = reference
        draw = DecodedStreamObject()
        draw.set_data(f"q {scale:.5f} 0 0 {scale:.5f} {x:.3f} {y:.3f} cm {name} Do Q".encode())
        current = page.raw_get("/Contents")
        parts = list(current) if isinstance(current.get_object(), ArrayObject) else [current]
        page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(draw)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
