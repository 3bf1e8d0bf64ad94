"""Copies recorded from pictures of their covers: a folder of phone photos, or a scanned PDF
of many covers. One unit of work: every code found is recorded, or none."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tomoni_desktop.core.models import ReturnWay
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.io.photos import codes_in_files
from tomoni_desktop.services.pickups.recording import RecordResult, record_code, well_formed
from tomoni_desktop.services.worksheets.pickup_codes import normalise_code


@dataclass(frozen=True)
class PictureResult:
    source: str  # the picture (and page) a code was read from
    result: RecordResult


def record_from_pictures(
    uow: UnitOfWork,
    paths: list[Path],
    *,
    returned_on: date,
    way: ReturnWay = ReturnWay.VISIT,
    class_id: uuid.UUID | None = None,
    progress: Progress | None = None,
) -> list[PictureResult]:
    """Each pickup code found once (a cover's QR and barcode are one code), then recorded.
    Other barcodes in the pictures (a book's, a phone number's QR) are left out."""
    seen: dict[str, str] = {}
    for found in codes_in_files(paths, progress):
        code = normalise_code(found.text)
        if well_formed(code):
            seen.setdefault(code, found.source)
    return [
        PictureResult(
            source,
            record_code(uow, code, returned_on=returned_on, way=way, class_id=class_id),
        )
        for code, source in seen.items()
    ]
