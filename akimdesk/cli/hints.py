"""The command-line option that supplies what a refusal says is missing: the command line adds it to the message."""

from __future__ import annotations

# Catalogue texts name no options (the window asks with a field instead); here each code gets its option.
OPTION_HINTS: dict[str, str] = {
    "actor-required": "--as MEMBER, or AKIMDESK_AS",
    "backup-passphrase-needed": "--passphrase-file",
    "close-before-hour": "--override",
    "database-not-empty": "--db",
    "district-not-initialised": "akimdesk district init",
    "mobile-carriers-needed": "--carriers M1,M2",
    "mobile-deadline-passed": "--override",
    "ratio-blocks-finalising": "--override",
    "tally-prefilled-needs-reason": "--reason",
    "undo-reason-needed": "--reason",
}


def with_option_hint(code: str, text: str) -> str:
    """The worded message with the option that answers it, before the final full stop: "… a reason (--reason)."."""
    hint = OPTION_HINTS.get(code)
    if hint is None:
        return text
    body = text.rstrip()
    stop = "." if body.endswith(".") else ""
    return f"{body.removesuffix('.')} ({hint}){stop}"
