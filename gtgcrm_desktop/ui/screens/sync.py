"""The Sync tab: sign in to the cloud, sync in the background (on demand and periodically),
resolve conflicts, see refused changes and changes not applied yet, and ask the cloud for the
account's data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.errors import GtgError, NotFoundError
from gtgcrm_desktop.interchange import same_person
from gtgcrm_desktop.store.sync_state import Conflict, HeldChange, ParkedChange
from gtgcrm_desktop.sync import privacy as cloud_privacy
from gtgcrm_desktop.sync.client import check_server_url
from gtgcrm_desktop.sync.engine import SyncReport
from gtgcrm_desktop.sync.errors import (
    RequestRejectedError,
    ServerBusyError,
    ServerFailedError,
    ServerTimeoutError,
    ServerUnreachableError,
    SignInRequiredError,
    TlsError,
)
from gtgcrm_desktop.sync.service import SyncService
from gtgcrm_desktop.ui.cloud_requests import CloudAccountState, CloudRequests
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import clock_text, local_time_text
from gtgcrm_desktop.ui.models.conflicts import (
    ConflictListModel,
    ConflictRow,
    DataRequestModel,
    HeldChangeModel,
    HeldRow,
    ParkedChangeModel,
    ParkedRow,
)
from gtgcrm_desktop.ui.tasks import TaskCancelled, TaskHandle
from gtgcrm_desktop.ui.widgets.sync_account import AccountPanel
from gtgcrm_desktop.ui.widgets.sync_carddav import CardDavPanel
from gtgcrm_desktop.ui.widgets.sync_conflicts import ConflictsPanel, HeldPanel, ParkedPanel
from gtgcrm_desktop.ui.widgets.sync_requests import AccountDataPanel

#: The first automatic sync after start-up waits this long (the window comes first).
STARTUP_SYNC_DELAY_MS = 5_000
#: Progress from the pull phase is sent with this total (the feed's size is not known).
PULL_PHASE = -1


@dataclass
class SyncSnapshot:
    """What the tab shows, read in the background in one go."""

    status: dict[str, Any]
    conflicts: list[ConflictRow] = field(default_factory=list)
    parked: list[ParkedRow] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    held: list[HeldRow] = field(default_factory=list)


def _name_from_values(values: Any) -> str:
    if not isinstance(values, dict):
        return ""
    for key in ("display_name", "name"):
        if values.get(key):
            return str(values[key])
    parts = [str(values.get(k) or "") for k in ("given_name", "family_name")]
    return " ".join(p for p in parts if p)


def record_name(workspace: Any, entity: str, entity_id: str, *hints: Any) -> str:
    """The name a person knows a record by (contact name, template name), "" if unknown."""
    try:
        if entity == "contact":
            return str(workspace.contacts.get(entity_id).effective_display_name())
        if entity == "template":
            return str(workspace.templates.get(entity_id).name)
    except NotFoundError:
        pass
    return next((name for hint in hints if (name := _name_from_values(hint))), "")


def read_snapshot(service: SyncService) -> SyncSnapshot:
    """Status, open conflicts, refused changes, changes not applied yet and account data
    requests (worker thread)."""
    workspace = service.workspace
    conflicts: list[Conflict] = service.conflicts()
    parked: list[ParkedChange] = service.parked()
    held: list[HeldChange] = service.held()
    return SyncSnapshot(
        status=service.status(),
        conflicts=[
            ConflictRow(
                c,
                record_name(workspace, c.entity, c.entity_id, c.local_value, c.remote_value),
            )
            for c in conflicts
        ],
        parked=[ParkedRow(p, record_name(workspace, p.entity, p.entity_id)) for p in parked],
        requests=cloud_privacy.account_requests(workspace),
        held=[HeldRow(h, record_name(workspace, h.entity, h.entity_id, h.fields)) for h in held],
    )


class SyncScreen(QWidget):
    """The cloud account, the sync state, conflicts, refused changes and account data requests.

    The screen owns the periodic sync timer, so it runs whenever the screen exists and the
    workspace is signed in. `service` lets tests use a faster retry policy.
    """

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        service: SyncService | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        if service is None:
            service = SyncService(context.workspace)
            service.same_person = same_person  # a first sync pairs instead of doubling people
        self.service = service
        self._sync_handle: TaskHandle | None = None
        self._busy_resolving = False
        self._load_request = 0
        self._signed_in = False
        self._offline = False
        self._started = False
        self._sync_again = False
        self.last_snapshot: SyncSnapshot | None = None

        self.account = AccountPanel()
        account_box = QGroupBox(self.tr("Cloud account"))
        box_layout = QVBoxLayout(account_box)
        box_layout.addWidget(self.account)

        self.conflict_model = ConflictListModel(self)
        self.parked_model = ParkedChangeModel(self)
        self.held_model = HeldChangeModel(self)
        self.request_model = DataRequestModel(self)
        self.conflicts = ConflictsPanel(self.conflict_model)
        self.parked = ParkedPanel(self.parked_model)
        self.held = HeldPanel(self.held_model)
        self.account_data = AccountDataPanel(self.request_model)
        self.cloud_requests = CloudRequests(context, self.account_data, self.service)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.parked, self.tr("Refused changes"))
        self.tabs.addTab(self.held, self.tr("Not applied yet"))
        self.tabs.addTab(self.account_data, self.tr("Account data in the cloud"))
        self.address_book = CardDavPanel(context)
        self.tabs.addTab(self.address_book, self.tr("Address book (CardDAV)"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(account_box)
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setObjectName("periodicSync")
        self.timer.timeout.connect(self._periodic_sync)
        self._startup_timer = QTimer(self)
        self._startup_timer.setSingleShot(True)
        self._startup_timer.timeout.connect(self._periodic_sync)

        self.account.form.submitted.connect(self.sign_in)
        self.account.sync_button.clicked.connect(self.sync_now)
        self.account.sign_out_button.clicked.connect(self.sign_out)
        self.conflicts.resolve_requested.connect(self.resolve)
        context.events.online_changed.connect(self._on_online_changed)
        context.events.cloud_account_changed.connect(self.reload)
        context.events.sync_requested.connect(self._on_sync_requested)
        self.reload()

    # -- screen hooks ---------------------------------------------------------------------

    def screen_shown(self) -> None:
        self.reload()

    @property
    def syncing(self) -> bool:
        return self._sync_handle is not None

    # -- reading the state ----------------------------------------------------------------

    def reload(self) -> None:
        """Read the account, conflicts, refused changes and requests in the background."""
        self._load_request += 1
        request, service = self._load_request, self.service

        def loaded(snapshot: SyncSnapshot) -> None:
            if request == self._load_request:
                self._show(snapshot)

        self.context.tasks.run(
            lambda: read_snapshot(service), on_result=loaded, on_error=self._on_load_failed
        )

    def _show(self, snapshot: SyncSnapshot) -> None:
        self.last_snapshot = snapshot
        status = snapshot.status
        self.conflict_model.set_rows(snapshot.conflicts)
        self.parked_model.set_rows(snapshot.parked)
        self.held_model.set_rows(snapshot.held)
        self.cloud_requests.show(
            CloudAccountState(bool(status.get("signed_in")), snapshot.requests)
        )
        self.tabs.setTabText(
            0, self.tr("Conflicts (%1)").replace("%1", str(len(snapshot.conflicts)))
        )
        self.tabs.setTabText(
            1, self.tr("Refused changes (%1)").replace("%1", str(len(snapshot.parked)))
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.held),
            self.tr("Not applied yet (%1)").replace("%1", str(len(snapshot.held))),
        )
        server, email = str(status.get("server") or ""), str(status.get("account") or "")
        self._signed_in = bool(status.get("signed_in"))
        if self._signed_in:
            self.account.show_signed_in(email, server)
        elif not self.account.showing_form:
            self.account.show_form(email, server)
        elif server or email:
            self.account.show_form(email, server, self.account.form.error_label.text())
        self.account.details_label.setText(self._details(status))
        if not self.syncing and not self.account.state_label.text():
            self.account.set_state(self._last_sync_text(status.get("last_success")))
        self._start_timers()

    def _details(self, status: dict[str, Any]) -> str:
        pending = int(status.get("pending") or 0)
        if pending:
            return self.tr("%n change(s) of this computer wait to be sent.", "", pending)
        return self.tr("Every change of this computer has been sent.")

    def _last_sync_text(self, stamp: str | None) -> str:
        if not stamp:
            return self.tr("Not synced yet.")
        return self._synced_text(stamp)

    def _synced_text(self, stamp: str | None = None) -> str:
        if stamp is None:
            return self.tr("Synced at %1").replace("%1", clock_text(datetime.now()))
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
        if moment.date() == datetime.now().date():
            return self.tr("Synced at %1").replace("%1", clock_text(moment))
        return self.tr("Last synced %1").replace("%1", local_time_text(stamp))

    def _on_load_failed(self, error: BaseException) -> None:
        self.context.notify(self.context.error_message(error))

    # -- timers ---------------------------------------------------------------------------

    def _start_timers(self) -> None:
        if not self._signed_in:
            self.timer.stop()
            self._startup_timer.stop()
            return
        minutes = max(
            1, int(self.context.workspace.settings.get(app_settings.SYNC_INTERVAL_MINUTES))
        )
        if self.timer.interval() != minutes * 60_000 or not self.timer.isActive():
            self.timer.start(minutes * 60_000)
        if not self._started:
            self._started = True
            status = self.last_snapshot.status if self.last_snapshot else {}
            self.context.set_sync_state(self._last_sync_text(status.get("last_success")))
            self._startup_timer.start(STARTUP_SYNC_DELAY_MS)

    def _periodic_sync(self) -> None:
        if self._signed_in and not self.syncing:
            self.sync_now()

    def _on_online_changed(self, online: bool) -> None:
        if online and self._offline and self._signed_in and not self.syncing:
            self.sync_now()

    # -- signing in and out ---------------------------------------------------------------

    def sign_in(self, server: str, email: str, password: str) -> None:
        form = self.account.form
        try:
            check_server_url(server)
        except GtgError as error:
            form.show_error(self._sign_in_error(error))
            form.server.setFocus()
            return
        form.show_error("")
        form.set_busy(True)
        service = self.service
        self.context.tasks.run(
            lambda: service.login(server, email, password),
            on_result=lambda _: self._on_signed_in(),
            on_error=self._on_sign_in_failed,
        )

    def _sign_in_error(self, error: BaseException) -> str:
        if isinstance(error, ServerUnreachableError):
            return self.tr("The server cannot be reached. Check the address and your connection.")
        return self.context.error_message(error)

    def _on_signed_in(self) -> None:
        self.account.form.set_busy(False)
        self.account.form.password.clear()
        self._offline = False
        self.context.set_online(True)
        self.context.notify(self.tr("Signed in. The first sync starts now."))
        self._signed_in = True
        self.account.set_state("")
        self.context.events.cloud_account_changed.emit()
        self.sync_now()

    def _on_sign_in_failed(self, error: BaseException) -> None:
        form = self.account.form
        form.set_busy(False)
        form.show_error(self._sign_in_error(error))
        form.password.selectAll()
        form.password.setFocus()

    def sign_out(self) -> None:
        if self.syncing:
            return
        service = self.service
        self.account.sign_out_button.setEnabled(False)
        self.context.tasks.run(
            service.logout, on_result=lambda _: self._on_signed_out(), on_error=self._on_error
        )

    def _on_signed_out(self) -> None:
        self.account.sign_out_button.setEnabled(True)
        self._signed_in = False
        self._started = False
        self.timer.stop()
        self._startup_timer.stop()
        self.account.set_state("")
        self.account.show_form()
        self.context.set_sync_state(self.tr("Signed out of sync"))
        self.context.notify(self.tr("Signed out. The data on this computer stays."))
        self.context.events.cloud_account_changed.emit()

    # -- syncing --------------------------------------------------------------------------

    def sync_now(self) -> None:
        """One sync in the background; the window stays usable and shows the progress."""
        if self.syncing:
            return
        if not self._signed_in:
            self.context.notify(self.tr("Sign in first to sync."))
            return
        service = self.service

        def work(progress: Any) -> SyncReport:
            def report(phase: str, done: int, total: int) -> None:
                if not progress(done, PULL_PHASE if phase == "pull" else total):
                    raise TaskCancelled()

            return service.sync(report)

        self.account.set_syncing(True)
        text = self.tr("Syncing…")
        self.account.set_state(text)
        self.context.set_sync_state(text)
        self._sync_handle = self.context.tasks.run(
            work,
            on_result=self._on_synced,
            on_error=self._on_sync_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_sync_cancelled,
            cancellable=True,
        )

    def _on_progress(self, done: int, total: int) -> None:
        if total == PULL_PHASE:
            text = self.tr("Syncing… %n change(s) received", "", done)
        elif total > 0:
            text = (
                self.tr("Syncing… sending %1 of %2")
                .replace("%1", str(min(done, total)))
                .replace("%2", str(total))
            )
        else:
            text = self.tr("Syncing…")
        self.account.set_progress(done, total)
        self.account.set_state(text)
        self.context.set_sync_state(text)

    def _sync_ended(self) -> None:
        self._sync_handle = None
        self.account.set_syncing(False)

    def _on_synced(self, report: SyncReport) -> None:
        self._sync_ended()
        self._offline = False
        text = self._synced_text()
        self.account.set_state(text)
        self.context.set_sync_state(text)
        self.context.set_online(True)
        if report.pulled or report.conflicts:
            self.context.events.contacts_changed.emit()
            self.context.events.templates_changed.emit()
        if report.conflicts:
            self.context.notify(
                self.tr(
                    "%n new conflict(s) wait for your choice in the Sync tab.", "", report.conflicts
                )
            )
            self.tabs.setCurrentWidget(self.conflicts)
        self.context.events.cloud_account_changed.emit()
        self._maybe_sync_again()

    def _on_sync_cancelled(self) -> None:
        self._sync_ended()
        text = self.tr("Sync stopped; it continues next time.")
        self.account.set_state(text)
        self.context.set_sync_state(text)
        self._sync_again = False
        self.context.events.cloud_account_changed.emit()

    def _on_sync_failed(self, error: BaseException) -> None:
        self._sync_ended()
        short, online = self.plain_error(error)
        if online is not None:
            self._offline = not online
            self.context.set_online(online)
        self.context.set_sync_state(short)
        detail = short
        if isinstance(error, GtgError) and not isinstance(error, SignInRequiredError):
            detail = self.context.error_message(error)
        self.account.set_state(detail, error=True)
        if isinstance(error, SignInRequiredError):
            self._signed_in = False
            self.timer.stop()
            status = self.last_snapshot.status if self.last_snapshot else {}
            self.account.show_form(
                str(status.get("account") or ""),
                str(status.get("server") or ""),
                self.tr("Your sign-in has expired. Sign in again to keep syncing."),
            )
        self._sync_again = False
        self.context.events.cloud_account_changed.emit()

    def plain_error(self, error: BaseException) -> tuple[str, bool | None]:
        """The sync error in a few plain words for the status bar, and whether we are online."""
        if isinstance(error, ServerUnreachableError):
            return self.tr("Offline: the sync server cannot be reached"), False
        if isinstance(error, SignInRequiredError):
            return self.tr("Sync stopped: sign in again"), True
        if isinstance(error, TlsError):
            return self.tr("Sync stopped: the server's identity could not be verified"), None
        if isinstance(error, ServerTimeoutError):
            return self.tr("Sync paused: the server answers too slowly, trying again later"), True
        if isinstance(error, ServerBusyError):
            return self.tr("Sync paused: the server is busy, trying again later"), True
        if isinstance(error, ServerFailedError):
            return self.tr("Sync failed: the server had a problem, trying again later"), True
        if isinstance(error, RequestRejectedError):
            return self.tr("Sync failed: the server refused the request"), True
        return self.tr("Sync failed; your changes are kept"), None

    # -- conflicts ------------------------------------------------------------------------

    def resolve(self, conflict_id: str, choice: str, value: Any = None) -> None:
        service = self.service
        self.conflicts.set_busy(True)
        self.context.tasks.run(
            lambda: service.resolve(conflict_id, choice, value),
            on_result=self._on_resolved,
            on_error=self._on_resolve_failed,
        )

    def _on_resolved(self, _conflict: Conflict) -> None:
        self.conflicts.set_busy(False)
        self.context.notify(self.tr("Conflict resolved; your choice is sent with the next sync."))
        self.context.events.contacts_changed.emit()
        self.context.events.templates_changed.emit()
        self.reload()

    def _on_resolve_failed(self, error: BaseException) -> None:
        self.conflicts.set_busy(False)
        self._on_error(error)
        self.reload()

    # -- syncs asked for elsewhere (a cloud data request was made) ------------------------

    def _on_sync_requested(self) -> None:
        """Sync now, or right after the sync already running (it may have sent its changes)."""
        if self.syncing:
            self._sync_again = True
        elif self._signed_in:
            self.sync_now()

    def _maybe_sync_again(self) -> None:
        if self._sync_again:
            self._sync_again = False
            self.sync_now()

    # -- errors ---------------------------------------------------------------------------

    def _on_error(self, error: BaseException) -> None:
        self.account.sign_out_button.setEnabled(True)
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Sync"), message)
