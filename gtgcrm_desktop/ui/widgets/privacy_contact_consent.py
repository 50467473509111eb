"""A contact's consent: purpose x channel status, lawful basis, source, evidence, and history."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.marketing import MarketingDecision, is_marketing_allowed
from gtgcrm_desktop.store.consent import ConsentEvent
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import local_time
from gtgcrm_desktop.ui.widgets.privacy_common import (
    DANGER_STYLE,
    SUCCESS_STYLE,
    consent_row,
    fill_table,
    hint,
    make_table,
    section_title,
    word,
)
from gtgcrm_desktop.ui.widgets.privacy_contact_chooser import ContactChooser


@dataclass(frozen=True, slots=True)
class ContactConsentState:
    contact_id: str
    latest: dict[tuple[str, str], ConsentEvent]
    decisions: dict[str, MarketingDecision]
    history: list[ConsentEvent]


class ContactConsentPage(QWidget):
    """Record a contact's decision per channel; see whether marketing may reach them, and why."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.chooser = ContactChooser(context)
        self.chooser.chosen.connect(lambda *_: self.refresh())
        self.title = section_title(self.tr("Choose a contact"))

        self.decision_labels: dict[str, QLabel] = {}
        self.current_labels: dict[str, QLabel] = {}
        status_box = QGroupBox(self.tr("Direct marketing by channel"))
        grid = QGridLayout(status_box)
        grid.addWidget(QLabel(self.tr("Channel")), 0, 0)
        grid.addWidget(QLabel(self.tr("Recorded")), 0, 1)
        grid.addWidget(QLabel(self.tr("May we send marketing?")), 0, 2)
        for row, channel in enumerate(v.CHANNELS, start=1):
            grid.addWidget(QLabel(word(channel)), row, 0)
            current = QLabel()
            decision = QLabel()
            decision.setWordWrap(True)
            decision.setObjectName(f"decision_{channel}")
            grid.addWidget(current, row, 1)
            grid.addWidget(decision, row, 2)
            self.current_labels[channel] = current
            self.decision_labels[channel] = decision
        grid.setColumnStretch(2, 1)

        record_box = QGroupBox(self.tr("Record a decision"))
        self.channel = QComboBox()
        for channel in (*v.CHANNELS, v.ALL_CHANNELS):
            self.channel.addItem(word(channel), channel)
        self.status = QComboBox()
        for status in v.STATUSES:
            self.status.addItem(word(status), status)
        self.basis = QComboBox()
        for basis in v.LAWFUL_BASES:
            self.basis.addItem(word(basis), basis)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. shop sign-up form, phone call"))
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("e.g. signed form no. 12, call on 3 May"))
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("recordContactConsent")
        self.record_button.clicked.connect(self.record)
        form = QFormLayout(record_box)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Lawful basis:"), self.basis)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Evidence:"), self.evidence)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.record_button)
        form.addRow(buttons)

        self.history = make_table(
            [
                self.tr("Time"),
                self.tr("Purpose and channel"),
                self.tr("Status"),
                self.tr("Lawful basis"),
                self.tr("Policy version"),
                self.tr("Source"),
                self.tr("Evidence"),
            ],
            self.tr("Contact consent history"),
        )
        self.history.setObjectName("contactConsentHistory")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(section_title(self.tr("Contact")))
        left_layout.addWidget(self.chooser, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(status_box)
        right_layout.addWidget(record_box)
        right_layout.addWidget(section_title(self.tr("History")))
        right_layout.addWidget(
            hint(self.tr("Entries are never edited; each is linked to the one before by a hash."))
        )
        right_layout.addWidget(self.history, 1)
        self.details = right
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([270, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_empty()

    def choose(self, contact_id: str, name: str) -> None:
        self.chooser.choose(contact_id, name)

    def _show_empty(self) -> None:
        self.details.setEnabled(False)
        self.title.setText(self.tr("Choose a contact"))
        for channel in v.CHANNELS:
            self.current_labels[channel].setText("")
            self.decision_labels[channel].setText("")
        fill_table(self.history, [])

    def refresh(self) -> None:
        contact_id = self.chooser.contact_id
        if not contact_id:
            self._show_empty()
            return
        workspace = self.context.workspace

        def load() -> ContactConsentState:
            ledger = ConsentLedger(workspace)
            return ContactConsentState(
                contact_id,
                ledger.contact_consents(contact_id),
                {ch: is_marketing_allowed(workspace, contact_id, ch) for ch in v.CHANNELS},
                ledger.contact_history(contact_id),
            )

        self.context.tasks.run(load, on_result=self._show, on_error=self._failed)

    def _show(self, state: ContactConsentState) -> None:
        if state.contact_id != self.chooser.contact_id:
            return
        self.details.setEnabled(True)
        self.title.setText(isolate_auto(self.chooser.contact_name))
        for channel in v.CHANNELS:
            event = state.latest.get((v.MARKETING, channel))
            objection = state.latest.get((v.MARKETING, v.ALL_CHANNELS))
            if objection is not None and (event is None or objection.seq > event.seq):
                event = objection
            if event is None:
                self.current_labels[channel].setText(word(v.UNKNOWN))
            else:
                self.current_labels[channel].setText(
                    self.tr("%1 · %2 · %3")
                    .replace("%1", word(event.status))
                    .replace("%2", word(event.lawful_basis))
                    .replace("%3", local_time(event.recorded_at))
                )
            decision = state.decisions[channel]
            label = self.decision_labels[channel]
            label.setText(self._reason(decision))
            label.setStyleSheet(SUCCESS_STYLE if decision.allowed else DANGER_STYLE)
        fill_table(self.history, [consent_row(e, with_channel=True) for e in state.history])

    @staticmethod
    def _reason(decision: MarketingDecision) -> str:
        return translate_reason(decision.reason)

    def record(self) -> None:
        contact_id = self.chooser.contact_id
        if not contact_id:
            return
        values = {
            "purpose": v.MARKETING,
            "channel": str(self.channel.currentData()),
            "status": str(self.status.currentData()),
            "lawful_basis": str(self.basis.currentData()),
            "source": self.source.text().strip() or v.SOURCE_PRIVACY_TAB,
            "evidence": self.evidence.text().strip(),
        }
        workspace = self.context.workspace
        self.record_button.setEnabled(False)
        self.context.tasks.run(
            lambda: ConsentLedger(workspace).set_contact(contact_id, **values),
            on_result=self._recorded,
            on_error=self._failed,
        )

    def _recorded(self, event: ConsentEvent) -> None:
        self.record_button.setEnabled(True)
        self.evidence.clear()
        self.context.notify(
            self.tr("Recorded: %1 · %2 · %3.")
            .replace("%1", word(event.purpose))
            .replace("%2", word(event.channel))
            .replace("%3", word(event.status))
        )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.record_button.setEnabled(True)
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Contact consent"), message)


def translate_reason(reason: str) -> str:
    """A marketing decision's reason (one of marketing.ALL_REASONS) in the UI language."""
    return QCoreApplication.translate("privacy", reason)
