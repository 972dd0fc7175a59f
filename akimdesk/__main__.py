import sys

from akimdesk.cli import main

sys.exit(main())
