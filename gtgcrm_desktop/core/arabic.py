"""Arabic-aware text normalisation, tokenising and phone forms for search."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable


def _span(first: int, last: int) -> range:
    """The code points from `first` to `last`, both included."""
    return range(first, last + 1)


# --- What is removed ----------------------------------------------------------------------

#: Arabic harakat, tanwin, shadda, sukun, hamza/madda marks, superscript alef, Quranic marks.
_TASHKEEL: tuple[int, ...] = (*_span(0x064B, 0x065F), 0x0670, *_span(0x06D6, 0x06ED))
_TATWEEL = 0x0640
#: Combining accents applied to Latin (and Greek, Cyrillic) letters once decomposed.
_LATIN_MARKS: tuple[int, ...] = (
    *_span(0x0300, 0x036F),  # Combining Diacritical Marks
    *_span(0x1AB0, 0x1AFF),  # ... Extended
    *_span(0x1DC0, 0x1DFF),  # ... Supplement
    *_span(0x20D0, 0x20FF),  # ... for Symbols
    *_span(0xFE20, 0xFE2F),  # Combining Half Marks
)
#: Invisible format characters that would split or hide a match: soft hyphen, Arabic letter
#: mark, ZWNJ/ZWJ, LRM/RLM, bidi embeddings and isolates, word joiner, byte order mark.
_INVISIBLE: tuple[int, ...] = (
    0x00AD,
    0x061C,
    *_span(0x200C, 0x200F),
    *_span(0x202A, 0x202E),
    *_span(0x2060, 0x2064),
    *_span(0x2066, 0x2069),
    0xFEFF,
)

# --- What is mapped -----------------------------------------------------------------------

_ALEF = "\u0627"
_YEH = "\u064a"
_HEH = "\u0647"
_WAW = "\u0648"
_KAF = "\u0643"

_LETTERS: dict[int, str] = {
    0x0622: _ALEF,  # آ alef with madda
    0x0623: _ALEF,  # أ alef with hamza above
    0x0625: _ALEF,  # إ alef with hamza below
    0x0671: _ALEF,  # ٱ alef wasla
    0x0672: _ALEF,  # ٲ alef with wavy hamza above
    0x0673: _ALEF,  # ٳ alef with wavy hamza below
    0x0649: _YEH,  # ى alef maksura
    0x06CC: _YEH,  # ی Farsi yeh (Persian/Urdu keyboards)
    0x0626: _YEH,  # ئ yeh with hamza above
    0x0629: _HEH,  # ة teh marbuta
    0x0624: _WAW,  # ؤ waw with hamza above
    0x06A9: _KAF,  # ک keheh (Persian/Urdu keyboards)
    0x200B: " ",  # zero width space separates words
}

#: Arabic-Indic, extended (Persian/Urdu) and fullwidth digits -> ASCII.
_DIGITS: dict[int, str] = {base + i: str(i) for base in (0x0660, 0x06F0, 0xFF10) for i in range(10)}

_DIGIT_TABLE: dict[int, str] = dict(_DIGITS)
# str.translate raises and swallows a KeyError for every character missing from a dict,
# which makes unmapped characters the slow case; so the table also maps every character of
# the scripts most names are written in (U+0000-U+07FF: Latin, Greek, Cyrillic, Hebrew,
# Arabic...) to itself. That is about 2,000 entries and roughly halves the cost.
_SEARCH_TABLE: dict[int, int | str | None] = {
    **{cp: cp for cp in range(0x0800)},
    **dict.fromkeys((*_TASHKEEL, _TATWEEL, *_LATIN_MARKS, *_INVISIBLE)),
    **_LETTERS,
    **_DIGITS,
}


def to_ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic, Persian/Urdu and fullwidth digits turned into ASCII digits."""
    return text.translate(_DIGIT_TABLE)


def normalize_for_search(text: str) -> str:
    """The search form of `text`: what the index stores and what queries are compared to.

    NFKC (Arabic presentation forms become base letters), case folding, no tashkeel, tatweel
    or Latin accents, one alef, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي, ASCII digits, no invisible
    format characters, single spaces. Idempotent.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    # NFD splits accented letters (é -> e + U+0301) and hamza/madda letters (أ -> ا + U+0654)
    # so that one translate removes every mark; NFC then recomposes what is left (Hangul...).
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(unicodedata.normalize("NFC", decomposed.translate(_SEARCH_TABLE)).split())


#: `normalize_for_search` for values that recur across contacts (names, organisations, cities),
#: remembered: an import normalises each full name for matching and again for sorting.
normalize_recurring = functools.lru_cache(maxsize=16384)(normalize_for_search)


# --- Tokens -------------------------------------------------------------------------------


def _marks(blocks: Iterable[range]) -> str:
    """A regex class body with every combining mark (category M*) in `blocks`."""
    parts: list[str] = []
    start = end = -2
    for cp in (cp for block in blocks for cp in block):
        if unicodedata.category(chr(cp))[0] != "M":
            continue
        if cp == end + 1:
            end = cp
            continue
        if start >= 0:
            parts.append(f"\\u{start:04x}-\\u{end:04x}")
        start = end = cp
    if start >= 0:
        parts.append(f"\\u{start:04x}-\\u{end:04x}")
    return "".join(parts)


# Letters and digits, plus the combining marks that belong inside words of scripts such as
# Devanagari, Hebrew or Thai (Python's \w leaves them out and would cut those words apart).
# Only the BMP blocks that hold marks are scanned, to keep the import quick.
_MARK_CLASS = _marks(
    (
        _span(0x0300, 0x1DFF),
        _span(0x20D0, 0x20FF),
        _span(0x2CE0, 0x2DFF),
        _span(0x3000, 0x30FF),
        _span(0xA600, 0xABFF),
        _span(0xFB1E, 0xFB1E),
        _span(0xFE00, 0xFE2F),
    )
)
_TOKEN_RE = re.compile(f"[\\w{_MARK_CLASS}]+")


def search_tokens(text: str) -> list[str]:
    """The word tokens of the search form of `text` (for the index and for queries alike).

    A token is a run of letters and digits; spaces, punctuation, symbols and '_' separate
    tokens, so "a.b+c@x-y.com" gives ["a", "b", "c", "x", "y", "com"].
    """
    if text.isascii():  # e-mails and Latin names: the same tokens, without the Unicode work
        return _ASCII_TOKEN_RE.findall(text.lower())
    # One character class is much faster than "letter-or-mark" alternation; \w also takes
    # '_', which is a separator here, hence the replace.
    return _TOKEN_RE.findall(normalize_for_search(text).replace("_", " "))


_ASCII_TOKEN_RE = re.compile("[a-z0-9]+")


# --- Phones -------------------------------------------------------------------------------

_NON_DIGITS_RE = re.compile(r"[^0-9]+")


def _digits(text: str) -> str:
    return _NON_DIGITS_RE.sub("", to_ascii_digits(text))


def phone_search_forms(value: str, e164: str | None) -> list[str]:
    """The digit strings a person might type to find this phone number.

    The digits of `value` as typed, the E.164 digits without '+', the national form with
    its trunk prefix (for Saudi Arabia "0501234567") and the national significant number
    ("501234567"). Without duplicates, in that order.
    """
    typed = value if value.isascii() and value.isdigit() else _digits(value)
    forms = [typed] if typed else []
    if e164:
        plain = e164[1:] if e164.startswith("+") else ""
        international = plain if plain.isascii() and plain.isdigit() else _digits(e164)
        if international and international not in forms:
            forms.append(international)
        code_length = _country_code_length(international[:3])
        if code_length:
            national_number = international[code_length:]
            prefix = _national_prefix(
                int(international[:code_length]), national_number[:4], len(national_number)
            )
            if prefix is not None:
                for form in (prefix + national_number, national_number):
                    if form and form not in forms:
                        forms.append(form)
    return forms


@functools.lru_cache(maxsize=1024)
def _country_code_length(leading_digits: str) -> int:
    """How many of these first E.164 digits are the country calling code (0: none is)."""
    import phonenumbers  # imported lazily: text normalisation needs only the standard library

    for length in (1, 2, 3):
        if int(leading_digits[:length] or "0") in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return length
    return 0


@functools.lru_cache(maxsize=4096)
def _national_prefix(country_code: int, leading: str, length: int) -> str | None:
    """What the national format puts before the significant number (e.g. "0" in SA, "" in the
    US), for numbers of this country that start with `leading` and have `length` digits.
    Computed once through phonenumbers' formatting rules, then cached."""
    import phonenumbers

    sample = leading + "0" * (length - len(leading))
    try:
        number = phonenumbers.parse(f"+{country_code}{sample}", None)
    except phonenumbers.NumberParseException:
        return None
    national = _digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    significant = phonenumbers.national_significant_number(number)
    if not national.endswith(significant):
        return None
    return national[: len(national) - len(significant)]
