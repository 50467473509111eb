"""New record ids: UUIDv7 (RFC 9562), time-ordered so that index inserts land at the end."""

from __future__ import annotations

import os
import secrets
import threading
import time

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
        high = (_last_ms << 16) | (0x7 << 12) | _sequence
        random = _draw(8)
    low = (0b10 << 62) | int.from_bytes(random) >> 2
    first, last = f"{high:016x}", f"{low:016x}"
    return f"{first[:8]}-{first[8:12]}-{first[12:]}-{last[:4]}-{last[4:]}"


_pool = b""
_pool_at = 0
_POOL_SIZE = 4096


def _random_bytes(count: int) -> bytes:
    """`count` bytes from os.urandom, drawn 4 KiB at a time: one system call per 512 ids
    instead of one per id (bulk imports make 100,000 of them)."""
    with _lock:
        return _draw(count)


def _draw(count: int) -> bytes:
    """`_random_bytes` for a caller holding the lock."""
    global _pool, _pool_at
    if _pool_at + count > len(_pool):
        _pool, _pool_at = os.urandom(_POOL_SIZE), 0
    chunk = _pool[_pool_at : _pool_at + count]
    _pool_at += count
    return chunk


def _forget_pool() -> None:
    """A forked child draws its own bytes: it must not repeat the parent's."""
    global _pool, _pool_at
    _pool, _pool_at = b"", 0


os.register_at_fork(after_in_child=_forget_pool)
