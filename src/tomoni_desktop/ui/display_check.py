"""Before Qt starts: can this machine show a window at all? If not, say so in one or two
lines on stderr, instead of letting Qt abort the process with nothing but "Aborted".

Runs without importing Qt, so it works exactly where Qt would fail. The `tomoni` command
needs no screen and never runs this.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Mapping

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP

# The system libraries Qt's X11 (xcb) platform needs beyond what pip brings, by the file name
# the dynamic loader looks for, and the Debian/Ubuntu package that has it (README, "System
# libraries for a real Qt window").
XCB_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
CONTEXT = "startup"
NO_SCREEN = QT_TRANSLATE_NOOP(
    "startup",
    "Tomoni Desktop needs a screen, and this session has none (DISPLAY is not set). Start it "
    "from the desktop; the tomoni command works without a screen.",
)
MISSING = QT_TRANSLATE_NOOP(
    "startup",
    "Tomoni Desktop cannot open a window: system libraries are missing ({packages}). Install "
    "them as the README says under \u201cSystem libraries for a real Qt window\u201d.",
)


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(
    environ: Mapping[str, str],
    platform: str = sys.platform,
    libraries: Mapping[str, str] = XCB_LIBRARIES,
) -> tuple[str, dict[str, str]] | None:
    """The message (an English source text and its parameters) if no window can be shown."""
    if not platform.startswith("linux"):
        return None  # Windows and macOS bring what Qt needs
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, vnc …: Qt's own choice, not ours to judge
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return NO_SCREEN, {}
    missing = sorted({package for name, package in libraries.items() if not _loadable(name)})
    if missing:
        return MISSING, {"packages": " ".join(missing)}
    return None
