"""PyInstaller entry point for the window."""

from tomoni_desktop.app import main

raise SystemExit(main())
