"""The protocol: its pages as they will print, printing, saving the signed original, amending, verifying a PDF."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk, show_moment
from akimdesk.gui.dialogs.amend_dialog import AmendProtocolDialog
from akimdesk.gui.dialogs.verify_pdf_dialog import VerifyPdfDialog
from akimdesk.gui.pages.base import Page, show_message, title_label
from akimdesk.gui.pages.protocol_paper import ProtocolPaperBox
from akimdesk.gui.printing import PREVIEW_DPI, render_pages
from akimdesk.gui.qt import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget
from akimdesk.gui.widgets.pdf_preview import FIT_WIDTH, PdfPreviewWidget
from akimdesk.gui.work import Job, run_job
from akimdesk.station.count_records import ProtocolVersion
from akimdesk.station.protocol import work_protocol_pdf

ZOOMS = (FIT_WIDTH, 0.5, 0.75, 1.0, 1.5, 2.0)
DRAFT_STYLE = "color: #6b4b00; background: #fff4d6; border: 1px solid #e0b84a; padding: 6px;"
SIGNED_STYLE = "color: #0a4d20; background: #dff3e4; border: 1px solid #7cc08f; padding: 6px;"


class ProtocolPage(Page):
    """The draft while counting, the signed original once finalised; every version stays viewable."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self._versions: list[ProtocolVersion] = []
        self._shown: dict[str, Any] | None = None  # version, kind and key of the pages on screen
        self._stale = True
        self._render_again = False
        self._message: tuple[Callable[[], str], bool] | None = None  # worded when shown
        self.render_job: Job | None = None
        self.amend_dialog: AmendProtocolDialog | None = None
        self.verify_dialog: VerifyPdfDialog | None = None

        self.title_label = title_label()
        self.preview = PdfPreviewWidget()
        self.preview.setObjectName("protocolPreview")

        self.state_label = QLabel()
        self.state_label.setObjectName("protocolState")
        self.state_label.setWordWrap(True)
        self.version_caption = QLabel()
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("versionCombo")
        self.version_combo.activated.connect(self._on_version_combo_activated)
        self.version_caption.setBuddy(self.version_combo)
        self.zoom_caption = QLabel()
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("zoomCombo")
        for zoom in ZOOMS:
            self.zoom_combo.addItem("", zoom)
        self.zoom_combo.activated.connect(self._on_zoom_combo_activated)
        self.zoom_caption.setBuddy(self.zoom_combo)
        self.view_box = QGroupBox()
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.zoom_caption)
        zoom_row.addWidget(self.zoom_combo, 1)
        view = QVBoxLayout(self.view_box)
        view.addWidget(self.version_caption)
        view.addWidget(self.version_combo)
        view.addLayout(zoom_row)

        self.paper_box = ProtocolPaperBox(desk)
        self.paper_box.reported.connect(self._on_paper_box_reported)

        self.amend_button = QPushButton()
        self.amend_button.setObjectName("amendButton")
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.more_box = QGroupBox()
        more = QVBoxLayout(self.more_box)
        more.addWidget(self.amend_button)
        more.addWidget(self.verify_button)

        self.message_label = QLabel()
        self.message_label.setObjectName("protocolMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for widget in (self.state_label, self.view_box, self.paper_box, self.more_box, self.message_label):
            side.addWidget(widget)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(340)  # the version list names a version, its date and time whole
        body = QHBoxLayout()
        body.addWidget(self.preview, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(body, 1)
        self.retranslate()
        self._update_buttons()

    def nav_title(self) -> str:
        return self.tr("Protocol")

    def unavailable_reason(self) -> str:
        if self._desk.station.state() in ("counting", "finalised"):
            return ""
        return self.tr("The protocol is drawn up once the count has begun.")

    def shown_version(self) -> int | None:
        """The protocol version whose pages are on screen."""
        return self._shown["version"] if self._shown else None

    def shown_kind(self) -> str | None:
        """signed or draft: what the pages on screen are."""
        return self._shown["kind"] if self._shown else None

    def refresh(self) -> None:
        """Read the versions again; the pages are rendered again when they may have changed."""
        if self.unavailable_reason():
            return
        known = [v.version for v in self._versions]
        self._versions = self._desk.station.protocol_versions()
        chosen = self.version_combo.currentData()
        if chosen is None or len(self._versions) > len(known):
            chosen = self._versions[-1].version if self._versions else None  # a new version: show it
        self._fill_versions(chosen)
        if self._shown is None or self._key(chosen) is None or self._key(chosen) != self._shown["key"]:
            self._stale = True
        if self._stale and self.isVisible():
            self._render()
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and not self.unavailable_reason():
            self._render()

    def retranslate(self) -> None:
        self.title_label.setText(self.nav_title())
        self.version_caption.setText(self.tr("Version"))
        self.zoom_caption.setText(self.tr("Zoom"))
        self.version_combo.setAccessibleName(self.tr("Protocol version shown"))
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        for index, zoom in enumerate(ZOOMS):
            self.zoom_combo.setItemText(index, self.tr("Fit to width") if zoom == FIT_WIDTH else f"{zoom:.0%}")
        self.view_box.setTitle(self.tr("View"))
        self.more_box.setTitle(self.tr("Correct and check"))
        self.amend_button.setText(self.tr("Repeat protocol…"))
        self.amend_button.setToolTip(self.tr("The chair opens the next version when a signed count must be corrected."))
        self.verify_button.setText(self.tr("Verify a protocol PDF…"))
        self.preview.set_placeholder(self.tr("Preparing the pages…"))
        self._fill_versions(self.version_combo.currentData())
        self._show_state()
        self._show_message()

    # The preview

    def _key(self, version: int | None) -> tuple[int, str] | None:
        """What identifies a signed version's pages; None for a draft, which changes with the count."""
        for entry in self._versions:
            if entry.version == version and entry.protocol_hash and version is not None:
                return version, entry.protocol_hash
        return None

    def _render(self) -> None:
        if self.render_job is not None:
            self._render_again = True
            return
        self._stale = False
        version = self.version_combo.currentData()
        # What the pages need is read here; the background job builds and renders them with no database.
        try:
            plan = self._desk.station.plan_protocol_pdf(version=version)
        except AkimdeskError as error:
            self._on_render_job_failed(error)
            return

        def task(report):
            return version, plan.kind, render_pages(work_protocol_pdf(plan), PREVIEW_DPI, report)

        self.render_job = run_job(self._desk, self, self.tr("Preparing the protocol pages…"), task,
                                  self._on_render_job_done, self._on_render_job_failed)
        self.render_job.ended.connect(self._on_render_job_ended)

    def _on_render_job_done(self, result) -> None:
        version, kind, images = result
        self._shown = {"version": version, "kind": kind, "key": self._key(version)}
        self.preview.set_pages(images, PREVIEW_DPI)
        self._show_state()
        self._update_buttons()

    def _on_render_job_failed(self, error: AkimdeskError) -> None:
        self._shown = None
        self.preview.clear(self._desk.explain(error))
        self._show_state()
        self._update_buttons()

    def _on_render_job_ended(self) -> None:
        self.render_job = None
        if self._render_again:
            self._render_again = False
            self._render()

    def _on_version_combo_activated(self, _index: int) -> None:
        self._message = None
        self._show_message()
        self._render()

    def _on_zoom_combo_activated(self, index: int) -> None:
        self.preview.set_zoom(self.zoom_combo.itemData(index))

    def _fill_versions(self, chosen: int | None) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for entry in self._versions:
            if entry.protocol_hash:
                text = self.tr("Version {version}: signed {at}").format(
                    version=entry.version, at=show_moment(entry.finalised_at_local))
            else:
                text = self.tr("Version {version}: draft").format(version=entry.version)
            self.version_combo.addItem(text, entry.version)
        self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(chosen)))
        self.version_combo.blockSignals(False)
        self.version_combo.setEnabled(len(self._versions) > 1)

    def _show_state(self) -> None:
        if self._shown is None:
            self.state_label.hide()
            return
        version = self._shown["version"] or 1
        entry = next((v for v in self._versions if v.version == version), None)
        if self._shown["kind"] == "signed":
            parts = [self.tr("Signed original of version {version}, finalised {at}.").format(
                version=version, at=show_moment(entry.finalised_at_local if entry else None))]
        else:
            parts = [self.tr("Draft of version {version}: not signed, it follows the count as entered. The signed "
                             "original is shown here once the chair finalises the protocol.").format(version=version)]
        if entry is not None and entry.amend_reason:
            parts.append(self.tr("Repeat protocol; reason: {reason}").format(reason=entry.amend_reason))
        if version < len(self._versions):
            parts.append(self.tr("Replaced by version {next}.").format(next=version + 1))
        self.state_label.setText("\n".join(parts))
        self.state_label.setStyleSheet(SIGNED_STYLE if self._shown["kind"] == "signed" else DRAFT_STYLE)
        self.state_label.show()

    def _on_paper_box_reported(self, word: Callable[[], str], is_success: bool) -> None:
        self._set_message(word, is_success)

    # Amending and verifying

    def _on_amend_button_clicked(self) -> None:
        self.amend_dialog = AmendProtocolDialog(self._desk.station.current_version() or 1, self)
        self.amend_dialog.setObjectName("amendDialog")
        self.amend_dialog.reason_given.connect(self._on_amend_dialog_reason_given)
        self.amend_dialog.finished.connect(self._on_amend_dialog_finished)
        self.amend_dialog.open()

    def _on_amend_dialog_reason_given(self, reason: str) -> None:
        try:
            result = self._desk.station.amend_protocol(actor=self._desk.actor, reason=reason)
        except AkimdeskError as error:
            if self.amend_dialog is not None:
                self.amend_dialog.show_refusal(self._desk.explain(error))
            return
        if self.amend_dialog is not None:
            self.amend_dialog.accept()
        self._set_message(lambda: self._desk.say("done-protocol-amend", {"version": result.version,
                                                                         "replaces": result.replaces}), True)
        self.records_changed.emit()

    def _on_amend_dialog_finished(self, _result: int) -> None:
        if self.amend_dialog is not None:
            self.amend_dialog.deleteLater()
        self.amend_dialog = None

    def _on_verify_button_clicked(self) -> None:
        self.verify_dialog = VerifyPdfDialog(self._desk, self)
        self.verify_dialog.setObjectName("verifyDialog")
        self.verify_dialog.finished.connect(self._on_verify_dialog_finished)
        self.verify_dialog.open()

    def _on_verify_dialog_finished(self, _result: int) -> None:
        if self.verify_dialog is not None:
            self.verify_dialog.deleteLater()
        self.verify_dialog = None

    # Messages and buttons

    def _set_message(self, word: Callable[[], str], is_success: bool) -> None:
        self._message = (word, is_success)
        self._show_message()

    def _show_message(self) -> None:
        if self._message is None:
            self.message_label.clear()
            self.message_label.hide()
            return
        word, is_success = self._message
        show_message(self.message_label, word(), is_success)
        self.message_label.show()

    def _update_buttons(self) -> None:
        if self._shown is None:
            self.paper_box.set_shown(None, None)
        else:
            self.paper_box.set_shown(self._shown["version"], self._shown["kind"])
        self.amend_button.setEnabled(self._desk.station.state() == "finalised")
