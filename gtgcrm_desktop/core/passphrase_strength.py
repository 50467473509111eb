"""A rough passphrase strength estimate: the hint shown while typing, and the weak-passphrase refusal."""

from __future__ import annotations

import math
import unicodedata
from enum import IntEnum
from itertools import pairwise

MIN_LENGTH = 8
#: Letters next to each other on a US keyboard: "qwerty" is as easy to guess as "abcdef".
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


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


def _continues(previous: str, current: str) -> bool:
    """True when `current` repeats `previous` or takes the next step of a run: "aa", "ab",
    "ba", "12", "21", or neighbours on a keyboard row ("qw", "sd")."""
    a, b = previous.lower(), current.lower()
    if abs(ord(a) - ord(b)) <= 1:
        return True
    return any(a + b in row or b + a in row for row in KEYBOARD_ROWS)


def effective_length(passphrase: str) -> int:
    """How many characters add guessing work: the first of each run counts, the rest of a
    run does not ("abc12345" counts 2), and no character counts more than twice."""
    steps = sum(1 for pair in pairwise(passphrase) if not _continues(*pair))
    counted = min(len(passphrase), 1 + steps)
    return min(counted, len(set(passphrase)) * 2)


def estimate_bits(passphrase: str) -> float:
    """Entropy in bits: the counted characters, each drawn from the kinds of characters used."""
    return effective_length(passphrase) * math.log2(_pool_size(passphrase))


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


def is_weak(passphrase: str) -> bool:
    """True when the strength hint would say "too short" or "weak": `init`, `passphrase change`
    and the first-run wizard refuse such a passphrase unless told to allow it."""
    return strength(passphrase) <= Strength.WEAK
