"""The privacy tab: the policy, the account's consent, usage data, data requests, contact
consent, retention and the audit log, one page each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.widgets.privacy_audit import AuditPage
from gtgcrm_desktop.ui.widgets.privacy_consent import AccountConsentPage, UsageDataPage
from gtgcrm_desktop.ui.widgets.privacy_contact_consent import ContactConsentPage
from gtgcrm_desktop.ui.widgets.privacy_policy import PolicyPage, maybe_show_policy_notice
from gtgcrm_desktop.ui.widgets.privacy_requests import DataRequestsPage
from gtgcrm_desktop.ui.widgets.privacy_retention import RetentionPage

__all__ = ["PrivacyScreen", "maybe_show_policy_notice"]


class PrivacyScreen(QWidget):
    """What the policy promises, made to work: every page reads and writes off the GUI thread."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.policy = PolicyPage(context)
        self.consent = AccountConsentPage(context)
        self.usage = UsageDataPage(context)
        self.requests = DataRequestsPage(context)
        self.contact_consent = ContactConsentPage(context)
        self.retention = RetentionPage(context)
        self.audit = AuditPage(context)
        self.consent.analytics_changed.connect(self.usage.set_enabled_state)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("privacyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Privacy sections"))
        for page, title in (
            (self.policy, self.tr("Privacy policy")),
            (self.consent, self.tr("My consent")),
            (self.usage, self.tr("Usage data")),
            (self.requests, self.tr("Data requests")),
            (self.contact_consent, self.tr("Contact consent")),
            (self.retention, self.tr("Retention")),
            (self.audit, self.tr("Audit log")),
        ):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        context.events.contacts_changed.connect(self._on_contacts_changed)
        self.refresh_all()

    def refresh_all(self) -> None:
        """Reload every page (each on the task runner)."""
        for page in (
            self.policy,
            self.consent,
            self.requests,
            self.contact_consent,
            self.retention,
            self.audit,
        ):
            page.refresh()

    def _on_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _on_contacts_changed(self) -> None:
        self.requests.refresh()
        self.contact_consent.refresh()

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    # -- screen hooks ------------------------------------------------------------------------

    def screen_shown(self) -> None:
        self._on_tab(self.tabs.currentIndex())

    def focus_search(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.audit:
            self.audit.subject_id.setFocus()
        elif page is self.contact_consent:
            self.contact_consent.chooser.search.setFocus()
        elif page is self.requests:
            self.requests.contact_choice.setChecked(True)
            self.requests.chooser.search.setFocus()
