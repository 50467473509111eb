"""Left-to-right islands inside the Arabic UI: e-mail addresses, phone numbers, URLs, codes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

_LTR_ALIGNMENT = (
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)


def make_ltr(widget: QWidget) -> QWidget:
    """Lay out and edit `widget`'s text left to right, like `dir="ltr"` on a web form field."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if isinstance(widget, QLineEdit | QLabel):
        widget.setAlignment(_LTR_ALIGNMENT)
    return widget


class LtrLineEdit(QLineEdit):
    """A line edit for e-mail addresses, phone numbers and URLs: always left to right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make_ltr(self)
