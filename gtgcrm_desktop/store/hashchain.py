"""SHA-256 hash chains for append-only tables (audit log, consent ledger)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from gtgcrm_desktop.store.database import Database

GENESIS = "0" * 64


def chain_hash(previous: str, fields: list[Any]) -> str:
    """The hash of one entry: its canonical JSON fields, bound to the previous entry's hash."""
    canonical = json.dumps(
        [previous, *fields], ensure_ascii=False, separators=(",", ":"), sort_keys=True
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def issued_seq(database: Database, table: str) -> int:
    """The highest seq AUTOINCREMENT has handed out for `table` (kept in `sqlite_sequence`
    even when the rows are gone), 0 when none."""
    value = database.scalar("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,))
    return int(value or 0)


def missing_seqs(seqs: Iterable[int], issued: int) -> list[int]:
    """The seqs absent from `seqs` (ascending) up to `issued`: entries deleted from the middle
    or cut from the end. AUTOINCREMENT never reuses or skips a seq of a committed row, so any
    gap means deleted entries."""
    missing: list[int] = []
    expected = 1
    for seq in seqs:
        missing.extend(range(expected, seq))
        expected = seq + 1
    missing.extend(range(expected, issued + 1))
    return missing
