"""Files made to exhaust a laptop, written small: what the tests and `benchmarks/hostile.py`
feed the readers (issue 15 §2). Each is what a careless tool or a hostile one could put on a
stick; none is a real school's file."""

from __future__ import annotations

import json
import zipfile
import zlib
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _inline(row: int, values: list[str]) -> str:
    cells = "".join(
        f'<c r="{chr(65 + n)}{row}" t="inlineStr"><is><t>{value}</t></is></c>'
        for n, value in enumerate(values)
    )
    return f'<row r="{row}">{cells}</row>'


def _workbook(path: Path, sheet: str, shared: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr(
            "xl/sharedStrings.xml",
            shared or f'<sst xmlns="{_MAIN}" count="0" uniqueCount="0"></sst>',
        )
    return path


HEADER = ["Nama", "JK", "Kelas"]


def blank_rows_workbook(path: Path, last_row: int = 1_048_576) -> Path:
    """Two pupils, then a sheet that declares (and closes with) row `last_row`, every
    column up to XFD: 1.7 KB that once took 12 minutes to read."""
    rows = _inline(1, HEADER) + _inline(2, ["Ani", "P", "7A"]) + _inline(3, ["Budi", "L", "7A"])
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">'
        f'<dimension ref="A1:XFD{last_row}"/><sheetData>{rows}'
        f'<row r="{last_row}"/></sheetData></worksheet>'
    )
    return _workbook(path, sheet)


def shared_string_bomb(path: Path, megabytes: int = 1024) -> Path:
    """An .xlsx of about 1 MB whose one shared string unpacks to `megabytes`."""
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _ROOT_RELS),
            ("xl/workbook.xml", _WORKBOOK),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
            ("xl/worksheets/sheet1.xml", sheet),
        ):
            archive.writestr(name, text)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as shared:
            shared.write(f'<sst xmlns="{_MAIN}" count="1" uniqueCount="1"><si><t>'.encode())
            block = b"A" * (1024 * 1024)
            for _ in range(megabytes):
                shared.write(block)
            shared.write(b"</t></si></sst>")
    return path


def long_field_csv(path: Path, megabytes: int = 10) -> Path:
    """A roster CSV whose second row has one cell of `megabytes`."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Nama;JK;Kelas\n")
        handle.write('"' + "A" * (megabytes * 1024 * 1024) + '";L;7A\n')
    return path


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the numbered objects (1 is the catalog), with a correct cross-reference."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return (
        b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra)
        + packed
        + b"\nendstream"
    )


def _one_page(content: bytes, resources: bytes = b"<< >>") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + resources
        + b" /Contents 4 0 R >>",
        content,
    ]


def inflating_pdf(megabytes: int = 2048) -> bytes:
    """A one-page PDF whose image unpacks to `megabytes` (about 2 MB on disk for 2 GB)."""
    compressor = zlib.compressobj(9)
    block = bytes(1024 * 1024)
    packed = b"".join(compressor.compress(block) for _ in range(megabytes)) + compressor.flush()
    side = int((megabytes * 1024 * 1024) ** 0.5)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n"
        % (side, side, len(packed))
        + packed
        + b"\nendstream"
    )
    objects = _one_page(
        _stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"), b"<< /XObject << /Im1 5 0 R >> >>"
    )
    return _pdf([*objects, image])


def drawing_pdf(megabytes: int = 60) -> bytes:
    """A one-page PDF of `megabytes` of drawing commands (a tiny line, over and over)."""
    line = b"0.1 w 10 10 m 500 800 l S\n"
    return _pdf(_one_page(_stream(line * (megabytes * 1024 * 1024 // len(line)))))


def deep_pdf(levels: int = 50_000) -> bytes:
    """A PDF whose page tree is `levels` deep, one Pages node inside the next."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(levels):
        number = level + 2
        parent = b" /Parent %d 0 R" % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent))
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] >>" % (levels + 1))
    return _pdf(objects)


def costly_join_file(path: Path) -> Path:
    """A join file that asks for the largest scrypt cost the reader once allowed (2 GB)."""
    document = {
        "format": 1,
        "kind": "tomoni-join",
        "school_id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        "school_name": "SMP Contoh",
        "kdf": {"name": "scrypt", "n": 2**20, "r": 16, "p": 4, "salt": "00" * 16},
        "nonce": "00" * 12,
        "sealed": "00" * 64,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
