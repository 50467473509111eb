"""Helpers for mixed-direction text: Unicode bidi isolates and right-to-left detection."""

from __future__ import annotations

import re
import unicodedata

LRI = "\u2066"  # left-to-right isolate
RLI = "\u2067"  # right-to-left isolate
FSI = "\u2068"  # first-strong isolate
PDI = "\u2069"  # pop directional isolate
LRM = "\u200e"  # left-to-right mark
RLM = "\u200f"  # right-to-left mark

# Isolates (U+2066-U+2069), LRM/RLM, the Arabic letter mark and the older embeddings and
# overrides (U+202A-U+202E), which text pasted from word processors often carries.
_CONTROLS_RE = re.compile("[\u2066-\u2069\u200e\u200f\u061c\u202a-\u202e]+")
_RTL_CLASSES = frozenset({"R", "AL"})


def isolate_ltr(text: str) -> str:
    """`text` as a left-to-right isolate (e-mail addresses, phones, URLs); "" stays "".

    Left-to-right marks inside the isolate keep "+966 50 123 4567" in order where a renderer
    does not implement isolates: Qt's text layout lays out LRI alone with the digit groups
    reversed inside Arabic text; with the marks, the digits follow a strong left-to-right
    character and stay in order (tests/core/test_bidi.py measures it with QTextLayout)."""
    return f"{LRI}{LRM}{text}{LRM}{PDI}" if text else text


def isolate_auto(text: str) -> str:
    """`text` as a first-strong isolate, for user text of unknown direction; "" stays ""."""
    return f"{FSI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    """`text` without bidi isolates, LRM/RLM and the other invisible bidi controls."""
    return _CONTROLS_RE.sub("", text)


def has_rtl(text: str) -> bool:
    """Whether `text` holds a strong right-to-left character (bidi class R or AL).

    That is a letter of Arabic, Hebrew, Syriac, Thaana..., or an RLM / Arabic letter mark;
    Arabic-Indic digits are weak (AN) and isolates are not letters, so neither counts.
    """
    if text.isascii():
        return False
    bidirectional = unicodedata.bidirectional
    return any(bidirectional(ch) in _RTL_CLASSES for ch in text)
