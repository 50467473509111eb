"""The reference server's own storage: one sqlite3 file holding users, tokens, entities and the feed."""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    email TEXT PRIMARY KEY, user_id TEXT NOT NULL, workspace TEXT NOT NULL,
    salt BLOB NOT NULL, password_hash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT NOT NULL, workspace TEXT NOT NULL,
    device_id TEXT NOT NULL, expires_at REAL NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS entities (
    workspace TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
    fields TEXT NOT NULL, clocks TEXT NOT NULL, deleted_hlc TEXT,
    PRIMARY KEY (workspace, entity, entity_id));
CREATE TABLE IF NOT EXISTS feed (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, workspace TEXT NOT NULL, entity TEXT NOT NULL,
    entity_id TEXT NOT NULL, operation TEXT NOT NULL, fields TEXT NOT NULL,
    field_hlcs TEXT NOT NULL, hlc TEXT NOT NULL, device_id TEXT NOT NULL, user_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS feed_by_workspace ON feed (workspace, seq);
CREATE TABLE IF NOT EXISTS idempotency (
    workspace TEXT NOT NULL, key TEXT NOT NULL, result TEXT NOT NULL,
    PRIMARY KEY (workspace, key));
CREATE TABLE IF NOT EXISTS consents (
    workspace TEXT NOT NULL, user_id TEXT NOT NULL, purpose TEXT NOT NULL, status TEXT NOT NULL,
    hlc TEXT NOT NULL, policy_version TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (workspace, user_id, purpose));
CREATE TABLE IF NOT EXISTS data_requests (
    id TEXT PRIMARY KEY, workspace TEXT NOT NULL, user_id TEXT NOT NULL, kind TEXT NOT NULL,
    status TEXT NOT NULL, note TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    idempotency_key TEXT NOT NULL, UNIQUE (workspace, user_id, idempotency_key));
CREATE TABLE IF NOT EXISTS attachments (
    workspace TEXT NOT NULL, id TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (workspace, id));
"""


def now_iso() -> str:
    """The current UTC time in ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 20_000)


class Storage:
    """Thread-safe access to the server database (one connection, one lock)."""

    def __init__(self, path: Path, token_ttl: float = 3600.0) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.executescript(SCHEMA)
        self._lock = threading.RLock()
        self.token_ttl = token_ttl

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    # -- users and tokens --------------------------------------------------------------

    def add_user(self, email: str, password: str, workspace: str) -> None:
        salt = secrets.token_bytes(16)
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO users VALUES (?, COALESCE((SELECT user_id FROM users"
                " WHERE email = ?), ?), ?, ?, ?)",
                (
                    email.lower(),
                    email.lower(),
                    uuid.uuid4().hex,
                    workspace,
                    salt,
                    _hash(password, salt),
                ),
            )

    def check_password(self, email: str, password: str) -> tuple[str, str] | None:
        """(user_id, workspace) when the password is right."""
        rows = self.query(
            "SELECT user_id, workspace, salt, password_hash FROM users WHERE email = ?",
            (email.lower(),),
        )
        if not rows or not secrets.compare_digest(_hash(password, rows[0][2]), rows[0][3]):
            return None
        return rows[0][0], rows[0][1]

    def issue_tokens(self, user_id: str, workspace: str, device_id: str) -> dict[str, Any]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(32)
        with self.transaction() as db:
            db.execute(
                "INSERT INTO tokens VALUES (?, 'access', ?, ?, ?, ?, 0)",
                (access, user_id, workspace, device_id, time.time() + self.token_ttl),
            )
            db.execute(
                "INSERT INTO tokens VALUES (?, 'refresh', ?, ?, ?, ?, 0)",
                (refresh, user_id, workspace, device_id, time.time() + 30 * 86400),
            )
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": int(self.token_ttl),
            "workspace_id": workspace,
            "user_id": user_id,
        }

    def token(self, token: str, kind: str) -> tuple[str, str, str, bool] | None:
        """(user_id, workspace, device_id, expired) of a known, unrevoked token."""
        rows = self.query(
            "SELECT user_id, workspace, device_id, expires_at FROM tokens"
            " WHERE token = ? AND kind = ? AND revoked = 0",
            (token, kind),
        )
        if not rows:
            return None
        user_id, workspace, device_id, expires = rows[0]
        return user_id, workspace, device_id, expires < time.time()

    def refresh(self, refresh_token: str) -> dict[str, Any] | None:
        found = self.token(refresh_token, "refresh")
        if found is None or found[3]:
            return None
        user_id, workspace, device_id, _ = found
        access = secrets.token_urlsafe(24)
        with self.transaction() as db:
            db.execute(
                "INSERT INTO tokens VALUES (?, 'access', ?, ?, ?, ?, 0)",
                (access, user_id, workspace, device_id, time.time() + self.token_ttl),
            )
        return {
            "access_token": access,
            "refresh_token": refresh_token,
            "expires_in": int(self.token_ttl),
            "workspace_id": workspace,
            "user_id": user_id,
        }

    def revoke(self, user_id: str, device_id: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE tokens SET revoked = 1 WHERE user_id = ? AND device_id = ?",
                (user_id, device_id),
            )

    def expire_access_tokens(self) -> None:
        with self.transaction() as db:
            db.execute("UPDATE tokens SET expires_at = 0 WHERE kind = 'access'")

    # -- the change feed ----------------------------------------------------------------

    def feed_page(
        self, workspace: str, after: int, limit: int
    ) -> tuple[list[dict[str, Any]], int, bool]:
        rows = self.query(
            "SELECT seq, entity, entity_id, operation, fields, field_hlcs, hlc, device_id, user_id"
            " FROM feed WHERE workspace = ? AND seq > ? ORDER BY seq LIMIT ?",
            (workspace, after, limit + 1),
        )
        more = len(rows) > limit
        rows = rows[:limit]
        changes = [
            {
                "seq": r[0],
                "entity": r[1],
                "entity_id": r[2],
                "operation": r[3],
                "fields": json.loads(r[4]),
                "field_hlcs": json.loads(r[5]),
                "hlc": r[6],
                "device_id": r[7],
                "user_id": r[8],
            }
            for r in rows
        ]
        return changes, (rows[-1][0] if rows else after), more

    def push(
        self, workspace: str, user_id: str, device_id: str, changes: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Apply a batch in one transaction; each change answered once per idempotency key."""
        results: list[dict[str, Any]] = []
        with self.transaction() as db:
            for change in changes:
                key = change["idempotency_key"]
                seen = db.execute(
                    "SELECT result FROM idempotency WHERE workspace = ? AND key = ?",
                    (workspace, key),
                ).fetchone()
                if seen:
                    results.append(json.loads(seen[0]))
                    continue
                result = _apply(db, workspace, user_id, device_id, change)
                result["idempotency_key"] = key
                if result["status"] != "rejected" or result.get("reason") != "missing_attachment":
                    db.execute(
                        "INSERT INTO idempotency VALUES (?, ?, ?)", (workspace, key, _dumps(result))
                    )
                results.append(result)
        return results

    def seed_contacts(
        self, workspace: str, contacts: Iterable[tuple[str, dict[str, Any], str]]
    ) -> None:
        """Bulk-load created contacts (id, fields, hlc) straight into the feed (benchmarks)."""
        with self.transaction() as db:
            for entity_id, fields, hlc in contacts:
                db.execute(
                    "INSERT INTO entities VALUES (?, 'contact', ?, ?, ?, NULL)",
                    (workspace, entity_id, _dumps(fields), _dumps({"*": hlc})),
                )
                db.execute(
                    "INSERT INTO feed (workspace, entity, entity_id, operation, fields, field_hlcs,"
                    " hlc, device_id, user_id) VALUES (?, 'contact', ?, 'create', ?, ?, ?, 'seed', 'seed')",
                    (workspace, entity_id, _dumps(fields), _dumps({"*": hlc}), hlc),
                )

    def entity_state(self, workspace: str, entity: str) -> dict[str, dict[str, Any]]:
        """Every live entity of one type: id -> fields (what tests compare clients against)."""
        rows = self.query(
            "SELECT entity_id, fields FROM entities WHERE workspace = ? AND entity = ?"
            " AND deleted_hlc IS NULL",
            (workspace, entity),
        )
        return {r[0]: json.loads(r[1]) for r in rows}

    def stats(self, workspace: str) -> dict[str, Any]:
        counts = dict(
            self.query(
                "SELECT entity, count(*) FROM entities WHERE workspace = ? AND deleted_hlc IS NULL"
                " GROUP BY entity",
                (workspace,),
            )
        )
        deleted = dict(
            self.query(
                "SELECT entity, count(*) FROM entities WHERE workspace = ? AND deleted_hlc IS NOT NULL"
                " GROUP BY entity",
                (workspace,),
            )
        )
        feed = self.query("SELECT count(*) FROM feed WHERE workspace = ?", (workspace,))[0][0]
        keys = self.query("SELECT count(*) FROM idempotency WHERE workspace = ?", (workspace,))[0][
            0
        ]
        return {"live": counts, "deleted": deleted, "feed": feed, "idempotency_keys": keys}

    # -- account consents, data requests, attachments ------------------------------------

    def consents(self, workspace: str, user_id: str) -> list[dict[str, Any]]:
        rows = self.query(
            "SELECT purpose, status, hlc, policy_version, updated_at FROM consents"
            " WHERE workspace = ? AND user_id = ? ORDER BY purpose",
            (workspace, user_id),
        )
        keys = ("purpose", "status", "hlc", "policy_version", "updated_at")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def set_consent(
        self, workspace: str, user_id: str, purpose: str, status: str, hlc: str, policy: str
    ) -> dict[str, Any]:
        with self.transaction() as db:
            row = db.execute(
                "SELECT hlc FROM consents WHERE workspace = ? AND user_id = ? AND purpose = ?",
                (workspace, user_id, purpose),
            ).fetchone()
            if row is None or hlc > row[0]:
                db.execute(
                    "INSERT OR REPLACE INTO consents VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (workspace, user_id, purpose, status, hlc, policy, now_iso()),
                )
        return next(c for c in self.consents(workspace, user_id) if c["purpose"] == purpose)

    def create_request(
        self, workspace: str, user_id: str, kind: str, note: str, key: str
    ) -> dict[str, Any]:
        with self.transaction() as db:
            row = db.execute(
                "SELECT id FROM data_requests WHERE workspace = ? AND user_id = ? AND idempotency_key = ?",
                (workspace, user_id, key),
            ).fetchone()
            if row is None:
                request_id, stamp = uuid.uuid4().hex, now_iso()
                db.execute(
                    "INSERT INTO data_requests VALUES (?, ?, ?, ?, 'received', ?, ?, ?, ?)",
                    (request_id, workspace, user_id, kind, note, stamp, stamp, key),
                )
            else:
                request_id = row[0]
        found = self.request(workspace, user_id, request_id)
        assert found is not None
        return found

    def requests(self, workspace: str, user_id: str) -> list[dict[str, Any]]:
        rows = self.query(
            "SELECT id FROM data_requests WHERE workspace = ? AND user_id = ? ORDER BY created_at DESC",
            (workspace, user_id),
        )
        return [r for (rid,) in rows if (r := self.request(workspace, user_id, rid))]

    def request(self, workspace: str, user_id: str, request_id: str) -> dict[str, Any] | None:
        rows = self.query(
            "SELECT id, kind, status, note, created_at, updated_at FROM data_requests"
            " WHERE workspace = ? AND user_id = ? AND id = ?",
            (workspace, user_id, request_id),
        )
        if not rows:
            return None
        keys = ("id", "kind", "status", "note", "created_at", "updated_at")
        found = dict(zip(keys, rows[0], strict=True))
        done = found["status"] == "completed" and found["kind"] == "access"
        found["download_url"] = f"/v1/data-requests/{request_id}/download" if done else None
        return found

    def set_request_status(self, request_id: str, status: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE data_requests SET status = ?, updated_at = ? WHERE id = ?",
                (status, now_iso(), request_id),
            )

    def put_attachment(self, workspace: str, attachment_id: str, data: bytes) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO attachments VALUES (?, ?, ?)",
                (workspace, attachment_id, data),
            )

    def attachment(self, workspace: str, attachment_id: str) -> bytes | None:
        rows = self.query(
            "SELECT data FROM attachments WHERE workspace = ? AND id = ?",
            (workspace, attachment_id),
        )
        return bytes(rows[0][0]) if rows else None


#: Create-only entity types: a salted hash of an erased person's e-mail or phone, and a salt.
SUPPRESSION_ENTITIES = ("suppression", "suppression_salt")


def _field_clock(clocks: dict[str, str], name: str) -> str | None:
    return clocks.get(name, clocks.get("*"))


def _forget(db: sqlite3.Connection, workspace: str, entity: str, entity_id: str) -> None:
    """A deleted contact's values leave the feed too: a device that pulls the feed later (a new
    one) receives its create and edits empty, then the delete (contract: the feed says what
    happened, a deleted contact's values are not kept)."""
    db.execute(
        "UPDATE feed SET fields = '{}' WHERE workspace = ? AND entity = ? AND entity_id = ?",
        (workspace, entity, entity_id),
    )


def _reject(reason: str, message: str) -> dict[str, Any]:
    return {"status": "rejected", "reason": reason, "message": message, "seq": None}


#: The contract's floor for one change's fields: a contact with a 1 MB photo (as base64) fits.
MAX_CHANGE_BYTES = 4_000_000


def _valid(change: dict[str, Any]) -> str | None:
    """Why a change is malformed, or None."""
    if change.get("operation") not in ("create", "update", "delete"):
        return "operation must be create, update or delete"
    if not isinstance(change.get("fields"), dict) or not isinstance(change.get("base"), dict):
        return "fields and base must be objects"
    if not isinstance(change.get("hlc"), str) or len(change["hlc"]) < 23:
        return "hlc is missing"
    if not change.get("entity") or not change.get("entity_id"):
        return "entity and entity_id are required"
    if len(_dumps(change["fields"])) > MAX_CHANGE_BYTES:
        return "too large"
    bad = [k for k in change["fields"] if str(k).startswith("_") or k == "*"]
    if bad:
        return f"unknown fields: {', '.join(bad)}"
    return None


def _apply(
    db: sqlite3.Connection, workspace: str, user_id: str, device_id: str, change: dict[str, Any]
) -> dict[str, Any]:
    """One change against the stored entity: per-field LWW, conflicts against `base`."""
    problem = _valid(change)
    if problem:
        return _reject("invalid_change", problem)
    entity, entity_id, op = change["entity"], change["entity_id"], change["operation"]
    hlc, base, incoming = change["hlc"], change["base"], change["fields"]
    if entity == "template_image" and op == "create":
        found = db.execute(
            "SELECT 1 FROM attachments WHERE workspace = ? AND id = ?", (workspace, entity_id)
        ).fetchone()
        if found is None:
            return _reject("missing_attachment", "upload the image bytes first")
    row = db.execute(
        "SELECT fields, clocks, deleted_hlc FROM entities WHERE workspace = ? AND entity = ?"
        " AND entity_id = ?",
        (workspace, entity, entity_id),
    ).fetchone()
    fields: dict[str, Any] = json.loads(row[0]) if row else {}
    clocks: dict[str, str] = json.loads(row[1]) if row else {}
    deleted: str | None = row[2] if row else None

    def version(deleted_hlc: str | None) -> dict[str, Any]:
        return {
            "entity": entity,
            "entity_id": entity_id,
            "deleted": deleted_hlc is not None,
            "fields": dict(fields),
            "field_hlcs": dict(clocks),
            "deleted_hlc": deleted_hlc,
        }

    def save(
        operation: str, applied: dict[str, Any], hlcs: dict[str, str], gone: str | None
    ) -> int:
        db.execute(
            "INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?)",
            (workspace, entity, entity_id, _dumps(fields), _dumps(clocks), gone),
        )
        cursor = db.execute(
            "INSERT INTO feed (workspace, entity, entity_id, operation, fields, field_hlcs, hlc,"
            " device_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                workspace,
                entity,
                entity_id,
                operation,
                _dumps(applied),
                _dumps(hlcs),
                hlc,
                device_id,
                user_id,
            ),
        )
        return int(cursor.lastrowid or 0)

    if entity in SUPPRESSION_ENTITIES:
        # Erasure is a workspace-wide fact: entries are created once and never change.
        if op != "create":
            return _reject("forbidden", "suppression entries can only be created")
        if row is not None:
            return {"status": "applied", "seq": None, "applied_fields": []}
        fields, clocks = dict(incoming), {"*": hlc}
        seq = save("create", incoming, {"*": hlc}, None)
        return {"status": "applied", "seq": seq, "applied_fields": sorted(incoming)}
    if op == "create" and (row is None or (deleted is not None and hlc > deleted)):
        fields, clocks = dict(incoming), {"*": hlc}
        seq = save("create", incoming, {"*": hlc}, None)
        return {"status": "applied", "seq": seq, "applied_fields": sorted(incoming)}
    if op == "delete":
        if row is None:
            seq = save("delete", {}, {}, hlc)
            return {"status": "applied", "seq": seq}
        if deleted is not None:
            return {"status": "applied", "seq": None}
        unseen = sorted(name for name, stamp in clocks.items() if _field_clock(base, name) != stamp)
        before = version(None)
        if entity == "contact":
            _forget(db, workspace, entity, entity_id)
            fields = {}
        seq = save("delete", {}, {}, hlc)
        if unseen:
            return {
                "status": "conflict",
                "seq": seq,
                "conflict_fields": unseen,
                "server_version": before,
            }
        return {"status": "applied", "seq": seq}
    # An update (or a create of something that exists: the same as an update).
    if row is None:
        return _reject("unknown_entity", "no such entity on the server")
    if deleted is not None:
        return {
            "status": "conflict",
            "seq": None,
            "conflict_fields": sorted(incoming),
            "server_version": version(deleted),
        }
    before = version(None)
    conflicts, applied, ignored = [], {}, []
    for name, value in incoming.items():
        current = _field_clock(clocks, name)
        if _field_clock(base, name) != current:
            conflicts.append(name)
        if current is None or hlc > current:
            applied[name] = value
        else:
            ignored.append(name)
    for name, value in applied.items():
        fields[name] = value
        clocks[name] = hlc
    seq = (
        save(op if op == "update" else "update", applied, dict.fromkeys(applied, hlc), None)
        if applied
        else None
    )
    result: dict[str, Any] = {
        "status": "conflict" if conflicts else "applied",
        "seq": seq,
        "applied_fields": sorted(applied),
        "ignored_fields": sorted(ignored),
    }
    if conflicts:
        result["conflict_fields"] = sorted(conflicts)
        result["server_version"] = before
    return result
