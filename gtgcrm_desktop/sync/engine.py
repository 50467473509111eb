"""One sync: retry the changes kept for later, pull the feed page by page, push the change log
in batches, pull again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.store.backups.restore import RESTORED_AT_KEY
from gtgcrm_desktop.store.changelog import ChangeEntry, new_op_id
from gtgcrm_desktop.store.photos import resolve_fields
from gtgcrm_desktop.store.sync_state import CURSOR_KEY, SyncStore, idempotency_key
from gtgcrm_desktop.sync.apply import (
    APPLY_FAILURES,
    IMAGE,
    RemoteApplier,
    failure_reason,
    field_clock,
)
from gtgcrm_desktop.sync.client import WorkspaceClient
from gtgcrm_desktop.sync.errors import RequestRejectedError, ServerFailedError
from gtgcrm_desktop.sync.pairing import SamePerson, pair_first_sync
from gtgcrm_desktop.sync.privacy import sync_account_privacy
from gtgcrm_desktop.sync.suppression import is_suppression_change

_log = logging.getLogger(__name__)

#: Set from a first sync's start until its pairing with the cloud's contacts is done.
PAIRING_DUE_KEY = "first_sync_pairing_due"

#: progress(phase, done, total); total is 0 when unknown.
Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    """The counts one sync reports."""

    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    kept_for_later: int = 0
    open_conflicts: int = 0
    parked: int = 0
    #: Changes kept for later by an earlier sync and applied by this one.
    applied_later: int = 0
    #: Changes from the cloud still not applied after this sync (shown in the Sync tab).
    not_applied: int = 0
    #: Changes from the cloud dropped, and contacts erased here, because they name a person
    #: who asked to be erased (each audited).
    suppressed: int = 0
    #: Contacts of this device folded into the same person's contact from the cloud (first sync).
    paired: int = 0

    def to_json(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class SyncHooks:
    """Test seams: called after each pull page is committed, and after each push answer
    arrives (before it is recorded). Raising in them simulates a sync killed there."""

    after_page: Callable[[int], None] | None = None
    after_push_response: Callable[[int], None] | None = None


@dataclass
class _Sent:
    entry: ChangeEntry
    item: dict[str, Any]


@dataclass
class SyncEngine:
    """Runs syncs of one workspace against one client (no Qt; call from a worker thread)."""

    workspace: Any
    client: WorkspaceClient
    page_size: int = 1000
    batch_size: int = 500
    hooks: SyncHooks = field(default_factory=SyncHooks)
    #: The import's duplicate rules; with them, a first sync pairs instead of doubling people.
    same_person: SamePerson | None = None

    def __post_init__(self) -> None:
        self.store = SyncStore(self.workspace.db)
        self.applier = RemoteApplier(self.workspace, self.store)

    def run(self, progress: Progress | None = None) -> SyncReport:
        """Pull, push, pull; every step resumable where it stopped."""
        report = SyncReport()
        run_id = self.store.start_run()
        try:
            self.retry_held(report)
            if self.same_person is not None and not self.store.cursor:
                self.store.put(PAIRING_DUE_KEY, "1")  # kept until done, should this sync stop
            self.pull(report, progress)
            if self.store.get(RESTORED_AT_KEY) is not None:
                self.store.put(RESTORED_AT_KEY, None)  # caught up since the backup: push now
            if self.same_person is not None and self.store.get(PAIRING_DUE_KEY):
                region = str(self.workspace.settings.get(settings.DEFAULT_REGION))
                paired = pair_first_sync(self.workspace, self.store, self.same_person, region)
                report.paired, report.conflicts = paired[0], report.conflicts + paired[1]
                self.store.put(PAIRING_DUE_KEY, None)
            self.push(report, progress)
            self.pull(report, progress)
            sync_account_privacy(self.workspace, self.client, self.store)
        except BaseException as error:
            self.store.finish_run(
                run_id,
                report.pulled,
                report.pushed,
                report.conflicts,
                report.rejected,
                type(error).__name__,
            )
            raise
        report.open_conflicts = len(self.store.conflicts())
        report.parked = len(self.store.parked())
        report.not_applied = self.store.inbox_count()
        self.store.finish_run(
            run_id, report.pulled, report.pushed, report.conflicts, report.rejected
        )
        _log.info(
            "sync done: pulled %d pushed %d conflicts %d rejected %d",
            report.pulled,
            report.pushed,
            report.conflicts,
            report.rejected,
        )
        return report

    # -- changes kept for later -------------------------------------------------------------

    def retry_held(self, report: SyncReport) -> None:
        """Apply again, oldest first, the remote changes earlier syncs could not apply; the
        applied ones leave the inbox, the others stay with their latest reason."""
        held = self.store.held()
        if not held:
            return
        images = self._fetch_images([h.change for h in held])
        for item in held:
            try:
                with self.workspace.db.transaction():
                    conflicts = self.applier.apply_later(item.change, images)
                    self.store.applied_later(item.server_seq)
            except APPLY_FAILURES as error:
                _log.info("kept change still not applied: %s", type(error).__name__)
                self.store.still_failing(item.server_seq, failure_reason(error))
                continue
            report.conflicts += conflicts
            report.applied_later += 1

    # -- pull -------------------------------------------------------------------------------

    def pull(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Every page after the saved cursor; each applied and its cursor saved in one transaction."""
        cursor = self.store.cursor
        page_no = 0
        own = self.workspace.device_id
        while True:
            page = self.client.pull(cursor, self.page_size)
            changes, next_cursor = page.get("changes"), page.get("next_cursor")
            if not isinstance(changes, list) or not isinstance(next_cursor, str):
                raise ServerFailedError(status="bad page")
            images = self._fetch_images(changes)
            with self.workspace.db.transaction():
                stats = self.applier.apply_page(changes, images)
                self.store.put(CURSOR_KEY, next_cursor)
            page_no += 1
            report.pulled += sum(1 for c in changes if c.get("device_id") != own)
            report.conflicts += stats.conflicts
            report.kept_for_later += stats.kept
            report.suppressed += stats.suppressed
            if progress:
                progress("pull", report.pulled, 0)
            if self.hooks.after_page:
                self.hooks.after_page(page_no)
            if not page.get("has_more") or not changes:
                return
            cursor = next_cursor

    def _fetch_images(self, changes: list[dict[str, Any]]) -> dict[str, bytes]:
        """The bytes of the template images a page creates (fetched before its transaction)."""
        wanted = [
            str(c.get("entity_id"))
            for c in changes
            if c.get("entity") == IMAGE and c.get("operation") == "create"
        ]
        found: dict[str, bytes] = {}
        for image_id in wanted:
            try:
                found[image_id] = self.client.get_attachment(image_id)
            except RequestRejectedError:
                continue  # gone on the server; the change is kept for later
        return found

    # -- push -------------------------------------------------------------------------------

    def push(self, report: SyncReport, progress: Progress | None = None) -> None:
        """The unpushed change log, oldest first, in batches; refused changes are parked."""
        if self.store.get(RESTORED_AT_KEY) is not None:
            return  # a restored workspace pulls everything since its backup first
        after = 0
        batch_no = 0
        total = self.store.pending_count()
        while True:
            entries = self._unpushed_after(after)
            if not entries:
                return
            after = entries[-1].seq
            sent = self._prepare(entries)
            results = self._send(sent)
            batch_no += 1
            if self.hooks.after_push_response:
                self.hooks.after_push_response(batch_no)
            with self.workspace.db.transaction():
                for one, result in zip(sent, results, strict=True):
                    self._record(one, result, report)
            if progress:
                progress("push", report.pushed + report.rejected, total)

    def _unpushed_after(self, after: int) -> list[ChangeEntry]:
        return self.store.unpushed_after(after, self.batch_size)

    def _prepare(self, entries: list[ChangeEntry]) -> list[_Sent]:
        running: dict[tuple[str, str], dict[str, str]] = {}
        by_entity: dict[str, list[str]] = {}
        for entry in entries:
            by_entity.setdefault(entry.entity, []).append(entry.entity_id)
        for entity, ids in by_entity.items():
            known = self.store.bases(entity, ids)
            for entity_id in ids:
                running[(entity, entity_id)] = known.get(entity_id, {})
        sent: list[_Sent] = []
        for entry in entries:
            key = (entry.entity, entry.entity_id)
            base = running[key]
            if entry.entity == IMAGE and entry.operation == "create":
                self._upload_image(entry.entity_id)
            sent.append(
                _Sent(
                    entry,
                    {
                        "idempotency_key": idempotency_key(entry),
                        "entity": entry.entity,
                        "entity_id": entry.entity_id,
                        "operation": entry.operation,
                        "fields": resolve_fields(self.workspace.db, entry.fields),
                        "hlc": entry.hlc,
                        "base": dict(base),
                    },
                )
            )
            if entry.operation == "create":
                running[key] = {"*": entry.hlc}
            elif entry.operation == "delete":
                running[key] = {}
            else:
                running[key] = {**base, **dict.fromkeys(entry.fields, entry.hlc)}
        return sent

    def _upload_image(self, image_id: str) -> None:
        found = self.workspace.templates.image_record(image_id)
        if found is not None:
            self.client.put_attachment(image_id, found[1].data)

    def _send(self, sent: list[_Sent]) -> list[dict[str, Any]]:
        """Push one batch; a batch the server refuses as a whole is split to find the culprit."""
        try:
            return self.client.push(self.workspace.device_id, [s.item for s in sent])
        except RequestRejectedError as error:
            if len(sent) == 1:
                return [
                    {
                        "idempotency_key": sent[0].item["idempotency_key"],
                        "status": "rejected",
                        "reason": error.code or str(error.status),
                        "message": "",
                    }
                ]
            middle = len(sent) // 2
            return self._send(sent[:middle]) + self._send(sent[middle:])

    def _record(self, sent: _Sent, result: dict[str, Any], report: SyncReport) -> None:
        entry, status = sent.entry, result.get("status")
        if status == "rejected":
            self.store.park(
                entry, "rejected", str(result.get("reason") or ""), str(result.get("message") or "")
            )
            report.rejected += 1
            return
        if status not in ("applied", "conflict"):
            raise ServerFailedError(status=f"unknown result {status!r}")
        report.pushed += 1
        self.store.mark_done([entry.seq])
        entity, entity_id = entry.entity, entry.entity_id
        if is_suppression_change({"entity": entity}):
            return  # create-only facts: no base to follow
        if status == "applied":
            self._advance_base(entry, result)
            return
        server = result.get("server_version") or {}
        adapter = self.applier.adapters.get(entity)
        op_id = new_op_id()
        if adapter is None:
            return
        if server.get("deleted") and entry.operation != "delete":
            snapshot = adapter.snapshot(entity_id)
            report.conflicts += self.store.add_conflict(
                entity,
                entity_id,
                "*",
                "delete",
                snapshot,
                None,
                entry.hlc,
                str(server.get("deleted_hlc") or ""),
                "remote",
            )
            self.store.supersede_pending(entity, entity_id, "deleted on another device")
            adapter.delete_remote(
                entity_id, str(server.get("deleted_hlc") or entry.hlc), "server", op_id
            )
            self.store.drop_base(entity, entity_id)
            return
        if entry.operation == "delete":
            remote_fields = dict(server.get("fields") or {})
            if self.applier.gate.names_erased_person(
                {"entity": entity, "operation": "update", "fields": remote_fields}
            ):
                self.store.drop_base(entity, entity_id)  # an erased person: no copy kept
                return
            report.conflicts += self.store.add_conflict(
                entity,
                entity_id,
                "*",
                "delete",
                None,
                remote_fields,
                entry.hlc,
                max((server.get("field_hlcs") or {"": ""}).values()),
                "local",
            )
            self.store.drop_base(entity, entity_id)
            return
        server_fields = dict(server.get("fields") or {})
        server_clocks: dict[str, str] = dict(server.get("field_hlcs") or {})
        base = self.store.base(entity, entity_id)
        local_clocks = adapter.clocks(entity_id) or {}
        winners: dict[str, Any] = {}
        winner_clocks: dict[str, str] = {}
        for name in result.get("conflict_fields") or []:
            theirs = field_clock(server_clocks, name) or ""
            mine = entry.fields.get(name)
            their_value = server_fields.get(name)
            if their_value != mine:
                report.conflicts += self.store.add_conflict(
                    entity,
                    entity_id,
                    name,
                    "field",
                    mine,
                    their_value,
                    entry.hlc,
                    theirs,
                    "remote" if theirs > entry.hlc else "local",
                )
            current = field_clock(local_clocks, name) or ""
            if theirs > current:
                winners[name] = their_value
                winner_clocks[name] = theirs
            base[name] = max(theirs, entry.hlc)
        for name in result.get("applied_fields") or []:
            base[name] = max(base.get(name, ""), entry.hlc)
        if winners:
            adapter.update_remote(
                entity_id, winners, winner_clocks, max(winner_clocks.values()), "server", op_id
            )
        self.store.set_bases(entity, [(entity_id, base)])

    def _advance_base(self, entry: ChangeEntry, result: dict[str, Any]) -> None:
        entity, entity_id = entry.entity, entry.entity_id
        if entry.operation == "delete":
            self.store.drop_base(entity, entity_id)
            return
        base = self.store.base(entity, entity_id)
        if entry.operation == "create" and not base:
            base = {"*": entry.hlc}
        else:
            applied = result.get("applied_fields")
            for name in entry.fields if applied is None else applied:
                base[name] = entry.hlc
        self.store.set_bases(entity, [(entity_id, base)])
