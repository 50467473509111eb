"""Applying one page of the cloud's change feed: per-field LWW, conflicts, tombstones."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.errors import GtgError, NotFoundError
from gtgcrm_desktop.core.models import TemplateImage
from gtgcrm_desktop.store.changelog import new_op_id
from gtgcrm_desktop.store.consent import ENTITY as CONSENT_ENTITY
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.database import DatabaseError
from gtgcrm_desktop.store.sync_state import SyncStore
from gtgcrm_desktop.sync.adapters import ContactAdapter, EntityAdapter, TemplateAdapter, replay
from gtgcrm_desktop.sync.suppression import SuppressionGate, is_suppression_change

_log = logging.getLogger(__name__)

IMAGE = "template_image"
CONSENT = CONSENT_ENTITY

#: Why a remote change was kept for later (stored in sync_inbox.reason; the Sync tab words them).
MISSING_IMAGE = "missing_image"
UNKNOWN_KIND = "unknown_kind"
MISSING_RECORD = "missing_record"
UNREADABLE = "unreadable"
NOT_SAVED = "not_saved"


class NotApplicableError(Exception):
    """A remote change this computer cannot apply now; `reason` is one of the codes above."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


#: What applying one remote change may raise without stopping the sync.
APPLY_FAILURES: tuple[type[BaseException], ...] = (
    NotApplicableError,
    GtgError,
    DatabaseError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
)


def failure_reason(error: BaseException) -> str:
    """The reason code kept with a change that failed with `error`."""
    if isinstance(error, NotApplicableError):
        return error.reason
    if isinstance(error, NotFoundError):
        return MISSING_RECORD
    if isinstance(error, DatabaseError):
        return NOT_SAVED
    return UNREADABLE


@dataclass
class PageStats:
    """What one page did."""

    received: int = 0
    applied: int = 0
    conflicts: int = 0
    kept: int = 0
    #: Changes dropped, and contacts erased here, because they name an erased person.
    suppressed: int = 0


def field_clock(clocks: dict[str, str], name: str) -> str | None:
    """The clock of one field: its own, else the creation stamp."""
    return clocks.get(name, clocks.get("*"))


class RemoteApplier:
    """Applies remote changes inside the caller's transaction."""

    def __init__(self, workspace: Any, store: SyncStore) -> None:
        self._ws = workspace
        self._store = store
        self.contacts = ContactAdapter(workspace.contacts)
        self._images: dict[str, bytes] = {}
        self._consents = ConsentStore(workspace.db, workspace.changes)
        self.gate = SuppressionGate(workspace, store)
        self.adapters: dict[str, EntityAdapter] = {
            "contact": self.contacts,
            "template": TemplateAdapter(workspace.templates),
        }

    def apply_page(self, changes: list[dict[str, Any]], images: dict[str, bytes]) -> PageStats:
        """Apply a page in feed order; changes that cannot be applied go to the inbox."""
        stats = PageStats(received=len(changes))
        self._images = images
        op_id = new_op_id()
        any_pending = self._store.pending_count() > 0
        fresh: list[tuple[str, dict[str, Any], str, str]] = []
        fresh_ids: set[str] = set()

        def flush() -> None:
            if not fresh:
                return
            self.contacts.create_remote_many(fresh, op_id)
            self._store.set_bases("contact", ((cid, {"*": hlc}) for cid, _, hlc, _ in fresh))
            stats.applied += len(fresh)
            fresh.clear()
            fresh_ids.clear()

        candidates = [
            c["entity_id"]
            for c in changes
            if c.get("entity") == "contact" and c.get("operation") == "create"
        ]
        existing = self.contacts.clocks_many(candidates) if candidates else {}
        fresh_entries = self.gate.take_entries(changes)
        last_delete = {
            str(c.get("entity_id")): n
            for n, c in enumerate(changes)
            if c.get("entity") == "contact" and c.get("operation") == "delete"
        }
        for number, change in enumerate(changes):
            self._observe(change)
            entity, entity_id = change.get("entity"), str(change.get("entity_id"))
            if is_suppression_change(change):
                stats.applied += 1
                continue
            if self.gate.names_erased_person(change):
                flush()
                later = last_delete.get(entity_id, -1) > number
                stats.suppressed += self.gate.drop(change, op_id, deleted_later=later)
                continue
            if (
                entity == "contact"
                and change.get("operation") == "create"
                and entity_id not in existing
                and entity_id not in fresh_ids
                and not any_pending
                and isinstance(change.get("fields"), dict)
                and self.contacts.tombstone_hlc(entity_id) is None
            ):
                fresh.append((entity_id, change["fields"], change["hlc"], change["device_id"]))
                fresh_ids.add(entity_id)
                continue
            flush()
            try:
                with self._ws.db.transaction():
                    stats.conflicts += self._apply_one(change, op_id)
                stats.applied += 1
            except APPLY_FAILURES as exc:
                _log.warning("remote change kept for later: %s", type(exc).__name__)
                self._store.keep_for_later(change, failure_reason(exc))
                stats.kept += 1
        flush()
        stats.suppressed += self.gate.erase_named_by(fresh_entries, op_id)
        return stats

    def apply_later(self, change: dict[str, Any], images: dict[str, bytes]) -> int:
        """Try a change kept for later again, in its own savepoint; returns the conflicts it
        made. Raises one of APPLY_FAILURES when it still cannot be applied."""
        self._images = images
        if self._overtaken(change):
            return 0
        if is_suppression_change(change):
            self.gate.take_entries([change])
            return 0
        if self.gate.names_erased_person(change):
            self.gate.drop(change, new_op_id())
            return 0
        with self._ws.db.transaction():
            return self._apply_one(change, new_op_id())

    def _overtaken(self, change: dict[str, Any]) -> bool:
        """A kept delete older than what is here now (made again since) must not undo it."""
        adapter = self.adapters.get(str(change.get("entity")))
        if adapter is None or change.get("operation") != "delete":
            return False
        clocks = adapter.clocks(str(change.get("entity_id"))) or {}
        return bool(clocks) and max(clocks.values()) > str(change.get("hlc") or "")

    def _observe(self, change: dict[str, Any]) -> None:
        stamp = change.get("hlc")
        if isinstance(stamp, str) and stamp.count("-") >= 2:
            self._ws.clock.observe(stamp)

    # -- one change -----------------------------------------------------------------------

    def _apply_one(self, change: dict[str, Any], op_id: str) -> int:
        entity = str(change["entity"])
        if entity == IMAGE:
            return self._apply_image(change, op_id)
        if entity == CONSENT:
            # Consent events are append-only facts: chain them here, never merge or conflict.
            self._consents.append_remote(
                dict(change["fields"]), str(change["hlc"]), str(change["device_id"]), op_id
            )
            return 0
        adapter = self.adapters.get(entity)
        if adapter is None:
            raise NotApplicableError(UNKNOWN_KIND)
        return self._apply_entity(adapter, change, op_id)

    def _apply_entity(self, adapter: EntityAdapter, change: dict[str, Any], op_id: str) -> int:
        entity, entity_id = adapter.entity, str(change["entity_id"])
        operation, hlc, device = change["operation"], str(change["hlc"]), str(change["device_id"])
        fields: dict[str, Any] = dict(change.get("fields") or {})
        hlcs: dict[str, str] = dict(change.get("field_hlcs") or {})
        self._store.delivered_elsewhere(entity, entity_id, hlc)  # our own change, come back
        pending = self._store.pending_for(entity, entity_id)
        pending_fields = {f for _, op, values in pending if op != "delete" for f in values}
        pending_delete = any(op == "delete" for _, op, _ in pending)
        clocks = adapter.clocks(entity_id)
        base = self._store.base(entity, entity_id)
        conflicts = 0

        def remote_clock(name: str) -> str:
            return hlcs.get(name) or hlcs.get("*") or hlc

        if operation == "delete":
            if clocks is not None:
                if pending_fields:
                    conflicts += self._store.add_conflict(
                        entity,
                        entity_id,
                        "*",
                        "delete",
                        adapter.snapshot(entity_id),
                        None,
                        max(clocks.values()),
                        hlc,
                        "remote",
                    )
                    self._store.supersede_pending(entity, entity_id, "deleted on another device")
                adapter.delete_remote(entity_id, hlc, device, op_id)
            elif adapter.tombstone_hlc(entity_id) is None:
                adapter.delete_remote(entity_id, hlc, device, op_id)
            self._store.drop_base(entity, entity_id)
            return conflicts

        if clocks is None:
            tombstone = adapter.tombstone_hlc(entity_id)
            if tombstone is not None and (operation != "create" or hlc <= tombstone):
                # An edit of something deleted here: a conflict, never a resurrection (one
                # without values, e.g. a deleted contact's change emptied by the cloud, has
                # nothing to keep).
                if pending_delete and fields:
                    remote_version = {**replay(self._ws.db, entity, entity_id), **fields}
                    conflicts += self._store.add_conflict(
                        entity,
                        entity_id,
                        "*",
                        "delete",
                        None,
                        remote_version,
                        tombstone,
                        hlc,
                        "local",
                    )
                base.update({name: remote_clock(name) for name in fields})
                if operation == "create":
                    base = {"*": hlc}
                self._store.set_bases(entity, [(entity_id, base)])
                return conflicts
            adapter.create_remote(entity_id, fields, hlc, device, op_id)
            new_base = {"*": hlc} if operation == "create" else {**{"*": hlc}, **hlcs}
            self._store.set_bases(entity, [(entity_id, new_base)])
            return conflicts

        winners: dict[str, Any] = {}
        winner_clocks: dict[str, str] = {}
        snapshot: dict[str, Any] | None = None
        for name, value in fields.items():
            remote, local = remote_clock(name), field_clock(clocks, name)
            # Never back: a change kept for later and applied now is older than the base.
            base[name] = max(field_clock(base, name) or "", remote)
            if remote == local:
                continue
            if name in pending_fields:
                if snapshot is None:
                    snapshot = adapter.snapshot(entity_id) or {}
                if snapshot.get(name) != value:
                    conflicts += self._store.add_conflict(
                        entity,
                        entity_id,
                        name,
                        "field",
                        snapshot.get(name),
                        value,
                        local or "",
                        remote,
                        "remote" if local is None or remote > local else "local",
                    )
            if local is None or remote > local:
                winners[name] = value
                winner_clocks[name] = remote
        if operation == "create":
            base.setdefault("*", hlc)
        if winners:
            adapter.update_remote(entity_id, winners, winner_clocks, hlc, device, op_id)
        self._store.set_bases(entity, [(entity_id, base)])
        return conflicts

    def _apply_image(self, change: dict[str, Any], op_id: str) -> int:
        image_id, hlc, device = (
            str(change["entity_id"]),
            str(change["hlc"]),
            str(change["device_id"]),
        )
        templates = self._ws.templates
        if change["operation"] == "delete":
            templates.apply_remote_image_delete(image_id, hlc, device, op_id)
            return 0
        fields = dict(change.get("fields") or {})
        data = self._images.get(image_id)
        if data is None:
            raise NotApplicableError(MISSING_IMAGE)
        image = TemplateImage(
            str(fields.get("name") or image_id),
            str(fields.get("mime_type") or "application/octet-stream"),
            data,
            image_id,
        )
        templates.apply_remote_image(str(fields["template_id"]), image, hlc, device, op_id)
        return 0
