"""The audit log: append-only and hash-chained; holds ids and masked values, never personal data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.hashchain import GENESIS, chain_hash, issued_seq, missing_seqs


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audited action."""

    seq: int
    at: str
    actor: str
    action: str
    subject_type: str
    subject_id: str
    details: dict[str, Any]
    prev_hash: str
    hash: str

    def hashed_fields(self) -> list[Any]:
        return _fields(
            self.at, self.actor, self.action, self.subject_type, self.subject_id, self.details
        )


def _fields(
    at: str, actor: str, action: str, subject_type: str, subject_id: str, details: dict[str, Any]
) -> list[Any]:
    return [at, actor, action, subject_type, subject_id, details]


_COLUMNS = "seq, at, actor, action, subject_type, subject_id, details, prev_hash, hash"
_MAX_EXTENSION = 6


def mask_file_name(name: str) -> str:
    """`A***.vcf` for "C:/Users/me/Ahmed Alshehri private.vcf": no folder, the first character
    of the name, and the extension when it is short and plain (so it cannot carry a name)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    stem, dot, extension = base.rpartition(".")
    if not dot or not stem:
        stem, extension = base, ""
    plain = extension.isascii() and extension.isalnum() and len(extension) <= _MAX_EXTENSION
    suffix = f".{extension.lower()}" if extension and plain else ""
    return f"{stem[0]}***{suffix}" if stem else ""


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    return AuditEntry(
        row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]), row[7], row[8]
    )


class AuditLog:
    """Appends entries (inside the caller's transaction when there is one) and checks the chain."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def append(
        self,
        action: str,
        *,
        subject_type: str = "",
        subject_id: str = "",
        details: dict[str, Any] | None = None,
        actor: str = "user",
    ) -> AuditEntry:
        details = dict(details or {})
        with self._db.transaction():
            previous = self._db.scalar("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            prev_hash = previous or GENESIS
            at = now_iso()
            digest = chain_hash(
                prev_hash, _fields(at, actor, action, subject_type, subject_id, details)
            )
            cursor = self._db.execute(
                "INSERT INTO audit_log (at, actor, action, subject_type, subject_id, details,"
                " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    at,
                    actor,
                    action,
                    subject_type,
                    subject_id,
                    json.dumps(details, ensure_ascii=False, sort_keys=True),
                    prev_hash,
                    digest,
                ),
            )
            seq = int(cursor.lastrowid)
        return AuditEntry(
            seq, at, actor, action, subject_type, subject_id, details, prev_hash, digest
        )

    def entries(
        self,
        *,
        action: str | None = None,
        subject_type: str | None = None,
        subject_id: str | None = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """Entries newest first, optionally filtered."""
        where, params = [], []
        for column, value in (
            ("action", action),
            ("subject_type", subject_type),
            ("subject_id", subject_id),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM audit_log {clause} ORDER BY seq DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_entry(r) for r in rows]

    def verify(self) -> list[int]:
        """The seq of every entry whose hash or link is wrong, and of every entry missing
        (deleted from the middle or cut from the end); empty: the chain is intact."""
        broken: list[int] = []
        seqs: list[int] = []
        expected_prev = GENESIS
        for row in self._db.all(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):
            entry = _entry(row)
            if entry.prev_hash != expected_prev or entry.hash != chain_hash(
                entry.prev_hash, entry.hashed_fields()
            ):
                broken.append(entry.seq)
            seqs.append(entry.seq)
            expected_prev = entry.hash
        missing = missing_seqs(seqs, issued_seq(self._db, "audit_log"))
        return sorted({*broken, *missing})
