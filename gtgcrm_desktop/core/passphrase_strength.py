"""A rough passphrase strength estimate: the hint shown while typing, and the weak-passphrase refusal."""

from __future__ import annotations

import math
import unicodedata
from enum import IntEnum
from itertools import pairwise

MIN_LENGTH = 8
#: Letters next to each other on a US keyboard: "qwerty" is as easy to guess as "abcdef".
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


#: The longest passphrase zxcvbn accepts.
ZXCVBN_MAX_LENGTH = 72


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


_SCORES = (Strength.WEAK, Strength.WEAK, Strength.FAIR, Strength.GOOD, Strength.STRONG)


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
    """The lower of two estimates: the kinds and runs of characters (below), and zxcvbn's
    guesses, which know common passwords, words, names, dates and l33t ("Password123!")."""
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 40:
        by_characters = Strength.WEAK
    elif bits < 60:
        by_characters = Strength.FAIR
    elif bits < 80:
        by_characters = Strength.GOOD
    else:
        by_characters = Strength.STRONG
    return min(by_characters, _by_guesses(passphrase))


def _by_guesses(passphrase: str) -> Strength:
    """zxcvbn's score (0-4) as a Strength: 0 and 1 ("too" and "very guessable") are weak."""
    from zxcvbn import zxcvbn  # only when a passphrase is chosen: not at start-up

    # zxcvbn refuses more than 72 characters (its matching grows fast with length); the rest of
    # a longer passphrase only adds to what its first 72 characters are worth.
    score = int(zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH])["score"])
    return _SCORES[min(max(score, 0), 4)]


def is_weak(passphrase: str) -> bool:
    """True when the strength hint would say "too short" or "weak": `init`, `passphrase change`
    and the first-run wizard refuse such a passphrase unless told to allow it."""
    return strength(passphrase) <= Strength.WEAK
