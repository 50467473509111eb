"""Keyboard-shortcut actions for a screen, and tooltips that name their keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def shortcut_action(
    text: str, key: QKeySequence, slot: Callable[..., object], owner: QWidget
) -> QAction:
    """An action on `owner` whose shortcut works while focus is anywhere inside it."""
    action = QAction(text, owner)
    action.setShortcut(key)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def with_shortcut(text: str, action: QAction) -> str:
    """`text (Ctrl+S)`: a tooltip that tells the keys of `action`."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text
