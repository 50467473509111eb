"""The audit log model: newest entries first, filtered and paged in SQL, loaded off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.store.audit import AuditEntry, AuditLog
from gtgcrm_desktop.ui.dates import local_time
from gtgcrm_desktop.ui.models._table import AnyIndex, read_only_flags
from gtgcrm_desktop.ui.models.audit_details import AuditDetails
from gtgcrm_desktop.ui.tasks import TaskRunner
from gtgcrm_desktop.ui.widgets.privacy_common import short_id

#: The AuditEntry of a row.
AuditEntryRole = Qt.ItemDataRole.UserRole + 1
#: The stored action word of a row ("contact.erased").
AuditActionRole = Qt.ItemDataRole.UserRole + 2
#: Everything about a row in words: subject, summary and each detail, one per line.
AuditFullTextRole = Qt.ItemDataRole.UserRole + 3

SEQ_COLUMN, TIME_COLUMN, ACTION_COLUMN, SUBJECT_COLUMN, DETAILS_COLUMN = range(5)
COLUMN_COUNT = 5
PAGE_SIZE = 200

#: Labels of the actions written to the audit log (context "AuditLogModel").
ACTION_LABELS: dict[str, str] = {
    "consent.account": QT_TRANSLATE_NOOP("AuditLogModel", "Account consent changed"),
    "consent.contact": QT_TRANSLATE_NOOP("AuditLogModel", "Contact consent recorded"),
    "contact.anonymised": QT_TRANSLATE_NOOP("AuditLogModel", "Contact anonymised"),
    "contact.corrected": QT_TRANSLATE_NOOP("AuditLogModel", "Contact corrected"),
    "contact.erased": QT_TRANSLATE_NOOP("AuditLogModel", "Contact erased"),
    "export.created": QT_TRANSLATE_NOOP("AuditLogModel", "Data export made"),
    "policy.acknowledged": QT_TRANSLATE_NOOP("AuditLogModel", "Privacy policy acknowledged"),
    "request.opened": QT_TRANSLATE_NOOP("AuditLogModel", "Data request opened"),
    "request.updated": QT_TRANSLATE_NOOP("AuditLogModel", "Data request updated"),
    "retention.policy": QT_TRANSLATE_NOOP("AuditLogModel", "Retention setting changed"),
    "retention.run": QT_TRANSLATE_NOOP("AuditLogModel", "Retention applied"),
    "usage.deleted": QT_TRANSLATE_NOOP("AuditLogModel", "Usage data deleted"),
    "contacts.import": QT_TRANSLATE_NOOP("AuditLogModel", "Contacts imported"),
    "contacts.import_undo": QT_TRANSLATE_NOOP("AuditLogModel", "Import undone"),
    "contacts.export": QT_TRANSLATE_NOOP("AuditLogModel", "Contacts exported"),
    "contacts.merge": QT_TRANSLATE_NOOP("AuditLogModel", "Contacts merged"),
    "contacts.merge_undo": QT_TRANSLATE_NOOP("AuditLogModel", "Merge undone"),
    "sync.change_suppressed": QT_TRANSLATE_NOOP(
        "AuditLogModel", "Change from the cloud refused (erased person)"
    ),
    "suppression.reapplied": QT_TRANSLATE_NOOP("AuditLogModel", "Erasures applied again"),
    "carddav.card_suppressed": QT_TRANSLATE_NOOP(
        "AuditLogModel", "Erased person’s card deleted from the address book"
    ),
}

SUBJECT_LABELS: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("AuditLogModel", "Account"),
    "contact": QT_TRANSLATE_NOOP("AuditLogModel", "Contact"),
    "import": QT_TRANSLATE_NOOP("AuditLogModel", "Import"),
    "export": QT_TRANSLATE_NOOP("AuditLogModel", "Export"),
    "carddav": QT_TRANSLATE_NOOP("AuditLogModel", "Address book"),
}


def action_label(action: str) -> str:
    """The translated label of an audit action (the stored word when it has none)."""
    text = ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditLogModel", text) if text else action


def subject_label(subject_type: str) -> str:
    text = SUBJECT_LABELS.get(subject_type)
    return QCoreApplication.translate("AuditLogModel", text) if text else subject_type


def subject_text(entry: AuditEntry, *, full: bool = False) -> str:
    """The kind of subject and its id (the end of it unless `full`)."""
    kind = subject_label(entry.subject_type)
    if not entry.subject_id or entry.subject_id == entry.subject_type:
        return kind
    shown = isolate_ltr(entry.subject_id) if full else short_id(entry.subject_id)
    return f"{kind} {shown}"


class AuditLogModel(QAbstractTableModel):
    """Audit entries newest first; filters and pages run in SQL on the task runner."""

    #: The first page for the current filter has arrived.
    loaded = Signal()
    load_failed = Signal(object)

    def __init__(
        self,
        audit_log: AuditLog,
        tasks: TaskRunner,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._log = audit_log
        self._tasks = tasks
        self._page_size = page_size
        self._rows: list[AuditEntry] = []
        self._filter: tuple[str | None, str | None, str | None] = (None, None, None)
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self._details = AuditDetails(self)

    # -- what the owner controls ---------------------------------------------------------

    @property
    def filter(self) -> tuple[str | None, str | None, str | None]:
        """(action, subject_type, subject_id); None means any."""
        return self._filter

    def set_filter(
        self,
        action: str | None = None,
        subject_type: str | None = None,
        subject_id: str | None = None,
    ) -> None:
        """Show only entries matching every given value, then reload."""
        self._filter = (action or None, subject_type or None, (subject_id or "").strip() or None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the first page for the current filter."""
        self._generation += 1
        self._load(0, self._generation)

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    @property
    def loading(self) -> bool:
        return self._loading

    def _load(self, offset: int, generation: int) -> None:
        action, subject_type, subject_id = self._filter
        log, limit = self._log, self._page_size
        self._loading = True

        def fetch() -> list[AuditEntry]:
            return log.entries(
                action=action,
                subject_type=subject_type,
                subject_id=subject_id,
                limit=limit,
                offset=offset,
            )

        self._tasks.run(
            fetch,
            on_result=lambda rows: self._on_page(rows, offset, generation),
            on_error=lambda error: self._on_failed(error, generation),
        )

    def _on_page(self, rows: list[AuditEntry], offset: int, generation: int) -> None:
        if generation != self._generation or (offset and offset != len(self._rows)):
            return
        # Still "loading" while views hear about the change, so none asks for this page again.
        self._exhausted = len(rows) < self._page_size
        if offset == 0:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
        elif rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._loading = False
        if offset == 0:
            self.loaded.emit()

    def _on_failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._loading = False
            self.load_failed.emit(error)

    # -- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(len(self._rows), self._generation)

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SUBJECT_COLUMN:
                return subject_text(entry, full=True)
            return self._details.full_text(entry) if column == DETAILS_COLUMN else None
        if role == AuditFullTextRole:
            return self.full_text(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SEQ_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == AuditEntryRole:
            return entry
        if role == AuditActionRole:
            return entry.action
        return None

    def full_text(self, entry: AuditEntry) -> str:
        """The entry in words, nothing cut: action, time, subject, then every detail."""
        heading = f"{action_label(entry.action)} · {local_time(entry.at)}"
        return "\n".join([heading, subject_text(entry, full=True), self._details.full_text(entry)])

    def _text(self, entry: AuditEntry, column: int) -> str:
        if column == SEQ_COLUMN:
            return str(entry.seq)
        if column == TIME_COLUMN:
            return local_time(entry.at)
        if column == ACTION_COLUMN:
            return action_label(entry.action)
        if column == SUBJECT_COLUMN:
            return subject_text(entry)
        return self._details.summary(entry)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            SEQ_COLUMN: self.tr("#"),
            TIME_COLUMN: self.tr("Time"),
            ACTION_COLUMN: self.tr("Action"),
            SUBJECT_COLUMN: self.tr("Subject"),
            DETAILS_COLUMN: self.tr("Details"),
        }
        return titles.get(section)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)
