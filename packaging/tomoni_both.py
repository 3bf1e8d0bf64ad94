"""PyInstaller entry point of the one executable that is both commands (Linux and macOS):
started as `tomoni-desktop` it opens the window, started as `tomoni` (a link to it) it is the
command line. One executable carries one copy of the Python code, not two (13 MB)."""

import multiprocessing
import sys
from pathlib import Path

multiprocessing.freeze_support()  # a PDF is drawn in a child process started as this one
if Path(sys.argv[0]).stem == "tomoni":
    from tomoni_desktop.cli import main
else:
    from tomoni_desktop.app import main

raise SystemExit(main())
