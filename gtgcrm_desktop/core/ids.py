"""New record ids: UUIDv7 (RFC 9562), time-ordered so that index inserts land at the end."""

from __future__ import annotations

import secrets
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_sequence = 0


def new_id() -> str:
    """A UUIDv7 string: 48-bit Unix milliseconds, then a 12-bit sequence, then random bits.

    Ids made by one process sort in creation order (the sequence breaks ties within a
    millisecond), so B-tree indexes on them grow at one end instead of at random pages."""
    global _last_ms, _sequence
    with _lock:
        now = time.time_ns() // 1_000_000
        if now > _last_ms:
            _last_ms, _sequence = now, secrets.randbits(8)
        else:
            _sequence += 1
            if _sequence > 0xFFF:  # more than 4,096 ids in one millisecond: borrow the next
                _last_ms, _sequence = _last_ms + 1, 0
        value = (_last_ms << 80) | (0x7 << 76) | (_sequence << 64) | (0b10 << 62)
        value |= secrets.randbits(62)
    return str(uuid.UUID(int=value))
