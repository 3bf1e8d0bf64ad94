"""PyInstaller entry point for the `tomoni` command."""

from tomoni_desktop.cli import main

raise SystemExit(main())
