"""A rough passphrase strength estimate for the hint shown while a passphrase is typed."""

from __future__ import annotations

import math
import unicodedata
from enum import IntEnum

MIN_LENGTH = 8


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def _pool_size(passphrase: str) -> int:
    """How many symbols each character is drawn from, judged by the kinds present."""
    pool = 0
    if any(c.islower() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isupper() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in passphrase):
        pool += 33
    if any(not c.isascii() and unicodedata.category(c).startswith("L") for c in passphrase):
        pool += 36  # Arabic letters and other scripts
    return max(pool, 1)


def estimate_bits(passphrase: str) -> float:
    """Entropy in bits, discounting repeated characters (e.g. "aaaaaaaa" is weak)."""
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)
    return effective_length * math.log2(_pool_size(passphrase))


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 40:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG
