"""akimdesk: the polling-station desk of a precinct election commission."""

__version__ = "0.1.0"
