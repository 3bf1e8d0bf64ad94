"""Covers held up to the laptop's camera: each QR read is recorded like a typed code.

Qt Multimedia gives the frames (a camera on Windows and Linux, no extra capture library);
zxing-cpp reads them on a thread of their own, one frame at a time, the newest first: frames
that arrive while one is being read are dropped, so a slow laptop reads fewer frames but never
falls behind. A code is handed on once per camera session (a cover held up for two seconds
is sixty frames of one code).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from tomoni_desktop.io.photos import codes_in_image

if TYPE_CHECKING:  # loaded when the camera is first turned on
    from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaCaptureSession, QVideoSink
from tomoni_desktop.services.pickups.recording import well_formed
from tomoni_desktop.services.worksheets.pickup_codes import normalise_code
from tomoni_desktop.ui.pickups.camera_support import camera_absent_words, camera_support
from tomoni_desktop.ui.widgets import Retranslating

PREVIEW = QSize(256, 192)


class FrameReader(QObject):
    """Carries what a pool thread read back to the panel's thread."""

    read = Signal(list)

    def read_frame(self, frame: QImage) -> None:
        grey = frame.convertToFormat(QImage.Format.Format_Grayscale8)
        self.read.emit([normalise_code(text) for text in codes_in_image(grey)])


class CameraPanel(Retranslating, QWidget):
    """A live picture from the camera and what it last read. Emits each new code once."""

    code_found = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seen: set[str] = set()
        self.reading = False
        self.frames_read = 0
        self.camera: QCamera | None = None  # while the panel is on
        self.session: QMediaCaptureSession | None = None
        self.sink: QVideoSink | None = None
        self.devices: list[QCameraDevice] = []
        self.choice = QComboBox()
        self.choice_label = QLabel()
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("cameraPreview")
        self.preview.setStyleSheet("#cameraPreview { background: #20292c; color: white; }")
        self.preview.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.problem: str | None = None  # why there is no picture: none, library or error
        self.problem_detail = ""
        top = QHBoxLayout()
        top.addWidget(self.choice_label)
        top.addWidget(self.choice, 1)
        side = QVBoxLayout()
        side.addLayout(top)
        side.addWidget(self.status, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(side, 1)
        self.choice.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.choice.currentIndexChanged.connect(lambda _index: self._use_chosen())
        # One reading thread; a pool owned by the panel waits for it when the panel goes.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.reader = FrameReader()
        self.reader.read.connect(self._codes_read)
        self.retranslate()

    # the camera ------------------------------------------------------------------------
    def start(self) -> None:
        """Finds the cameras and starts the chosen one (or says why there is none)."""
        self.seen.clear()
        problem, detail = camera_support()
        if problem:
            self._no_picture(problem, detail)
            return
        from PySide6.QtMultimedia import QMediaDevices

        self.devices = list(QMediaDevices.videoInputs())
        self.choice.blockSignals(True)
        self.choice.clear()
        for device in self.devices:
            self.choice.addItem(device.description())
        self.choice.blockSignals(False)
        if not self.devices:
            self._no_picture("none", "")
            return
        default = QMediaDevices.defaultVideoInput()
        index = next((i for i, d in enumerate(self.devices) if d.id() == default.id()), 0)
        self.choice.setCurrentIndex(index)
        self._use_chosen()

    def _use_chosen(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        self.stop()
        index = self.choice.currentIndex()
        if not 0 <= index < len(self.devices):
            return
        self.problem = None
        camera, session, sink = QCamera(self.devices[index]), QMediaCaptureSession(), QVideoSink()
        session.setCamera(camera)
        session.setVideoSink(sink)
        sink.videoFrameChanged.connect(lambda frame: self.take_frame(frame.toImage()))
        camera.errorOccurred.connect(lambda _error, text: self._no_picture("error", text))
        self.camera, self.session, self.sink = camera, session, sink
        camera.start()
        self._say()

    def stop(self) -> None:
        """Lets the camera go (another program, or the laptop's light, may want it)."""
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
        for part in (self.session, self.sink):
            if part is not None:
                part.deleteLater()
        self.camera = self.session = self.sink = None

    # frames ----------------------------------------------------------------------------
    def take_frame(self, frame: QImage) -> None:
        """A frame from the camera: shown, and read unless the last one is still being read."""
        if frame.isNull():
            return
        self.preview.setPixmap(
            QPixmap.fromImage(frame).scaled(
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        if not self.reading:
            self.reading = True
            copy = frame.copy()  # the camera reuses its buffer
            self.pool.start(lambda: self.reader.read_frame(copy))

    def _codes_read(self, codes: list[str]) -> None:
        self.reading = False
        self.frames_read += 1
        for code in codes:
            if well_formed(code) and code not in self.seen:
                self.seen.add(code)
                self.code_found.emit(code)
        self._say()

    # words -----------------------------------------------------------------------------
    def _no_picture(self, why: str, detail: str) -> None:
        self.stop()
        self.problem = why
        self.problem_detail = detail
        self.preview.clear()
        self._say()

    def _say(self) -> None:
        if self.problem == "none":
            text = self.tr(
                "No camera was found on this laptop. Plug in a webcam and turn the camera on "
                "again, or type the codes, or read them from photos."
            )
        elif self.problem == "library":
            text = self.tr(
                "The camera cannot be used: a part of the system is missing ({detail}). "
                "Type the codes, or read them from photos."
            ).format(detail=self.problem_detail)
        elif self.problem == "absent":
            text = camera_absent_words()
        elif self.problem == "backend":
            text = self.tr(
                "The camera cannot be used: this copy of Tomoni Desktop has no video support "
                "for this computer. Type the codes, or read them from photos."
            )
        elif self.problem == "error":
            text = self.tr("The camera stopped: {detail}").format(detail=self.problem_detail)
        else:
            text = self.tr(
                "Hold each cover up to the camera, its QR code whole and in the light. "
                "%n codes read so far.",
                "",
                len(self.seen),
            )
        self.status.setText(text)
        if self.problem:
            self.preview.setText(self.tr("No picture"))

    def retranslate(self) -> None:
        self.choice_label.setText(self.tr("Camera"))
        self._say()
