"""The station service: every use case of the precinct desk, called by the CLI and the GUI alike."""

from akimdesk.station.base import Clock, clean_iin
from akimdesk.station.exports import ExportActions
from akimdesk.station.members import MemberActions, MemberSignIn
from akimdesk.station.papers import PaperActions
from akimdesk.station.polling import PollingActions
from akimdesk.station.reports import SEARCH_LIMIT, Reports
from akimdesk.station.setup import SetupActions
from akimdesk.station.views import CheckInResult, TurnoutFigures, Voter


class Station(SetupActions, PollingActions, Reports, ExportActions, PaperActions, MemberActions):
    """One precinct desk over one open store: each use case is one method."""


__all__ = ["Station", "Clock", "Voter", "CheckInResult", "TurnoutFigures", "MemberSignIn", "SEARCH_LIMIT",
           "clean_iin"]
