"""Every message code the program can raise is worded in Kazakh, Russian and English."""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import pytest

from akimdesk.cli import COMMANDS
from akimdesk.core.check_ins import STATES
from akimdesk.core.election import ROLES
from akimdesk.core.roles import ACTION_ROLES
from akimdesk.core.tally import LINE_STATUSES
from akimdesk.messages import LANGUAGES, catalogue, render

PACKAGE = Path(__file__).resolve().parents[1] / "akimdesk"
ERRORS = {"AkimdeskError", "RuleRefused", "VerificationFailed", "WrongPassphrase", "BadInput", "InputRejected"}
CODE_LIKE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")


def raised_codes() -> set[str]:
    codes = {f"station-{state}" for state in STATES} | {f"state-{state}" for state in STATES}
    codes.add("done-checkin-undo")
    codes |= {f"role-{role}" for role in ROLES}
    codes |= {f"tally-status-{status}" for status in LINE_STATUSES}
    for template in (PACKAGE.parent / "resources" / "templates").glob("*.json"):
        for ratio in json.loads(template.read_text(encoding="utf-8"))["ratios"]:
            if ratio.get("message"):
                codes |= {ratio["message"], ratio["message"] + "-ok"}
    codes |= {f"done-{name.replace(' ', '-')}" for name in COMMANDS}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            args = node.args
            if name in ERRORS | {"Flag", "Message"} and args and isinstance(args[0], ast.Constant):
                codes.add(args[0].value)
            elif name == "Problem":
                code = args[3] if len(args) > 3 else next((k.value for k in node.keywords if k.arg == "code"), None)
                if isinstance(code, ast.Constant):
                    codes.add(code.value)
    # Codes returned as values (IIN and voter-row checks) rather than raised.
    for path in (PACKAGE / "core").glob("*.py"):
        for literal in re.findall(r'"((?:iin|date|value|column|list)-[a-z-]+)"', path.read_text(encoding="utf-8")):
            codes.add(literal)
    return {c for c in codes if CODE_LIKE.match(c)}


def fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_scanner_finds_codes():
    codes = raised_codes()
    assert {"ballot-already-issued", "audit-row-mismatch", "iin-check-digit", "column-missing"} <= codes


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_is_worded(language):
    missing = sorted(raised_codes() - set(catalogue(language)))
    assert missing == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_catalogues_agree_with_english(language):
    english = catalogue("en")
    other = catalogue(language)
    assert set(other) == set(english)
    for code, template in english.items():
        assert fields(other[code]) <= fields(template) | {"title_kk", "title_ru"}, code
        assert other[code] != template or code.startswith("usage"), code


def test_render_fills_parameters_in_each_language():
    params = {"at": "2026-11-29T04:15:00Z", "device": "d1", "member": "M4", "mode": "station"}
    assert "M4" in render("ballot-already-issued", params, "en")
    assert "уже получил" in render("ballot-already-issued", params, "ru")
    assert "алған" in render("ballot-already-issued", params, "kk")
    assert render("no-such-code", {}, "kk") == "no-such-code"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_role_names_the_role_and_the_action_in_words(language):
    for action in ACTION_ROLES:
        assert f"action-{action}" in catalogue(language), action
    text = render("role-not-allowed", {"member": "M4", "role": "member", "action": "record-attendance"}, language)
    assert "record-attendance" not in text
    assert catalogue(language)["action-record-attendance"] in text
    assert catalogue(language)["role-member"] in text


def test_a_message_param_is_worded_in_the_readers_language():
    from akimdesk.core.message import Message

    inner = Message("ratio-equal-failed", {"ratio": "H1", "left": 204, "left_expr": "2", "right": 203,
                                           "right_expr": "4 + 5 + 3", "relation": "=", "difference": 1})
    params = {"failed": "H1", "explanation": inner}
    assert "айырма 1" in render("ratio-blocks-finalising", params, "kk")
    assert "разница 1" in render("ratio-blocks-finalising", params, "ru")
    assert "difference 1" in render("ratio-blocks-finalising", params, "en")
    # The JSON form of a message (as --json prints it and as it is stored) words the same.
    as_json = {"failed": "H1", "explanation": inner.to_json()}
    assert render("ratio-blocks-finalising", as_json, "ru") == render("ratio-blocks-finalising", params, "ru")
    assert Message.from_json(inner.to_json()) == inner


def test_nested_messages_are_worded_at_every_depth():
    from akimdesk.core.message import Message

    deep = Message("tally-not-ready", {"reason": Message("tally-not-ready", {"reason": Message("quorum-missing", {
        "present": 4, "needed": 5, "members": 7})})})
    text = render(deep.code, deep.params, "kk")
    assert "{" not in text and "5" in text


def test_catalogues_name_no_command_line_option():
    for language in LANGUAGES:
        for code, text in catalogue(language).items():
            if not code.startswith("usage-"):
                assert not re.search(r"\(--", text), (language, code)


def test_the_command_line_adds_the_option_that_answers_a_refusal():
    from akimdesk.cli.hints import OPTION_HINTS, with_option_hint

    assert set(OPTION_HINTS) <= set(catalogue("en"))
    text = with_option_hint("tally-prefilled-needs-reason", render("tally-prefilled-needs-reason",
                                                                   {"line": "4", "prefill": 6}, "en"))
    assert text.endswith("a different value needs a reason (--reason).")
    assert with_option_hint("quorum-missing", "x.") == "x."


def test_the_raised_message_check_finds_what_it_should():
    from akimdesk.core.message import Message
    from tests.message_check import problems_of

    assert problems_of("ratio-blocks-finalising", {"failed": "H1", "ratio": "H1", "explanation": Message(
        "ratio-equal-failed", {"ratio": "H1", "left": 1, "right": 2, "left_expr": "2", "right_expr": "3",
                               "relation": "=", "difference": -1})}) == []
    # English prose in a param, an unworded action code and a missing param are all found.
    assert problems_of("file-unreadable", {"file": "a.csv", "reason": "No such file"})
    assert problems_of("station-closed", {"action": "no-such-action"})
    assert problems_of("file-unreadable", {"file": "a.csv"})
    assert problems_of("quorum-missing", {"present": None, "needed": 5, "members": 7})
