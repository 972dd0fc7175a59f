"""The district's summary paper: the race totals and every precinct with its status and flags."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akimdesk.core.aggregate import Flag, RaceSummary
from akimdesk.core.bilingual import Bilingual
from akimdesk.core.district_paper import PaperCandidate, PaperFlag, PaperLine, PaperPrecinct, PaperStatus, PaperTurnout, SummaryPaper
from akimdesk.core.district_records import AcceptedBundle, Race
from akimdesk.core.standing import PrecinctStanding, StandingKind
from akimdesk.core.timeline import to_local
from akimdesk.district.records import SummarySaved
from akimdesk.messages import render

if TYPE_CHECKING:
    from akimdesk.district.service import District

# The paper's words for a precinct's standing; an amended protocol is accepted, its flag says it was amended.
PAPER_STATUS = {StandingKind.RECEIVED: PaperStatus.ACCEPTED, StandingKind.AMENDED: PaperStatus.ACCEPTED,
                StandingKind.CONFLICTING: PaperStatus.CONFLICT, StandingKind.MISSING: PaperStatus.MISSING}


def worded_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """A flag's parameters as a message words them: lists joined with commas."""
    return {k: ", ".join(map(str, v)) if isinstance(v, (tuple, list)) else v for k, v in dict(params).items()}


def flag_text(flag: Flag) -> Bilingual:
    """A flag worded in Kazakh and Russian."""
    params = worded_params(flag.params)
    return Bilingual(render(flag.code, params, "kk"), render(flag.code, params, "ru"))


def summary_paper(desk: District) -> SummaryPaper:
    """The data of the summary PDF, from the race summary, each precinct's standing and the accepted bundles."""
    summary = desk.summary()
    race = desk.race(summary.election_id)
    return build_summary_paper(race, summary, desk.precinct_standings(summary),
                               desk.newest_accepted(summary.election_id), desk.keys().name, desk.audit_head() or "",
                               to_local(desk.clock(), race.time_zone).strftime("%Y-%m-%d %H:%M"))


def build_summary_paper(race: Race, summary: RaceSummary, standings: tuple[PrecinctStanding, ...],
                        newest: Mapping[str, AcceptedBundle], district_name: str, audit_head: str,
                        printed_at_local: str) -> SummaryPaper:
    """The summary paper's data from what the district service read."""
    precincts = []
    for standing in standings:
        bundle = newest.get(standing.precinct)
        precincts.append(PaperPrecinct(
            number=standing.precinct,
            name=bundle.precinct_name if bundle else {"kk": "", "ru": ""},
            status=PAPER_STATUS[standing.status],
            version=bundle.protocol_version if bundle else None,
            sequence=bundle.sequence if bundle else None,
            protocol_hash=bundle.protocol_hash if bundle else None,
            flags=tuple(PaperFlag(flag.code, flag_text(flag)) for flag in standing.flags),
        ))
    return SummaryPaper(
        district_name=district_name,
        election_title=race.election_title,
        election_date=race.election_date,
        race_title=race.title,
        election_id=summary.election_id,
        is_demo=race.is_demo,
        lines=tuple(PaperLine(line.key, line.number, line.label, line.total) for line in summary.lines),
        candidates=tuple(PaperCandidate(c.id, c.label, c.votes, c.is_withdrawn, c.id == summary.leader)
                         for c in summary.candidates),
        turnout=PaperTurnout(summary.turnout.listed, summary.turnout.issued, summary.turnout.percent),
        precincts=tuple(precincts),
        flags=tuple(PaperFlag(flag.code, flag_text(flag)) for flag in summary.flags if not flag.precinct),
        audit_head=audit_head,
        printed_at_local=printed_at_local,
    )


def summary_pdf(paper: SummaryPaper) -> bytes:
    """The bilingual summary PDF of a paper's data (no database)."""
    from akimdesk.reports.district_pdf import build_district_summary_pdf

    return build_district_summary_pdf(paper)


def save_summary(paper: SummaryPaper, path: Path) -> SummarySaved:
    """Build the summary PDF and write it to `path` (no database: any thread)."""
    from akimdesk.district.service import write_file

    pdf = summary_pdf(paper)
    write_file(Path(path), pdf)
    return SummarySaved(str(path), len(pdf))
