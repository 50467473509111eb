"""The consent ledger's storage: append-only, hash-chained, with redactable free text."""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import asdict, dataclass
from typing import Any

from gtgcrm_desktop.core.ids import new_id
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.changelog import ChangeLog, new_op_id
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.hashchain import GENESIS, chain_hash, issued_seq, missing_seqs
from gtgcrm_desktop.store.remote_changes import record_remote

ENTITY = "consent"


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One consent decision about one purpose (and channel) of one subject."""

    seq: int
    id: str
    subject_type: str
    subject_id: str
    purpose: str
    channel: str
    status: str
    lawful_basis: str
    source: str
    evidence: str
    policy_version: str
    recorded_at: str
    hlc: str
    text_digest: str
    redacted_at: str | None
    prev_hash: str
    hash: str

    @property
    def redacted(self) -> bool:
        return self.redacted_at is not None

    def hashed_fields(self) -> list[Any]:
        """What the chain hash covers: every field but the free text, which the digest covers."""
        return [
            self.id,
            self.subject_type,
            self.subject_id,
            self.purpose,
            self.channel,
            self.status,
            self.lawful_basis,
            self.text_digest,
            self.policy_version,
            self.recorded_at,
            self.hlc,
        ]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def text_digest(salt: str, source: str, evidence: str) -> str:
    """The salted commitment to the free text of an event (the salt is dropped on redaction)."""
    canonical = json.dumps([salt, source, evidence], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_COLUMNS = (
    "seq, id, subject_type, subject_id, purpose, channel, status, lawful_basis, source, evidence,"
    " policy_version, recorded_at, hlc, text_digest, redacted_at, prev_hash, hash"
)


def _event(row: tuple[Any, ...]) -> ConsentEvent:
    return ConsentEvent(*row)


class ConsentStore:
    """Appends consent events (each with its change-log entry) and reads and checks them."""

    def __init__(self, database: Database, changes: ChangeLog) -> None:
        self._db = database
        self._changes = changes

    def append(
        self,
        *,
        subject_type: str,
        subject_id: str,
        purpose: str,
        channel: str,
        status: str,
        lawful_basis: str,
        source: str,
        evidence: str,
        policy_version: str,
        op_id: str | None = None,
    ) -> ConsentEvent:
        """Append one event at the end of the chain, in the caller's transaction if any."""
        with self._db.transaction():
            previous = self._db.scalar("SELECT hash FROM consent_events ORDER BY seq DESC LIMIT 1")
            salt = secrets.token_hex(32)
            draft = ConsentEvent(
                seq=0,
                id=new_id(),
                subject_type=subject_type,
                subject_id=subject_id,
                purpose=purpose,
                channel=channel,
                status=status,
                lawful_basis=lawful_basis,
                source=source,
                evidence=evidence,
                policy_version=policy_version,
                recorded_at=now_iso(),
                hlc=self._changes.clock.tick(),
                text_digest=text_digest(salt, source, evidence),
                redacted_at=None,
                prev_hash=previous or GENESIS,
                hash="",
            )
            digest = chain_hash(draft.prev_hash, draft.hashed_fields())
            cursor = self._db.execute(
                "INSERT INTO consent_events (id, subject_type, subject_id, purpose, channel, status,"
                " lawful_basis, source, evidence, policy_version, recorded_at, hlc, text_salt,"
                " text_digest, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.id,
                    subject_type,
                    subject_id,
                    purpose,
                    channel,
                    status,
                    lawful_basis,
                    source,
                    evidence,
                    policy_version,
                    draft.recorded_at,
                    draft.hlc,
                    salt,
                    draft.text_digest,
                    draft.prev_hash,
                    digest,
                ),
            )
            event = ConsentEvent(**{**asdict(draft), "seq": int(cursor.lastrowid), "hash": digest})
            fields = {k: v for k, v in event.to_json().items() if k not in ("seq", "redacted_at")}
            self._changes.record(
                ENTITY, event.id, "create", fields, op_id or new_op_id(), hlc=event.hlc
            )
        return event

    def append_remote(
        self, fields: dict[str, Any], hlc: str, device_id: str, op_id: str
    ) -> ConsentEvent | None:
        """Chain an event made on another device and received through sync, keeping its id,
        time, clock and policy version; None if it is here already (a retried pull)."""
        event_id = str(fields["id"])
        if self._db.one("SELECT 1 FROM consent_events WHERE id = ?", (event_id,)) is not None:
            return None
        with self._db.transaction():
            previous = self._db.scalar("SELECT hash FROM consent_events ORDER BY seq DESC LIMIT 1")
            salt = secrets.token_hex(32)
            source, evidence = str(fields.get("source", "")), str(fields.get("evidence", ""))
            draft = ConsentEvent(
                seq=0,
                id=event_id,
                subject_type=str(fields["subject_type"]),
                subject_id=str(fields["subject_id"]),
                purpose=str(fields["purpose"]),
                channel=str(fields.get("channel", "")),
                status=str(fields["status"]),
                lawful_basis=str(fields.get("lawful_basis", "consent")),
                source=source,
                evidence=evidence,
                policy_version=str(fields.get("policy_version", "")),
                recorded_at=str(fields.get("recorded_at") or now_iso()),
                hlc=hlc,
                text_digest=text_digest(salt, source, evidence),
                redacted_at=None,
                prev_hash=previous or GENESIS,
                hash="",
            )
            digest = chain_hash(draft.prev_hash, draft.hashed_fields())
            cursor = self._db.execute(
                "INSERT INTO consent_events (id, subject_type, subject_id, purpose, channel, status,"
                " lawful_basis, source, evidence, policy_version, recorded_at, hlc, text_salt,"
                " text_digest, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.id,
                    draft.subject_type,
                    draft.subject_id,
                    draft.purpose,
                    draft.channel,
                    draft.status,
                    draft.lawful_basis,
                    source,
                    evidence,
                    draft.policy_version,
                    draft.recorded_at,
                    hlc,
                    salt,
                    draft.text_digest,
                    draft.prev_hash,
                    digest,
                ),
            )
            record_remote(
                self._db, [(ENTITY, event_id, "create", dict(fields), op_id, hlc, device_id)]
            )
            return ConsentEvent(**{**asdict(draft), "seq": int(cursor.lastrowid), "hash": digest})

    def history(
        self,
        subject_type: str | None = None,
        subject_id: str | None = None,
        *,
        purpose: str | None = None,
        newest_first: bool = True,
        limit: int = 1000,
        offset: int = 0,
    ) -> list[ConsentEvent]:
        """Events, optionally for one subject and purpose."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("subject_type", subject_type),
            ("subject_id", subject_id),
            ("purpose", purpose),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        order = "DESC" if newest_first else "ASC"
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM consent_events {clause} ORDER BY seq {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_event(r) for r in rows]

    def latest(self, subject_type: str, subject_id: str) -> dict[tuple[str, str], ConsentEvent]:
        """The newest event of each (purpose, channel) of one subject.

        Newest by hybrid logical clock, not by position in this device's chain: an event made
        earlier on another device can arrive (and be chained here) after a later local one."""
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM consent_events WHERE seq IN (SELECT seq FROM (SELECT seq,"
            " max(hlc) FROM consent_events WHERE subject_type = ? AND subject_id = ?"
            " GROUP BY purpose, channel))",
            (subject_type, subject_id),
        )
        return {(r[4], r[5]): _event(r) for r in rows}

    def latest_for(
        self, subject_type: str, subject_id: str, purpose: str, channels: tuple[str, ...]
    ) -> ConsentEvent | None:
        """The newest event of one subject and purpose on any of `channels`."""
        marks = ",".join("?" * len(channels))
        row = self._db.one(
            f"SELECT {_COLUMNS} FROM consent_events WHERE subject_type = ? AND subject_id = ?"
            f" AND purpose = ? AND channel IN ({marks}) ORDER BY hlc DESC LIMIT 1",
            (subject_type, subject_id, purpose, *channels),
        )
        return None if row is None else _event(row)

    def subjects_granted(
        self, subject_type: str, purpose: str, channels: tuple[str, ...]
    ) -> list[str]:
        """Subjects whose newest event of `purpose` on any of `channels` is a grant."""
        marks = ",".join("?" * len(channels))
        rows = self._db.all(
            "SELECT e.subject_id FROM consent_events e JOIN (SELECT seq, max(hlc) FROM"
            " consent_events WHERE subject_type = ? AND purpose = ?"
            f" AND channel IN ({marks}) GROUP BY subject_id) last ON last.seq = e.seq"
            " WHERE e.status = 'granted' ORDER BY e.subject_id",
            (subject_type, purpose, *channels),
        )
        return [r[0] for r in rows]

    def redact_subject(self, subject_type: str, subject_id: str) -> int:
        """Blank the free text (source, evidence) of a subject's events and drop their salts;
        the chain still verifies through the digests. Also blanks their change-log payloads."""
        with self._db.transaction():
            self._db.execute(
                "UPDATE change_log SET fields = '{}' WHERE entity = ? AND entity_id IN"
                " (SELECT id FROM consent_events WHERE subject_type = ? AND subject_id = ?)",
                (ENTITY, subject_type, subject_id),
            )
            cursor = self._db.execute(
                "UPDATE consent_events SET source = '', evidence = '', text_salt = '',"
                " redacted_at = ? WHERE subject_type = ? AND subject_id = ? AND redacted_at IS NULL",
                (now_iso(), subject_type, subject_id),
            )
            return int(cursor.rowcount)

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM consent_events"))

    def verify(self) -> list[int]:
        """The seq of every event whose link, hash or free-text digest is wrong, and of every
        event missing (deleted from the middle or cut from the end)."""
        broken: list[int] = []
        seqs: list[int] = []
        expected_prev = GENESIS
        for row in self._db.all(f"SELECT {_COLUMNS}, text_salt FROM consent_events ORDER BY seq"):
            seqs.append(int(row[0]))
            event, salt = _event(row[:-1]), row[-1]
            ok = event.prev_hash == expected_prev and event.hash == chain_hash(
                event.prev_hash, event.hashed_fields()
            )
            if event.redacted:
                ok = ok and not (event.source or event.evidence or salt)
            else:
                ok = ok and event.text_digest == text_digest(salt, event.source, event.evidence)
            if not ok:
                broken.append(event.seq)
            expected_prev = event.hash
        missing = missing_seqs(seqs, issued_seq(self._db, "consent_events"))
        return sorted({*broken, *missing})
