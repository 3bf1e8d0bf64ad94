"""The packet of a class: made in the background, previewed, saved or printed.

Pages are rendered with pypdfium2 (PDFium) for the preview and for printing: QtPdf is not in
PySide6-Essentials, and printing the PDF's own pages keeps what is printed exactly what was saved.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.paths import data_dir
from tomoni_desktop.services.school.register import Leaving, note_left
from tomoni_desktop.ui.widgets import Retranslating

PREVIEW_PAGES = 12
PREVIEW_SCALE = 0.6


def clear_leftover_packets() -> None:
    """Remove packets a crash left behind in the data folder (they hold children's data)."""
    folder = data_dir() / "packets"
    if folder.is_dir():
        for leftover in folder.glob("paket-*.pdf"):
            leftover.unlink(missing_ok=True)


def _qimage(pil_image) -> QImage:
    rgb = pil_image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def render_pages(pdf: Path, scale: float, first: int = 0, count: int | None = None) -> list[QImage]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        last = len(document) if count is None else min(len(document), first + count)
        return [_qimage(document[n].render(scale=scale).to_pil()) for n in range(first, last)]
    finally:
        document.close()


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Paint each page, as an image at the printer's resolution (QPainter on a QPrinter is
    allowed off the GUI thread)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        dpi = min(printer.resolution(), 300)
        for number in range(len(document)):
            if number:
                printer.newPage()
            image = _qimage(document[number].render(scale=dpi / 72).to_pil())
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(size))
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


class PacketDialog(Retranslating, QDialog):
    def __init__(
        self,
        app,
        class_id: uuid.UUID,
        class_name: str,
        hand_out_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.class_id = class_id
        self.class_name = class_name
        self.hand_out_id = hand_out_id
        self.pdf: Path | None = None
        self.packet_result = None
        self.paper = QComboBox()
        self.paper.addItem("F4", "F4")
        self.paper.addItem("A4", "A4")
        self.paper.setCurrentIndex(max(self.paper.findData(app.settings.paper_size), 0))
        self.new_sheet = QCheckBox()
        self.with_letters = QCheckBox()
        self.with_letters.setChecked(True)
        # After a hand-out: its copies only; reprinting every copy still out is a choice.
        self.scope = QComboBox()
        self.scope.addItem("", "hand_out")
        self.scope.addItem("", "all")
        self.scope.setVisible(hand_out_id is not None)
        self.make = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setMinimumWidth(460)
        self.pages_layout.addWidget(self.placeholder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.save = QPushButton()
        self.print_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.save, self.print_button):
            button.setEnabled(False)
        options = QHBoxLayout()
        self.paper_label = QLabel()
        options.addWidget(self.paper_label)
        options.addWidget(self.paper)
        options.addWidget(self.scope)
        options.addWidget(self.new_sheet)
        options.addStretch(1)
        options.addWidget(self.make)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.save)
        actions.addWidget(self.print_button)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.with_letters)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(760, min(700, screen.height() - 60) if screen else 620)  # fits 1366x768
        self.make.clicked.connect(self.build)
        self.save.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_packet)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()

    def build(self) -> None:
        from tomoni_desktop.services.worksheets.packets import make_packet

        class_id = self.class_id
        hand_out = self.hand_out_id if self.scope.currentData() == "hand_out" else None
        paper, new_sheet = self.paper.currentData(), self.new_sheet.isChecked()
        with_letters = self.with_letters.isChecked()
        folder = data_dir() / "packets"
        folder.mkdir(exist_ok=True)
        handle, name = tempfile.mkstemp(prefix="paket-", suffix=".pdf", dir=folder)
        os.close(handle)  # the writer opens it by name; an open handle per packet leaked
        out = Path(name)
        self.make.setEnabled(False)

        def work(uow, context):
            result = make_packet(
                uow,
                class_id,
                out,
                hand_out_id=hand_out,
                paper=paper,
                new_sheet_per_pupil=new_sheet,
                with_letters=with_letters,
                progress=lambda d, t: context.progress(d, t),
            )
            return result, render_pages(out, PREVIEW_SCALE, 0, PREVIEW_PAGES)

        def failed(error: BaseException) -> None:
            from tomoni_desktop.ui.errors import show_error

            out.unlink(missing_ok=True)  # failed or cancelled: no half-made packet stays
            self.make.setEnabled(True)
            show_error(self, error)

        self.app.run(
            work,
            lambda r: self._show(out, *r),
            parent=self,
            label=self.tr("Making the packet…"),
            cancellable=True,
            on_failure=failed,
        )

    def _show(self, out: Path, result, images: list[QImage]) -> None:
        if self.pdf is not None and self.pdf != out:  # an earlier packet of this dialog
            self.pdf.unlink(missing_ok=True)
        self.pdf, self.packet_result = out, result
        self.placeholder.hide()
        while self.pages_layout.count() > 1:  # the previous preview, behind the placeholder
            item = self.pages_layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for image in images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(page)
        self.summary.setText(
            self.tr("{pupils}, {copies}, {pages}. The first {shown} are shown.").format(
                pupils=self.tr("%n pupils", "", result.pupils),
                copies=self.tr("%n worksheets", "", result.copies),
                pages=self.tr("%n pages", "", result.pages),
                shown=len(images),
            )
            + (
                " "
                + self.tr("The last pages: %n letters to the same families.", "", result.letters)
                if result.letters
                else ""
            )
        )
        for button in (self.save, self.print_button, self.make):
            button.setEnabled(True)

    def save_as(self) -> None:
        suggested = str(Path.home() / f"paket-{self.class_name.replace(' ', '')}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the packet"), suggested, "PDF (*.pdf)"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        source, class_id = self.pdf, self.class_id
        if source is None:
            return

        def work(uow, _ctx) -> None:
            shutil.copyfile(source, path)
            note_left(uow, Leaving.PACKET, path, classes=[class_id])

        self.app.run(
            work,
            lambda _done: self.summary.setText(
                self.tr("Saved as {path}.").format(path=QDir.toNativeSeparators(str(path)))
            ),
            parent=self,
            label=self.tr("Saving…"),
        )

    def print_packet(self) -> None:
        from tomoni_desktop.ui.printing import ask_printer

        printer = ask_printer(self)
        if printer is None:
            return
        source, class_id = self.pdf, self.class_id
        if source is None:
            return
        printer_name = printer.printerName()

        def work(uow, _ctx) -> int:
            pages = print_pdf(source, printer)
            note_left(uow, Leaving.PACKET, source, classes=[class_id], printer=printer_name)
            return pages

        self.app.run(
            work,
            lambda pages: self.summary.setText(self.tr("%n pages sent to the printer.", "", pages)),
            parent=self,
            label=self.tr("Printing…"),
        )

    def done(self, code: int) -> None:
        """The packet holds children's data: its temporary file goes when the dialog closes."""
        if self.pdf is not None:
            self.pdf.unlink(missing_ok=True)
            self.pdf = None
        super().done(code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Packet for class {name}").format(name=self.class_name))
        self.paper_label.setText(self.tr("Paper"))
        self.new_sheet.setText(self.tr("Each pupil on a new sheet (double-sided)"))
        self.with_letters.setText(self.tr("With the letters waiting for these families"))
        self.make.setText(self.tr("Make the packet"))
        self.scope.setItemText(0, self.tr("This hand-out only"))
        self.scope.setItemText(1, self.tr("Everything not yet returned"))
        self.placeholder.setText(
            self.tr(
                "Choose the paper and press “Make the packet”: the first pages appear here "
                "before you save or print."
            )
        )
        self.save.setText(self.tr("Save PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))
        if self.pdf is None:
            self.summary.setText(
                self.tr(
                    "Only pupils who get the worksheet on paper, in the order of a walk: by village, then name."
                )
            )
