"""Erasure at the storage level: removes a contact's values from every table, index and log."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import Contact, PhoneNumber
from gtgcrm_desktop.core.validation import parse_phone
from gtgcrm_desktop.store.carddav_state import mark_card_erased
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.contacts import ENTITY as CONTACT_ENTITY
from gtgcrm_desktop.store.contacts import ContactRepository
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.photos import forget_unreferenced, photo_refs, referenced

_log = logging.getLogger(__name__)

#: Extra clean-ups other packages register (template previews, caches...): called inside the
#: erasure transaction with the database and the contact being erased.
ErasureHook = Callable[[Database, Contact], None]
ERASURE_HOOKS: list[ErasureHook] = []

#: Tables handled explicitly, skipped by the generic `contact_id` sweep.
_HANDLED = frozenset({"contacts", "consent_events", "change_log", "tombstones", "carddav_items"})

#: Other packages' tables that keep copies of a contact's values under other column names,
#: with the statement that removes them (`?1` is the contact id); run when the table exists.
#: Tables with a `contact_id` column (import before-images, previews, activity) need no entry.
COPIES: dict[str, str] = {
    # Merge undo data: the kept contact's before-image and the removed duplicates in full.
    "contact_merges": "DELETE FROM contact_merges WHERE kept_id = ?1 OR instr(removed, ?1) > 0",
    # Sync conflicts hold both values of a field.
    "sync_conflicts": "DELETE FROM sync_conflicts WHERE entity = 'contact' AND entity_id = ?1",
    # Remote changes parked for later hold whole payloads.
    "sync_inbox": "DELETE FROM sync_inbox WHERE entity = 'contact' AND instr(change, ?1) > 0",
}


@dataclass(slots=True)
class ScrubResult:
    """What one erasure touched (table names and counts only)."""

    contact: Contact
    consent_events_redacted: int = 0
    change_log_entries_blanked: int = 0
    swept_tables: list[str] = field(default_factory=list)
    #: Hashes of the photos the contact had; those nothing else refers to were deleted.
    photos: set[str] = field(default_factory=set)


def tables_with_contact_id(database: Database) -> list[str]:
    """Every ordinary table with a `contact_id` column (previews, caches, activity...)."""
    rows = database.all(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table'"
        " AND m.name NOT LIKE 'sqlite_%' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c"
        " WHERE c.name = 'contact_id') ORDER BY m.name"
    )
    return [r[0] for r in rows if r[0] not in _HANDLED]


def _existing_tables(database: Database) -> set[str]:
    return {r[0] for r in database.all("SELECT name FROM sqlite_master WHERE type = 'table'")}


def scrub_contact(
    database: Database,
    contacts: ContactRepository,
    consents: ConsentStore,
    contact_id: str,
    *,
    op_id: str,
    keep_row: bool = False,
    forget_photos: bool = True,
) -> ScrubResult:
    """Remove what the store holds about `contact_id`; call inside a transaction.

    Without `keep_row` the contact is deleted (a tombstone and a change-log 'delete' remain for
    sync); with it the row stays for the caller to overwrite (anonymisation). Either way every
    earlier change-log payload of the contact becomes '{}' (the entries stay as the sync trail),
    the free text of its consent events is redacted, and copies kept by other features go: rows
    of tables with a `contact_id` column and the COPIES (merge undo data, sync conflicts, parked
    remote changes). A CardDAV pairing keeps only its href and ETag, marked for deletion on the
    server (see `mark_card_erased`). The search index forgets the contact at once (FTS5
    secure-delete, see the contacts repository). Its photos go from the photos table unless
    something else refers to them (with `forget_photos` false, the caller forgets
    `result.photos` itself, once for a whole batch).
    """
    with database.transaction():
        contact = contacts.get(contact_id)
        if not keep_row:
            contacts.delete(contact_id, op_id=op_id)
        return scrub_traces(database, consents, contact_id, contact, forget_photos=forget_photos)


def scrub_traces(
    database: Database,
    consents: ConsentStore,
    contact_id: str,
    contact: Contact,
    *,
    forget_photos: bool = True,
) -> ScrubResult:
    """Everything `scrub_contact` removes besides the contact row itself (also for a contact
    deleted earlier whose values linger in the change log and copies); inside a transaction."""
    with database.transaction():
        photos = photo_refs(contact.extra)
        for (fields,) in database.all(
            "SELECT fields FROM change_log WHERE entity = ? AND entity_id = ?"
            " AND instr(fields, '\"sha256\"') > 0",
            (CONTACT_ENTITY, contact_id),
        ):
            photos |= referenced(fields)
        cursor = database.execute(
            "UPDATE change_log SET fields = '{}' WHERE entity = ? AND entity_id = ?"
            " AND fields <> '{}'",
            (CONTACT_ENTITY, contact_id),
        )
        result = ScrubResult(contact, change_log_entries_blanked=int(cursor.rowcount))
        result.photos = photos
        result.consent_events_redacted = consents.redact_subject("contact", contact_id)
        for table in tables_with_contact_id(database):
            swept = database.execute(f'DELETE FROM "{table}" WHERE contact_id = ?', (contact_id,))
            if swept.rowcount:
                result.swept_tables.append(table)
        present = _existing_tables(database)
        if "carddav_items" in present and mark_card_erased(database, contact_id):
            result.swept_tables.append("carddav_items")
        for table, statement in COPIES.items():
            if table in present and database.execute(statement, (contact_id,)).rowcount:
                result.swept_tables.append(table)
        for hook in ERASURE_HOOKS:
            hook(database, contact)
        if forget_photos and forget_unreferenced(database, photos):
            result.swept_tables.append("photos")
    return result


def deleted_contacts_named(workspace: Any, matcher: Any) -> dict[str, Contact]:
    """Deleted contacts whose values still linger in the change log (a delete pulled from the
    cloud, an older backup) and whom `matcher` names: id -> their last known e-mails and phones."""
    rows = workspace.db.all(
        "SELECT c.entity_id, c.fields FROM change_log c JOIN tombstones t"
        " ON t.entity = c.entity AND t.entity_id = c.entity_id"
        " WHERE c.entity = ? AND c.fields <> '{}'"
        " AND (instr(c.fields, '\"emails\"') > 0 OR instr(c.fields, '\"phones\"') > 0)"
        " ORDER BY c.seq",
        (CONTACT_ENTITY,),
    )
    values: dict[str, dict[str, Any]] = {}
    for contact_id, fields in rows:
        try:
            found = json.loads(fields)
        except ValueError:
            continue
        if isinstance(found, dict):
            known = values.setdefault(str(contact_id), {"emails": [], "phones": []})
            for name in ("emails", "phones"):
                if isinstance(found.get(name), list):
                    known[name] += found[name]
    region = str(workspace.settings.get(settings.DEFAULT_REGION))
    named: dict[str, Contact] = {}
    for contact_id, known in values.items():
        try:
            contact = Contact.from_json(known)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if matcher.matches(with_e164(contact, region)):
            named[contact_id] = contact
    return named


def suppressed_contact_ids(workspace: Any, only: Iterable[str] | None = None) -> list[str]:
    """Ids of the contacts the suppression list names (with `only`, just those hashes)."""
    matcher = workspace.suppression.matcher(only)
    if not matcher:
        return []
    region = str(workspace.settings.get(settings.DEFAULT_REGION))
    return [
        c.id
        for c in workspace.contacts.iter_all()
        if (c.emails or c.phones) and matcher.matches(with_e164(c, region))
    ]


def erase_suppressed(workspace: Any, contact_ids: Iterable[str], *, op_id: str, source: str) -> int:
    """Erase contacts the suppression list names (call inside a transaction): values gone as
    for an erasure request, a tombstone for sync, each audited as `contact.erased` with the
    reason "suppression" and where the entry came from (ids and counts only)."""
    consents = ConsentStore(workspace.db, workspace.changes)
    erased = 0
    photos: set[str] = set()
    with workspace.db.transaction():
        for contact_id in contact_ids:
            result = scrub_contact(
                workspace.db,
                workspace.contacts,
                consents,
                contact_id,
                op_id=op_id,
                forget_photos=False,
            )
            photos |= result.photos
            _audit_suppressed(workspace, contact_id, result, source)
            erased += 1
        forget_unreferenced(workspace.db, photos)
    return erased


def scrub_deleted_named(workspace: Any, matcher: Any, *, source: str) -> int:
    """Remove what lingers of deleted contacts that `matcher` names (their change-log values,
    conflicts, parked changes and other copies), each audited; returns how many."""
    named = deleted_contacts_named(workspace, matcher) if matcher else {}
    if not named:
        return 0
    consents = ConsentStore(workspace.db, workspace.changes)
    with workspace.db.transaction():
        for contact_id, contact in named.items():
            result = scrub_traces(workspace.db, consents, contact_id, contact)
            _audit_suppressed(workspace, contact_id, result, source)
    return len(named)


def _audit_suppressed(workspace: Any, contact_id: str, result: ScrubResult, source: str) -> None:
    workspace.audit.append(
        "contact.erased",
        subject_type="contact",
        subject_id=contact_id,
        details={
            "change_log_entries_blanked": result.change_log_entries_blanked,
            "consent_events_redacted": result.consent_events_redacted,
            "reason": "suppression",
            "source": source,
        },
    )


def with_e164(contact: Contact, region: str) -> Contact:
    """A copy of `contact` whose phones all carry their E.164 form where one can be read, so
    the suppression list (keyed by E.164) sees numbers stored or received as typed."""
    found = contact.copy()
    found.phones = [_phone_e164(p, region) for p in contact.phones]
    return found


def _phone_e164(phone: PhoneNumber, region: str) -> PhoneNumber:
    if phone.e164:
        return phone
    try:
        return PhoneNumber(phone.value, parse_phone(phone.value, region).e164, phone.label)
    except InputError:
        return phone


def checkpoint(database: Database) -> None:
    """Copy the WAL into the database file and truncate it, so no old page versions linger."""
    row = database.one("PRAGMA wal_checkpoint(TRUNCATE)")
    if row is not None and row[0]:
        _log.warning("checkpoint after erasure was blocked by a reader")
