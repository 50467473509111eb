"""After start, a quick integrity check in the background; a banner when the database is
damaged, saying what to do next (restore a backup)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QWidget,
)

from gtgcrm_desktop.core.errors import CorruptWorkspaceError, DamagedDatabaseError
from gtgcrm_desktop.ui.context import AppContext

_log = logging.getLogger(__name__)

BANNER_STYLE = (
    "QFrame#damageBanner { background: #fdecea; border: 1px solid #b00020; border-radius: 4px; }"
    " QFrame#damageBanner QLabel { color: #7f0015; }"
)


class DamageBanner(QFrame):
    """Across the top of the window: the database is damaged, and the way to the backups."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("damageBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel(
            self.tr(
                "The check after start found damage in this workspace's database: some "
                "contacts or templates may be missing or wrong. Do not delete anything. "
                "Restore your latest backup into a new folder (Backups…), check it, then "
                "keep working there."
            )
        )
        self.text.setObjectName("damageText")
        self.text.setWordWrap(True)
        self.backups_button = QPushButton(self.tr("Backups…"))
        self.backups_button.clicked.connect(self.open_backups)
        self.close_button = QPushButton(self.tr("Hide"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.backups_button)
        layout.addWidget(self.close_button)

    def open_backups(self) -> None:
        from gtgcrm_desktop.ui.widgets.settings_backups import BackupsDialog

        BackupsDialog(self._context, self.window()).exec()


class DamageCheck(QObject):
    """Runs the workspace's quick check on the task runner; shows the banner when it fails.

    Owned by the window: the task's callbacks hold it only weakly, and they end with it."""

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.banner: DamageBanner | None = None

    def start(self) -> None:
        workspace = self._context.workspace
        check = getattr(workspace, "quick_check", None)
        if not callable(check):
            return
        self._context.tasks.run(check, on_result=self._on_result, on_error=self._on_error)

    def _on_result(self, problems: list[str]) -> None:
        if problems:
            _log.warning("integrity check after start: %d problem(s)", len(problems))
            self._show()

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, DamagedDatabaseError | CorruptWorkspaceError):
            _log.warning("integrity check after start could not read the database")
            self._show()
        else:
            _log.info("integrity check after start did not run: %s", type(error).__name__)

    def _show(self) -> None:
        if self.banner is None:
            self.banner = DamageBanner(self._context)
            if self._window.menuWidget() is None:
                self._window.setMenuWidget(self.banner)  # no menu bar: the very top
            else:
                bar = QToolBar(self._window)
                bar.setMovable(False)
                bar.setFloatable(False)
                bar.addWidget(self.banner)
                self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.banner.show()


def start_damage_check(context: AppContext, window: QMainWindow) -> DamageCheck:
    """Start the check (call it once the first screen has painted)."""
    check = DamageCheck(context, window)
    check.start()
    return check
