"""Renders one screen of the real main window to a PNG, offscreen, once its data has loaded."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gtgcrm_desktop.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1280, 800)
SETTLE_TIMEOUT_S = 15.0


#: Screens start some work from short timers (the template preview waits 250 ms after a change),
#: so the window counts as settled only after this long with no background task running.
QUIET_PERIOD_S = 0.5


def settle(window: MainWindow, timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """Process events until no background task has run for QUIET_PERIOD_S (or the timeout)."""
    deadline = time.monotonic() + timeout_s
    tasks = window.context.tasks
    quiet_since: float | None = None
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if tasks.busy:
            quiet_since = None
            tasks.wait_for_done(20)
            continue
        now = time.monotonic()
        quiet_since = quiet_since or now
        if now - quiet_since >= QUIET_PERIOD_S:
            return
        time.sleep(0.01)


def take_screenshot(window: MainWindow, screen: str, target: Path) -> bool:
    """Show `screen` at a fixed size, wait for its data, save it to `target`."""
    window.leave_data_alone()
    window.resize(*SCREENSHOT_SIZE)
    window.show_screen(screen)
    window.show()
    settle(window)
    window.repaint()
    QApplication.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    return window.grab().save(str(target), "PNG")
