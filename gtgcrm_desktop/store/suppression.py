"""People who asked to be erased: salted hashes of their e-mails and phones, no plaintext.

Every device of a workspace hashes with the same salt: the workspace salt is the first
`suppression_salt` in the cloud's change feed (before a first sync, the device's own). A hash
cannot be redone without the plaintext, so older salts (made by a device before it learnt the
workspace's) stay known for matching, and every salt and entry syncs to the other devices as
its own kind of change: `suppression_salt` (id = salt id, fields {salt}) and `suppression`
(id = hash, fields {kind, salt_id}), create-only.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.core.validation import email_match_key
from gtgcrm_desktop.store.changelog import ChangeLog, new_op_id
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.settings import WorkspaceSettings

#: The change-log / feed entity of one suppression entry, and of one salt.
ENTITY = "suppression"
SALT_ENTITY = "suppression_salt"
ENTITIES = frozenset({ENTITY, SALT_ENTITY})
KINDS = ("email", "phone")
#: Where version 7 and older kept the device's salt (moved to `suppression_salts` by 0008).
LEGACY_SALT_KEY = "suppression_salt"

Key = tuple[str, str]


def salt_id(salt: bytes) -> str:
    """A short public name of a salt (says nothing about the salt itself)."""
    return hashlib.sha256(b"gtgcrm suppression salt\0" + salt).hexdigest()[:16]


def entry_hash(salt: bytes, kind: str, value: str) -> str:
    return hmac.new(salt, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


#: An everyday ASCII address (no quoting, no IDNA): its match key is itself, lower-cased. Any
#: other value takes `email_match_key`. A value this accepts that the validator would refuse
#: gets a key no entry can hold (entries are made from valid addresses only): no false match.
_PLAIN = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9.-]+\.[A-Za-z]{2,63}")


@functools.lru_cache(maxsize=4096)
def _slow_email_key(value: str) -> str:
    return email_match_key(value)


def _email_key(value: str) -> str:
    if _PLAIN.fullmatch(value) and "xn--" not in value:
        return value.lower()
    return _slow_email_key(value)


def identifier_keys(emails: Iterable[str], phones_e164: Iterable[str]) -> list[Key]:
    """(kind, value) of every usable identifier: e-mail match keys and E.164 numbers."""
    keys: list[Key] = [("email", k) for k in (_email_key(e) for e in emails if e) if k]
    keys += [("phone", p) for p in phones_e164 if p]
    return keys


def contact_keys(contact: Contact) -> list[Key]:
    return identifier_keys(
        (e.value for e in contact.emails), (p.e164 or "" for p in contact.phones)
    )


@dataclass(frozen=True, slots=True)
class SuppressionEntries:
    """A copy of a suppression list (salts and hashes, no plaintext), e.g. to re-apply the
    entries of one workspace to another (a restore)."""

    salts: dict[str, str] = field(default_factory=dict)
    #: (hash, kind, salt id)
    entries: list[tuple[str, str, str]] = field(default_factory=list)


def _pads(salt: bytes) -> tuple[Any, Any]:
    """HMAC-SHA256 (RFC 2104) under `salt` with the padded key hashed once: the inner and
    outer states to copy per message, about twice as fast as `hmac.digest` for short ones."""
    key = (salt if len(salt) <= 64 else hashlib.sha256(salt).digest()).ljust(64, b"\0")
    return (
        hashlib.sha256(bytes(b ^ 0x36 for b in key)),
        hashlib.sha256(bytes(b ^ 0x5C for b in key)),
    )


class Matcher:
    """A snapshot of the list, for checking many contacts quickly (no SQL per contact)."""

    def __init__(self, salts: Iterable[bytes], hashes: Iterable[str]) -> None:
        self._pads = [_pads(salt) for salt in salts]
        self._hashes = frozenset(bytes.fromhex(h) for h in hashes)

    def __bool__(self) -> bool:
        return bool(self._hashes)

    def _named(self, message: bytes) -> bool:
        hashes = self._hashes
        for inner, outer in self._pads:
            first = inner.copy()
            first.update(message)
            second = outer.copy()
            second.update(first.digest())
            if second.digest() in hashes:
                return True
        return False

    def matches_keys(self, keys: Iterable[Key]) -> bool:
        return bool(self._hashes) and any(
            self._named(f"{kind}:{value}".encode()) for kind, value in keys
        )

    def matches(self, contact: Contact) -> bool:
        """True when an e-mail or an E.164 phone of `contact` is on the list (the hot path of
        imports: inlined rather than through `contact_keys`)."""
        if not self._hashes:
            return False
        for email in contact.emails:
            value = email.value
            if not value:
                continue
            if _PLAIN.fullmatch(value) and "xn--" not in value:
                key = value.lower()
            else:
                key = _slow_email_key(value)
            if key and self._named(b"email:" + key.encode()):
                return True
        for phone in contact.phones:
            if phone.e164 and self._named(b"phone:" + phone.e164.encode()):
                return True
        return False


class SuppressionList:
    """Remembers erased people by keyed hash so imports, pulls and CardDAV recognise them."""

    def __init__(
        self, database: Database, settings: WorkspaceSettings, changes: ChangeLog | None = None
    ) -> None:
        self._db = database
        self._settings = settings
        self._changes = changes
        self._matcher: Matcher | None = None

    # -- salts ------------------------------------------------------------------------------

    def salts(self) -> dict[str, str]:
        """salt id -> salt (hex) of every salt this workspace knows."""
        return {
            str(r[0]): str(r[1]) for r in self._db.all("SELECT id, salt FROM suppression_salts")
        }

    def current_salt(self) -> tuple[str, bytes] | None:
        """The salt new entries use: the first one in the cloud feed, else the oldest local."""
        row = self._db.one(
            "SELECT id, salt FROM suppression_salts"
            " ORDER BY feed_seq IS NULL, feed_seq, created_at, id LIMIT 1"
        )
        return None if row is None else (str(row[0]), bytes.fromhex(row[1]))

    def _salt_for_new_entries(self, op_id: str) -> tuple[str, bytes]:
        found = self.current_salt()
        if found is not None:
            return found
        salt = secrets.token_bytes(32)
        sid = salt_id(salt)
        self._db.execute(
            "INSERT INTO suppression_salts (id, salt, feed_seq, created_at) VALUES (?, ?, NULL, ?)",
            (sid, salt.hex(), now_iso()),
        )
        self._record(SALT_ENTITY, sid, {"salt": salt.hex()}, op_id)
        return sid, salt

    def _record(self, entity: str, entity_id: str, fields: dict[str, Any], op_id: str) -> None:
        if self._changes is not None:
            self._changes.record(entity, entity_id, "create", fields, op_id)

    # -- entries ----------------------------------------------------------------------------

    def add(self, contact: Contact, *, op_id: str | None = None) -> int:
        """Suppress the e-mails and phones of `contact` (phones need their E.164 form); returns
        how many hashes were stored. Each new entry is recorded for sync."""
        keys = contact_keys(contact)
        if not keys:
            return 0
        op_id = op_id or new_op_id()
        stamp = now_iso()
        with self._db.transaction():
            sid, salt = self._salt_for_new_entries(op_id)
            for kind, value in dict.fromkeys(keys):
                digest = entry_hash(salt, kind, value)
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO suppressions (hash, kind, created_at, salt_id)"
                    " VALUES (?, ?, ?, ?)",
                    (digest, kind, stamp, sid),
                )
                if cursor.rowcount:
                    self._record(ENTITY, digest, {"kind": kind, "salt_id": sid}, op_id)
            self._matcher = None
        return len(keys)

    def merge(self, other: SuppressionEntries, *, record: bool = True) -> int:
        """Add the salts and entries of `other` not known here; returns how many entries were
        new. With `record` they are also recorded for sync (the other devices may lack them)."""
        added = 0
        op_id = new_op_id()
        stamp = now_iso()
        with self._db.transaction():
            for sid, salt in other.salts.items():
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO suppression_salts (id, salt, feed_seq, created_at)"
                    " VALUES (?, ?, NULL, ?)",
                    (sid, salt, stamp),
                )
                if cursor.rowcount and record:
                    self._record(SALT_ENTITY, sid, {"salt": salt}, op_id)
            for digest, kind, sid in other.entries:
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO suppressions (hash, kind, created_at, salt_id)"
                    " VALUES (?, ?, ?, ?)",
                    (digest, kind, stamp, sid),
                )
                if cursor.rowcount:
                    added += 1
                    if record:
                        self._record(ENTITY, digest, {"kind": kind, "salt_id": sid}, op_id)
            self._matcher = None
        return added

    def export(self) -> SuppressionEntries:
        """Every salt and entry (hashes only)."""
        rows = self._db.all("SELECT hash, kind, salt_id FROM suppressions ORDER BY hash")
        return SuppressionEntries(self.salts(), [(str(h), str(k), str(s)) for h, k, s in rows])

    # -- from the cloud ---------------------------------------------------------------------

    def apply_remote(self, change: Mapping[str, Any]) -> bool:
        """Keep a `suppression` or `suppression_salt` change from the feed (never pushed back);
        returns True when it was new here. Raises ValueError for a malformed one."""
        entity, entity_id = change.get("entity"), str(change.get("entity_id") or "")
        fields = change.get("fields")
        if not isinstance(fields, dict) or not entity_id or change.get("operation") != "create":
            raise ValueError("malformed suppression change")
        seq = change.get("seq")
        feed_seq = seq if isinstance(seq, int) else None
        with self._db.transaction():
            if entity == SALT_ENTITY:
                salt = bytes.fromhex(str(fields.get("salt") or ""))
                if len(salt) < 16 or salt_id(salt) != entity_id:
                    raise ValueError("malformed suppression salt")
                new = self._db.execute(
                    "INSERT OR IGNORE INTO suppression_salts (id, salt, feed_seq, created_at)"
                    " VALUES (?, ?, ?, ?)",
                    (entity_id, salt.hex(), feed_seq, now_iso()),
                ).rowcount
                if feed_seq is not None:
                    self._db.execute(
                        "UPDATE suppression_salts SET feed_seq = ? WHERE id = ?"
                        " AND (feed_seq IS NULL OR feed_seq > ?)",
                        (feed_seq, entity_id, feed_seq),
                    )
            else:
                kind, sid = fields.get("kind"), str(fields.get("salt_id") or "")
                if kind not in KINDS or len(entity_id) != 64 or not sid:
                    raise ValueError("malformed suppression entry")
                new = self._db.execute(
                    "INSERT OR IGNORE INTO suppressions (hash, kind, created_at, salt_id)"
                    " VALUES (?, ?, ?, ?)",
                    (entity_id.lower(), kind, now_iso(), sid),
                ).rowcount
            self._matcher = None
        return bool(new)

    # -- matching ---------------------------------------------------------------------------

    def matcher(self, only: Iterable[str] | None = None) -> Matcher:
        """A snapshot for bulk checks; with `only`, just those hashes."""
        if only is None and self._matcher is not None:
            return self._matcher
        rows = self._db.all(
            "SELECT s.salt FROM suppression_salts s"
            " WHERE EXISTS (SELECT 1 FROM suppressions x WHERE x.salt_id = s.id)"
        )
        salts = [bytes.fromhex(r[0]) for r in rows]
        if only is not None:
            return Matcher(salts, (h.lower() for h in only))
        hashes = (str(r[0]) for r in self._db.all("SELECT hash FROM suppressions"))
        self._matcher = Matcher(salts, hashes)
        return self._matcher

    def forget_snapshot(self) -> None:
        """Drop the cached snapshot (after a transaction that wrote entries was rolled back)."""
        self._matcher = None

    def matches(self, contact: Contact) -> bool:
        """True when any e-mail or phone of `contact` belongs to an erased person."""
        return self.matcher().matches(contact)

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM suppressions"))
