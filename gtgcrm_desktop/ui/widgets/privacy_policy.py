"""The privacy policy page: the text in the UI language, its version and date, and its notice."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.policy import (
    Acknowledgement,
    PolicyInfo,
    PolicyNotice,
    acknowledge,
    current_policy,
    pending_notice,
)
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import date_text
from gtgcrm_desktop.ui.widgets.privacy_common import MUTED_STYLE, policy_version, section_title

_HEADING_RE = re.compile(r"^\d+(\.\d+)*\.?\s+\S")
_BULLET = "•"
#: The source of an acknowledgement given in the start-up prompt.
SOURCE_STARTUP_NOTICE = "startup_notice"
NOTICE_STYLE = (
    "QFrame#policyNotice { background: #fff4ce; border: 1px solid #e0c060; border-radius: 6px; }"
    " QFrame#policyNotice QLabel { color: #3d3000; }"
)


def policy_html(text: str, language: str) -> str:
    """The plain policy text as HTML: headings, paragraphs and bullet lists, in its direction."""
    direction = "rtl" if language == "ar" else "ltr"
    attr = f' dir="{direction}"'
    lines = [line.strip() for line in text.splitlines()]
    parts: list[str] = []
    first = True
    for line in lines:
        if not line:
            continue
        if first:
            parts.append(f"<h1{attr}>{html.escape(line)}</h1>")
            first = False
            continue
        if _HEADING_RE.match(line) and len(line) < 90:
            level = "h3" if re.match(r"^\d+\.\d+", line) else "h2"
            parts.append(f"<{level}{attr}>{html.escape(line)}</{level}>")
            continue
        if _BULLET in line:
            lead, *items = [p.strip() for p in line.split(_BULLET)]
            if lead:
                parts.append(f"<p{attr}>{html.escape(lead)}</p>")
            listed = "".join(f"<li{attr}>{html.escape(item)}</li>" for item in items if item)
            parts.append(f"<ul{attr}>{listed}</ul>")
            continue
        parts.append(f"<p{attr}>{html.escape(line)}</p>")
    # Arabic glyphs are tall already: less extra leading than for Latin text. No text-align:
    # a block follows its direction, and "right" would be mirrored to the left in RTL.
    leading = 115 if language == "ar" else 140
    style = (
        f"p, li {{ line-height: {leading}%; margin-bottom: 6px; }}"
        " h1 { font-size: x-large; } h2 { font-size: large; margin-top: 16px; }"
        " h3 { font-size: medium; margin-top: 10px; }"
    )
    lang = "ar" if language == "ar" else "en"
    return (
        f'<html dir="{direction}" lang="{lang}"><head><style>{style}</style></head>'
        f'<body dir="{direction}">{"".join(parts)}</body></html>'
    )


class PolicyNoticeBar(QFrame):
    """What changed since the version last acknowledged, with an "I have read it" button."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyNotice")
        self.setStyleSheet(NOTICE_STYLE)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.read_button = QPushButton(self.tr("I have read it"))
        self.read_button.setAccessibleName(self.tr("I have read the privacy policy"))
        self.read_button.clicked.connect(self.acknowledged)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.changes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(text, 1)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_notice(self, notice: PolicyNotice, language: str) -> None:
        policy = notice.current
        version, date = policy_version(policy.version), date_text(policy.effective_date)
        if notice.previous_version is None:
            self.title.setText(
                self.tr("Please read the privacy policy (version %1, effective %2).")
                .replace("%1", version)
                .replace("%2", date)
            )
        else:
            self.title.setText(
                self.tr("The privacy policy changed: version %1, effective %2.")
                .replace("%1", version)
                .replace("%2", date)
            )
        summaries = [c.summary.get(language) or c.summary.get("ar", "") for c in notice.changes]
        self.changes.setText("\n".join(f"• {s}" for s in summaries if s))
        self.changes.setVisible(bool(self.changes.text()))
        self.show()


class PolicyPage(QWidget):
    """The policy text, its version and date; the change notice on top until acknowledged."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.policy: PolicyInfo = current_policy()
        language = context.language
        self.title = section_title(self.tr("Privacy policy"))
        self.version_label = QLabel(
            self.tr("Version %1 · effective %2")
            .replace("%1", policy_version(self.policy.version))
            .replace("%2", date_text(self.policy.effective_date))
        )
        self.version_label.setObjectName("policyVersion")
        self.acknowledged_label = QLabel()
        self.acknowledged_label.setStyleSheet(MUTED_STYLE)
        self.acknowledged_label.hide()
        self.notice = PolicyNoticeBar()
        self.notice.hide()
        self.notice.acknowledged.connect(self.acknowledge)
        self.browser = QTextBrowser()
        self.browser.setObjectName("policyText")
        self.browser.setAccessibleName(self.tr("Privacy policy text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setLayoutDirection(context.layout_direction)
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.browser.setFont(font)
        self.browser.document().setDocumentMargin(18)
        self.browser.setHtml(policy_html(self.policy.text(language), language))

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch()
        header.addWidget(self.version_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(header)
        layout.addWidget(self.acknowledged_label)
        layout.addWidget(self.browser, 1)

    def refresh(self) -> None:
        """Ask (off the GUI thread) whether the current version still needs acknowledging."""
        workspace = self.context.workspace
        self.context.tasks.run(
            lambda: pending_notice(workspace), on_result=self._show_notice, on_error=self._failed
        )

    def _show_notice(self, notice: PolicyNotice | None) -> None:
        if notice is None:
            self.notice.hide()
            self.acknowledged_label.setText(self.tr("You have acknowledged this version."))
            self.acknowledged_label.show()
        else:
            self.notice.show_notice(notice, self.context.language)
            self.acknowledged_label.hide()

    def acknowledge(self) -> None:
        """Record that the user read the current version."""
        self.notice.read_button.setEnabled(False)
        workspace = self.context.workspace
        self.context.tasks.run(
            lambda: acknowledge(workspace, v.SOURCE_PRIVACY_TAB),
            on_result=self._on_acknowledged,
            on_error=self._failed,
        )

    def _on_acknowledged(self, _ack: Acknowledgement) -> None:
        self.notice.read_button.setEnabled(True)
        self.context.notify(self.tr("Thank you: your acknowledgement was recorded."))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.notice.read_button.setEnabled(True)
        self.context.notify(self.context.error_message(error))


class PolicyNoticeDialog(QDialog):
    """The start-up prompt when the policy changed since the user last acknowledged it."""

    def __init__(self, context: AppContext, notice: PolicyNotice, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Privacy policy"))
        self.setLayoutDirection(context.layout_direction)
        self.bar = PolicyNoticeBar()
        self.bar.read_button.hide()
        self.bar.show_notice(notice, context.language)
        buttons = QDialogButtonBox()
        self.read_button = buttons.addButton(
            self.tr("I have read it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = buttons.addButton(
            self.tr("Show the policy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.later_button = buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.clicked.connect(self._show_policy)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _show_policy(self) -> None:
        self.context.events.screen_requested.emit("privacy")
        self.reject()


def maybe_show_policy_notice(context: AppContext, parent: QWidget | None = None) -> None:
    """At start: if the policy changed since the last acknowledgement, show what changed and
    record the acknowledgement when the user confirms. Returns at once; the check runs off the
    GUI thread and the prompt is window-modal."""

    def show(notice: PolicyNotice | None) -> None:
        if notice is None:
            return
        dialog = PolicyNoticeDialog(context, notice, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(record)
        dialog.open()

    def record() -> None:
        workspace = context.workspace
        context.tasks.run(
            lambda: acknowledge(workspace, SOURCE_STARTUP_NOTICE),
            on_result=lambda _ack: context.notify(
                QCoreApplication.translate("PolicyNoticeDialog", "Privacy policy acknowledged.")
            ),
            on_error=lambda error: context.notify(context.error_message(error)),
        )

    workspace = context.workspace
    context.tasks.run(
        lambda: pending_notice(workspace),
        on_result=show,
        on_error=lambda error: context.notify(context.error_message(error)),
    )
