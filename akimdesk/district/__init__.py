"""The district desk: keys, packages for the precincts, bundles from them, and the race."""

from pathlib import Path

from akimdesk.core.district_paper import SummaryPaper
from akimdesk.district.intake import BundleIntake
from akimdesk.district.packages import PackageIssuer
from akimdesk.district.records import SummarySaved


class DistrictDesk(BundleIntake, PackageIssuer):
    """One district desk over its own database: each use case is one method."""

    def plan_report(self) -> SummaryPaper:
        """The summary paper's data, read from the database (the PDF is built from it with no database)."""
        from akimdesk.district.report import summary_paper

        return summary_paper(self)

    def report_pdf(self) -> bytes:
        """The bilingual summary PDF of the race, every precinct listed."""
        from akimdesk.district.report import summary_pdf

        return summary_pdf(self.plan_report())

    def save_report(self, path: Path) -> SummarySaved:
        """Build the summary PDF and write it to `path`."""
        from akimdesk.district.report import save_summary

        return save_summary(self.plan_report(), path)


__all__ = ["DistrictDesk"]
