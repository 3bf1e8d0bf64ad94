"""Sample pupils and Dapodik workbooks for the tests."""

from __future__ import annotations

from datetime import date

from tomoni_desktop.io.dapodik_sample import SamplePupil


def pupil(number: int, **changes) -> SamplePupil:
    values = dict(
        name=f"SISWA NOMOR {number}",
        nisn=f"01{number:08d}",
        nipd=f"2526{number:03d}",
        gender="L" if number % 2 else "P",
        birth_place="Tomoni",
        birth_date=date(2013, 1 + number % 12, 1 + number % 28),
        religion="Islam",
        address="Jl. Poros",
        rt="001",
        rw="002",
        dusun="Dusun Mawar",
        village="Bayondo",
        kecamatan="Tomoni",
        mobile=f"0812{number:08d}",
        father=f"AYAH {number}",
        mother=f"IBU {number}",
        guardian="",
        class_name="Kelas VII A" if number % 2 else "VII-B",
    )
    values.update(changes)
    return SamplePupil(**values)


def pdf_pages(count: int, title: str = "LKPD IPA") -> bytes:
    """A real PDF of `count` A4 pages, made with reportlab."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, count + 1):
        drawing.setFont("Helvetica", 14)
        drawing.drawString(72, 760, f"{title} - halaman {number}")
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_pages(1))).pages:
        writer.add_page(page)
    writer.encrypt("rahasia")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def empty_pdf() -> bytes:
    import io

    from pypdf import PdfWriter

    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    return buffer.getvalue()


def qr_codes_on(pdf) -> list[tuple[int, str]]:
    """Every QR code on every page of a PDF, read from the page as a picture: (page, text)."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(str(pdf))
    found = []
    for number in range(len(document)):
        image = document[number].render(scale=2).to_pil()
        for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            found.append((number, code.text))
    return found


def qr_codes(pdf) -> list[str]:
    """The texts of those QR codes, page after page."""
    return [text for _page, text in qr_codes_on(pdf)]
