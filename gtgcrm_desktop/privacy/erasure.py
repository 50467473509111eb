"""Erasure and anonymisation of contacts: values gone everywhere, masked record in the audit log."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.auditing import audit
from gtgcrm_desktop.privacy.masking import mask_contact
from gtgcrm_desktop.privacy.requests import DataRequests
from gtgcrm_desktop.store.changelog import new_op_id
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.erasure import (
    checkpoint,
    scrub_contact,
    scrub_deleted_named,
    suppressed_contact_ids,
    with_e164,
)
from gtgcrm_desktop.store.photos import forget_unreferenced
from gtgcrm_desktop.store.suppression import SuppressionEntries
from gtgcrm_desktop.store.workspace import Workspace

REASON_REQUEST = "request"
REASON_RETENTION = "retention"
#: Erased again because the suppression list names them (after a restore, or an import).
REASON_SUPPRESSION = "suppression"
ANONYMOUS_NAME = "—"


@dataclass(slots=True)
class ErasureReport:
    """What was done, by id and count only."""

    contact_ids: list[str]
    request_id: str | None = None
    suppressed: int = 0
    seconds: float = 0.0
    swept_tables: list[str] = field(default_factory=list)


def erase_contact(
    workspace: Workspace, contact_id: str, *, request_id: str | None = None
) -> ErasureReport:
    """Erase one contact at their request: gone from the database, index and change-log
    payloads; a tombstone for sync; a suppression entry so an import does not bring them back;
    the request recorded as completed."""
    started = time.perf_counter()
    requests = DataRequests(workspace)
    if request_id is not None:
        requests.check_open(request_id, v.ERASURE, v.CONTACT, contact_id)
    with workspace.db.transaction():
        report = _erase(workspace, [contact_id], reason=REASON_REQUEST, suppress=True)
        report.request_id = requests.fulfil(
            v.ERASURE, v.CONTACT, contact_id, "erased", request_id
        ).id
    checkpoint(workspace.db)
    report.seconds = time.perf_counter() - started
    return report


def erase_contacts(
    workspace: Workspace, contact_ids: Sequence[str], *, reason: str = REASON_RETENTION
) -> ErasureReport:
    """Delete several contacts for good in one transaction (retention): no suppression, since
    the person did not ask for it and may come back legitimately."""
    started = time.perf_counter()
    report = _erase(workspace, list(contact_ids), reason=reason, suppress=False)
    checkpoint(workspace.db)
    report.seconds = time.perf_counter() - started
    return report


def _erase(workspace: Workspace, ids: list[str], *, reason: str, suppress: bool) -> ErasureReport:
    """The erasure itself, in one transaction; the caller checkpoints after it commits."""
    report = ErasureReport(list(ids))
    consents = ConsentStore(workspace.db, workspace.changes)
    op_id = new_op_id()
    region = str(workspace.settings.get(settings.DEFAULT_REGION))
    try:
        _erase_each(workspace, ids, reason, suppress, report, consents, op_id, region)
    except BaseException:
        workspace.suppression.forget_snapshot()  # entries added in the rolled-back transaction
        raise
    return report


def _erase_each(
    workspace: Workspace,
    ids: list[str],
    reason: str,
    suppress: bool,
    report: ErasureReport,
    consents: ConsentStore,
    op_id: str,
    region: str,
) -> None:
    photos: set[str] = set()
    with workspace.db.transaction():
        for contact_id in ids:
            result = scrub_contact(
                workspace.db,
                workspace.contacts,
                consents,
                contact_id,
                op_id=op_id,
                forget_photos=False,
            )
            photos |= result.photos
            suppressed = (
                workspace.suppression.add(with_e164(result.contact, region), op_id=op_id)
                if suppress
                else 0
            )
            report.suppressed += suppressed
            report.swept_tables.extend(
                t for t in result.swept_tables if t not in report.swept_tables
            )
            audit(
                workspace,
                "contact.erased",
                subject_type=v.CONTACT,
                subject_id=contact_id,
                details={
                    "reason": reason,
                    "masked": mask_contact(result.contact),
                    "suppressed": suppressed,
                    "consent_events_redacted": result.consent_events_redacted,
                    "change_log_entries_blanked": result.change_log_entries_blanked,
                },
            )
        forget_unreferenced(workspace.db, photos)  # once for the batch: each looks everywhere


def reapply_suppressions(
    workspace: Workspace, extra: SuppressionEntries | None = None, *, source: str = "restore"
) -> int:
    """Erase again every contact the suppression list names, after adding the salts and
    entries of `extra` (for a restore: `other_workspace.suppression.export()` of the workspace
    that runs it; the entries synced from the cloud arrive with the next sync and are applied
    then). Each erasure is audited as `contact.erased` (reason "suppression"), the whole as
    `suppression.reapplied`; returns how many contacts were erased."""
    added = workspace.suppression.merge(extra) if extra is not None else 0
    ids = suppressed_contact_ids(workspace)
    with workspace.db.transaction():
        report = _erase(workspace, ids, reason=REASON_SUPPRESSION, suppress=False)
        lingering = scrub_deleted_named(workspace, workspace.suppression.matcher(), source=source)
        audit(
            workspace,
            "suppression.reapplied",
            details={
                "source": source,
                "entries_added": added,
                "erased": len(ids),
                "deleted_before": lingering,
            },
        )
    if report.contact_ids or lingering:
        checkpoint(workspace.db)
    return len(ids)


def anonymise_contacts(workspace: Workspace, contact_ids: Sequence[str]) -> ErasureReport:
    """Keep each contact as an anonymous record (id, countries, creation time) and erase
    everything else: names, addresses, e-mails, phones, tags, notes, birthday, custom fields."""
    started = time.perf_counter()
    report = ErasureReport(list(contact_ids))
    consents = ConsentStore(workspace.db, workspace.changes)
    op_id = new_op_id()
    photos: set[str] = set()
    with workspace.db.transaction():
        for contact_id in contact_ids:
            result = scrub_contact(
                workspace.db, workspace.contacts, consents, contact_id, op_id=op_id, keep_row=True
            )
            workspace.contacts.update(_anonymous(result.contact), op_id=op_id)
            photos |= result.photos
            workspace.db.execute(
                "INSERT INTO contact_activity (contact_id, last_activity_at, anonymised_at)"
                " VALUES (?, '', ?) ON CONFLICT (contact_id) DO UPDATE SET"
                " anonymised_at = excluded.anonymised_at",
                (contact_id, now_iso()),
            )
            audit(
                workspace,
                "contact.anonymised",
                subject_type=v.CONTACT,
                subject_id=contact_id,
                details={"reason": REASON_RETENTION, "masked": mask_contact(result.contact)},
            )
        forget_unreferenced(workspace.db, photos)  # the rows no longer refer to them
    checkpoint(workspace.db)
    report.seconds = time.perf_counter() - started
    return report


def _anonymous(contact: Contact) -> Contact:
    countries = sorted({a.country for a in contact.addresses if a.country})
    return contact.with_fields(
        {
            "given_name": "",
            "family_name": "",
            "display_name": ANONYMOUS_NAME,
            "organization": "",
            "title": "",
            "emails": [],
            "phones": [],
            "addresses": [{"country": c} for c in countries],
            "tags": [],
            "notes": "",
            "birthday": None,
            "custom_fields": {},
            "extra": {},
        }
    )
