"""The main window: navigation on the leading side, the screens, and the status bar."""

from __future__ import annotations

import base64
import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.screens import SCREEN_NAMES, SCREENS, screen_class, screen_spec

STATUS_MESSAGE_MS = 5000
NAVIGATION_WIDTH = 190
NAVIGATION_STYLE = "QListWidget#navigation { font-size: 12pt; } QListWidget#navigation::item { padding: 10px 12px; }"


#: Work that can wait (the network watch, the policy notice) starts this long after the window
#: shows: the first screen's query and paint come first.
AFTER_START_DELAY_MS = 300


class MainWindow(QMainWindow):
    """Builds each screen the first time it is shown; remembers size, position and screen."""

    screen_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("GTG CRM"))
        self.setLayoutDirection(context.layout_direction)
        self._screens: dict[str, QWidget] = {}
        self._after_start_scheduled = False
        #: While locked (ui/lock_screen.py) no screen is built and no start-up work runs.
        self.locked = False
        self.window_lock: QObject | None = None
        self._opened_at = time.monotonic()
        self._stack = QStackedWidget()
        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setAccessibleName(self.tr("Navigation"))
        self._navigation.setFixedWidth(NAVIGATION_WIDTH)
        self._navigation.setStyleSheet(NAVIGATION_STYLE)
        for spec in SCREENS:
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self._navigation.addItem(item)
        self._navigation.currentRowChanged.connect(self._on_navigation)
        settings_button = QPushButton(self.tr("Settings…"))
        settings_button.setAccessibleName(self.tr("Settings"))
        settings_button.clicked.connect(self.open_settings)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._navigation, 1)
        side.addWidget(settings_button)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Lock the window (Ctrl+L)"))
        side.addWidget(self.lock_button)
        body = QHBoxLayout()
        body.setContentsMargins(6, 6, 6, 6)
        # In a right-to-left layout the first item is on the right.
        body.addLayout(side)
        body.addWidget(self._stack, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self._workspace_label = QLabel()
        self._count_label = QLabel()
        self._online_label = QLabel()
        self._sync_label = QLabel()
        for label, name in (
            (self._workspace_label, self.tr("Workspace")),
            (self._count_label, self.tr("Contact count")),
            (self._online_label, self.tr("Connection")),
            (self._sync_label, self.tr("Sync state")),
        ):
            label.setAccessibleName(name)
            self.statusBar().addPermanentWidget(label)
        self._workspace_label.setText(
            self.tr("Workspace: %1").replace("%1", isolate_auto(context.data_dir.name))
        )
        self._workspace_label.setToolTip(str(context.data_dir))
        self._sync_label.setText(self._initial_sync_state())
        self.set_online(None)
        self._after_start: list[Callable[[], None]] | None = [self._watch_network]

        events = context.events
        events.status_message.connect(self.show_message)
        events.sync_state_changed.connect(self.set_sync_state)
        events.online_changed.connect(self.set_online)
        events.contacts_changed.connect(self.refresh_count)
        events.screen_requested.connect(self.show_screen)
        self._add_actions()
        # The status-bar count can wait: counting 100,000 cold rows would hold up the first page.
        self._after_start.append(self.refresh_count)
        self._after_start.append(self._apply_retention)

    # -- screens --------------------------------------------------------------------------

    def _add_actions(self) -> None:
        for index, name in enumerate(SCREEN_NAMES, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, n=name: self.show_screen(n))
            self.addAction(action)
        preferences = QAction(self.tr("Settings"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.open_settings)
        self.addAction(preferences)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def screen(self, name: str) -> QWidget:
        """The screen called `name`, built on first use."""
        if name not in self._screens:
            cls = screen_class(name)
            widget = cls(self.context, self) if cls is not None else self._placeholder(name)
            widget.setObjectName(f"screen_{name}")
            self._screens[name] = widget
            self._stack.addWidget(widget)
        return self._screens[name]

    def _placeholder(self, name: str) -> QWidget:
        """Shown only while the screen's module does not exist yet."""
        label = QLabel(self.tr("This screen is not available in this version."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("placeholder", True)
        return label

    @property
    def current_screen_name(self) -> str:
        item = self._navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_screen(self, name: str) -> None:
        if name not in SCREEN_NAMES or self.locked:
            return
        row = SCREEN_NAMES.index(name)
        if self._navigation.currentRow() != row:
            self._navigation.setCurrentRow(row)
        else:
            self._on_navigation(row)

    def _on_navigation(self, row: int) -> None:
        if not 0 <= row < len(SCREEN_NAMES):
            return
        name = SCREEN_NAMES[row]
        widget = self.screen(name)
        self._stack.setCurrentWidget(widget)
        if self.isVisible():
            self.context.record_usage(name, kind="screen")
        else:  # the first screen, before the window shows: noted after the first paint
            self.after_start(lambda: self.context.record_usage(name, kind="screen"))
        self.setWindowTitle(
            self.tr("%1 — GTG CRM").replace(
                "%1", QCoreApplication.translate("MainWindow", screen_spec(name).title)
            )
        )
        shown = getattr(widget, "screen_shown", None)
        if callable(shown):
            shown()
        self.screen_changed.emit(name)

    # -- status bar -----------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def set_sync_state(self, text: str) -> None:
        """For the sync screen and engine: the sync state shown in the status bar."""
        self._sync_label.setText(text)

    def set_online(self, online: bool | None) -> None:
        if online is None:
            self._online_label.setText("")
        else:
            self._online_label.setText(self.tr("Online") if online else self.tr("Offline"))

    def _initial_sync_state(self) -> str:
        server = self.context.workspace.settings.get(app_settings.SYNC_SERVER_URL)
        return self.tr("Not synced yet") if server else self.tr("Sync not set up")

    def after_start(self, work: Callable[[], None]) -> None:
        """Run `work` shortly after the window first shows, so that the first screen paints
        with its data before anything that can wait (or at once, if that time has passed)."""
        if self._after_start is None:
            work()
        else:
            self._after_start.append(work)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._after_start is not None and not self._after_start_scheduled:
            self._after_start_scheduled = True
            QTimer.singleShot(AFTER_START_DELAY_MS, self._run_after_start)

    def _run_after_start(self) -> None:
        if self.locked:
            QTimer.singleShot(AFTER_START_DELAY_MS, self._run_after_start)
            return
        pending, self._after_start = self._after_start or [], None
        for work in pending:
            work()

    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation  # loads a platform plug-in: later

        feature = QNetworkInformation.Feature.Reachability
        if not QNetworkInformation.loadBackendByFeatures(feature):
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        online = QNetworkInformation.Reachability.Online

        def update(reachability: QNetworkInformation.Reachability) -> None:
            if reachability != QNetworkInformation.Reachability.Unknown:
                self.context.set_online(reachability == online)

        info.reachabilityChanged.connect(update)
        update(info.reachability())

    def leave_data_alone(self) -> None:
        """For screenshots: nothing that changes the workspace (retention) runs after start."""
        if self._after_start is not None and self._apply_retention in self._after_start:
            self._after_start.remove(self._apply_retention)

    def _apply_retention(self) -> None:
        """Delete or anonymise inactive contacts once per start, when the user chose that."""
        from gtgcrm_desktop.ui.widgets.privacy_scheduled import ScheduledRetention

        ScheduledRetention(self.context, self).start()

    def refresh_count(self) -> None:
        contacts = self.context.workspace.contacts
        self.context.tasks.run(contacts.count, on_result=self._show_count, on_error=lambda _: None)

    def _show_count(self, count: int) -> None:
        self._count_label.setText(self.tr("%n contact(s)", "", count))

    # -- settings and geometry ------------------------------------------------------------

    def open_settings(self) -> None:
        from gtgcrm_desktop.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.context, self).exec()

    def start_background_screens(self) -> None:
        """Build the screens that work in the background (sync's periodic timer) even if the
        person never opens them."""
        if self.locked:
            QTimer.singleShot(AFTER_START_DELAY_MS, self.start_background_screens)
            return
        self.screen("sync")

    def set_locked(self, locked: bool) -> None:
        self.locked = locked

    def discard_screens(self) -> dict[str, QWidget]:
        """For the lock: take every built screen out of the window (the caller deletes them)."""
        screens, self._screens = self._screens, {}
        for widget in screens.values():
            self._stack.removeWidget(widget)
            widget.hide()
        self._navigation.blockSignals(True)
        self._navigation.setCurrentRow(-1)
        self._navigation.blockSignals(False)
        return screens

    def restore_state(self, screen: str | None = None) -> None:
        """Geometry and last screen from the machine settings (`screen` overrides the latter)."""
        saved = self.context.machine_settings.get(app_settings.WINDOW_GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray(_decode(saved))):
            self.resize(1200, 760)
        self.show_screen(screen or self.context.machine_settings.get(app_settings.LAST_SCREEN))

    def save_state(self) -> None:
        settings = self.context.machine_settings
        geometry = bytes(self.saveGeometry().data())
        settings.set(app_settings.WINDOW_GEOMETRY, base64.b64encode(geometry).decode("ascii"))
        if self.current_screen_name:
            settings.set(app_settings.LAST_SCREEN, self.current_screen_name)

    def _record_session_length(self) -> None:
        """Session length for usage analytics (stored only while that consent is on)."""
        from gtgcrm_desktop.privacy.analytics import UsageRecorder

        seconds = time.monotonic() - self._opened_at
        with contextlib.suppress(Exception):  # analytics must never block closing the window
            UsageRecorder(self.context.workspace).session_ended(seconds)

    def confirm_leaving(self) -> bool:
        """Let every built screen settle its unsaved changes (save, discard or cancel);
        False when one of them stays, so the window must stay open."""
        for widget in list(self._screens.values()):
            confirm = getattr(widget, "confirm_leaving", None)
            if callable(confirm) and not confirm():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leaving():
            event.ignore()
            return
        self.save_state()
        self._record_session_length()
        super().closeEvent(event)


def _decode(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        return b""
