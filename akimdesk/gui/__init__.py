"""The desktop window of the precinct desk (PySide6): it asks, calls the station service and shows."""

from akimdesk.gui.app import run_gui

__all__ = ["run_gui"]
