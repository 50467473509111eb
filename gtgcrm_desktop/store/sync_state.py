"""Sync bookkeeping in the workspace: cursor, base clocks, outbox state, conflicts, inbox, runs."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.errors import NotFoundError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.changelog import _COLUMNS as _LOG_COLUMNS
from gtgcrm_desktop.store.changelog import ChangeEntry, _entry
from gtgcrm_desktop.store.database import Database

CONFLICT_LABEL = QT_TRANSLATE_NOOP("fields", "conflict")
CURSOR_KEY = "cursor"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def idempotency_key(entry: ChangeEntry) -> str:
    """The stable key of one change-log entry: device, operation id and sequence number."""
    return f"{entry.device_id}:{entry.op_id}:{entry.seq}"


@dataclass(frozen=True, slots=True)
class Conflict:
    """Both values of one field (or, for kind 'delete', of a whole entity) kept for the user."""

    id: str
    entity: str
    entity_id: str
    field: str
    kind: str
    local_value: Any
    remote_value: Any
    local_hlc: str
    remote_hlc: str
    winner: str
    detected_at: str
    resolved_at: str | None
    resolution: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "field": self.field,
            "kind": self.kind,
            "local_value": self.local_value,
            "remote_value": self.remote_value,
            "local_hlc": self.local_hlc,
            "remote_hlc": self.remote_hlc,
            "winner": self.winner,
            "detected_at": self.detected_at,
            "resolved_at": self.resolved_at,
            "resolution": self.resolution,
        }


@dataclass(frozen=True, slots=True)
class ParkedChange:
    """A change the server refused; kept (not pushed again) and shown to the user."""

    seq: int
    idempotency_key: str
    entity: str
    entity_id: str
    operation: str
    reason: str
    message: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "idempotency_key": self.idempotency_key,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "operation": self.operation,
            "reason": self.reason,
            "message": self.message,
            "updated_at": self.updated_at,
        }


@dataclass(frozen=True, slots=True)
class HeldChange:
    """A change from the cloud that could not be applied here yet; tried again at each sync."""

    server_seq: int
    change: dict[str, Any]
    reason: str
    received_at: str
    attempts: int
    tried_at: str | None

    @property
    def entity(self) -> str:
        return str(self.change.get("entity") or "")

    @property
    def entity_id(self) -> str:
        return str(self.change.get("entity_id") or "")

    @property
    def operation(self) -> str:
        return str(self.change.get("operation") or "")

    @property
    def fields(self) -> dict[str, Any]:
        fields = self.change.get("fields")
        return dict(fields) if isinstance(fields, dict) else {}

    def to_json(self) -> dict[str, Any]:
        """What `sync --json` style output shows: ids, kind, reason and times, not the values."""
        return {
            "server_seq": self.server_seq,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "operation": self.operation,
            "reason": self.reason,
            "received_at": self.received_at,
            "attempts": self.attempts,
            "tried_at": self.tried_at,
        }


def _held(row: tuple[Any, ...]) -> HeldChange:
    try:
        change = json.loads(row[1])
    except ValueError:
        change = {}
    return HeldChange(
        int(row[0]),
        change if isinstance(change, dict) else {},
        str(row[2]),
        str(row[3]),
        int(row[4]),
        row[5],
    )


_CONFLICT_COLUMNS = (
    "id, entity, entity_id, field, kind, local_value, remote_value, local_hlc, remote_hlc,"
    " winner, detected_at, resolved_at, resolution"
)


def _conflict(row: tuple[Any, ...]) -> Conflict:
    return Conflict(
        id=row[0],
        entity=row[1],
        entity_id=row[2],
        field=row[3],
        kind=row[4],
        local_value=None if row[5] is None else json.loads(row[5]),
        remote_value=None if row[6] is None else json.loads(row[6]),
        local_hlc=row[7],
        remote_hlc=row[8],
        winner=row[9],
        detected_at=row[10],
        resolved_at=row[11],
        resolution=row[12],
    )


class SyncStore:
    """The only code that reads or writes the sync tables."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- key/value state ------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        value = self._db.scalar("SELECT value FROM sync_state WHERE key = ?", (key,))
        return None if value is None else str(value)

    def put(self, key: str, value: str | None) -> None:
        if value is None:
            self._db.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (key, value)
            )

    @property
    def cursor(self) -> str | None:
        return self.get(CURSOR_KEY)

    def reset(self) -> None:
        """Forget the cursor and the base clocks (after signing in to another workspace)."""
        with self._db.transaction():
            self.put(CURSOR_KEY, None)
            self._db.execute("DELETE FROM sync_base")

    # -- base clocks ------------------------------------------------------------------------

    def bases(self, entity: str, ids: Sequence[str]) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for entity_id, clocks in self._db.all(
                f"SELECT entity_id, clocks FROM sync_base WHERE entity = ? AND entity_id IN ({marks})",
                [entity, *chunk],
            ):
                found[entity_id] = json.loads(clocks)
        return found

    def base(self, entity: str, entity_id: str) -> dict[str, str]:
        return self.bases(entity, [entity_id]).get(entity_id, {})

    def set_bases(self, entity: str, items: Iterable[tuple[str, dict[str, str]]]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO sync_base (entity, entity_id, clocks) VALUES (?, ?, ?)",
            ((entity, entity_id, _dumps(clocks)) for entity_id, clocks in items),
        )

    def drop_base(self, entity: str, entity_id: str) -> None:
        self._db.execute(
            "DELETE FROM sync_base WHERE entity = ? AND entity_id = ?", (entity, entity_id)
        )

    # -- the outbox -------------------------------------------------------------------------

    def pending_count(self) -> int:
        return int(
            self._db.scalar(
                "SELECT count(*) FROM change_log WHERE origin = 'local' AND pushed_at IS NULL"
            )
        )

    def unpushed_after(self, after_seq: int, limit: int) -> list[ChangeEntry]:
        """Unpushed local entries with seq > after_seq, oldest first."""
        rows = self._db.all(
            f"SELECT {_LOG_COLUMNS} FROM change_log WHERE origin = 'local' AND pushed_at IS NULL"
            " AND seq > ? ORDER BY seq LIMIT ?",
            (after_seq, limit),
        )
        return [_entry(row) for row in rows]

    def pending_for(self, entity: str, entity_id: str) -> list[tuple[int, str, dict[str, Any]]]:
        """(seq, operation, fields) of unpushed local entries for one entity, oldest first."""
        rows = self._db.all(
            "SELECT seq, operation, fields FROM change_log WHERE entity = ? AND entity_id = ?"
            " AND origin = 'local' AND pushed_at IS NULL ORDER BY seq",
            (entity, entity_id),
        )
        return [(r[0], r[1], json.loads(r[2])) for r in rows]

    def delivered_elsewhere(self, entity: str, entity_id: str, hlc: str) -> int:
        """Take out of the queue the unpushed local entries of one entity stamped `hlc`: the
        feed holds that very change (clocks are unique per device), so it was delivered, e.g.
        by the device a restored backup came from. Returns how many."""
        rows = self._db.all(
            "SELECT seq FROM change_log WHERE entity = ? AND entity_id = ? AND hlc = ?"
            " AND origin = 'local' AND pushed_at IS NULL",
            (entity, entity_id, hlc),
        )
        self.mark_done([r[0] for r in rows])
        return len(rows)

    def mark_done(self, seqs: Sequence[int]) -> None:
        stamp = now_iso()
        self._db.executemany(
            "UPDATE change_log SET pushed_at = ? WHERE seq = ?", ((stamp, s) for s in seqs)
        )

    def park(self, entry: ChangeEntry, status: str, reason: str, message: str = "") -> None:
        """Take an entry out of the queue as 'rejected' or 'superseded', with the reason."""
        self._db.execute(
            "INSERT OR REPLACE INTO sync_outbox (seq, idempotency_key, status, reason, message,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (entry.seq, idempotency_key(entry), status, reason, message[:500], now_iso()),
        )
        self.mark_done([entry.seq])

    def supersede_pending(self, entity: str, entity_id: str, reason: str) -> int:
        """Park every unpushed entry of one entity (a conflict now holds its values)."""
        rows = self._db.all(
            "SELECT seq, op_id, device_id FROM change_log WHERE entity = ? AND entity_id = ?"
            " AND origin = 'local' AND pushed_at IS NULL",
            (entity, entity_id),
        )
        stamp = now_iso()
        self._db.executemany(
            "INSERT OR REPLACE INTO sync_outbox (seq, idempotency_key, status, reason, updated_at)"
            " VALUES (?, ?, 'superseded', ?, ?)",
            ((seq, f"{device}:{op}:{seq}", reason, stamp) for seq, op, device in rows),
        )
        self.mark_done([r[0] for r in rows])
        return len(rows)

    def parked(self) -> list[ParkedChange]:
        rows = self._db.all(
            "SELECT o.seq, o.idempotency_key, c.entity, c.entity_id, c.operation, o.reason,"
            " o.message, o.updated_at FROM sync_outbox o JOIN change_log c ON c.seq = o.seq"
            " WHERE o.status = 'rejected' ORDER BY o.seq"
        )
        return [ParkedChange(*row) for row in rows]

    # -- conflicts --------------------------------------------------------------------------

    def add_conflict(
        self,
        entity: str,
        entity_id: str,
        field: str,
        kind: str,
        local_value: Any,
        remote_value: Any,
        local_hlc: str,
        remote_hlc: str,
        winner: str,
    ) -> bool:
        """Keep a conflict; an open one on the same field is updated instead. True when new."""
        row = self._db.one(
            "SELECT id FROM sync_conflicts WHERE entity = ? AND entity_id = ? AND field = ?"
            " AND resolved_at IS NULL",
            (entity, entity_id, field),
        )
        values = (
            kind,
            None if local_value is None else _dumps(local_value),
            None if remote_value is None else _dumps(remote_value),
            local_hlc,
            remote_hlc,
            winner,
        )
        if row is not None:
            self._db.execute(
                "UPDATE sync_conflicts SET kind = ?, local_value = ?, remote_value = ?,"
                " local_hlc = ?, remote_hlc = ?, winner = ? WHERE id = ?",
                (*values, row[0]),
            )
            return False
        self._db.execute(
            f"INSERT INTO sync_conflicts ({_CONFLICT_COLUMNS}) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
            (str(uuid.uuid4()), entity, entity_id, field, *values, now_iso()),
        )
        return True

    def conflicts(self, *, include_resolved: bool = False) -> list[Conflict]:
        where = "" if include_resolved else " WHERE resolved_at IS NULL"
        rows = self._db.all(
            f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflicts{where} ORDER BY detected_at, id"
        )
        return [_conflict(r) for r in rows]

    def conflict(self, conflict_id: str) -> Conflict:
        row = self._db.one(
            f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflicts WHERE id = ? OR id LIKE ?",
            (conflict_id, conflict_id + "%")
            if len(conflict_id) >= 6
            else (conflict_id, conflict_id),
        )
        if row is None:
            raise NotFoundError(entity=CONFLICT_LABEL, id=conflict_id)
        return _conflict(row)

    def close_conflict(self, conflict_id: str, resolution: str) -> None:
        self._db.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
            (now_iso(), resolution, conflict_id),
        )

    def close_conflicts_of(self, entity: str, entity_id: str, resolution: str) -> None:
        self._db.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE entity = ?"
            " AND entity_id = ? AND resolved_at IS NULL",
            (now_iso(), resolution, entity, entity_id),
        )

    # -- inbox --------------------------------------------------------------------------------

    def keep_for_later(self, change: dict[str, Any], reason: str) -> None:
        """Keep a remote change that could not be applied, with the reason code."""
        self._db.execute(
            "INSERT OR REPLACE INTO sync_inbox (server_seq, entity, change, reason, received_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                int(change.get("seq") or 0),
                str(change.get("entity")),
                _dumps(change),
                reason,
                now_iso(),
            ),
        )

    def inbox_count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM sync_inbox"))

    def held(self) -> list[HeldChange]:
        """The remote changes kept for later, in feed order."""
        rows = self._db.all(
            "SELECT server_seq, change, reason, received_at, attempts, tried_at FROM sync_inbox"
            " ORDER BY server_seq"
        )
        return [_held(row) for row in rows]

    def applied_later(self, server_seq: int) -> None:
        """A kept change was applied at last: it leaves the inbox."""
        self._db.execute("DELETE FROM sync_inbox WHERE server_seq = ?", (server_seq,))

    def still_failing(self, server_seq: int, reason: str) -> None:
        """A kept change failed again: count the attempt and keep the latest reason."""
        self._db.execute(
            "UPDATE sync_inbox SET reason = ?, attempts = attempts + 1, tried_at = ?"
            " WHERE server_seq = ?",
            (reason, now_iso(), server_seq),
        )

    # -- sealed secrets -----------------------------------------------------------------------

    def sealed(self, name: str) -> tuple[bytes, bytes] | None:
        row = self._db.one("SELECT nonce, sealed FROM sync_secrets WHERE name = ?", (name,))
        return None if row is None else (bytes(row[0]), bytes(row[1]))

    def seal(self, name: str, nonce: bytes | None, sealed: bytes | None) -> None:
        if nonce is None or sealed is None:
            self._db.execute("DELETE FROM sync_secrets WHERE name = ?", (name,))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO sync_secrets (name, nonce, sealed) VALUES (?, ?, ?)",
                (name, nonce, sealed),
            )

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self) -> int:
        cursor = self._db.execute("INSERT INTO sync_runs (started_at) VALUES (?)", (now_iso(),))
        return int(cursor.lastrowid)

    def finish_run(
        self, run_id: int, pulled: int, pushed: int, conflicts: int, rejected: int, error: str = ""
    ) -> None:
        self._db.execute(
            "UPDATE sync_runs SET finished_at = ?, pulled = ?, pushed = ?, conflicts = ?,"
            " rejected = ?, error = ? WHERE id = ?",
            (now_iso(), pulled, pushed, conflicts, rejected, error, run_id),
        )

    def last_run(self) -> dict[str, Any] | None:
        row = self._db.one(
            "SELECT started_at, finished_at, pulled, pushed, conflicts, rejected, error"
            " FROM sync_runs ORDER BY id DESC LIMIT 1"
        )
        if row is None:
            return None
        keys = ("started_at", "finished_at", "pulled", "pushed", "conflicts", "rejected", "error")
        return dict(zip(keys, row, strict=True))

    def last_success(self) -> str | None:
        value = self._db.scalar(
            "SELECT finished_at FROM sync_runs WHERE error = '' AND finished_at IS NOT NULL"
            " ORDER BY id DESC LIMIT 1"
        )
        return None if value is None else str(value)


__all__ = ["Conflict", "HeldChange", "ParkedChange", "SyncStore", "idempotency_key"]
