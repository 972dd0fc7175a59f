"""The district desk: keys, packages for the precincts, bundles from them, and the race."""

from akimdesk.district.intake import BundleIntake
from akimdesk.district.packages import PackageIssuer


class DistrictDesk(BundleIntake, PackageIssuer):
    """One district desk over its own database: each use case is one method."""

    def report_pdf(self) -> bytes:
        """The bilingual summary PDF of the race, every precinct listed."""
        from akimdesk.district.report import summary_paper
        from akimdesk.reports import build_district_summary_pdf

        return build_district_summary_pdf(summary_paper(self))


__all__ = ["DistrictDesk"]
