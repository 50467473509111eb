"""E.164 of national numbers by their shape, learnt from phonenumbers: imports parse 100,000s.

`phonenumbers.parse` costs ~40 us, mostly generic work (character classes, alpha numbers,
extensions, RFC 3966) that a national number typed as plain digits does not need. For such a
number of a region without a national-prefix transform rule, what the parser does depends
only on these facts, its *shape*: its length, how long a national prefix it starts with, and
whether the whole number and the number after that prefix fit the region's general pattern.
(Numbers starting with the country code or an international prefix are left to the library.)
So once the library has parsed one number of a shape, every number of that shape keeps the
same digits after the same prefix. A property test holds this against the library.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import NamedTuple

#: Separators a typed number may carry that the parser ignores.
_SEPARATORS = str.maketrans("", "", " -().")

_lock = threading.Lock()
#: (region, shape) -> how many leading digits the national prefix takes, or None when the
#: library's answer for that shape was not "country code + the rest of the digits".
_learnt: dict[tuple[str, tuple[int, int, bool, bool]], int | None] = {}


class _Rules(NamedTuple):
    country_code: str
    international_prefix: re.Pattern[str] | None
    national_prefix: re.Pattern[str] | None
    general: re.Pattern[str]


@functools.lru_cache(maxsize=512)
def _rules(region: str) -> _Rules | None:
    """The region's parsing rules, or None when its numbers are not parsed by shape."""
    import phonenumbers  # imported when first needed: start-up does not validate

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or metadata.national_prefix_transform_rule:
        return None
    pattern = metadata.general_desc.national_number_pattern if metadata.general_desc else None
    if not pattern:
        return None
    return _Rules(
        str(metadata.country_code),
        re.compile(metadata.international_prefix) if metadata.international_prefix else None,
        re.compile(metadata.national_prefix_for_parsing)
        if metadata.national_prefix_for_parsing
        else None,
        re.compile(pattern),
    )


def _national_digits(dialled: str, rules: _Rules) -> str | None:
    """The digits of a plainly typed national number, or None for anything else."""
    digits = dialled.translate(_SEPARATORS)
    if not (5 <= len(digits) <= 17 and digits.isascii() and digits.isdigit()):
        return None
    if digits.startswith(rules.country_code):
        return None
    if rules.international_prefix is not None and rules.international_prefix.match(digits):
        return None
    return digits


def _shape(digits: str, rules: _Rules) -> tuple[int, int, bool, bool]:
    prefix = rules.national_prefix.match(digits) if rules.national_prefix else None
    end = prefix.end() if prefix else -1
    whole = rules.general.fullmatch(digits) is not None
    rest = end >= 0 and rules.general.fullmatch(digits[end:]) is not None
    return len(digits), end, whole, rest


def known_e164(dialled: str, region: str) -> str | None:
    """The E.164 form of `dialled` in `region` when a number of its shape was parsed before
    (see `learn`), else None: then ask phonenumbers."""
    rules = _rules(region)
    if rules is None or (digits := _national_digits(dialled, rules)) is None:
        return None
    strip = _learnt.get((region, _shape(digits, rules)))
    if strip is None or digits[strip] == "0":
        return None
    return f"+{rules.country_code}{digits[strip:]}"


def learn(dialled: str, region: str, e164: str) -> None:
    """Remember how phonenumbers parsed `dialled` (a possible number) into `e164`."""
    rules = _rules(region)
    if rules is None or (digits := _national_digits(dialled, rules)) is None:
        return
    head = "+" + rules.country_code
    national = e164[len(head) :] if e164.startswith(head) else ""
    strip = len(digits) - len(national)
    fits = bool(national) and digits.endswith(national) and national[0] != "0"
    with _lock:
        _learnt.setdefault((region, _shape(digits, rules)), strip if fits else None)
