"""Copying secrets and personal values: the clipboard is cleared again after 30 s if unchanged."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class _Clearer(QObject):
    """Holds the timer of the last copy; a newer copy replaces the older one's timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    def copy(self, text: str, clear_after_ms: int) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text, QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            # Selecting text may have put it in the X11 primary selection as well.
            clipboard.setText(text, QClipboard.Mode.Selection)
        self._copied = text
        self._timer.start(clear_after_ms)

    def clear_now(self) -> None:
        """Empty the clipboard, but only while it still holds what we copied."""
        self._timer.stop()
        if not self._copied:
            return
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if clipboard.text(mode) == self._copied:
                clipboard.clear(mode)
        self._copied = ""

    @property
    def pending(self) -> bool:
        return self._timer.isActive()


_clearer: _Clearer | None = None


def _instance() -> _Clearer:
    global _clearer
    if _clearer is None:
        _clearer = _Clearer(QGuiApplication.instance())
    return _clearer


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Put `text` (a recovery code, a contact's value) on the clipboard for `clear_after_ms`.

    Something else copied in the meantime is left alone."""
    _instance().copy(text, clear_after_ms)


def clear_sensitive_now() -> None:
    """Clear what `copy_sensitive` put there (on lock and on quit), if it is still there."""
    if _clearer is not None:
        _clearer.clear_now()
