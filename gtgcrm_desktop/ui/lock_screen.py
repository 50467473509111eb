"""The window lock: after idle time, on Ctrl+L or a system lock the workspace closes and the
window shows only the unlock screen; unlocking brings back the screens and unsaved edits."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.core.resources import resource_path
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.ui.clipboard import clear_sensitive_now
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dialogs.unlock import UnlockForm
from gtgcrm_desktop.ui.idle import IdleWatch, SystemLockWatch

_log = logging.getLogger(__name__)

MINUTE_MS = 60_000
#: How long a lock waits for background work (a save, a sync page) to finish before closing.
TASK_WAIT_S = 30.0
#: The lock screen paints before the (possibly blocking) wait for background work.
CLOSE_DELAY_MS = 30
LOCK_SHORTCUT = "Ctrl+L"
PANEL_WIDTH = 460


class LockScreen(QWidget):
    """What a locked window shows: the app's name, the workspace folder and the unlock form."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._context = context
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "gtgcrm.png"))).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self.tr("GTG CRM is locked"))
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(
            self.tr(
                "Your data is closed and encrypted. Unlock to continue where you left off; "
                "unsaved changes are kept."
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form: UnlockForm | None = None
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.unlock_button.clicked.connect(self._attempt)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)

        self._panel = QWidget()
        self._panel.setFixedWidth(PANEL_WIDTH)
        self._panel_layout = QVBoxLayout(self._panel)
        self._panel_layout.addWidget(icon)
        self._panel_layout.addWidget(self.title)
        self._panel_layout.addWidget(self.explanation)
        self._panel_layout.addSpacing(12)
        self._form_index = self._panel_layout.count()
        self._panel_layout.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addStretch()
        middle = QVBoxLayout()
        middle.addStretch()
        middle.addWidget(self._panel)
        middle.addStretch(2)
        outer.addLayout(middle)
        outer.addStretch()

    def _attempt(self) -> None:
        if self.form is not None:
            self.form.attempt()

    def prepare(self, allow_keychain: bool) -> UnlockForm:
        """A fresh unlock form (empty field, no old message) for this lock."""
        if self.form is not None:
            self.form.deleteLater()
        context = self._context
        workspace = context.workspace

        def resume(offered: Secrets) -> Workspace:
            workspace.resume(offered)
            return workspace

        form = UnlockForm(
            context.data_dir,
            context.tasks,
            context.language,
            self,
            allow_keychain=allow_keychain,
            opener=resume,
        )
        # The workspace's name in the interface's direction (the full path is left to right).
        form.folder.setText(
            self.tr("Workspace: %1").replace("%1", isolate_auto(context.data_dir.name))
        )
        form.folder.setLayoutDirection(self.layoutDirection())
        form.folder.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        form.folder.setToolTip(str(context.data_dir))
        form.busy_changed.connect(lambda busy: self.unlock_button.setEnabled(not busy))
        self._panel_layout.insertWidget(self._form_index, form)
        self.form = form
        return form


class WindowLock(QObject):
    """Locks and unlocks one main window (see the module docstring).

    Locking: the window shows the lock screen at once; open dialogs are closed; background
    tasks are cancelled and waited for; each screen's unsaved edits are kept in memory;
    the screens are thrown away; the workspace is suspended (database closed, key dropped).
    Unlocking resumes it with the passphrase (or the recovery code; the keychain only when the
    setting allows it), rebuilds the screen that was shown and gives back the unsaved edits.
    """

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._locked = False
        self._closing = False
        self._body: QWidget | None = None
        self._unsaved: dict[str, object] = {}
        self._current = ""
        self.screen = LockScreen(context)
        self.screen.hide()
        self.screen.quit_button.clicked.connect(window.close)

        self.action = QAction(self.tr("Lock"), window)
        self.action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        button = getattr(window, "lock_button", None)
        if isinstance(button, QPushButton):
            button.clicked.connect(self.lock)
        window.window_lock = self  # type: ignore[attr-defined]  # the settings dialog reads it

        minutes = context.machine_settings.get(app_settings.LOCK_AFTER_MINUTES)
        self.idle = IdleWatch(max(0, minutes) * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)
        self.system = SystemLockWatch(self)
        self.system.locking.connect(self.lock)
        self.system.watch_window(window)
        window.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def has_unsaved(self) -> bool:
        """Unsaved edits kept in memory while locked."""
        return bool(self._unsaved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing while locked with unsaved edits kept: ask before they are lost."""
        closing = watched is self._window and event.type() == QEvent.Type.Close
        if closing and self._unsaved and not self._confirm_losing_unsaved():
            event.ignore()
            return True
        return False

    def _confirm_losing_unsaved(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr(
                "Some changes were not saved before the window locked. Unlock to save them; "
                "if you quit now, they are lost."
            ),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        quit_anyway = box.addButton(
            self.tr("Quit and lose them"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()
        if box.clickedButton() is quit_anyway:
            self._unsaved = {}
            return True
        return False

    def apply_settings(self) -> None:
        """Read the idle minutes again (after the settings dialog)."""
        minutes = self._context.machine_settings.get(app_settings.LOCK_AFTER_MINUTES)
        self.idle.set_timeout_ms(max(0, minutes) * MINUTE_MS)

    # -- locking ----------------------------------------------------------------------------

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self.idle.pause()
        clear_sensitive_now()
        self._show_lock_screen()
        self._close_other_windows()
        self.locked_changed.emit(True)
        # Let nested dialog loops end and the lock screen paint before the workspace closes.
        self._closing = True
        QTimer.singleShot(CLOSE_DELAY_MS, self._close_workspace)

    def _show_lock_screen(self) -> None:
        window = self._window
        allow_keychain = self._context.machine_settings.get(
            app_settings.KEYCHAIN_UNLOCKS_AFTER_LOCK
        )
        form = self.screen.prepare(allow_keychain)
        form.unlocked.connect(self._on_unlocked)
        form.setEnabled(False)  # until the workspace is closed
        self.screen.unlock_button.setEnabled(False)
        self._body = window.takeCentralWidget()
        if self._body is not None:
            self._body.hide()
        window.setCentralWidget(self.screen)
        self.screen.show()
        window.statusBar().hide()
        for action in window.actions():
            if action is not self.action and action.shortcut() != QKeySequence(
                QKeySequence.StandardKey.Quit
            ):
                action.setEnabled(False)
        window.setWindowTitle(self.tr("GTG CRM (locked)"))
        set_locked = getattr(window, "set_locked", None)
        if callable(set_locked):
            set_locked(True)

    def _close_other_windows(self) -> None:
        """Close every dialog and other top-level window: none may keep showing data."""
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    def _close_workspace(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self._close_other_windows()
            QTimer.singleShot(CLOSE_DELAY_MS, self._close_workspace)
            return
        self._finish_tasks()
        self._unsaved, self._current = self._take_screens()
        self._finish_tasks()
        # Closed and the key dropped; the workspace lock stays, so no other process changes
        # the key file while the window is locked.
        self._context.workspace.suspend()
        self._closing = False
        _log.info("window locked")
        if self._locked and self.screen.form is not None:
            self.screen.form.setEnabled(True)
            self.screen.unlock_button.setEnabled(True)
            self.screen.form.secret.setFocus()

    def _finish_tasks(self) -> None:
        """Cancel background work and let it land (its results still reach their screens)."""
        tasks = self._context.tasks
        deadline = time.monotonic() + TASK_WAIT_S
        while tasks.busy and time.monotonic() < deadline:
            tasks.cancel_all()
            tasks.wait_for_done(100)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if tasks.busy:
            _log.warning("locking with background work still running")

    def _take_screens(self) -> tuple[dict[str, object], str]:
        window = self._window
        current = str(getattr(window, "current_screen_name", ""))
        unsaved: dict[str, object] = {}
        discard = getattr(window, "discard_screens", None)
        screens = discard() if callable(discard) else {}
        for name, widget in screens.items():
            take = getattr(widget, "unsaved_state", None)
            if callable(take):
                state = take()
                if state is not None:
                    unsaved[name] = state
            widget.deleteLater()
        return unsaved, current

    # -- unlocking --------------------------------------------------------------------------

    def _on_unlocked(self, workspace: Workspace) -> None:
        window = self._window
        self._context.workspace = workspace
        self._locked = False
        set_locked = getattr(window, "set_locked", None)
        if callable(set_locked):
            set_locked(False)
        window.takeCentralWidget()
        self.screen.hide()
        self.screen.setParent(None)
        if self._body is not None:
            window.setCentralWidget(self._body)
            self._body.show()
            self._body = None
        window.statusBar().show()
        for action in window.actions():
            action.setEnabled(True)
        window.setWindowTitle(self.tr("GTG CRM"))
        show_screen = getattr(window, "show_screen", None)
        if callable(show_screen):
            show_screen(self._current or "contacts")
        unsaved, self._unsaved = self._unsaved, {}
        for name, state in unsaved.items():
            window.screen(name).restore_unsaved_state(state)  # type: ignore[attr-defined]
        # The screens that work in the background (the sync timer) come back as at start.
        for name in ("refresh_count", "start_background_screens"):
            again = getattr(window, name, None)
            if callable(again):
                again()
        self.idle.restart()
        self.locked_changed.emit(False)
        _log.info("window unlocked")
