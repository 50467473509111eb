"""The account's consent toggles with their history, and the usage data recorded under consent."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.analytics import ACTION, SCREEN, SESSION, UsageEvent, UsageRecorder
from gtgcrm_desktop.privacy.ledger import AccountConsent, ConsentLedger
from gtgcrm_desktop.store.consent import ConsentEvent
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import local_time
from gtgcrm_desktop.ui.widgets.privacy_common import (
    MUTED_STYLE,
    consent_row,
    fill_table,
    hint,
    make_table,
    section_title,
    word,
)


@dataclass(frozen=True, slots=True)
class AccountState:
    consents: list[AccountConsent]
    history: list[ConsentEvent]


class AccountConsentPage(QWidget):
    """One checkbox per purpose: a click grants or withdraws and appends a ledger event."""

    #: The consent state was (re)loaded or changed; carries whether usage analytics is on.
    analytics_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.toggles: dict[str, QCheckBox] = {}
        self.states: dict[str, QLabel] = {}
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setColumnStretch(2, 1)
        self.history = make_table(
            [
                self.tr("Time"),
                self.tr("Purpose"),
                self.tr("Decision"),
                self.tr("Policy version"),
                self.tr("Source"),
            ],
            self.tr("Consent history"),
        )
        self.history.setObjectName("accountConsentHistory")
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Your consent")))
        layout.addWidget(
            hint(
                self.tr(
                    "Each choice takes effect at once and is kept in a tamper-evident history."
                    " Withdrawing is as easy as granting."
                )
            )
        )
        layout.addLayout(self._grid)
        layout.addSpacing(8)
        layout.addWidget(section_title(self.tr("History")))
        layout.addWidget(self.history, 1)

    def _description(self, purpose: str) -> str:
        if purpose == v.MARKETING_EMAIL:
            return self.tr("News and offers from GTG CRM by e-mail.")
        if purpose == v.PERSONALISED_ADS:
            return self.tr("Ads chosen for you from how you use the service.")
        if purpose == v.USAGE_ANALYTICS:
            return self.tr("Screens opened, actions and session length (policy section 1.2).")
        return self.tr("Sharing data with this connected account.")

    def refresh(self) -> None:
        workspace = self.context.workspace

        def load() -> AccountState:
            ledger = ConsentLedger(workspace)
            return AccountState(ledger.account_consents(), ledger.account_history())

        self.context.tasks.run(load, on_result=self._show, on_error=self._failed)

    def _show(self, state: AccountState) -> None:
        for row, consent in enumerate(state.consents):
            box = self.toggles.get(consent.purpose)
            if box is None:
                box = QCheckBox(word(consent.purpose))
                box.setObjectName(f"consent_{consent.purpose}")
                box.clicked.connect(lambda checked, p=consent.purpose: self.set_consent(p, checked))
                description = QLabel(self._description(consent.purpose))
                description.setWordWrap(True)
                description.setStyleSheet(MUTED_STYLE)
                status = QLabel()
                self._grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignLeading)
                self._grid.addWidget(status, row, 1)
                self._grid.addWidget(description, row, 2)
                self.toggles[consent.purpose] = box
                self.states[consent.purpose] = status
            box.setEnabled(True)
            box.setChecked(consent.granted)
            self.states[consent.purpose].setText(self._status_text(consent))
        fill_table(self.history, [consent_row(e) for e in state.history])
        analytics = next(
            (c.granted for c in state.consents if c.purpose == v.USAGE_ANALYTICS), False
        )
        self.analytics_changed.emit(analytics)

    def _status_text(self, consent: AccountConsent) -> str:
        if consent.event is None:
            return self.tr("Off (never chosen)")
        when = local_time(consent.event.recorded_at)
        if consent.granted:
            return self.tr("On since %1").replace("%1", when)
        return self.tr("Off since %1").replace("%1", when)

    def set_consent(self, purpose: str, granted: bool) -> None:
        """Grant or withdraw `purpose` (what one click on its checkbox does)."""
        box = self.toggles.get(purpose)
        if box is not None:
            box.setEnabled(False)
        workspace = self.context.workspace

        def store() -> ConsentEvent:
            return ConsentLedger(workspace).set_account(purpose, granted, v.SOURCE_PRIVACY_TAB)

        self.context.tasks.run(store, on_result=self._on_set, on_error=self._failed)

    def _on_set(self, event: ConsentEvent) -> None:
        text = self.tr("%1: granted.") if event.status == v.GRANTED else self.tr("%1: withdrawn.")
        self.context.notify(text.replace("%1", word(event.purpose)))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Privacy"), message)
        self.refresh()


class UsageDataPage(QWidget):
    """Exactly what usage analytics recorded, and a button to delete all of it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.enabled = False
        self.state_label = QLabel()
        self.state_label.setObjectName("usageState")
        self.state_label.setWordWrap(True)
        self.count_label = QLabel()
        self.delete_button = QPushButton(self.tr("Delete all usage data"))
        self.delete_button.setObjectName("deleteUsage")
        self.delete_button.clicked.connect(self.delete_all)
        self.table = make_table(
            [self.tr("Time"), self.tr("Kind"), self.tr("Name"), self.tr("Value")],
            self.tr("Recorded usage events"),
        )
        self.table.setObjectName("usageTable")
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Usage data")))
        layout.addWidget(self.state_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_enabled_state(self, enabled: bool) -> None:
        """Usage-analytics consent is on (`enabled`) or off; reload what is recorded."""
        self.enabled = enabled
        if enabled:
            self.state_label.setText(
                self.tr(
                    "Usage analytics is on. This is everything recorded, kept in your encrypted"
                    " workspace; no names, e-mail addresses or other contact data."
                )
            )
        else:
            self.state_label.setText(self.tr("Usage analytics is off: nothing is recorded."))
        self.refresh()

    def refresh(self) -> None:
        workspace = self.context.workspace

        def load() -> tuple[int, list[UsageEvent]]:
            recorder = UsageRecorder(workspace)
            return recorder.count(), recorder.events()

        self.context.tasks.run(load, on_result=self._show, on_error=self._failed)

    def _kind(self, kind: str) -> str:
        return {
            SCREEN: self.tr("Screen opened"),
            ACTION: self.tr("Action"),
            SESSION: self.tr("Session length"),
        }.get(kind, kind)

    def _value(self, event: UsageEvent) -> str:
        if event.value is None:
            return ""
        if event.kind == SESSION:
            return self.tr("%1 s").replace("%1", isolate_ltr(f"{event.value:g}"))
        return isolate_ltr(f"{event.value:g}")

    def _show(self, loaded: tuple[int, list[UsageEvent]]) -> None:
        count, events = loaded
        if count:
            self.count_label.setText(self.tr("%n event(s) recorded.", "", count))
        elif self.enabled:
            self.count_label.setText(self.tr("Nothing recorded yet."))
        else:
            self.count_label.setText(self.tr("Nothing is recorded."))
        self.delete_button.setEnabled(count > 0)
        fill_table(
            self.table,
            [
                [local_time(e.at), self._kind(e.kind), isolate_ltr(e.name), self._value(e)]
                for e in events
            ],
        )

    def delete_all(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete usage data"),
            self.tr("Delete every recorded usage event? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.context.workspace
        self.delete_button.setEnabled(False)
        self.context.tasks.run(
            lambda: UsageRecorder(workspace).delete(None),
            on_result=self._on_deleted,
            on_error=self._failed,
        )

    def _on_deleted(self, count: int) -> None:
        self.context.notify(self.tr("Deleted %n usage event(s).", "", count))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Privacy"), message)
