"""The catalogues keep up with the code: every string translated into Kazakh and Russian, .qm files rebuilt."""

from __future__ import annotations

import shutil
import string
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(str(p) for p in (ROOT / "akimdesk" / "gui").rglob("*.py"))
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru")


def qt_tool(name: str) -> str:
    """A PySide6 command-line program installed beside this Python."""
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        found = shutil.which(name, path=folder)
        if found:
            return found
    found = shutil.which(name)
    assert found, f"{name} is installed with PySide6-Essentials"
    return found


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> translation element of every live message in a .ts file."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("obsolete", "vanished"):
                found[(name, message.findtext("source"))] = translation
    return found


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory) -> set[tuple[str, str]]:
    """What lupdate finds in the code today."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), "-locations", "none", *SOURCES, "-ts", str(fresh)],
                   check=True, capture_output=True)
    return set(messages(fresh))


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_has_a_translation(source_strings, language):
    committed = messages(CATALOGUES / f"akimdesk_{language}.ts")
    assert len(source_strings) > 50
    missing = sorted(source_strings - set(committed))
    assert missing == [], f"run pyside6-lupdate and translate: {missing}"
    for key in source_strings:
        translation = committed[key]
        assert translation.get("type") != "unfinished" and (translation.text or "").strip(), key
        assert placeholders(translation.text) == placeholders(key[1]), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogues_match_their_sources(tmp_path, language):
    rebuilt = tmp_path / f"akimdesk_{language}.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(CATALOGUES / f"akimdesk_{language}.ts"),
                    "-qm", str(rebuilt)], check=True, capture_output=True)
    committed = CATALOGUES / f"akimdesk_{language}.qm"
    assert committed.read_bytes() == rebuilt.read_bytes(), f"run pyside6-lrelease on akimdesk_{language}.ts"
