"""Erasure across devices: suppression entries from the cloud feed, and remote contact changes
that would bring an erased person back (dropped on arrival, counted and audited)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.store.contacts import ENTITY as CONTACT
from gtgcrm_desktop.store.erasure import (
    erase_suppressed,
    scrub_deleted_named,
    suppressed_contact_ids,
    with_e164,
)
from gtgcrm_desktop.store.suppression import ENTITIES
from gtgcrm_desktop.store.sync_state import SyncStore

_log = logging.getLogger(__name__)

#: Audit action of a remote change dropped because it names an erased person.
DROPPED = "sync.change_suppressed"
SOURCE_CLOUD = "cloud"


def is_suppression_change(change: dict[str, Any]) -> bool:
    return change.get("entity") in ENTITIES


class SuppressionGate:
    """Keeps the suppression entries the feed brings and refuses what they name."""

    def __init__(self, workspace: Any, store: SyncStore) -> None:
        self._ws = workspace
        self._store = store
        self._region = str(workspace.settings.get(settings.DEFAULT_REGION))

    def take_entries(self, changes: Iterable[dict[str, Any]]) -> list[str]:
        """Keep every suppression change of a page (before its contacts, so that none of them
        slips through); returns the hashes that were new here. Malformed ones are skipped."""
        fresh: list[str] = []
        for change in changes:
            if not is_suppression_change(change):
                continue
            try:
                if self._ws.suppression.apply_remote(change) and change["entity"] == "suppression":
                    fresh.append(str(change["entity_id"]).lower())
            except (ValueError, TypeError):
                _log.warning("a malformed suppression change from the cloud was skipped")
        return fresh

    def names_erased_person(self, change: dict[str, Any]) -> bool:
        """True for a contact create or update whose e-mails or phones are suppressed."""
        if change.get("entity") != CONTACT or change.get("operation") not in ("create", "update"):
            return False
        fields = change.get("fields")
        if not isinstance(fields, dict) or not ("emails" in fields or "phones" in fields):
            return False
        matcher = self._ws.suppression.matcher()
        if not matcher:
            return False
        try:
            found = Contact.from_json(
                {"emails": fields.get("emails") or [], "phones": fields.get("phones") or []}
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return False
        return bool(matcher.matches(with_e164(found, self._region)))

    def drop(self, change: dict[str, Any], op_id: str, *, deleted_later: bool = False) -> bool:
        """Refuse one remote contact change (inside the caller's transaction): nothing of it is
        kept. When it would have brought the person back here (not already deleted here, nor
        later in the same page) the refusal is audited and True returned (count it): a new
        contact gets a tombstone and a delete for the cloud; a contact here that is itself the
        person is erased; any other contact here just keeps its values."""
        contact_id, hlc = str(change["entity_id"]), str(change.get("hlc") or "")
        contacts, changes = self._ws.contacts, self._ws.changes
        exists = contacts.exists(contact_id)
        tombstone = None if exists else contacts.tombstone_hlc(contact_id)
        revives = change.get("operation") == "create" and tombstone is not None and hlc > tombstone
        if deleted_later or not (exists or tombstone is None or revives):
            return False
        with self._ws.db.transaction():
            if not exists:
                stamp = changes.record(CONTACT, contact_id, "delete", {}, op_id)
                changes.tombstone(CONTACT, contact_id, stamp)
            elif self._is_named(contact_id):
                erase_suppressed(self._ws, [contact_id], op_id=op_id, source=SOURCE_CLOUD)
            # The base follows the change as seen, so what is pushed next (a delete, an edit)
            # meets no conflict, whose record would hold the person's values.
            self._see(change, contact_id, hlc)
            self._ws.audit.append(
                DROPPED,
                subject_type=CONTACT,
                subject_id=contact_id,
                details={"device_id": str(change.get("device_id") or ""), "source": SOURCE_CLOUD},
            )
        _log.info("a remote change naming an erased person was dropped")
        return True

    def _is_named(self, contact_id: str) -> bool:
        found = self._ws.contacts.get_many([contact_id])
        return bool(found) and bool(
            self._ws.suppression.matcher().matches(with_e164(found[0], self._region))
        )

    def _see(self, change: dict[str, Any], contact_id: str, hlc: str) -> None:
        if not hlc:
            return
        if change.get("operation") == "create":
            base = {"*": hlc}
        else:
            base = self._store.base(CONTACT, contact_id)
            clocks = change.get("field_hlcs")
            clocks = clocks if isinstance(clocks, dict) else {}
            base.update({str(n): str(clocks.get(n) or hlc) for n in change.get("fields") or {}})
        self._store.set_bases(CONTACT, [(contact_id, base)])

    def erase_named_by(self, hashes: list[str], op_id: str) -> int:
        """Erase the local contacts that entries just received name, and what lingers of
        deleted ones (values in the change log, conflicts); returns how many were erased."""
        if not hashes:
            return 0
        ids = suppressed_contact_ids(self._ws, hashes)
        with self._ws.db.transaction():
            erased = erase_suppressed(self._ws, ids, op_id=op_id, source=SOURCE_CLOUD)
            matcher = self._ws.suppression.matcher(hashes)
            scrub_deleted_named(self._ws, matcher, source=SOURCE_CLOUD)
        return erased
