"""Account data requests to the GTG cloud (export my data, delete my account data): sending them,
following where they stand and saving a finished export, for the Sync screen and the privacy tab."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gtgcrm_desktop.sync import privacy as cloud_privacy
from gtgcrm_desktop.sync.service import SyncService
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.widgets.sync_requests import AccountDataPanel


@dataclass(frozen=True, slots=True)
class CloudAccountState:
    """Whether the workspace is signed in to the cloud, and its requests there, newest first."""

    signed_in: bool
    requests: list[dict[str, Any]] = field(default_factory=list)


def read_cloud_account(service: SyncService) -> CloudAccountState:
    """The sign-in and the cloud requests, as the Sync screen's snapshot reads them (worker)."""
    return CloudAccountState(service.signed_in, cloud_privacy.account_requests(service.workspace))


def download_export(service: SyncService, remote_id: str, target: Path) -> Path:
    """Download the archive of a completed export request to `target` (worker thread)."""
    engine = service.engine()
    try:
        data = engine.client.download_data_request(remote_id)
    finally:
        engine.client.close()
    target.write_bytes(data)
    return target


class CloudRequests(QObject):
    """Sends what an AccountDataPanel asks for and shows where each request stands.

    The Sync screen and the privacy tab each hold one over their own panel. Only the panel's
    buttons create requests (handled_by 'cloud'); a request made in one place shows in the
    other through `events.cloud_account_changed`, and `events.sync_requested` sends it at once.
    """

    # Carries the CloudAccountState just shown.
    state_changed = Signal(object)

    def __init__(self, context: AppContext, panel: AccountDataPanel, service: SyncService) -> None:
        super().__init__(panel)
        self.context = context
        self.panel = panel
        self.service = service
        self.state: CloudAccountState | None = None
        self._load_request = 0
        panel.request_wanted.connect(self.request)
        panel.download_wanted.connect(self.save_export)

    @property
    def signed_in(self) -> bool:
        return self.state is not None and self.state.signed_in

    def reload(self) -> None:
        """Read the sign-in and the requests in the background, then show them."""
        self._load_request += 1
        request, service = self._load_request, self.service

        def loaded(state: CloudAccountState) -> None:
            if request == self._load_request:
                self.show(state)

        self.context.tasks.run(
            lambda: read_cloud_account(service),
            on_result=loaded,
            on_error=lambda error: self.context.notify(self.context.error_message(error)),
        )

    def show(self, state: CloudAccountState) -> None:
        """Show `state` (read here or by the Sync screen's snapshot)."""
        self._load_request += 1  # an older read still running must not overwrite this one
        self.state = state
        self.panel.model.set_requests(state.requests)
        self.state_changed.emit(state)

    def request(self, kind: str) -> None:
        """Queue a request of `kind` ("access" or "erasure") for the cloud, unless one is open."""
        requests = self.state.requests if self.state else []
        if any(
            r.get("kind") == kind and r.get("status") not in cloud_privacy.FINAL_STATUSES
            for r in requests
        ):
            self.context.notify(self.tr("This request was already made; its answer shows here."))
            return
        workspace = self.context.workspace
        self.context.tasks.run(
            lambda: cloud_privacy.request_account_data(workspace, kind),
            on_result=lambda _: self._on_requested(),
            on_error=self._on_error,
        )

    def _on_requested(self) -> None:
        if self.signed_in:
            self.context.notify(self.tr("Request saved; it is being sent to the cloud."))
        else:
            self.context.notify(self.tr("Request saved; it is sent once you sign in."))
        self.context.events.cloud_account_changed.emit()
        if self.signed_in:
            self.context.events.sync_requested.emit()

    def save_export(self, request: dict[str, Any]) -> None:
        """Ask where to save a completed export, then download it in the background."""
        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        target, _ = QFileDialog.getSaveFileName(
            self.panel,
            self.tr("Save the export of my cloud data"),
            str(Path.home() / f"gtg-cloud-export-{stamp}.zip"),
            self.tr("ZIP archives (*.zip)"),
        )
        if not target:
            return
        service, remote_id = self.service, str(request.get("remote_id"))
        self.context.tasks.run(
            lambda: download_export(service, remote_id, Path(target)),
            on_result=lambda _: self.context.notify(self.tr("Export saved.")),
            on_error=self._on_error,
        )

    def _on_error(self, error: BaseException) -> None:
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self.panel, self.tr("Account data in the cloud"), message)
