"""SHA-256 hash chains for append-only tables (audit log, consent ledger)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS = "0" * 64


def chain_hash(previous: str, fields: list[Any]) -> str:
    """The hash of one entry: its canonical JSON fields, bound to the previous entry's hash."""
    canonical = json.dumps(
        [previous, *fields], ensure_ascii=False, separators=(",", ":"), sort_keys=True
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
