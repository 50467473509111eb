"""An audit entry's stored details as translated sentences: a summary, and every detail labelled."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.store.audit import AuditEntry
from gtgcrm_desktop.ui.dates import local_time
from gtgcrm_desktop.ui.widgets.privacy_common import field_names, months_text, policy_version, word

_CONTEXT = "AuditDetails"

#: Labels of the keys stored in audit details (context "AuditDetails").
KEY_LABELS: dict[str, str] = {
    "action": QT_TRANSLATE_NOOP("AuditDetails", "Then"),
    "after": QT_TRANSLATE_NOOP("AuditDetails", "After (masked)"),
    "at": QT_TRANSLATE_NOOP("AuditDetails", "Time"),
    "before": QT_TRANSLATE_NOOP("AuditDetails", "Before (masked)"),
    "change_log_entries_blanked": QT_TRANSLATE_NOOP("AuditDetails", "Change-log entries blanked"),
    "channel": QT_TRANSLATE_NOOP("AuditDetails", "Channel"),
    "consent_events_redacted": QT_TRANSLATE_NOOP("AuditDetails", "Consent entries redacted"),
    "count": QT_TRANSLATE_NOOP("AuditDetails", "Count"),
    "counts": QT_TRANSLATE_NOOP("AuditDetails", "Rows"),
    "cutoff": QT_TRANSLATE_NOOP("AuditDetails", "No activity since"),
    "deleted": QT_TRANSLATE_NOOP("AuditDetails", "Deleted on the server"),
    "deleted_before": QT_TRANSLATE_NOOP("AuditDetails", "Deleted contacts cleaned up"),
    "device_id": QT_TRANSLATE_NOOP("AuditDetails", "Device"),
    "encoding": QT_TRANSLATE_NOOP("AuditDetails", "Text encoding"),
    "encrypted": QT_TRANSLATE_NOOP("AuditDetails", "Encrypted"),
    "entries_added": QT_TRANSLATE_NOOP("AuditDetails", "Erasure entries added"),
    "erased": QT_TRANSLATE_NOOP("AuditDetails", "Contacts erased"),
    "event": QT_TRANSLATE_NOOP("AuditDetails", "Consent entry id"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "Fields changed"),
    "file_name": QT_TRANSLATE_NOOP("AuditDetails", "File"),
    "files": QT_TRANSLATE_NOOP("AuditDetails", "Files"),
    "finished_at": QT_TRANSLATE_NOOP("AuditDetails", "Finished"),
    "format": QT_TRANSLATE_NOOP("AuditDetails", "Format"),
    "import_id": QT_TRANSLATE_NOOP("AuditDetails", "Import id"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "Request type"),
    "lawful_basis": QT_TRANSLATE_NOOP("AuditDetails", "Lawful basis"),
    "masked": QT_TRANSLATE_NOOP("AuditDetails", "Was (masked)"),
    "merge_id": QT_TRANSLATE_NOOP("AuditDetails", "Merge id"),
    "months": QT_TRANSLATE_NOOP("AuditDetails", "Period"),
    "purpose": QT_TRANSLATE_NOOP("AuditDetails", "Purpose"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "Reason"),
    "removed": QT_TRANSLATE_NOOP("AuditDetails", "Removed"),
    "request": QT_TRANSLATE_NOOP("AuditDetails", "Request id"),
    "restored": QT_TRANSLATE_NOOP("AuditDetails", "Restored"),
    "skipped": QT_TRANSLATE_NOOP("AuditDetails", "Skipped"),
    "source": QT_TRANSLATE_NOOP("AuditDetails", "Source"),
    "started_at": QT_TRANSLATE_NOOP("AuditDetails", "Started"),
    "status": QT_TRANSLATE_NOOP("AuditDetails", "Status"),
    "suppressed": QT_TRANSLATE_NOOP("AuditDetails", "E-mails and phones blocked from re-import"),
    "version": QT_TRANSLATE_NOOP("AuditDetails", "Policy version"),
}

#: Labels of the parts of a masked contact and of an import's row counts.
PART_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("AuditDetails", "name"),
    "emails": QT_TRANSLATE_NOOP("AuditDetails", "e-mails"),
    "phones": QT_TRANSLATE_NOOP("AuditDetails", "phones"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "read"),
    "new": QT_TRANSLATE_NOOP("AuditDetails", "new"),
    "updated": QT_TRANSLATE_NOOP("AuditDetails", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditDetails", "unchanged"),
    "duplicates": QT_TRANSLATE_NOOP("AuditDetails", "duplicates"),
    "invalid": QT_TRANSLATE_NOOP("AuditDetails", "invalid"),
}

#: Why a contact was erased or anonymised, and the other stored words without a privacy label.
WORD_LABELS: dict[str, str] = {
    "request": QT_TRANSLATE_NOOP("AuditDetails", "at the person’s request"),
    "retention": QT_TRANSLATE_NOOP("AuditDetails", "under the retention setting"),
    "review": QT_TRANSLATE_NOOP("AuditDetails", "list them for review"),
    "anonymise": QT_TRANSLATE_NOOP("AuditDetails", "anonymise them automatically"),
    "delete": QT_TRANSLATE_NOOP("AuditDetails", "delete them automatically"),
    "startup_notice": QT_TRANSLATE_NOOP("AuditDetails", "start-up notice"),
    "suppression": QT_TRANSLATE_NOOP("AuditDetails", "because the person had asked to be erased"),
    "cloud": QT_TRANSLATE_NOOP("AuditDetails", "from the cloud"),
    "carddav": QT_TRANSLATE_NOOP("AuditDetails", "from the address book"),
    "restore": QT_TRANSLATE_NOOP("AuditDetails", "restoring a backup"),
}

_IDS = frozenset({"request", "event", "import_id", "merge_id"})
_WORDS = frozenset({"kind", "status", "purpose", "channel", "lawful_basis", "source"})
_TIMES = frozenset({"at", "started_at", "finished_at"})
_MASKED = frozenset({"masked", "before", "after"})
# Details already said in full by an action's summary line.
_IN_SUMMARY: dict[str, frozenset[str]] = {
    "retention.run": frozenset({"action", "count"}),
    "usage.deleted": frozenset({"count"}),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _stored_word(value: Any) -> str:
    """A stored word (purpose, status, source...) in words; free text stays as written."""
    text = str(value)
    if text in WORD_LABELS:
        return _tr(WORD_LABELS[text])
    if text in v.LABELS or v.is_integration_purpose(text):
        return word(text)
    return isolate_auto(text)


def _separator() -> str:
    """The comma of the UI language ("، " in Arabic)."""
    return "، " if QLocale().textDirection() == Qt.LayoutDirection.RightToLeft else ", "


def _masked(value: Any) -> str:
    """A masked contact ({"name", "emails", "phones"}) as "name: A*** · e-mails: a***@e***.com"."""
    if not isinstance(value, dict):
        return _plain(value)
    parts = []
    for key in ("name", "emails", "phones"):
        shown = value.get(key)
        if not shown:
            continue
        if isinstance(shown, list):
            text = _separator().join(isolate_ltr(str(s)) for s in shown)
        else:
            text = isolate_auto(str(shown))
        parts.append(f"{_tr(PART_LABELS[key])}: {text}")
    return " · ".join(parts)


def _counts(value: Any) -> str:
    if not isinstance(value, dict):
        return _plain(value)
    shown = [f"{_tr(PART_LABELS[k])}: {n}" for k, n in value.items() if k in PART_LABELS]
    return _separator().join(shown)


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return isolate_auto(value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("AuditDetails", "yes")
        return QCoreApplication.translate("AuditDetails", "no")
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return _separator().join(isolate_ltr(item) for item in value)
    return isolate_ltr(json.dumps(value, ensure_ascii=False))


def value_text(key: str, value: Any, entry: AuditEntry) -> str:
    """One stored detail in words, in the UI language."""
    if key == "format" and entry.action == "contacts.import":
        return _import_format(str(value))
    if key in _IDS or key in ("format", "encoding"):
        return isolate_ltr(str(value))
    if key in _WORDS or key in ("reason", "action"):
        return _stored_word(value)
    if key in _TIMES:
        return local_time(str(value))
    if key == "cutoff":
        return local_time(str(value), date_only=True)
    if key in _MASKED:
        return _masked(value)
    if key == "counts":
        return _counts(value)
    if key == "fields" and isinstance(value, list):
        return field_names(str(f) for f in value)
    if key == "version":
        return policy_version(str(value))
    if key == "months" and isinstance(value, int):
        return months_text(value)
    return _plain(value)


def _import_format(name: str) -> str:
    from gtgcrm_desktop.interchange import FORMAT_LABELS  # only when an import is described

    label = FORMAT_LABELS.get(name)
    return QCoreApplication.translate("interchange", label) if label else isolate_ltr(name)


class AuditDetails(QObject):
    """Describes audit entries: a one-line summary per action, and each stored detail labelled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summaries = self._summary_makers()

    def summary(self, entry: AuditEntry) -> str:
        """What happened, in one line (ids and masked values are in `lines`)."""
        describe = self._summaries.get(entry.action)
        try:
            return describe(entry.details) if describe is not None else self._first_line(entry)
        except (KeyError, TypeError, ValueError):  # details written by an older version
            return self._first_line(entry)

    def lines(self, entry: AuditEntry) -> list[str]:
        """Every stored detail the summary does not already say, as "label: value"."""
        said = _IN_SUMMARY.get(entry.action, frozenset())
        return [
            f"{_tr(KEY_LABELS[key]) if key in KEY_LABELS else key}: {value_text(key, value, entry)}"
            for key, value in entry.details.items()
            if key not in said
        ]

    def full_text(self, entry: AuditEntry) -> str:
        """The summary, then every detail on its own line."""
        return "\n".join([self.summary(entry), *self.lines(entry)])

    def _first_line(self, entry: AuditEntry) -> str:
        lines = self.lines(entry)
        return lines[0] if lines else ""

    def _summary_makers(self) -> dict[str, Callable[[dict[str, Any]], str]]:
        return {
            "consent.account": self._account_consent,
            "consent.contact": self._contact_consent,
            "contact.anonymised": self._removed_contact,
            "contact.erased": self._removed_contact,
            "contact.corrected": self._corrected,
            "export.created": self._export,
            "policy.acknowledged": self._acknowledged,
            "request.opened": self._request_opened,
            "request.updated": self._request_updated,
            "retention.policy": self._retention_policy,
            "retention.run": self._retention_run,
            "usage.deleted": self._usage_deleted,
            "contacts.import": self._import,
            "contacts.import_undo": self._import_undo,
            "contacts.export": self._contacts_export,
            "contacts.merge": self._merge,
            "contacts.merge_undo": lambda _d: self.tr("The merged contacts were restored."),
        }

    def _account_consent(self, d: dict[str, Any]) -> str:
        return (
            self.tr("%1: %2")
            .replace("%1", _stored_word(d["purpose"]))
            .replace("%2", _stored_word(d["status"]))
        )

    def _contact_consent(self, d: dict[str, Any]) -> str:
        return (
            self.tr("%1 · %2: %3")
            .replace("%1", _stored_word(d["purpose"]))
            .replace("%2", _stored_word(d["channel"]))
            .replace("%3", _stored_word(d["status"]))
        )

    def _removed_contact(self, d: dict[str, Any]) -> str:
        reason = _stored_word(d["reason"])
        name = (d.get("masked") or {}).get("name")
        if not name:
            return reason
        return self.tr("%1 (was %2)").replace("%1", reason).replace("%2", isolate_auto(name))

    def _corrected(self, d: dict[str, Any]) -> str:
        return self.tr("Corrected: %1").replace("%1", field_names(d["fields"]))

    def _export(self, d: dict[str, Any]) -> str:
        count = len(d["files"])
        if d["encrypted"]:
            return self.tr("Encrypted zip of %n file(s)", "", count)
        return self.tr("Unencrypted zip of %n file(s)", "", count)

    def _acknowledged(self, d: dict[str, Any]) -> str:
        return (
            self.tr("Version %1, from the %2")
            .replace("%1", policy_version(str(d["version"])))
            .replace("%2", _stored_word(d["source"]))
        )

    def _request_opened(self, d: dict[str, Any]) -> str:
        return self.tr("Request type: %1").replace("%1", _stored_word(d["kind"]))

    def _request_updated(self, d: dict[str, Any]) -> str:
        return (
            self.tr("Request type: %1 · status: %2")
            .replace("%1", _stored_word(d["kind"]))
            .replace("%2", _stored_word(d["status"]))
        )

    def _retention_policy(self, d: dict[str, Any]) -> str:
        return (
            self.tr("Period: %1 · then: %2")
            .replace("%1", months_text(int(d["months"])))
            .replace("%2", _stored_word(d["action"]))
        )

    def _retention_run(self, d: dict[str, Any]) -> str:
        count = int(d["count"])
        if d["action"] == "delete":
            return self.tr("%n inactive contact(s) deleted", "", count)
        return self.tr("%n inactive contact(s) anonymised", "", count)

    def _usage_deleted(self, d: dict[str, Any]) -> str:
        return self.tr("%n usage event(s) deleted", "", int(d["count"]))

    def _import(self, d: dict[str, Any]) -> str:
        counts = d["counts"]
        return (
            self.tr("%1: %2 new, %3 updated")
            .replace("%1", isolate_auto(str(d["file_name"])))
            .replace("%2", str(counts["new"]))
            .replace("%3", str(counts["updated"]))
        )

    def _import_undo(self, d: dict[str, Any]) -> str:
        return (
            self.tr("%1 removed, %2 restored")
            .replace("%1", str(d["removed"]))
            .replace("%2", str(d["restored"]))
        )

    def _contacts_export(self, d: dict[str, Any]) -> str:
        count = int(d["count"])
        return self.tr("%n contact(s) to %1", "", count).replace(
            "%1", isolate_auto(str(d["file_name"]))
        )

    def _merge(self, d: dict[str, Any]) -> str:
        return self.tr("%n other contact(s) merged into this one", "", len(d["removed"]))
