"""Arabic search normalisation, tokens and phone search forms."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gtgcrm_desktop.core.arabic import (
    normalize_for_search,
    phone_search_forms,
    search_tokens,
    to_ascii_digits,
)

# Text that is mostly Arabic (with marks, tatweel, digits and presentation forms) mixed with
# accented Latin, spaces and punctuation: the inputs the normaliser exists for.
ARABIC_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
    st.sampled_from(list("AaÉéİßœ ‏‎\u200c\u2066\u2069\t\n.@+-_،؛؟")),
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),
)
arabic_text = st.text(ARABIC_ALPHABET, max_size=40)
any_text = st.one_of(st.text(max_size=60), arabic_text)

FORBIDDEN = re.compile(
    "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0660-\u0669\u06f0-\u06f9\u0300-\u036f"
    "\u200e\u200f\u2066-\u2069]"
)


# --- Examples -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("أَحْمَد", "احمد"),  # tashkeel and hamza-on-alef
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),  # madda, teh marbuta
        ("ٱلله", "الله"),  # alef wasla
        ("مدرسة", "مدرسه"),
        ("مصطفى", "مصطفي"),  # alef maksura
        ("مؤمن", "مومن"),
        ("هيئة", "هييه"),
        ("محمّد", "محمد"),  # shadda
        ("نـــــورة", "نوره"),  # tatweel
        ("ﺃﺣﻤﺪ", "احمد"),  # presentation forms
        ("ﻷ", "لا"),  # lam-alef ligature
        ("فارسی کتاب", "فارسي كتاب"),  # Farsi yeh and keheh
    ],
)
def test_arabic_letters_are_unified(raw: str, plain: str) -> None:
    assert normalize_for_search(raw) == plain
    assert normalize_for_search(raw) == normalize_for_search(plain)


def test_teh_marbuta_and_heh_spellings_match() -> None:
    assert normalize_for_search("مدرسة") == normalize_for_search("مدرسه")


def test_digits_become_ascii() -> None:
    assert normalize_for_search("٠٥٠") == "050"
    assert normalize_for_search("۰۵۰") == "050"  # Persian/Urdu digits
    assert normalize_for_search("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert to_ascii_digits("هاتف ٠٥٠-١٢٣") == "هاتف 050-123"


def test_latin_is_case_folded_and_accents_dropped() -> None:
    assert normalize_for_search("ÉMILE") == "emile"
    assert normalize_for_search("E\u0301mile") == "emile"  # decomposed input
    assert normalize_for_search("Straße") == "strasse"
    assert normalize_for_search("İstanbul") == "istanbul"
    assert normalize_for_search("Ångström Çelik Øre") == "angstrom celik øre"


def test_whitespace_is_collapsed_and_invisibles_removed() -> None:
    assert normalize_for_search("  أحمد \t\n  علي  ") == "احمد علي"
    assert normalize_for_search("\u200fأحمد\u200e \u2066x@y.com\u2069") == "احمد x@y.com"
    assert normalize_for_search("Hello\u00a0 World") == "hello world"
    assert normalize_for_search("") == ""


def test_arabic_punctuation_stays() -> None:
    assert normalize_for_search("نعم، لا؛ لماذا؟") == "نعم، لا؛ لماذا؟"


def test_prefix_of_a_typed_query_matches_the_stored_name() -> None:
    assert normalize_for_search("أحمد").startswith(normalize_for_search("احم"))
    assert normalize_for_search("إيمان").startswith(normalize_for_search("ايم"))


# --- Tokens -------------------------------------------------------------------------------


def test_tokens_split_on_email_and_phone_punctuation() -> None:
    assert search_tokens("John.Doe+crm@Example-Mail.com") == [
        "john",
        "doe",
        "crm",
        "example",
        "mail",
        "com",
    ]
    assert search_tokens("first_last") == ["first", "last"]


def test_tokens_of_arabic_text() -> None:
    assert search_tokens("أَحْمَد بن عليّ،مدرسة") == ["احمد", "بن", "علي", "مدرسه"]
    assert search_tokens("هاتف: ٠٥٠١٢٣") == ["هاتف", "050123"]
    assert search_tokens("  ...  ") == []


def test_tokens_keep_words_with_combining_marks_whole() -> None:
    assert search_tokens("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"]


# --- Phones -------------------------------------------------------------------------------


def test_phone_forms_of_a_saudi_mobile() -> None:
    assert phone_search_forms("050 123 4567", "+966501234567") == [
        "0501234567",
        "966501234567",
        "501234567",
    ]


def test_phone_forms_from_arabic_digits_and_international_value() -> None:
    forms = phone_search_forms("+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "+966501234567")
    assert forms == ["966501234567", "0501234567", "501234567"]


def test_phone_forms_use_the_real_trunk_prefix() -> None:
    # The US has no trunk "0"; the national form is the national significant number.
    assert phone_search_forms("+1 (415) 555-2671", "+14155552671") == [
        "14155552671",
        "4155552671",
    ]


def test_phone_forms_without_e164() -> None:
    assert phone_search_forms("(050) 123", None) == ["050123"]
    assert phone_search_forms("", None) == []
    assert phone_search_forms("call me", "not a number") == []


# --- Properties ---------------------------------------------------------------------------


@settings(max_examples=300)
@given(any_text)
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_for_search(text)
    assert normalize_for_search(once) == once


@settings(max_examples=300)
@given(any_text)
def test_normalised_text_has_no_marks_digits_or_stray_spaces(text: str) -> None:
    result = normalize_for_search(text)
    assert not FORBIDDEN.search(result)
    assert result == " ".join(result.split())
    assert unicodedata.is_normalized("NFC", result)


@settings(max_examples=300)
@given(any_text)
def test_tokens_of_normalised_text_equal_tokens_of_raw_text(text: str) -> None:
    tokens = search_tokens(text)
    assert search_tokens(normalize_for_search(text)) == tokens
    assert all(tokens)
    assert not any(set(token) & set(" .@+-_،") for token in tokens)


@given(st.text(max_size=30), st.one_of(st.none(), st.text(max_size=20)))
def test_phone_forms_are_unique_digit_strings(value: str, e164: str | None) -> None:
    forms = phone_search_forms(value, e164)
    assert len(forms) == len(set(forms))
    assert all(form.isascii() and form.isdigit() for form in forms)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=40))
def test_ascii_tokens_are_the_words_of_the_search_form(text: str) -> None:
    # The fast path for ASCII (e-mails, Latin names) must split exactly like the general one.
    assert search_tokens(text) == re.findall(r"[^\W_]+", normalize_for_search(text))
