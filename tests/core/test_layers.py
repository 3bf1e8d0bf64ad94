"""The layers below the GUI never import Qt (DESIGN.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import tomoni_desktop

PACKAGE = Path(tomoni_desktop.__file__).parent
QT_FREE = ("core", "services", "sync", "io", "reports")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def qt_free_files() -> list[Path]:
    return [
        p
        for layer in QT_FREE
        if (PACKAGE / layer).is_dir()
        for p in (PACKAGE / layer).rglob("*.py")
    ]


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_there_are_qt_free_modules_to_check():
    assert len(qt_free_files()) >= 10


def test_no_qt_import_in_lower_layers():
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(imported_roots(path) & set(QT_MODULES))
        for path in qt_free_files()
        if imported_roots(path) & set(QT_MODULES)
    }
    assert offenders == {}


def test_no_lower_layer_imports_the_ui_package():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in qt_free_files()
        if "tomoni_desktop.ui" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_importing_every_lower_module_loads_no_qt():
    modules = [
        "tomoni_desktop." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for path in qt_free_files()
        if path.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_cli_runs_without_qt():
    code = (
        "import sys\n"
        "from tomoni_desktop.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "False"
