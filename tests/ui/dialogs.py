"""Answer modal dialogs as a user would: read what they say, then press one of their buttons."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

#: How long a script waits for each expected dialog before giving up (and closing strays).
DIALOG_TIMEOUT_MS = 10_000
_POLL_MS = 20

Step = Callable[[QWidget], None]


def press(button: QMessageBox.StandardButton | str) -> Step:
    """A step that presses `button` (a standard button, or the text of a custom one)."""

    def step(dialog: QWidget) -> None:
        target = _find_button(dialog, button)
        assert target is not None, f"no button {button!r} in {_text_of(dialog)!r}"
        target.click()

    return step


class DialogScript:
    """Answers the next modal dialogs in order, one step each; `seen` holds their texts.

    A dialog beyond the steps is recorded and closed, so a test never hangs on it.
    """

    def __init__(self, *steps: Step) -> None:
        self.seen: list[str] = []
        self._steps = list(steps)
        self._waited_ms = 0
        self._timer = QTimer()
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        _live.add(self)

    @property
    def done(self) -> bool:
        return not self._steps

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.property("answered") or not dialog.isVisible():
            self._waited_ms += _POLL_MS
            if self._steps and self._waited_ms > DIALOG_TIMEOUT_MS:
                self.stop()
            return
        self._waited_ms = 0
        dialog.setProperty("answered", True)
        self.seen.append(_text_of(dialog))
        if not self._steps:
            dialog.close()  # not expected: never leave a test hanging on it
            return
        # Later, not in this timer's slot: a step that opens the next dialog would block it.
        step = self._steps.pop(0)
        QTimer.singleShot(0, lambda: step(dialog))

    def stop(self) -> None:
        self._timer.stop()
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()


#: Scripts whose timer may still run: a test's script can outlive it (a traceback kept in a
#: cycle holds its frame until the collector runs) and would answer the next test's dialogs.
_live: weakref.WeakSet[DialogScript] = weakref.WeakSet()


def stop_all_scripts() -> None:
    """Stop every script still polling (after each test)."""
    for script in list(_live):
        script._timer.stop()
    _live.clear()


def _text_of(dialog: QWidget) -> str:
    return dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()


def _find_button(
    dialog: QWidget, wanted: QMessageBox.StandardButton | str
) -> QAbstractButton | None:
    if isinstance(wanted, QMessageBox.StandardButton):
        return dialog.button(wanted) if isinstance(dialog, QMessageBox) else None
    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "") == wanted and button.isVisible():
            return button
    return None
