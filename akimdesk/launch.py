"""The two programs of an installed desk: the window (`akimdesk`) and the command line (`akimdesk-cli`)."""

from __future__ import annotations

import sys

from akimdesk.cli import main


def window() -> int:
    """`akimdesk`: the window when started bare, else a command such as `--selftest`."""
    return main()


def command_line() -> int:
    """`akimdesk-cli`: always the command line; started bare, it prints the usage."""
    return main(sys.argv[1:])
