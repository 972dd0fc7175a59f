"""The other papers of the day: turnout at the reporting hours, the day's statistics, the paper list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from akimdesk.core.bilingual import Bilingual
from akimdesk.core.check_ins import BallotMode
from akimdesk.core.election import kazakh_sort_key
from akimdesk.core.timeline import utc_text
from akimdesk.messages import catalogue
from akimdesk.reports.day_papers import (
    PaperHeader,
    StatsFigure,
    StatsPaper,
    TurnoutLine,
    TurnoutPaper,
    VoterListLine,
    VoterListPaper,
    VoterMark,
)
from akimdesk.station.base import StationBase
from akimdesk.station.views import TurnoutFigures


class PaperActions(StationBase):
    """Data for the printed papers, each carrying the audit chain head."""

    def paper_pdf(self, kind: str) -> bytes:
        """Build one paper: turnout, stats or voter-list."""
        from akimdesk.reports.day_pdf import build_stats_pdf, build_turnout_pdf
        from akimdesk.reports.voter_list_pdf import build_voter_list_pdf

        builders: dict[str, Callable[[], bytes]] = {
            "turnout": lambda: build_turnout_pdf(self.turnout_paper()),
            "stats": lambda: build_stats_pdf(self.stats_paper()),
            "voter-list": lambda: build_voter_list_pdf(self.voter_list_paper()),
        }
        return builders[kind]()

    def turnout_paper(self) -> TurnoutPaper:
        """Turnout at each reporting hour passed, and now."""
        return TurnoutPaper(self._paper_header(), tuple(_turnout_line(f) for f in self.reporting_turnout()),
                            _turnout_line(self.turnout()), *self._printed())

    def stats_paper(self) -> StatsPaper:
        """The statistics sheet of the day."""
        turnout = self.turnout()
        counts = self.store.day_counts()
        values: dict[str, int | float] = {
            "stat-voters-on-list": turnout.listed - turnout.added,
            "stat-voters-added": turnout.added,
            "stat-voters-listed": turnout.listed,
            "stat-ballots-received": self._ballots_received(),
            "stat-ballots-issued-station": turnout.issued_station,
            "stat-ballots-issued-mobile": turnout.issued_mobile,
            "stat-ballots-left": self._ballots_left(),
            "stat-check-ins-undone": counts["undone"],
            "stat-mobile-requests": self.store.mobile_request_count(),
            "stat-absentee-certificates": counts["absentee"],
            "stat-iins-flagged": counts["flagged"],
            "stat-turnout-percent": turnout.percent,
        }
        kk, ru = catalogue("kk"), catalogue("ru")
        figures = tuple(StatsFigure(code, Bilingual(kk[code], ru[code]), value) for code, value in values.items())
        return StatsPaper(self._paper_header(), figures, *self._printed())

    def voter_list_paper(self) -> VoterListPaper:
        """The voter list with check-in marks, by book, as a paper fallback."""
        rows = sorted(
            self.store.voters_for_paper(self._list_id()),
            key=lambda r: (r["source_row"] is None, r["book"],
                           kazakh_sort_key(f"{r['surname']} {r['given_name']} {r['patronymic']}"), r["voter_id"]),
        )
        voters = []
        for n, row in enumerate(rows, start=1):
            voter = self._voter(row)
            mark, at = VoterMark.NONE, ""
            if voter.ballot is not None:
                mark = VoterMark.MOBILE if voter.ballot.mode == BallotMode.MOBILE else VoterMark.ISSUED
                at = voter.ballot.at_local[11:16]
            elif voter.has_absentee_certificate:
                mark = VoterMark.ABSENTEE
            elif voter.added_reason:
                mark = VoterMark.ADDED
            voters.append(VoterListLine(n, voter.iin, voter.full_name, voter.birth_date, voter.address, voter.book,
                                        mark, at))
        return VoterListPaper(self._paper_header(), tuple(voters), *self._printed())

    def _paper_header(self) -> PaperHeader:
        election = self.election()
        content = election.content
        race: dict[str, Any] = content["race"]
        precinct: dict[str, Any] = content["precinct"]
        return PaperHeader(
            election_type=content["election"]["type"], election_date=election.date.isoformat(),
            election_title=Bilingual(election.title_kk, election.title_ru),
            race_title=_bilingual(race.get("title")), precinct_number=election.precinct_number,
            precinct_name=_bilingual(precinct.get("name")), precinct_address=_bilingual(precinct.get("address")),
            election_id=election.election_id, is_demo=election.is_demo, template_id=election.template_id,
        )

    def _printed(self) -> tuple[str, str]:
        """The audit head and the local minute the paper is printed at."""
        return self.audit_head() or "", self._local_text(utc_text(self.clock()))[:16]


def _turnout_line(figures: TurnoutFigures) -> TurnoutLine:
    return TurnoutLine(figures.at_local or "", figures.listed, figures.added, figures.issued_station,
                       figures.issued_mobile, figures.percent)


def _bilingual(texts: Any) -> Bilingual:
    """A {kk, ru} pair of the package as printed; a missing text prints empty."""
    texts = texts if isinstance(texts, dict) else {}
    return Bilingual(str(texts.get("kk", "")), str(texts.get("ru", "")))
