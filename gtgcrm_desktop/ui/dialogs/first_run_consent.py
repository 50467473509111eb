"""The first-run privacy page: the three account consents, all off until ticked, and the policy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.policy import acknowledge, current_policy
from gtgcrm_desktop.store import Workspace
from gtgcrm_desktop.ui.widgets.privacy_common import MUTED_STYLE, word
from gtgcrm_desktop.ui.widgets.privacy_policy import policy_html


def record_first_run_choices(workspace: Workspace, choices: dict[str, bool]) -> None:
    """One consent event per account purpose (granted when ticked, withdrawn when left off: the
    ledger's explicit "no", unlike a purpose never decided) and the acknowledgement of the
    current policy version, all or nothing."""
    ledger = ConsentLedger(workspace)
    with workspace.db.transaction():
        for purpose in v.ACCOUNT_PURPOSES:
            ledger.set_account(purpose, choices.get(purpose, False), v.SOURCE_FIRST_RUN)
        acknowledge(workspace, v.SOURCE_FIRST_RUN)


class FirstRunPolicyDialog(QDialog):
    """The full privacy policy, read-only, in the UI language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy policy"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("policyText")
        self.browser.setAccessibleName(self.tr("Privacy policy text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(14)
        self.browser.setHtml(policy_html(current_policy().text(language), language))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)


class FirstRunConsentPage(QWizardPage):
    """Marketing e-mail, personalised ads and usage analytics: each off unless the user ticks it.
    Creating the workspace is this page's commit step; the choices are recorded with it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setTitle(self.tr("Your privacy choices"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create workspace"))
        intro = QLabel(
            self.tr(
                "Each of these is off unless you turn it on. You can change your mind at any "
                "time in the Privacy screen."
            )
        )
        intro.setObjectName("consentIntro")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        self.descriptions: dict[str, QLabel] = {}
        for purpose in v.ACCOUNT_PURPOSES:
            box = QCheckBox(word(purpose))
            box.setObjectName(f"consent_{purpose}")
            box.setChecked(False)  # never pre-ticked
            description = QLabel(self.description(purpose))
            description.setObjectName(f"consentText_{purpose}")
            description.setWordWrap(True)
            description.setStyleSheet(MUTED_STYLE)
            description.setIndent(24)
            box.setAccessibleDescription(description.text())
            group = QVBoxLayout()
            group.setSpacing(2)  # the line under its box, apart from the next choice
            group.addWidget(box, 0, Qt.AlignmentFlag.AlignLeading)
            group.addWidget(description)
            layout.addLayout(group)
            layout.addSpacing(8)
            self.boxes[purpose] = box
            self.descriptions[purpose] = description
        self.policy_button = QPushButton(self.tr("Read the privacy policy"))
        self.policy_button.setObjectName("readPolicy")
        self.policy_button.clicked.connect(self.show_policy)
        layout.addSpacing(6)
        layout.addWidget(self.policy_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch()
        self.policy_dialog: FirstRunPolicyDialog | None = None

    def description(self, purpose: str) -> str:
        """One line on what the purpose means, in the privacy policy's words."""
        return {
            v.MARKETING_EMAIL: self.tr(
                "Updates and promotional offers from GTG CRM by e-mail (policy section 2)."
            ),
            v.PERSONALISED_ADS: self.tr(
                "Content and ads tailored to you from how you use the service (policy section 1.2)."
            ),
            v.USAGE_ANALYTICS: self.tr(
                "A record of your use of the app: screens viewed, clicks and session length "
                "(policy section 1.2)."
            ),
        }[purpose]

    def choices(self) -> dict[str, bool]:
        return {purpose: box.isChecked() for purpose, box in self.boxes.items()}

    def show_policy(self) -> None:
        if self.policy_dialog is None:
            self.policy_dialog = FirstRunPolicyDialog(self._language, self)
        self.policy_dialog.show()
        self.policy_dialog.raise_()
        self.policy_dialog.activateWindow()
