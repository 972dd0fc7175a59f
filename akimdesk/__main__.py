import sys

from akimdesk.cli import main

# `python -m akimdesk` stays a command line (usage with no arguments); the installed `akimdesk` opens the window.
sys.exit(main(sys.argv[1:]))
