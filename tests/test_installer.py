"""The built folder: build_installer.spec makes both programs from a clean checkout, within the size target,
and their self-test passes in time; a folder that lost its font or a template fails, naming the step.

The self-test itself also runs from the source, and its step runner reports what a failure holds back.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from akimdesk.selftest import Step, run_steps

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_installer.spec"
SIZE_LIMIT_BYTES = 200_000_000  # du -sb of the folder
SELFTEST_LIMIT_SECONDS = 10
STEPS = ("demo election", "check-in", "font", "window", "protocol", "bundle")
EXE = ".exe" if os.name == "nt" else ""


def folder_bytes(folder: Path) -> int:
    """What `du -sb` counts: every file and link by its own size."""
    return sum(path.lstat().st_size for path in folder.rglob("*"))


def run_selftest(program: list[str], home: Path, **display: str) -> tuple[subprocess.CompletedProcess, float, Path]:
    """Run `program --selftest` with its report folder under `home` (off screen unless `display` names the
    display variables); the result, seconds taken and report path."""
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(display or {"QT_QPA_PLATFORM": "offscreen"}, XDG_DATA_HOME=str(home))
    started = time.perf_counter()
    done = subprocess.run([*program, "--selftest"], env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120, cwd=home)
    return done, time.perf_counter() - started, home / "akimdesk" / "selftest-report.txt"


def step_lines(output: str) -> dict[str, str]:
    """Each step's status (PASS, FAIL, SKIP) by step name, from the printed report."""
    found = {}
    for line in output.splitlines():
        match = re.match(r"(PASS|FAIL|SKIP)  (.+?) {2,}", line)
        if match:
            found[match.group(2).strip()] = match.group(1)
    return found


def assert_all_pass(done: subprocess.CompletedProcess, report: Path) -> None:
    assert done.returncode == 0, done.stdout + done.stderr
    assert step_lines(done.stdout) == {name: "PASS" for name in STEPS}, done.stdout
    assert "PASSED: all 6 steps" in done.stdout
    assert re.search(r"^OS: \S+", done.stdout, flags=re.M)
    assert re.search(r"^PASS  protocol +\d+ ms", done.stdout, flags=re.M)
    assert report.read_text(encoding="utf-8").splitlines()[:9] == done.stdout.splitlines()[:9]
    assert (report.parent / "selftest-window.png").stat().st_size > 10_000


def test_step_runner_skips_what_builds_on_a_failed_step():
    def broken() -> str:
        raise FileNotFoundError("resources/templates/rural-akim-2026-v1.json")

    lines: list[str] = []
    results = run_steps([
        Step("first", lambda: "fine"),
        Step("second", broken, ("first",)),
        Step("third", lambda: "fine", ("second",)),
        Step("fourth", lambda: "fine", ("first",)),
    ], lines.append)
    assert [(r.name, r.status) for r in results] == [
        ("first", "PASS"), ("second", "FAIL"), ("third", "SKIP"), ("fourth", "PASS")]
    assert "FileNotFoundError: resources/templates/rural-akim-2026-v1.json" in lines[1]
    assert lines[2].startswith("SKIP  third") and lines[2].endswith("needs: second")
    assert "Traceback" in results[1].trace


def test_selftest_passes_from_the_source(tmp_path, capsys):
    done, seconds, report = run_selftest([sys.executable, "-m", "akimdesk"], tmp_path)
    with capsys.disabled():
        print(f"\n  self-test from the source: {seconds:.1f} s")
    assert_all_pass(done, report)
    assert "on the source" in done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 display variables are Linux's")
def test_selftest_fails_the_window_step_when_the_display_cannot_open(tmp_path):
    done, _, report = run_selftest([sys.executable, "-m", "akimdesk"], tmp_path, DISPLAY=":7391")
    assert done.returncode == 1
    assert step_lines(done.stdout) == {**{name: "PASS" for name in STEPS}, "window": "FAIL"}
    assert re.search(r"^FAIL  window .*cannot open on the display :7391", done.stdout, flags=re.M)
    assert "FAILED at step 'window'" in report.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> tuple[Path, float]:
    """The one-folder build from build_installer.spec (made once per test run) and the seconds it took."""
    base = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(base / "dist"), "--workpath", str(base / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return base / "dist" / "akimdesk", time.perf_counter() - started


def linked_copy(folder: Path, target: Path) -> Path:
    """A copy of the built folder made of hard links (fast), in which a file can be deleted."""
    shutil.copytree(folder, target, symlinks=True, copy_function=os.link)
    return target


@pytest.mark.slow
def test_build_holds_both_programs_within_the_size_target(built, capsys):
    folder, build_seconds = built
    size = folder_bytes(folder)
    with capsys.disabled():
        print(f"\n  PyInstaller build: {build_seconds:.0f} s, {size / 1e6:.1f} MB (du -sb {size})")
    assert (folder / f"akimdesk{EXE}").is_file() and (folder / f"akimdesk-cli{EXE}").is_file()
    assert size <= SIZE_LIMIT_BYTES


@pytest.mark.slow
def test_build_carries_what_the_desk_reads_and_leaves_out_the_rest(built):
    folder, _ = built
    names = {path.relative_to(folder).as_posix() for path in folder.rglob("*")}

    def present(pattern: str) -> list[str]:
        return sorted(name for name in names if re.search(pattern, name))

    assert len(present(r"resources/messages/(kk|ru|en)\.json$")) == 3
    assert present(r"resources/templates/rural-akim-2026-v1\.json$")
    assert present(r"resources/icons/ballot-issued\.svg$")
    assert present(r"pymupdf_fonts/NotoSans_Regular\.pyc$") and present(r"pymupdf_fonts/NotoSans_Bold\.pyc$")
    assert [Path(n).name for n in present(r"resources/translations/")] == ["akimdesk_kk.qm", "akimdesk_ru.qm"]
    assert [Path(n).name for n in present(r"Qt/translations/.+\.qm$")] == ["qtbase_kk.qm", "qtbase_ru.qm"]
    assert present(r"(^|/)PySide6/QtWidgets\.") and present(r"(^|/)PySide6/QtPrintSupport\.")
    assert present(r"(^|/)PySide6/Qt(Network|Qml|Quick|Sql|OpenGL|Designer)\.") == []
    assert present(r"(^|/)(tkinter|_tkinter|pytest|hypothesis|PyInstaller)(/|\.|$)") == []
    assert present(r"pymupdf_fonts/(Fira|Ubuntu|Cascadia|SpaceMono)") == []
    assert present(r"\.ts$") == []


@pytest.mark.slow
@pytest.mark.parametrize("program", ["akimdesk-cli", "akimdesk"])
def test_built_program_passes_its_selftest_in_time(built, program, tmp_path, capsys):
    folder, _ = built
    done, seconds, report = run_selftest([str(folder / f"{program}{EXE}")], tmp_path)
    with capsys.disabled():
        print(f"\n  built {program} --selftest: {seconds:.1f} s")
    assert_all_pass(done, report)
    assert "built program" in done.stdout
    assert seconds <= SELFTEST_LIMIT_SECONDS, f"self-test took {seconds:.1f} s"


@pytest.mark.slow
def test_built_folder_without_its_font_fails_naming_the_font_step(built, tmp_path):
    folder = linked_copy(built[0], tmp_path / "akimdesk")
    fonts = list(folder.rglob("pymupdf_fonts/NotoSans_Regular.pyc"))
    assert len(fonts) == 1
    fonts[0].unlink()
    done, _, report = run_selftest([str(folder / f"akimdesk-cli{EXE}")], tmp_path / "home")
    assert done.returncode == 1
    assert step_lines(done.stdout) == {"demo election": "PASS", "check-in": "PASS", "font": "FAIL",
                                       "window": "SKIP", "protocol": "SKIP", "bundle": "SKIP"}
    assert "FAILED at step 'font'" in done.stdout
    assert "NotoSans_Regular" in report.read_text(encoding="utf-8")


@pytest.mark.slow
def test_built_folder_without_a_template_fails_naming_the_protocol_step(built, tmp_path):
    folder = linked_copy(built[0], tmp_path / "akimdesk")
    templates = list(folder.rglob("resources/templates/rural-akim-2026-v1.json"))
    assert len(templates) == 1
    templates[0].unlink()
    done, _, _ = run_selftest([str(folder / f"akimdesk{EXE}")], tmp_path / "home")
    assert done.returncode == 1
    assert step_lines(done.stdout)["protocol"] == "FAIL" and step_lines(done.stdout)["bundle"] == "SKIP"
    assert re.search(r"^FAIL  protocol .*rural-akim-2026-v1", done.stdout, flags=re.M)
    assert "FAILED at step 'protocol'" in done.stdout
