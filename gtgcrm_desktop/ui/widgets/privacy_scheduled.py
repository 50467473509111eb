"""The retention setting applied at start-up: once, off the GUI thread, only in automatic mode."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gtgcrm_desktop.privacy import retention
from gtgcrm_desktop.privacy.retention import RetentionRun
from gtgcrm_desktop.store.workspace import Workspace
from gtgcrm_desktop.ui.context import AppContext


def run_retention_at_start(workspace: Workspace) -> RetentionRun | None:
    """The start-up run (worker thread): None when the user reviews contacts themselves.

    The one call into `privacy.retention` for it, so a change of that API is made here."""
    return retention.run_at_start(workspace)


class ScheduledRetention(QObject):
    """Starts the run, then says in the status bar what it did and has the lists reloaded."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def start(self) -> None:
        workspace = self.context.workspace
        self.context.tasks.run(
            lambda: run_retention_at_start(workspace),
            on_result=self._done,
            on_error=lambda error: self.context.notify(self.context.error_message(error)),
        )

    def _done(self, result: RetentionRun | None) -> None:
        if result is None or result.action is None or not result.candidates:
            return
        count = len(result.candidates)
        if result.action == retention.DELETE:
            message = self.tr(
                "%n inactive contact(s) deleted under your retention setting.", "", count
            )
        else:
            message = self.tr(
                "%n inactive contact(s) anonymised under your retention setting.", "", count
            )
        self.context.notify(message)
        self.context.events.contacts_changed.emit()
