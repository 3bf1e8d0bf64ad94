"""Whether this copy of the app, on this computer, can use a camera: asked before the camera
panel (and its QR reader) is loaded, so the Pengambilan page can say so on its button."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QCoreApplication


def camera_in_this_copy() -> bool:
    """False in a copy made without Qt Multimedia: the frozen Linux folder, where its camera
    would need FFmpeg, Qt Quick and QML (about 37 MB; build.spec). Nothing is loaded."""
    return importlib.util.find_spec("PySide6.QtMultimedia") is not None


def camera_support() -> tuple[str | None, str]:
    """Why the camera cannot be used on this computer, with the detail, or (None, "").
    "absent": this copy has no camera; "library": a system library is missing; "backend":
    Qt Multimedia loaded without any media backend (a folder that left out its plugin)."""
    if not camera_in_this_copy():
        return "absent", ""
    try:
        from PySide6.QtMultimedia import QMediaFormat
    except ImportError as error:
        return "library", str(error)
    # Without a backend Qt falls back to one that knows no format and finds no camera: the
    # teacher would be told to plug in a webcam that is already there.
    if not QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode):
        return "backend", ""
    return None, ""


def camera_absent_words() -> str:
    """What the Camera button says in a copy without the camera (its tooltip and panel)."""
    return QCoreApplication.translate(
        "CameraPanel",
        "This copy of Tomoni Desktop was made without the camera. Type the codes (a barcode "
        "scanner types them too), or read them from photos.",
    )
