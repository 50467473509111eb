"""What every screen receives: the workspace, the task runner, settings, language and app events."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from gtgcrm_desktop.core.errors import GtgError
from gtgcrm_desktop.core.settings import MachineSettings
from gtgcrm_desktop.store import Workspace
from gtgcrm_desktop.ui.tasks import TaskRunner


class AppEvents(QObject):
    """App-wide signals; core callbacks are turned into these on the GUI thread.

    Emit them from the GUI thread (inside a task's on_result, for example).
    """

    #: A short message for the status bar.
    status_message = Signal(str)
    #: Contacts were added, changed or removed outside the contacts screen (import, sync...).
    contacts_changed = Signal()
    #: Templates were added, changed or removed outside the templates screen.
    templates_changed = Signal()
    #: The sync state to show in the status bar ("Synced 10:42", "Syncing...", ...).
    sync_state_changed = Signal(str)
    #: Whether the cloud workspace is reachable.
    online_changed = Signal(bool)
    #: Ask the main window to show another screen ("contacts", "templates", "privacy", "sync").
    screen_requested = Signal(str)
    #: The cloud account changed: signed in or out, a sync ran, or an account data request was
    #: made. Views of the account's cloud data requests read them again.
    cloud_account_changed = Signal()
    #: Ask for a sync now (the Sync screen runs it when the workspace is signed in).
    sync_requested = Signal()


@dataclass(eq=False)
class AppContext:
    """Handed to every screen as `Screen(context, parent)`; built once by `app.py`."""

    workspace: Workspace
    tasks: TaskRunner
    language: str
    machine_settings: MachineSettings
    events: AppEvents = field(default_factory=AppEvents)
    #: Work begun at start-up, before the first screen exists, for that screen to take (the
    #: contact list's first page); emptied once the first screen is built.
    read_ahead: dict[str, object] = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        return self.workspace.data_dir

    @property
    def layout_direction(self) -> Qt.LayoutDirection:
        if self.language == "ar":
            return Qt.LayoutDirection.RightToLeft
        return Qt.LayoutDirection.LeftToRight

    def notify(self, message: str) -> None:
        """Show `message` (already translated) in the status bar for a few seconds."""
        self.events.status_message.emit(message)

    def set_sync_state(self, text: str) -> None:
        """Show the sync state (already translated) in the status bar."""
        self.events.sync_state_changed.emit(text)

    def set_online(self, online: bool) -> None:
        self.events.online_changed.emit(online)

    def record_usage(self, name: str, kind: str = "action") -> None:
        """Note a screen opened or an action taken (policy section 1.2), in the background.

        The recorder stores nothing unless usage-analytics consent is on; names are fixed
        identifiers, never user text."""
        workspace = self.workspace
        self.tasks.run(lambda: _record(workspace, kind, name), on_result=_ignore, on_error=_ignore)

    def error_message(self, error: BaseException) -> str:
        """A translated message for `error`; internal errors get a generic text."""
        if isinstance(error, GtgError):
            return error.localized(self.language)
        return GtgError().localized(self.language)


def _record(workspace: Workspace, kind: str, name: str) -> bool:
    """Runs on the worker thread, so the first screen never waits for the analytics module."""
    from gtgcrm_desktop.privacy.analytics import UsageRecorder

    return UsageRecorder(workspace).record(kind, name)


def _ignore(_: object) -> None:
    """Usage analytics never interrupt the person: a failed write is simply not recorded."""
