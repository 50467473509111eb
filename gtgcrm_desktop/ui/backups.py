"""Automatic backups in the app: every few hours and at close, on the task runner, with the
last backup (or its failure) shown in the status bar and in Settings -> Backups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.errors import FileAccessError
from gtgcrm_desktop.store.backups import BackupInfo, Retention, backup_folder, latest
from gtgcrm_desktop.store.backups.folder import back_up_and_prune
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import local_time_text
from gtgcrm_desktop.ui.tasks import TaskHandle, wait_until_finished

_log = logging.getLogger(__name__)

_HOUR_MS = 3_600_000
_FAILURE_STYLE = "color: #b00020;"

#: The attribute of the AppContext that holds its scheduler (a plain reference cycle that
#: the collector can free, unlike a module-level registry).
_ATTRIBUTE = "_backup_scheduler"


def scheduler_for(context: AppContext) -> BackupScheduler | None:
    """The app's scheduler (None in tests and screenshots that did not start one)."""
    found = getattr(context, _ATTRIBUTE, None)
    return found if isinstance(found, BackupScheduler) else None


def folder_of(context: AppContext) -> Path:
    configured = context.machine_settings.get(app_settings.BACKUP_FOLDER)
    return backup_folder(context.data_dir, configured)


def retention_of(context: AppContext) -> Retention:
    machine = context.machine_settings
    return Retention(
        max(0, machine.get(app_settings.BACKUP_KEEP_DAILY)),
        max(0, machine.get(app_settings.BACKUP_KEEP_WEEKLY)),
        max(0, machine.get(app_settings.BACKUP_KEEP_MONTHLY)),
    )


class BackupScheduler(QObject):
    """Runs `back_up_and_prune` through the task runner; never on the GUI thread."""

    #: The last backup or failure changed (the status text is new).
    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._running: TaskHandle | None = None
        self.last: BackupInfo | None = None
        self.failure = context.machine_settings.get(app_settings.BACKUP_LAST_FAILURE)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_now)
        self.apply_settings()
        setattr(context, _ATTRIBUTE, self)
        context.tasks.run(
            lambda: latest(folder_of(context)), on_result=self._found_latest, on_error=_ignore
        )

    @property
    def every_hours(self) -> int:
        return max(0, self._context.machine_settings.get(app_settings.BACKUP_EVERY_HOURS))

    def apply_settings(self) -> None:
        """(Re)start the timer after the interval changed; 0 hours stops it."""
        if self.every_hours:
            self._timer.start(self.every_hours * _HOUR_MS)
        else:
            self._timer.stop()

    @property
    def busy(self) -> bool:
        return self._running is not None

    def run_now(self, on_done: Callable[[], None] | None = None) -> TaskHandle | None:
        """Back up now in the background; None when one is running or the window is locked."""
        context = self._context
        if self._running is not None or context.workspace.suspended:
            return None
        workspace, folder, retention = context.workspace, folder_of(context), retention_of(context)
        handle = context.tasks.run(
            lambda: back_up_and_prune(workspace, folder, retention),
            on_result=self._succeeded,
            on_error=self._failed,
        )
        self._running = handle
        handle.finished.connect(self._ended)
        if on_done is not None:
            handle.finished.connect(on_done)
        return handle

    def at_close(self) -> None:
        """The backup when the app closes (when automatic backups are on): waits for it."""
        if not self.every_hours:
            return
        if self._running is not None:
            wait_until_finished(self._running)
            return
        handle = self.run_now()
        if handle is not None:
            wait_until_finished(handle)

    def status_text(self) -> str:
        """ "Last backup: ..." or "Backup failed: ...", for the status bar and Settings."""
        if self.failure:
            return self.tr("Backup failed: %1").replace("%1", self.failure)
        if self.last is not None:
            return self.tr("Last backup: %1").replace("%1", local_time_text(self.last.created_at))
        if not self.every_hours:
            return self.tr("Automatic backups are off")
        return self.tr("No backup yet")

    def _found_latest(self, info: BackupInfo | None) -> None:
        if info is not None and (self.last is None or info.created_at > self.last.created_at):
            self.last = info
            self.changed.emit()

    def _succeeded(self, info: BackupInfo) -> None:
        self.last, self.failure = info, ""
        self._context.machine_settings.set(app_settings.BACKUP_LAST_FAILURE, "")
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.failure = failure_message(self._context, error)
        _log.warning("automatic backup failed: %s", type(error).__name__)
        self._context.machine_settings.set(app_settings.BACKUP_LAST_FAILURE, self.failure)
        self.changed.emit()

    def _ended(self) -> None:
        self._running = None


class BackupStatusLabel(QLabel):
    """The status-bar label: the last backup's time, or the failure in red (never silent)."""

    def __init__(self, scheduler: BackupScheduler) -> None:
        super().__init__()
        self._scheduler = scheduler
        self.setAccessibleName(self.tr("Backups"))
        scheduler.changed.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        self.setText(self._scheduler.status_text())
        self.setStyleSheet(_FAILURE_STYLE if self._scheduler.failure else "")


def failure_message(context: AppContext, error: BaseException) -> str:
    """What to show for a failed backup or restore: a refused folder says which and why."""
    if isinstance(error, OSError):
        error = FileAccessError.from_os_error(error)
    return context.error_message(error)


def start_backups(context: AppContext, window: QMainWindow) -> BackupScheduler:
    """Start the automatic backups of the app and show their state in `window`'s status bar."""
    scheduler = BackupScheduler(context, window)
    window.statusBar().addPermanentWidget(BackupStatusLabel(scheduler))
    return scheduler


def _ignore(_: object) -> None:
    """The newest backup is only shown; a folder that cannot be read shows "No backup yet"."""
