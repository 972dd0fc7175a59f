"""What a command prints is the program's own words: no library warning under it."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_command_that_signs_prints_no_library_warning(tmp_path):
    # The demo signs a package with pyHanko loaded; cryptography used to warn about DSA under every such command.
    env = {**os.environ, "AKIMDESK_LANG": "en", "AKIMDESK_NOW": "2026-11-29T07:30:00+05:00"}
    env.pop("PYTHONWARNINGS", None)
    done = subprocess.run([sys.executable, "-m", "akimdesk", "demo", "--voters", "5", "--db", str(tmp_path / "d.db")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "DSA" not in done.stderr, done.stderr
