"""The README starts with the two commands, CI runs its test command, and every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from akimdesk.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_blocks() -> list[str]:
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", README, flags=re.S)]


def test_readme_starts_with_run_and_test_commands():
    run_demo, run_tests = code_blocks()[:2]
    assert "pip install" in run_demo and "akimdesk demo" in run_demo
    assert "pip install" in run_tests and "pytest" in run_tests and "[test]" in run_tests


def test_ci_runs_the_readme_test_command():
    test_command = code_blocks()[1]
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_every_command_is_in_the_reference():
    reference = README.split("## Command reference", 1)[1]
    for name in COMMANDS:
        assert f"`{name}" in reference, name
