"""Copying secrets and personal values: the clipboard is cleared again after 30 s if unchanged.

Two ways in: `copy_sensitive(text)` for the app's own copy buttons (the recovery code), and
`mark_sensitive(widget)` for a form of personal values (the contact editor), whose ordinary
copies (Ctrl+C, the context menu) are then cleared the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

CLEAR_AFTER_MS = 30_000
SENSITIVE_PROPERTY = "gtgcrmSensitiveClipboard"


class _Clearer(QObject):
    """Holds the timer of the last copy; a newer copy replaces the older one's timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied = ""
        self._watching = False
        self._setting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    def copy(self, text: str, clear_after_ms: int) -> None:
        clipboard = QGuiApplication.clipboard()
        self._setting = True
        try:
            clipboard.setText(text, QClipboard.Mode.Clipboard)
            if clipboard.supportsSelection():
                # Selecting text may have put it in the X11 primary selection as well.
                clipboard.setText(text, QClipboard.Mode.Selection)
        finally:
            self._setting = False
        self.track(text, clear_after_ms)

    def track(self, text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
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

    def watch(self) -> None:
        """Follow ordinary copies, to clear those made inside a marked widget."""
        if self._watching:
            return
        self._watching = True
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(lambda: self._on_changed(QClipboard.Mode.Clipboard))
        if clipboard.supportsSelection():
            clipboard.selectionChanged.connect(lambda: self._on_changed(QClipboard.Mode.Selection))

    def _on_changed(self, mode: QClipboard.Mode) -> None:
        if (
            self._setting
            or QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive
        ):
            return  # our own copy_sensitive, or a copy made in another program
        if not _inside_sensitive(QApplication.focusWidget()):
            return
        text = QGuiApplication.clipboard().text(mode)
        if text:
            self.track(text)


def _inside_sensitive(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(SENSITIVE_PROPERTY):
            return True
        widget = widget.parentWidget()
    return False


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


def mark_sensitive(widget: QWidget) -> None:
    """Copies made from `widget` or anything inside it leave the clipboard after 30 s."""
    widget.setProperty(SENSITIVE_PROPERTY, True)
    _instance().watch()


def clear_sensitive_now() -> None:
    """Clear what `copy_sensitive` put there (on lock and on quit), if it is still there."""
    if _clearer is not None:
        _clearer.clear_now()
