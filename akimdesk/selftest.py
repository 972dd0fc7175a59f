"""`akimdesk --selftest`: proves that this laptop (or a built folder) can run the desk, end to end.

A throw-away database gets the demo election; a voter is checked in; the station window is rendered off
screen; the count is entered, the protocol finalised, signed and verified (its Kazakh text read back and its
QR code decoded); a bundle is written to a folder standing in for the USB stick and verified. Each step is
reported PASS, FAIL or SKIP with its time, on stdout and in a report file (a windowed program has no console).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from akimdesk import __version__
from akimdesk.core.errors import AkimdeskError
from akimdesk.paths import APP_NAME

if TYPE_CHECKING:
    from akimdesk.station import Station

SELFTEST_VOTERS = 100
# The commission key (and members' PINs) at the drill cost, as in training: the handover key of the demo
# package is still sealed and opened at the production cost, which is what proves the laptop can do it.
SELFTEST_KEY_COST = 2**12
REPORT_NAME = "selftest-report.txt"
WINDOW_PICTURE_NAME = "selftest-window.png"


@dataclass(frozen=True)
class Step:
    """One check: its name, what it does (returns a one-line detail) and the steps it builds on."""

    name: str
    run: Callable[[], str]
    needs: tuple[str, ...] = ()


@dataclass
class StepResult:
    """How one step went: PASS, FAIL or SKIP, its time and a one-line detail."""

    name: str
    status: str
    milliseconds: int = 0
    detail: str = ""
    trace: str = field(default="", repr=False)

    def line(self) -> str:
        took = f"{self.milliseconds:>6} ms" if self.status != "SKIP" else " " * 9
        return f"{self.status:<4}  {self.name:<14} {took}  {self.detail}"


def run_steps(steps: Sequence[Step], say: Callable[[str], None] = lambda line: None) -> list[StepResult]:
    """Run the steps in order; a step is skipped when one it builds on did not pass."""
    results: dict[str, StepResult] = {}
    for step in steps:
        missing = [need for need in step.needs if results.get(need) is None or results[need].status != "PASS"]
        if missing:
            result = StepResult(step.name, "SKIP", detail="needs: " + ", ".join(missing))
        else:
            started = time.perf_counter()
            try:
                result = StepResult(step.name, "PASS", detail=step.run())
            except Exception as error:  # noqa: BLE001 - every failure is reported, and the next steps go on
                result = StepResult(step.name, "FAIL", detail=describe(error), trace=traceback.format_exc())
            result.milliseconds = round((time.perf_counter() - started) * 1000)
        results[step.name] = result
        say(result.line())
    return list(results.values())


def describe(error: BaseException) -> str:
    """One line about a failure: a refusal as the catalogue words it, anything else by its type."""
    if isinstance(error, AkimdeskError):
        try:
            from akimdesk.messages import render

            return f"{render(error.code, error.params, 'en')} [{error.code}]"
        except Exception:  # noqa: BLE001 - the catalogue itself may be what is broken
            return f"{error.code} {error.params}"
    if isinstance(error, AssertionError):  # a check of the self-test's own, worded for the reader
        return str(error)
    return f"{type(error).__name__}: {error}".strip()


class SelfTestClock:
    """Election day in the demo's time zone, moved by the self-test from morning to evening."""

    def __init__(self, day: dt.date, time_zone: str) -> None:
        self.day = day
        self.time_zone = time_zone
        self.set("06:30")

    def set(self, hhmm: str) -> None:
        from akimdesk.core.timeline import local_moment

        self.now = local_moment(self.day, dt.time.fromisoformat(hhmm), self.time_zone)

    def __call__(self) -> dt.datetime:
        return self.now.astimezone(dt.UTC)


class DeskCheck:
    """The steps of the self-test over one throw-away station in `folder`."""

    def __init__(self, folder: Path, picture: Path | None = None, voters: int = SELFTEST_VOTERS) -> None:
        # Nothing is imported here: a module missing from a build must fail a step, not the whole run.
        self.folder = folder
        self.picture = picture
        self.voters = voters
        # Set by the demo election step: the steps that build on it only run once it has passed.
        self.clock: SelfTestClock | None = None
        self.station: Station | None = None

    def steps(self) -> list[Step]:
        return [
            Step("demo election", self.demo_election),
            Step("check-in", self.check_in, ("demo election",)),
            Step("font", self.font),
            # The window is drawn on the open station: the check-in page, with no background work.
            Step("window", self.window, ("check-in", "font")),
            Step("protocol", self.protocol, ("check-in", "font")),
            Step("bundle", self.bundle, ("protocol",)),
        ]

    def demo_election(self) -> str:
        from akimdesk.app import system_clock
        from akimdesk.core.timeline import to_local
        from akimdesk.demo import DEMO_TIME_ZONE, run_demo
        from akimdesk.station import Station
        from akimdesk.storage.store import open_store

        clock = SelfTestClock(to_local(system_clock(), DEMO_TIME_ZONE).date(), DEMO_TIME_ZONE)
        self.clock = clock
        store = open_store(self.folder / "selftest.db", writable=True)
        # Kept before the demo loads, so that close() closes the store even when loading fails.
        station = Station(store, clock, key_cost=SELFTEST_KEY_COST)
        self.station = station
        loaded = run_demo(station, self.voters, clock())
        status = station.status()
        return (f"signed package verified and loaded, {loaded.voters} voters imported, "
                f"precinct {status.precinct}, {clock.day.isoformat()}")

    def _desk(self) -> tuple[Station, SelfTestClock]:
        """The station and its clock, which the demo election step has made."""
        if self.station is None or self.clock is None:
            raise AssertionError("the demo election is not loaded")
        return self.station, self.clock

    def check_in(self) -> str:
        from akimdesk.demo import DEMO_CHAIR, DEMO_ISSUER

        station, clock = self._desk()
        clock.set("07:05")
        station.open_station(actor=DEMO_CHAIR, ballots_received=station.figures().ballots_received)
        first = station.voter_list_paper().voters[0]
        clock.set("09:00")
        station.check_in(first.iin, actor=DEMO_ISSUER)
        try:
            station.check_in(first.iin, actor=DEMO_ISSUER)
        except AkimdeskError:
            pass
        else:
            raise AssertionError("a second ballot to the same voter was not refused")
        surname = first.full_name.split()[0]
        if not any(v.iin == first.iin for v in station.find_voters(surname, limit=200)):
            raise AssertionError("the voter is not found by surname")
        issued = station.turnout().issued
        if issued != 1:
            raise AssertionError(f"turnout shows {issued} ballots issued, expected 1")
        return "station opened, ballot issued by IIN, a second one refused, found by surname, turnout 1"

    def font(self) -> str:
        from akimdesk.reports.fonts import BOLD, KAZAKH_LETTERS, REGULAR, font_bytes, missing_glyphs

        sizes = [len(font_bytes(style)) for style in ("regular", "bold")]
        for name in (REGULAR, BOLD):
            missing = missing_glyphs(KAZAKH_LETTERS, name)
            if missing:
                raise AssertionError(f"{name} has no glyph for {missing!r}")
        return f"Noto Sans regular and bold ({sum(sizes) // 1024} KB) with every Kazakh letter"

    def protocol(self) -> str:
        from akimdesk.demo import DEMO_CHAIR, DEMO_PASSPHRASE

        station, clock = self._desk()
        clock.set("20:00")
        station.close_station(actor=DEMO_CHAIR)
        clock.set("20:30")
        for key, value in self._count().items():
            station.set_tally(key, value, entry=1, actor="M4")
            station.set_tally(key, value, entry=2, actor="M5")
        station.record_present([m.member_id for m in station.election().members], actor="M3")
        clock.set("21:00")
        finalised = station.finalise_protocol(actor=DEMO_CHAIR, passphrase=DEMO_PASSPHRASE)
        pdf, kind = station.protocol_pdf()
        verified = station.verify_protocol(pdf)
        if verified.qr_text != finalised.qr_text:
            raise AssertionError("the QR code decoded from the PDF differs from the signed one")
        station.verify_qr(verified.qr_text)
        text = pdf_text(pdf)
        election = station.election()
        kazakh = [election.candidates[0].name_kk, "учаскесі"]
        absent = [words for words in kazakh if words not in text]
        if absent:
            raise AssertionError(f"Kazakh text not found in the protocol PDF: {absent}")
        return (f"{kind} PDF of {len(pdf) // 1024} KB: signature, whole file, data and QR code verified, "
                f"Kazakh text read back")

    def _count(self) -> dict[str, int]:
        station, _ = self._desk()
        figures = station.figures()
        issued = figures.ballots_issued_station + figures.ballots_issued_mobile
        known = {"ballots_cancelled": figures.ballots_received - issued, "ballots_found_station": issued,
                 "ballots_valid": issued}
        first = station.election().candidates[0].candidate_id
        values = {}
        for line in station.protocol_lines():
            if line.derived_from:
                continue
            values[line.key] = issued if line.candidate_id == first else known.get(line.key, 0)
        return values

    def bundle(self) -> str:
        from akimdesk.bundle.format import read_bundle
        from akimdesk.bundle.usb import FolderDrive
        from akimdesk.demo import DEMO_CHAIR, DEMO_PASSPHRASE
        from akimdesk.signing.keys import certificate_from_pem

        station, clock = self._desk()
        clock.set("21:15")
        stick = FolderDrive(self.folder / "usb-stick", label="SELFTEST")
        written = station.export_bundle(stick, actor=DEMO_CHAIR, passphrase=DEMO_PASSPHRASE)
        data = Path(written.file).read_bytes()
        district = certificate_from_pem(station.election().content["district_certificate"])
        bundle = read_bundle(data, district)
        if bundle.manifest["protocol_versions"] != [1]:
            raise AssertionError(f"the bundle carries protocol versions {bundle.manifest['protocol_versions']}")
        return f"written to a folder drive, read back and verified ({len(data) // 1024} KB, {len(bundle.parts)} parts)"

    def window(self) -> str:
        display_expected = choose_qt_platform()
        from akimdesk.gui.window_check import render_station_window

        station, clock = self._desk()
        return render_station_window(station, clock, self.folder / "akimdesk.ini", self.picture,
                                     display_expected=display_expected)

    def close(self) -> None:
        if self.station is not None:
            self.station.store.close()
            self.station = None


def pdf_text(pdf: bytes) -> str:
    """The text of every page, as PDFium extracts it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def choose_qt_platform() -> bool:
    """On Linux, let Qt try the desktop's platform and fall back to drawing off screen (so a broken display
    fails the step instead of aborting the run), or draw off screen when there is no display at all.
    True when a display is there and the window should have opened on it."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "wayland;xcb;offscreen" if os.environ.get("WAYLAND_DISPLAY") else "xcb;offscreen"
        return True
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return False


def report_folder() -> Path:
    """Where the report goes: the user's akimdesk data folder, else the temporary folder."""
    import platformdirs

    folder = platformdirs.user_data_path(APP_NAME, appauthor=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir())
    return folder


def program() -> str:
    """What runs the self-test: the built program, or Python on the source."""
    if getattr(sys, "frozen", False):
        return f"built program {sys.executable}"
    return f"Python {platform.python_version()} on the source ({Path(__file__).resolve().parent})"


def run_selftest(folder: Path | None = None, out: TextIO | None = None) -> int:
    """Run every step, print and write the report; 0 when all pass, 1 naming the first failed step."""
    folder = folder or report_folder()
    out = out if out is not None else sys.stdout
    report_path = folder / REPORT_NAME
    picture = folder / WINDOW_PICTURE_NAME
    try:
        picture.unlink(missing_ok=True)  # a picture from an earlier run must not pass for this one's
    except OSError:
        pass
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        _write(out, line)

    started = time.perf_counter()
    say(f"akimdesk {__version__} self-test, {dt.datetime.now().astimezone().isoformat(timespec='seconds')}")
    say(f"OS: {platform.platform()} ({platform.machine()})")
    say(f"Program: {program()}")
    work = Path(tempfile.mkdtemp(prefix="akimdesk-selftest-"))
    check = DeskCheck(work, picture=picture)
    try:
        results = run_steps(check.steps(), say)
    finally:
        check.close()
        shutil.rmtree(work, ignore_errors=True)
    failed = [r.name for r in results if r.status == "FAIL"]
    total = time.perf_counter() - started
    if failed:
        say(f"FAILED at step '{failed[0]}' (failed: {', '.join(failed)}; {total:.1f} s)")
    else:
        say(f"PASSED: all {len(results)} steps in {total:.1f} s; this laptop can run the desk")
        if picture.exists():
            say(f"Window picture: {picture}")
    traces = [f"\n--- {r.name} ---\n{r.trace}" for r in results if r.trace]
    try:
        report_path.write_text("\n".join(lines + traces) + "\n", encoding="utf-8")
        say(f"Report: {report_path}")
    except OSError as error:
        say(f"Report not written to {report_path}: {error.strerror or error}")
    _show_when_windowed(lines, failed)
    return 1 if failed else 0


def _write(out: TextIO | None, line: str) -> None:
    if out is None:  # a windowed program on Windows has no standard output at all
        return
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(line.encode(encoding, errors="replace").decode(encoding) + "\n")
    out.flush()


def _show_when_windowed(lines: list[str], failed: list[str]) -> None:
    """A program started from a Windows shortcut has no console: the outcome is shown in a message box."""
    if sys.stdout is not None or os.name != "nt":
        return
    try:
        from akimdesk.gui.qt import QApplication, QMessageBox

        app = QApplication.instance() or QApplication([APP_NAME])
        app.setApplicationName(APP_NAME)
        show = QMessageBox.critical if failed else QMessageBox.information
        show(None, "akimdesk --selftest", "\n".join(lines))
    except Exception:  # noqa: BLE001 - the report file is written already
        pass
