"""Start script of the console `akimdesk-cli` executable in the PyInstaller build."""

import sys

from akimdesk.launch import command_line

sys.exit(command_line())
