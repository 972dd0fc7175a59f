"""The station service: every use case of the precinct desk, called by the CLI and the GUI alike."""

from akimdesk.core.audit import AuditCheck
from akimdesk.core.check_ins import BallotMode, CheckInKind, StationState
from akimdesk.core.election import MemberRole
from akimdesk.station.base import Clock, clean_iin
from akimdesk.station.exports import ExportActions
from akimdesk.station.members import MemberActions, PinResetPlan, PinResetWork, work_pin_reset
from akimdesk.station.papers import PaperActions
from akimdesk.station.polling import PollingActions
from akimdesk.station.records import (
    AutoLockSetting,
    MemberSignIn,
    MobileRequest,
    MobileRequestRecorded,
    PinStored,
    StationClosed,
    StationOpened,
    StationStatus,
)
from akimdesk.station.reports import SEARCH_LIMIT, Reports
from akimdesk.station.setup import SetupActions
from akimdesk.station.views import CheckInResult, TurnoutFigures, Voter


class Station(SetupActions, PollingActions, Reports, ExportActions, PaperActions, MemberActions):
    """One precinct desk over one open store: each use case is one method."""


__all__ = ["Station", "Clock", "Voter", "CheckInResult", "TurnoutFigures", "MemberSignIn", "SEARCH_LIMIT",
           "clean_iin", "StationState", "BallotMode", "CheckInKind", "MemberRole", "StationStatus", "StationOpened",
           "StationClosed", "MobileRequest", "MobileRequestRecorded", "PinStored", "AutoLockSetting", "AuditCheck",
           "PinResetPlan", "PinResetWork", "work_pin_reset"]
