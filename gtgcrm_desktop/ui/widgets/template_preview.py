"""The templates screen's preview pane: the contact to preview for, and the rendered result."""

from __future__ import annotations

import base64
import re

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.core.models import (
    Contact,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    TemplateImage,
)
from gtgcrm_desktop.templates import RenderedTemplate

#: The contact the preview uses when the workspace has none, or when it is chosen.
SAMPLE_CONTACT = Contact(
    given_name="نورة",
    family_name="العتيبي",
    organization="مؤسسة الريّان",
    title="مديرة المشتريات",
    emails=[EmailAddress("noura@example.com")],
    phones=[PhoneNumber("+966 55 123 4567", "+966551234567")],
    addresses=[PostalAddress(city="الرياض", country="السعودية")],
    birthday="--03-14",
)

#: An opening block tag with no `dir` attribute (the HTML is nh3's normalised output).
_BLOCK_WITHOUT_DIR_RE = re.compile(
    r"<(p|div|ul|ol|li|td|th|h[1-6]|blockquote)((?:\s(?![^>]*\bdir=)[^>]*)?>|>)"
)


class PreviewBrowser(QTextBrowser):
    """Shows rendered HTML; `cid:` images come from the template, nothing from the network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._images: dict[str, bytes] = {}

    def set_images(self, images: list[TemplateImage]) -> None:
        self._images = {image.name: image.data for image in images}

    def show_rendered(self, rendered: RenderedTemplate) -> None:
        """Show a rendered document. Qt's rich text does not pass `dir` down into table cells
        and lists, so each block without its own `dir` gets the template's here (display only)."""
        html_text = rendered.html
        if rendered.direction == "rtl":
            html_text = _BLOCK_WITHOUT_DIR_RE.sub(r'<\1 dir="rtl"\2', html_text)
        self.setHtml(html_text)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        url = QUrl(url)
        if url.scheme() == "cid":
            data = self._images.get(url.path())
        elif url.scheme() == "data" and ";base64," in url.toString():
            try:
                data = base64.b64decode(url.toString().split(";base64,", 1)[1])
            except ValueError:
                data = None
        else:
            data = None  # remote and local files are never fetched by a preview
        if not data:
            return None
        image = QImage.fromData(data)
        return None if image.isNull() else image


class TemplatePreviewPane(QWidget):
    """A contact search and choice, then the subject, a notice, and the HTML and text as sent.

    Its texts are translated in the "TemplatesScreen" context, where they have always been.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview_title = QLabel(QCoreApplication.translate("TemplatesScreen", "Preview"))
        font = self.preview_title.font()
        font.setBold(True)
        self.preview_title.setFont(font)
        self.contact_search = QLineEdit()
        self.contact_search.setObjectName("previewContactSearch")
        self.contact_search.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Find a contact for the preview")
        )
        self.contact_search.setPlaceholderText(
            QCoreApplication.translate("TemplatesScreen", "Find a contact…")
        )
        self.contact_search.setClearButtonEnabled(True)
        self.contact_combo = QComboBox()
        self.contact_combo.setObjectName("previewContact")
        self.contact_combo.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Preview for contact")
        )
        self.contact_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact_combo.setMinimumContentsLength(12)

        self.preview_subject = QLabel()
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Subject as the contact sees it")
        )
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_notice = QLabel()
        self.preview_notice.setObjectName("previewNotice")
        self.preview_notice.setWordWrap(True)
        self.preview_notice.hide()
        self.preview_browser = PreviewBrowser()
        self.preview_browser.setObjectName("previewHtml")
        self.preview_browser.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Preview of the HTML")
        )
        self.preview_text = QPlainTextEdit()
        self.preview_text.setObjectName("previewText")
        self.preview_text.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Preview of the plain text")
        )
        self.preview_text.setReadOnly(True)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("previewTabs")
        self.preview_tabs.addTab(
            self.preview_browser, QCoreApplication.translate("TemplatesScreen", "HTML")
        )
        self.preview_tabs.addTab(
            self.preview_text, QCoreApplication.translate("TemplatesScreen", "Plain text")
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.contact_search)
        layout.addWidget(self.contact_combo)
        layout.addWidget(self.preview_subject)
        layout.addWidget(self.preview_notice)
        layout.addWidget(self.preview_tabs, 1)

    def fill_contacts(self, rows: list[tuple[str, str, str]], searching: bool) -> bool:
        """List (id, name, e-mail) rows, after the sample contact unless `searching`.

        Keeps the contact chosen when it is still listed; True when the choice changed.
        """
        combo = self.contact_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if not searching:
            combo.addItem(
                QCoreApplication.translate("TemplatesScreen", "Sample contact (%1)").replace(
                    "%1", SAMPLE_CONTACT.given_name
                ),
                "",
            )
        for contact_id, name, email in rows:
            text = isolate_auto(name) + (
                f" — {isolate_ltr(email)}" if email and email != name else ""
            )
            combo.addItem(text, contact_id)
        index = combo.findData(current) if current is not None else -1
        if index < 0 and rows and searching:
            index = 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        return bool(combo.currentData() != current)

    def show_rendered(self, rendered: RenderedTemplate, landing: bool) -> None:
        """Show `rendered`; a landing page's subject is its page title."""
        label = (
            QCoreApplication.translate("TemplatesScreen", "Page title: %1")
            if landing
            else QCoreApplication.translate("TemplatesScreen", "Subject: %1")
        )
        self.preview_subject.setText(label.replace("%1", isolate_auto(rendered.subject)))
        self.preview_browser.show_rendered(rendered)
        self.preview_text.setPlainText(rendered.text)
        if rendered.missing_images:
            names = ", ".join(isolate_ltr(name) for name in rendered.missing_images)
            self.show_notice(
                QCoreApplication.translate(
                    "TemplatesScreen", "These images are not attached: %1"
                ).replace("%1", names)
            )
        else:
            self.preview_notice.hide()

    def show_blocked(self, message: str) -> None:
        """Show nothing rendered, only `message` (why the template is not rendered)."""
        self.preview_subject.clear()
        self.preview_browser.clear()
        self.preview_text.clear()
        self.show_notice(message)

    def show_notice(self, text: str) -> None:
        self.preview_notice.setText(text)
        self.preview_notice.show()
