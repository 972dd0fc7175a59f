"""Every message the suite actually raised, worded in kk, ru and en at the end of the run and checked.

A message fails when its wording keeps a brace, shows None/True/False, or leaves an English word in a
Kazakh or Russian text (the abbreviations and ids a commission writes in Latin letters are fine). Param
values that are data (file names, ids, numbers: no spaces) are taken out before the check; a param that
is prose must be a message of its own, worded in the reader's language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pytest

from akimdesk.core.errors import AkimdeskError, InputRejected
from akimdesk.core.message import Message, is_message_json
from akimdesk.messages import LANGUAGES, render

# Latin letters a Kazakh or Russian commission text may carry.
ALLOWED_LATIN = frozenset({
    "PIN", "QR", "PDF", "IIN", "USB", "CSV", "XLSX", "UTF", "SHA", "ID", "JSON", "EC", "P", "AKIMDESK_AS", "AKIMDESK_DB",
    "AKIMDESK_NOW",
    "akimdesk", "Windows", "xlsx", "eGov", "Mobile", "Kaspi", "Halyk", "Amanat", "DEMO", "M1", "M2",
})
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_LINE_OR_RATIO_ID = re.compile(r"^[A-Z]{1,2}\d{1,3}$")
_BAD_WORDS = re.compile(r"\b(None|True|False)\b")

raised: dict[tuple[str, str], tuple[str, Mapping[str, Any]]] = {}


def _record(code: str, params: Mapping[str, Any]) -> None:
    raised.setdefault((code, repr(sorted(params.items(), key=lambda item: item[0]))), (code, dict(params)))


_original_init = AkimdeskError.__init__


def _recording_init(self: AkimdeskError, code: str, **params: Any) -> None:
    _original_init(self, code, **params)
    _record(code, params)


def _recording_rejected_init(self: InputRejected, code: str, problems: list, **params: Any) -> None:
    _original_rejected_init(self, code, problems, **params)
    for problem in problems:
        _record(problem.code, problem.params)


_original_rejected_init = InputRejected.__init__


def _data_values(params: Mapping[str, Any]) -> list[str]:
    """Param texts that are data (a file, an id, a number), longest first, to take out of the wording."""
    values: list[str] = []
    for key, value in params.items():
        if isinstance(value, Message) or is_message_json(value):
            nested = value if isinstance(value, Message) else Message.from_json(value)
            values += _data_values(nested.params)
        elif key in ("role", "action"):
            continue  # worded by the catalogue; a code left in the text is a fault
        elif isinstance(value, str) and not re.search(r"\s", value):
            values.append(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            values.append(str(value))
    return sorted(values, key=len, reverse=True)


def problems_of(code: str, params: Mapping[str, Any]) -> list[str]:
    """What is wrong with the wording of one message in each language (empty when nothing is)."""
    found = []
    for language in LANGUAGES:
        text = render(code, params, language)
        checked = text
        for value in _data_values(params):
            checked = checked.replace(value, " ")
        if "{" in checked or "}" in checked:
            found.append(f"{language}: brace left: {text}")
        if _BAD_WORDS.search(checked):
            found.append(f"{language}: None/True/False shown: {text}")
        if language != "en":
            english = [w for w in _LATIN_WORD.findall(checked)
                       if w not in ALLOWED_LATIN and not _LINE_OR_RATIO_ID.match(w)]
            if english:
                found.append(f"{language}: English words {english}: {text}")
    return found


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    AkimdeskError.__init__ = _recording_init  # type: ignore[method-assign]
    InputRejected.__init__ = _recording_rejected_init  # type: ignore[method-assign]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    AkimdeskError.__init__ = _original_init  # type: ignore[method-assign]
    InputRejected.__init__ = _original_rejected_init  # type: ignore[method-assign]
    faults = [f"{code} {params}: {problem}"[:400] for code, params in raised.values()
              for problem in problems_of(code, params)]
    if faults:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        lines = [f"{len(faults)} raised message(s) worded badly:", *faults]
        if reporter is not None:
            reporter.write_line("\n".join(lines), red=True)
        else:
            print("\n".join(lines))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
