"""Fast paths of validation and normalisation give exactly what the general paths give."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from hypothesis import given, settings
from hypothesis import strategies as st

from gtgcrm_desktop.core import validation
from gtgcrm_desktop.core.arabic import normalize_for_search, normalize_recurring, to_ascii_digits
from gtgcrm_desktop.core.bidi import strip_isolates
from gtgcrm_desktop.core.errors import ValidationError
from gtgcrm_desktop.core.models import Contact, EmailAddress, PostalAddress

#: ASCII and the characters the slow paths treat specially: bidi controls, Arabic-Indic
#: digits, Unicode spaces, Arabic letters.
_TRICKY = "\u2066\u2067\u2069\u200e\u200f\u061c\u202a\u202e\u0660\u0665\u06f3\uff11\u00a0\u3000أة"
_TEXT = st.text(st.characters(max_codepoint=0x7F) | st.sampled_from(_TRICKY), max_size=30)
_EMAILISH = st.text(st.sampled_from("aZ09._%+-@xn--.testlocalhost") | st.sampled_from(_TRICKY))


T = TypeVar("T")


def _slow_clean(value: str) -> str:
    return " ".join(to_ascii_digits(strip_isolates(value)).split())


@given(_TEXT)
def test_clean_matches_the_general_path(value: str) -> None:
    assert validation._clean(value) == _slow_clean(value)
    assert validation._without_controls(value) == strip_isolates(value)


def _slow_plain_address(address: str) -> str | None:
    """`_plain_address` as first written: the reference for its quicker form."""
    import email_validator

    match = validation._PLAIN_ADDRESS.fullmatch(address)
    if match is None or len(address) > 254 or address.index("@") > 64:
        return None
    domain = match.group(1).lower()
    labels = domain.split(".")
    if labels[-1] in email_validator.SPECIAL_USE_DOMAIN_NAMES or any(
        label.startswith("xn--") for label in labels
    ):
        return None
    return f"{address[: address.index('@')]}@{domain}"


@settings(max_examples=300)
@given(_EMAILISH, st.integers(0, 70))
def test_plain_address_matches_its_reference(text: str, local_length: int) -> None:
    for address in (text, "a" * local_length + "@" + text.lstrip("@")):
        assert validation._plain_address(address) == _slow_plain_address(address)


def _outcome(function: Callable[..., T], *args: object) -> T | tuple[str, str, object]:
    """What `function` returns, or the field, reason and value of its ValidationError."""
    try:
        return function(*args)
    except ValidationError as error:
        return (error.field, error.reason, error.value)


_PARTS = st.sampled_from(["", " ", "Riyadh", " Dubai ", "الرياض", "x\u2066"])


@settings(max_examples=200)
@given(st.lists(st.tuples(_EMAILISH, _PARTS), max_size=2), st.lists(_PARTS, min_size=6, max_size=6))
def test_validated_contact_is_what_fresh_objects_give(
    emails: list[tuple[str, str]], address: list[str]
) -> None:
    contact = Contact(
        given_name="Sara",
        emails=[EmailAddress(v, label) for v, label in emails],
        addresses=[PostalAddress(*address)],
    )
    result = _outcome(validation.validate_contact, contact)
    if isinstance(result, tuple):
        return
    expected_emails = [
        EmailAddress(validation.validate_email(e.value), e.label.strip())
        for e in contact.emails
        if strip_isolates(e.value).strip()
    ]
    stripped = PostalAddress(*(part.strip() for part in address))
    assert result.emails == expected_emails
    assert result.addresses == ([] if stripped.is_empty() else [stripped])


@given(_TEXT, st.sampled_from(["SA", "sa ", "AE", "XX", ""]))
def test_parse_phone_gives_the_same_as_cleaning_then_parsing(value: str, region: str) -> None:
    cleaned = _slow_clean(value)
    direct = _outcome(validation.parse_phone, value, region)
    if isinstance(direct, tuple):
        return
    assert direct == validation._parse_cleaned(value, cleaned, region.strip().upper(), "phones", "")


@given(_TEXT)
def test_normalize_recurring_is_normalize_for_search(text: str) -> None:
    assert normalize_recurring(text) == normalize_for_search(text)
