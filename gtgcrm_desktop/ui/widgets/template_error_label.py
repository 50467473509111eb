"""The error shown under the template editor, with a "Show the line" link when it has a line."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from gtgcrm_desktop.templates import TemplateError

ERROR_COLOR = "#b00020"


class TemplateErrorLabel(QLabel):
    """Red rich text, hidden while there is no error; `linkActivated` asks to show the line.

    Its texts are translated in the "TemplatesScreen" context, where they have always been.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_error: TemplateError | None = None
        self.setObjectName("templateError")
        self.setAccessibleName(QCoreApplication.translate("TemplatesScreen", "Template error"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.hide()

    def show_error(self, error: TemplateError, message: str) -> None:
        """Show `message` about `error`, linked to its line when it has one."""
        self.last_error = error
        link = ""
        if error.line:
            label = QCoreApplication.translate("TemplatesScreen", "Show the line")
            link = f' <a href="#line">{html.escape(label)}</a>'
        self.setText(html.escape(message) + link)
        self.show()

    def show_text(self, text: str) -> None:
        """Show an error that belongs to no line."""
        self.last_error = None
        self.setText(html.escape(text))
        self.show()

    def clear_error(self) -> None:
        self.last_error = None
        self.clear()
        self.hide()

    def plain_text(self) -> str:
        """The error shown, as plain text ("" when there is none)."""
        if self.isHidden():
            return ""
        document = QTextDocument()
        document.setHtml(self.text())
        return document.toPlainText()
