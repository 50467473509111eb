"""The audit log page: filter by action and subject, and check both hash chains."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.verify import ChainReport, verify_chains
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.models.audit import (
    ACTION_LABELS,
    DETAILS_COLUMN,
    AuditFullTextRole,
    AuditLogModel,
    action_label,
)
from gtgcrm_desktop.ui.widgets.ltr import LtrLineEdit
from gtgcrm_desktop.ui.widgets.privacy_common import (
    DANGER_STYLE,
    SUCCESS_STYLE,
    hint,
    section_title,
)

FILTER_DEBOUNCE_MS = 250


class AuditPage(QWidget):
    """Every privacy-relevant action, newest first: ids and masked values, never personal data."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AuditLogModel(context.workspace.audit, context.tasks, self)
        self.model.load_failed.connect(self._failed)
        self.model.loaded.connect(self._on_loaded)
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("auditAction")
        self.action_filter.setAccessibleName(self.tr("Filter by action"))
        self.action_filter.addItem(self.tr("All actions"), "")
        for action in sorted(ACTION_LABELS, key=action_label):
            self.action_filter.addItem(action_label(action), action)
        self.subject_filter = QComboBox()
        self.subject_filter.setObjectName("auditSubjectType")
        self.subject_filter.setAccessibleName(self.tr("Filter by subject"))
        self.subject_filter.addItem(self.tr("Any subject"), "")
        self.subject_filter.addItem(self.tr("Account"), v.ACCOUNT)
        self.subject_filter.addItem(self.tr("Contacts"), v.CONTACT)
        self.subject_id = LtrLineEdit()
        self.subject_id.setObjectName("auditSubjectId")
        self.subject_id.setPlaceholderText(self.tr("Subject id"))
        self.subject_id.setAccessibleName(self.tr("Filter by subject id"))
        self.subject_id.setClearButtonEnabled(True)
        self.verify_button = QPushButton(self.tr("Verify chains"))
        self.verify_button.setObjectName("verifyChains")
        self.verify_button.setToolTip(
            self.tr("Check that no entry of the consent ledger or audit log was changed")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 50), (1, 150), (2, 210), (3, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(DETAILS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.model.modelReset.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.setObjectName("auditDetails")
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        self.details.setPlaceholderText(self.tr("Select an entry to see all of its details."))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.action_filter.currentIndexChanged.connect(self.apply_filter)
        self.subject_filter.currentIndexChanged.connect(self.apply_filter)
        self.subject_id.textChanged.connect(self._debounce.start)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Action:")))
        filters.addWidget(self.action_filter)
        filters.addWidget(QLabel(self.tr("Subject:")))
        filters.addWidget(self.subject_filter)
        filters.addWidget(self.subject_id, 1)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.verify_result, 1)
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(section_title(self.tr("Audit log")))
        title_row.addStretch()
        title_row.addWidget(self.count_label)
        layout.addLayout(title_row)
        layout.addWidget(
            hint(
                self.tr(
                    "Append-only and hash-chained. It holds ids and masked values only, never"
                    " names, e-mail addresses or phone numbers in full."
                )
            )
        )
        layout.addLayout(filters)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 170])
        layout.addWidget(splitter, 1)
        layout.addLayout(verify_row)

    def refresh(self) -> None:
        self.model.refresh()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(
            str(self.action_filter.currentData() or ""),
            str(self.subject_filter.currentData() or ""),
            self.subject_id.text(),
        )

    def show_subject(self, subject_type: str, subject_id: str) -> None:
        """Filter the log to one subject (used from other pages)."""
        self.subject_filter.blockSignals(True)
        self.subject_filter.setCurrentIndex(max(self.subject_filter.findData(subject_type), 0))
        self.subject_filter.blockSignals(False)
        self.subject_id.blockSignals(True)
        self.subject_id.setText(subject_id)
        self.subject_id.blockSignals(False)
        self.apply_filter()

    def _on_loaded(self) -> None:
        rows = self.model.rowCount()
        if self.model.canFetchMore():
            self.count_label.setText(self.tr("%n entry(ies) shown; scroll for more", "", rows))
        else:
            self.count_label.setText(self.tr("%n entry(ies) shown", "", rows))

    def _show_details(self, *_: QItemSelection) -> None:
        """Everything about the selected entry, nothing cut, in the pane under the table."""
        rows = self.table.selectionModel().selectedRows()
        text = self.model.index(rows[0].row(), 0).data(AuditFullTextRole) if rows else ""
        self.details.setPlainText(str(text or ""))

    def verify(self) -> None:
        """Check both hash chains off the GUI thread and show the result."""
        self.verify_button.setEnabled(False)
        self.verify_result.setText(self.tr("Checking…"))
        self.verify_result.setStyleSheet("")
        workspace = self.context.workspace
        self.context.tasks.run(
            lambda: verify_chains(workspace), on_result=self._verified, on_error=self._failed
        )

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.intact:
            self.verify_result.setText(
                self.tr("Intact: %1 consent entries and %2 audit entries checked, none changed.")
                .replace("%1", str(report.consent_entries))
                .replace("%2", str(report.audit_entries))
            )
            self.verify_result.setStyleSheet(SUCCESS_STYLE)
            return

        def names(seqs: list[int]) -> str:
            return ", ".join(f"#{s}" for s in seqs) if seqs else "-"

        self.verify_result.setText(
            self.tr("Tampering detected. Consent ledger entries: %1. Audit log entries: %2.")
            .replace("%1", names(report.consent_broken))
            .replace("%2", names(report.audit_broken))
        )
        self.verify_result.setStyleSheet(DANGER_STYLE)

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Audit log"), message)
