"""The district commission's window: keys, packages and acts, bundles in, the race, the summary paper."""

from akimdesk.gui.district.window import DistrictWindow

__all__ = ["DistrictWindow"]
