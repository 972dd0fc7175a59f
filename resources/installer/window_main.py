"""Start script of the windowed `akimdesk` executable in the PyInstaller build."""

import sys

from akimdesk.launch import window

sys.exit(window())
