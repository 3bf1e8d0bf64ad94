"""Pickup codes read from pictures: phone photos of covers, webcam frames, scanned PDFs.

zxing-cpp reads the QR (and the Code 128 beside the code) even turned, skewed or dim; what
it finds is kept only when it looks like a pickup code (the caller checks it against copies).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError

PICTURES = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"}
PDF_SCALE = 200 / 72  # a scanned page read at 200 dpi


@dataclass(frozen=True)
class FoundCode:
    source: str  # the file's name, and its page for a PDF
    text: str


def codes_in_image(image) -> list[str]:
    """Every QR or Code 128 text in a PIL image, once each, in reading order."""
    import zxingcpp

    formats = zxingcpp.barcode_formats_from_str("QRCode,Code128")
    found = zxingcpp.read_barcodes(image, formats=formats, try_rotate=True, try_downscale=True)
    return list(dict.fromkeys(barcode.text.strip() for barcode in found if barcode.text.strip()))


def _pictures_of(path: Path) -> Iterator[tuple[str, object]]:
    from PIL import Image, ImageOps, UnidentifiedImageError

    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pypdfium2

        try:
            document = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{name} is not a PDF that can be read."), name=path.name
            ) from error
        try:
            for number in range(len(document)):
                yield (
                    f"{path.name} ({number + 1})",
                    document[number].render(scale=PDF_SCALE).to_pil(),
                )
        finally:
            document.close()
        return
    if suffix not in PICTURES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is not a photo or a PDF (JPG, PNG or PDF are read)."
            ),
            name=path.name,
        )
    try:
        with Image.open(path) as picture:
            # a phone's photo says in its EXIF which way is up
            yield path.name, ImageOps.exif_transpose(picture).convert("L")
    except (UnidentifiedImageError, OSError) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} cannot be read as a picture."), name=path.name
        ) from error


def codes_in_files(paths: list[Path], progress=None) -> list[FoundCode]:
    """The codes in every picture (a folder's photos, a scan of many covers)."""
    found: list[FoundCode] = []
    for done, path in enumerate(paths, start=1):
        for source, picture in _pictures_of(path):
            found += [FoundCode(source, text) for text in codes_in_image(picture)]
        if progress:
            progress(done, len(paths))
    return found
