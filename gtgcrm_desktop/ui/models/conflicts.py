"""Sync lists for the Sync tab: open conflicts side by side, refused changes, changes from the
cloud not applied yet, cloud data requests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.store.sync_state import Conflict, HeldChange, ParkedChange
from gtgcrm_desktop.ui.dates import local_time_text

AnyIndex = QModelIndex | QPersistentModelIndex

#: The conflict id of a row.
ConflictIdRole = Qt.ItemDataRole.UserRole + 1
#: The Conflict of a row.
ConflictRole = Qt.ItemDataRole.UserRole + 2
#: The account data request (a dict from sync.privacy.account_requests) of a row.
RequestRole = Qt.ItemDataRole.UserRole + 3

#: Fields whose values are e-mail addresses, phone numbers or codes: shown left to right.
LTR_FIELDS = frozenset({"emails", "phones", "birthday", "website", "urls"})
#: A value longer than this is cut in the table (the tooltip holds all of it).
CELL_CHARS = 80


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One open conflict and the name of the record it is about (looked up in the background)."""

    conflict: Conflict
    record_name: str = ""


@dataclass(frozen=True, slots=True)
class ParkedRow:
    """One change the server refused, with the name of its record."""

    change: ParkedChange
    record_name: str = ""


@dataclass(frozen=True, slots=True)
class HeldRow:
    """One change from the cloud not applied here yet, with the name of its record."""

    change: HeldChange
    record_name: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncModels", text)


def entity_label(entity: str) -> str:
    """The kind of record, in words."""
    labels = {
        "contact": QCoreApplication.translate("SyncModels", "Contact"),
        "template": QCoreApplication.translate("SyncModels", "Template"),
        "template_image": QCoreApplication.translate("SyncModels", "Template image"),
        "consent": QCoreApplication.translate("SyncModels", "Consent"),
        "data_request": QCoreApplication.translate("SyncModels", "Data request"),
    }
    return labels.get(entity, entity)


#: The fields of contacts and templates, as a person names them (context "SyncModels").
FIELD_LABELS: dict[str, str] = {
    "given_name": QT_TRANSLATE_NOOP("SyncModels", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("SyncModels", "Family name"),
    "display_name": QT_TRANSLATE_NOOP("SyncModels", "Display name"),
    "organization": QT_TRANSLATE_NOOP("SyncModels", "Organisation"),
    "title": QT_TRANSLATE_NOOP("SyncModels", "Job title"),
    "emails": QT_TRANSLATE_NOOP("SyncModels", "E-mail addresses"),
    "phones": QT_TRANSLATE_NOOP("SyncModels", "Phone numbers"),
    "addresses": QT_TRANSLATE_NOOP("SyncModels", "Addresses"),
    "tags": QT_TRANSLATE_NOOP("SyncModels", "Tags"),
    "notes": QT_TRANSLATE_NOOP("SyncModels", "Notes"),
    "birthday": QT_TRANSLATE_NOOP("SyncModels", "Birthday"),
    "custom_fields": QT_TRANSLATE_NOOP("SyncModels", "Custom fields"),
    "extra": QT_TRANSLATE_NOOP("SyncModels", "Other details"),
    "name": QT_TRANSLATE_NOOP("SyncModels", "Name"),
    "kind": QT_TRANSLATE_NOOP("SyncModels", "Kind"),
    "subject": QT_TRANSLATE_NOOP("SyncModels", "Subject"),
    "body_html": QT_TRANSLATE_NOOP("SyncModels", "Content (HTML)"),
    "body_text": QT_TRANSLATE_NOOP("SyncModels", "Plain-text content"),
    "direction": QT_TRANSLATE_NOOP("SyncModels", "Writing direction"),
    "language": QT_TRANSLATE_NOOP("SyncModels", "Language"),
    "purpose": QT_TRANSLATE_NOOP("SyncModels", "Purpose"),
    "*": QT_TRANSLATE_NOOP("SyncModels", "The whole record"),
}


def field_label(field: str) -> str:
    """The field's name as a person knows it; unknown fields keep their stored name."""
    if field in FIELD_LABELS:
        return _tr(FIELD_LABELS[field])
    return field.replace("_", " ")


def value_text(field: str, value: Any) -> str:
    """A readable one-line form of a stored value: lists of e-mails as "a@x, b@y", and so on."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, list):
        parts = [value_text(field, item) for item in value]
        return ", ".join(p for p in parts if p)
    if isinstance(value, dict):
        if "value" in value:  # an e-mail address or phone number with a label
            return str(value.get("value") or "")
        parts = [str(v) for v in value.values() if v not in (None, "", [], {})]
        if parts and all(isinstance(v, str | int | float) for v in value.values() if v):
            return ", ".join(parts)
    return json.dumps(value, ensure_ascii=False)


def _isolated(field: str, text: str) -> str:
    return isolate_ltr(text) if field in LTR_FIELDS else isolate_auto(text)


def _short(text: str) -> str:
    single = " ".join(text.split())
    return single if len(single) <= CELL_CHARS else single[: CELL_CHARS - 1] + "…"


class _ListModel(QAbstractTableModel):
    """A small read-only table: rows replaced as a whole after each background load."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _replace(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _valid(self, index: AnyIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self.HEADERS)
        )


class ConflictListModel(_ListModel):
    """Open conflicts: record, field, the value on this computer and the one in the cloud."""

    RECORD, FIELD, LOCAL, REMOTE, DETECTED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncModels", "Record"),
        QT_TRANSLATE_NOOP("SyncModels", "Field"),
        QT_TRANSLATE_NOOP("SyncModels", "On this computer"),
        QT_TRANSLATE_NOOP("SyncModels", "In the cloud"),
        QT_TRANSLATE_NOOP("SyncModels", "Found on"),
    )

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self._replace(rows)

    def conflict(self, row: int) -> Conflict:
        found: Conflict = self._rows[row].conflict
        return found

    def row_of(self, conflict_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.conflict.id == conflict_id), -1)

    def _side(self, conflict: Conflict, value: Any) -> str:
        if conflict.kind == "delete":
            return (
                QCoreApplication.translate("SyncModels", "Deleted")
                if value is None
                else QCoreApplication.translate("SyncModels", "Kept, with changes")
            )
        text = value_text(conflict.field, value)
        return text if text else QCoreApplication.translate("SyncModels", "(empty)")

    def _cell(self, row: ConflictRow, column: int, full: bool) -> str:
        conflict = row.conflict
        if column == self.RECORD:
            name = row.record_name or QCoreApplication.translate("SyncModels", "(no name)")
            return f"{entity_label(conflict.entity)} · {isolate_auto(name)}"
        if column == self.FIELD:
            return field_label(conflict.field)
        if column == self.DETECTED:
            return local_time_text(conflict.detected_at)
        value = conflict.local_value if column == self.LOCAL else conflict.remote_value
        text = self._side(conflict, value)
        return _isolated(conflict.field, text if full else _short(text))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: ConflictRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column(), full=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell(row, index.column(), full=True)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cell(row, index.column(), full=True)
        if role == ConflictIdRole:
            return row.conflict.id
        if role == ConflictRole:
            return row.conflict
        return None


def operation_label(operation: str) -> str:
    labels = {
        "create": QCoreApplication.translate("SyncModels", "Added"),
        "update": QCoreApplication.translate("SyncModels", "Edited"),
        "delete": QCoreApplication.translate("SyncModels", "Deleted"),
    }
    return labels.get(operation, operation)


def reason_label(reason: str) -> str:
    """A refusal reason of the server in plain words (unknown codes are shown as they are)."""
    labels = {
        "invalid_change": QCoreApplication.translate(
            "SyncModels", "The cloud found the change invalid"
        ),
        "missing_attachment": QCoreApplication.translate(
            "SyncModels", "An image of the template did not reach the cloud"
        ),
        "unknown_entity": QCoreApplication.translate(
            "SyncModels", "The record no longer exists in the cloud"
        ),
        "forbidden": QCoreApplication.translate(
            "SyncModels", "Your account may not make this change"
        ),
        "too_large": QCoreApplication.translate("SyncModels", "The change is too large"),
    }
    return labels.get(
        reason, reason or QCoreApplication.translate("SyncModels", "Refused without a reason")
    )


class _ChangeListModel(_ListModel):
    """Changes listed with their record, operation, reason and time (parked or held)."""

    RECORD, CHANGE, REASON, WHEN = range(4)

    def set_rows(self, rows: list[Any]) -> None:
        self._replace(rows)

    def change(self, row: int) -> Any:
        return self._rows[row].change

    def _reason(self, change: Any) -> str:
        raise NotImplementedError

    def _when(self, change: Any) -> str:
        raise NotImplementedError

    def _tooltip(self, row: Any, column: int) -> str:
        return self._cell(row, column)

    def _cell(self, row: Any, column: int) -> str:
        change = row.change
        if column == self.RECORD:
            name = row.record_name or QCoreApplication.translate("SyncModels", "(no name)")
            return f"{entity_label(change.entity)} · {isolate_auto(name)}"
        if column == self.CHANGE:
            return operation_label(change.operation)
        if column == self.REASON:
            return self._reason(change)
        return local_time_text(self._when(change))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        return None


class ParkedChangeModel(_ChangeListModel):
    """Changes the server refused: kept here, not sent again, shown with the reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("SyncModels", "Record"),
        QT_TRANSLATE_NOOP("SyncModels", "Change"),
        QT_TRANSLATE_NOOP("SyncModels", "Reason"),
        QT_TRANSLATE_NOOP("SyncModels", "Refused on"),
    )

    def change(self, row: int) -> ParkedChange:
        found: ParkedChange = self._rows[row].change
        return found

    def _reason(self, change: ParkedChange) -> str:
        return reason_label(change.reason)

    def _when(self, change: ParkedChange) -> str:
        return change.updated_at

    def _tooltip(self, row: ParkedRow, column: int) -> str:
        if column == self.REASON and row.change.message:
            return isolate_auto(row.change.message)
        return self._cell(row, column)


def held_reason_label(reason: str) -> str:
    """Why a change from the cloud is not applied yet, in plain words."""
    labels = {
        "missing_image": QCoreApplication.translate(
            "SyncModels", "Its image could not be downloaded from the cloud yet"
        ),
        "unknown_kind": QCoreApplication.translate(
            "SyncModels", "This kind of record needs a newer version of the app"
        ),
        "missing_record": QCoreApplication.translate(
            "SyncModels", "It belongs to a record that is not on this computer yet"
        ),
        "unreadable": QCoreApplication.translate(
            "SyncModels", "The cloud sent details this app cannot read"
        ),
        "not_saved": QCoreApplication.translate(
            "SyncModels", "It could not be saved on this computer"
        ),
    }
    return labels.get(reason, QCoreApplication.translate("SyncModels", "It could not be applied"))


class HeldChangeModel(_ChangeListModel):
    """Changes from the cloud not applied here yet: tried again at each sync, with the reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("SyncModels", "Record"),
        QT_TRANSLATE_NOOP("SyncModels", "Change"),
        QT_TRANSLATE_NOOP("SyncModels", "Reason"),
        QT_TRANSLATE_NOOP("SyncModels", "Received on"),
    )

    def change(self, row: int) -> HeldChange:
        found: HeldChange = self._rows[row].change
        return found

    def _reason(self, change: HeldChange) -> str:
        return held_reason_label(change.reason)

    def _when(self, change: HeldChange) -> str:
        return change.received_at


def request_kind_label(kind: str) -> str:
    labels = {
        "access": QCoreApplication.translate("SyncModels", "Export my data"),
        "erasure": QCoreApplication.translate("SyncModels", "Delete my account data"),
        "correction": QCoreApplication.translate("SyncModels", "Correct my data"),
        "objection": QCoreApplication.translate("SyncModels", "Object to processing"),
    }
    return labels.get(kind, kind)


def request_status_label(request: dict[str, Any]) -> str:
    """Where a request stands, in words: waiting to be sent, received, in progress, done..."""
    status = str(request.get("status") or "")
    if not request.get("remote_id"):
        return QCoreApplication.translate("SyncModels", "Waiting to be sent with the next sync")
    labels = {
        "open": QCoreApplication.translate("SyncModels", "Sent"),
        "received": QCoreApplication.translate("SyncModels", "Received by the cloud"),
        "in_progress": QCoreApplication.translate("SyncModels", "In progress"),
        "completed": QCoreApplication.translate("SyncModels", "Done"),
        "rejected": QCoreApplication.translate("SyncModels", "Refused"),
    }
    return labels.get(status, status)


class DataRequestModel(_ListModel):
    """The account's data requests to the cloud, newest first, with their status."""

    KIND, STATUS, CREATED, UPDATED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncModels", "Request"),
        QT_TRANSLATE_NOOP("SyncModels", "Status"),
        QT_TRANSLATE_NOOP("SyncModels", "Asked on"),
        QT_TRANSLATE_NOOP("SyncModels", "Last news"),
    )

    def set_requests(self, requests: list[dict[str, Any]]) -> None:
        self._replace(requests)

    def request(self, row: int) -> dict[str, Any]:
        found: dict[str, Any] = self._rows[row]
        return found

    def _cell(self, request: dict[str, Any], column: int) -> str:
        if column == self.KIND:
            return request_kind_label(str(request.get("kind") or ""))
        if column == self.STATUS:
            return request_status_label(request)
        key = "created_at" if column == self.CREATED else "updated_at"
        return local_time_text(request.get(key))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        request: dict[str, Any] = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._cell(request, index.column())
        if role == RequestRole:
            return request
        return None
