"""The layers stay apart: Qt only in the shells, nothing third-party in core/, SQL only in storage/, and the shells
reach storage, bundles and signing only through the service."""

from __future__ import annotations

import ast
import re
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


SQL_WORDS = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)"
                       r"|DROP\s+(TABLE|INDEX|TRIGGER)|PRAGMA\s+\w+)\b", re.S)
SHELL_FOLDERS = ("gui/", "cli/")
BELOW_THE_SERVICE = ("akimdesk.bundle", "akimdesk.signing", "akimdesk.storage")


def string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def full_imports(path: Path) -> set[str]:
    """Every module a file imports, in full (akimdesk.bundle.usb), wherever the import statement is."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_sql_strings_live_in_storage():
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line}" for p in python_files(PACKAGE)
        if not str(p.relative_to(PACKAGE)).startswith("storage/")
        for line, text in string_constants(p) if SQL_WORDS.search(text)
    ]
    assert offenders == []


def test_the_shells_reach_storage_bundles_and_signing_only_through_the_service():
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(name for name in full_imports(p) if name.startswith(BELOW_THE_SERVICE))
        for p in python_files(PACKAGE) if str(p.relative_to(PACKAGE)).startswith(SHELL_FOLDERS)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_checker_catches_sql_and_a_shell_reaching_below_the_service(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text('def f(db):\n    from akimdesk.bundle import usb\n    return db.execute("SELECT * FROM voters")\n')
    assert any(SQL_WORDS.search(text) for _, text in string_constants(sample))
    assert "akimdesk.bundle.usb" in full_imports(sample)


def test_no_database_connection_is_opened_for_use_across_threads():
    # Slow work runs off the interface thread with no connection of the station's; SQLite itself refuses a
    # connection used on another thread than its own, as long as nobody turns that check off.
    offenders = [str(p.relative_to(PACKAGE)) for p in python_files(PACKAGE)
                 if "check_same_thread" in p.read_text(encoding="utf-8")]
    assert offenders == []
