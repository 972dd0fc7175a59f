"""The layers stay apart: Qt only in the shells, nothing third-party in core/."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "akimdesk"
SHELLS = ("gui/", "app.py", "__main__.py")
QT_MODULES = {"PySide6", "shiboken6", "pytestqt"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def python_files(folder: Path):
    return sorted(p for p in folder.rglob("*.py"))


def test_no_qt_below_the_shells():
    offenders = [
        str(p.relative_to(PACKAGE)) for p in python_files(PACKAGE)
        if not str(p.relative_to(PACKAGE)).startswith(SHELLS) and imported_modules(p) & QT_MODULES
    ]
    assert offenders == []


def test_core_imports_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"akimdesk", "__future__"}
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(imported_modules(p) - allowed) for p in python_files(PACKAGE / "core")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_sql_lives_in_storage():
    offenders = [
        str(p.relative_to(PACKAGE)) for p in python_files(PACKAGE)
        if not str(p.relative_to(PACKAGE)).startswith("storage/") and "sqlite3" in imported_modules(p)
    ]
    assert offenders == []


def test_checker_catches_a_forbidden_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport openpyxl\n")
    assert {"PySide6", "openpyxl"} <= imported_modules(sample)


def test_opening_the_window_loads_no_signing_or_paper_library():
    # pyHanko and reportlab cost most of a second to import; the window and a check-in need neither, so the
    # window is ready sooner. They load when a protocol, bundle or paper is made.
    import subprocess

    probe = ("import sys, akimdesk.gui.app, akimdesk.gui.main_window; "
             "print(sorted(m for m in ('pyhanko', 'reportlab') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.strip()
    assert loaded == "[]"
