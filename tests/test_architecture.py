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
