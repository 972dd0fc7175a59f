"""The other papers of the day: turnout at the reporting hours, the day's statistics, the paper list."""

from __future__ import annotations

from typing import Any

from akimdesk.core.election import kazakh_sort_key
from akimdesk.messages import catalogue
from akimdesk.station.count import CountActions


class PaperActions(CountActions):
    """Data for the printed papers, each carrying the audit chain head."""

    def paper_pdf(self, kind: str) -> bytes:
        """Build one paper: turnout, stats or voter-list."""
        from akimdesk.reports import build_stats_pdf, build_turnout_pdf, build_voter_list_pdf

        builders = {"turnout": (build_turnout_pdf, self.turnout_paper),
                    "stats": (build_stats_pdf, self.stats_paper),
                    "voter-list": (build_voter_list_pdf, self.voter_list_paper)}
        build, data = builders[kind]
        return build(data())

    def _paper_header(self) -> dict[str, Any]:
        election = self.election()
        content = election.content
        return {
            "election": {"type": content["election"]["type"], "date": election.date.isoformat(),
                         "title": {"kk": election.title_kk, "ru": election.title_ru}},
            "race": content["race"], "precinct": content["precinct"], "election_id": election.election_id,
            "is_demo": election.is_demo, "template": {"id": election.template_id},
        }

    def _printed(self) -> dict[str, Any]:
        from akimdesk.core.timeline import utc_text

        return {"audit_head": self.audit_head(), "printed_at_local": self._local_text(utc_text(self.clock()))[:16]}

    def turnout_paper(self) -> dict[str, Any]:
        """Turnout at each reporting hour passed, and now."""
        def row(figures) -> dict[str, Any]:
            return {"at_local": figures.at_local or "", "listed": figures.listed, "added": figures.added,
                    "issued_station": figures.issued_station, "issued_mobile": figures.issued_mobile,
                    "percent": figures.percent}

        return {"header": self._paper_header(), "rows": [row(f) for f in self.reporting_turnout()],
                "now": row(self.turnout()), **self._printed()}

    def stats_paper(self) -> dict[str, Any]:
        """The statistics sheet of the day."""
        figures = self.figures()
        turnout = self.turnout()
        counts = self.store.day_counts()
        values = {
            "stat-voters-on-list": figures["voters_listed"] - figures["voters_added"],
            "stat-voters-added": figures["voters_added"],
            "stat-voters-listed": figures["voters_listed"],
            "stat-ballots-received": figures["ballots_received"],
            "stat-ballots-issued-station": figures["ballots_issued_station"],
            "stat-ballots-issued-mobile": figures["ballots_issued_mobile"],
            "stat-ballots-left": self._ballots_left(),
            "stat-check-ins-undone": counts["undone"],
            "stat-mobile-requests": figures["mobile_requests"],
            "stat-absentee-certificates": counts["absentee"],
            "stat-iins-flagged": counts["flagged"],
            "stat-turnout-percent": turnout.percent,
        }
        words = {lang: catalogue(lang) for lang in ("kk", "ru")}
        return {
            "header": self._paper_header(),
            "figures": [{"label": {lang: words[lang][key] for lang in words}, "value": value}
                        for key, value in values.items()],
            **self._printed(),
        }

    def voter_list_paper(self) -> dict[str, Any]:
        """The voter list with check-in marks, by book, as a paper fallback."""
        rows = sorted(
            self.store.voters_for_paper(self._current_list()["list_id"]),
            key=lambda r: (r["source_row"] is None, r["book"],
                           kazakh_sort_key(f"{r['surname']} {r['given_name']} {r['patronymic']}"), r["voter_id"]),
        )
        voters = []
        for n, row in enumerate(rows, start=1):
            voter = self._voter(row)
            mark, at = "", ""
            if voter.ballot is not None:
                mark = "mobile" if voter.ballot.mode == "mobile" else "issued"
                at = voter.ballot.at_local[11:16]
            elif voter.has_absentee_certificate:
                mark = "absentee"
            elif voter.added_reason:
                mark = "added"
            voters.append({"n": n, "iin": voter.iin, "full_name": voter.full_name, "birth_date": voter.birth_date,
                           "address": voter.address, "book": voter.book, "mark": mark, "mark_at_local": at})
        return {"header": self._paper_header(), "voters": voters, **self._printed()}
