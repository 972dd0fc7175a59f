"""The card of the voter in front of the member: who they are and where their ballot stands."""

from __future__ import annotations

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk, show_date, show_moment
from akimdesk.gui.qt import QFormLayout, QGroupBox, QLabel, Qt
from akimdesk.gui.translations import Retranslating
from akimdesk.station import Voter
from akimdesk.station.records import MobileRequest


class VoterCardWidget(Retranslating, QGroupBox):
    """Name, IIN, birth date, address, book, why they were added, a mobile-box request and the ballot status."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._voter: Voter | None = None
        self._values = {key: QLabel() for key in ("name", "iin", "born", "address", "book", "added", "mobile",
                                                  "ballot")}
        self._captions = {key: QLabel() for key in self._values if key != "name"}
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for key, value in self._values.items():
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            if key == "name":
                # The name spans the card: it is what the member compares with the ID document.
                form.addRow(value)
            else:
                form.addRow(self._captions[key], value)
        name_font = self._values["name"].font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.4)
        name_font.setBold(True)
        self._values["name"].setFont(name_font)
        self._values["ballot"].setObjectName("ballotStatus")
        self._values["added"].setObjectName("addedReason")
        self._values["mobile"].setObjectName("mobileRequest")
        self._form = form
        self.retranslate()

    @property
    def voter(self) -> Voter | None:
        """The voter shown, if any."""
        return self._voter

    def show_voter(self, voter: Voter | None) -> None:
        """Show `voter`, or an empty card."""
        self._voter = voter
        self._fill()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Voter"))
        captions = {"iin": self.tr("IIN"), "born": self.tr("Born"), "address": self.tr("Address"),
                    "book": self.tr("Book"), "added": self.tr("Added"), "mobile": self.tr("Mobile box"),
                    "ballot": self.tr("Ballot")}
        for key, text in captions.items():
            self._captions[key].setText(text)
        self._fill()

    def _fill(self) -> None:
        voter = self._voter
        if voter is None:
            for label in self._values.values():
                label.setText("")
            self._values["name"].setText(self.tr("No voter chosen"))
            self._values["ballot"].setStyleSheet("")
            self._show_row("added", False)
            self._show_row("mobile", False)
            return
        self._values["name"].setText(voter.full_name)
        iin = voter.iin
        if voter.iin_problem:
            iin += " — " + self._desk.say(voter.iin_problem)
        self._values["iin"].setText(iin)
        self._values["born"].setText(show_date(voter.birth_date))
        self._values["address"].setText(voter.address)
        self._values["book"].setText(voter.book or "—")
        self._values["added"].setText(self._added_text(voter.added_reason or ""))
        self._show_row("added", voter.added_reason is not None)
        request = self._mobile_request(voter)
        if request is not None:
            self._values["mobile"].setText(self.tr("asked at {time}: {reason}").format(
                time=show_moment(request.at_local), reason=request.reason))
        self._show_row("mobile", request is not None)
        self._values["ballot"].setText(self._ballot_text(voter))
        colour = "#0a6b2d" if voter.ballot is None and not voter.has_absentee_certificate else "#a61b1b"
        self._values["ballot"].setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _ballot_text(self, voter: Voter) -> str:
        ballot = voter.ballot
        if ballot is not None:
            text = self.tr("Issued {time} by {member} {member_name}, desk {desk}").format(
                time=show_moment(ballot.at_local), member=ballot.member_id, member_name=ballot.member_name,
                desk=ballot.device_id[:8])
            return text + (" — " + self.tr("mobile box") if ballot.mode == "mobile" else "")
        if voter.has_absentee_certificate:
            return self.tr("Absentee certificate issued: no ballot at this station")
        return self.tr("No ballot yet")

    def _added_text(self, reason: str) -> str:
        return {
            "absentee-certificate": self.tr("on the day, with an absentee certificate"),
            "address-certificate": self.tr("on the day, with an address certificate"),
            "court-decision": self.tr("on the day, by a court decision"),
            "other": self.tr("on the day, on other grounds"),
        }.get(reason, reason)

    def _mobile_request(self, voter: Voter) -> MobileRequest | None:
        try:
            return self._desk.station.mobile_request(voter.iin)
        except AkimdeskError:
            return None

    def _show_row(self, key: str, visible: bool) -> None:
        self._form.setRowVisible(self._values[key], visible)
