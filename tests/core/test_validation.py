"""Validation of e-mails, phones, birthdays and whole contacts."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gtgcrm_desktop.core import validation
from gtgcrm_desktop.core.errors import InputError, ValidationError
from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress
from gtgcrm_desktop.core.validation import (
    ALL_REASONS,
    REASON_BIRTHDAY,
    REASON_CUSTOM_FIELD_DUPLICATE,
    REASON_CUSTOM_FIELD_NAME,
    REASON_EMAIL,
    REASON_NAME,
    REASON_PHONE,
    REASON_REGION,
    email_match_key,
    parse_phone,
    validate_birthday,
    validate_contact,
    validate_email,
)

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def test_all_reasons_lists_every_reason_once() -> None:
    reasons = {v for k, v in vars(validation).items() if k.startswith("REASON_")}
    assert set(ALL_REASONS) == reasons
    assert len(ALL_REASONS) == len(reasons)
    assert REASON_EMAIL == "not a valid e-mail address"
    assert REASON_PHONE == "not a valid phone number"


# --- E-mail -------------------------------------------------------------------------------


def test_email_is_stripped_and_domain_lowercased() -> None:
    assert validate_email("  Ahmed.Ali@Example.COM \n") == "Ahmed.Ali@example.com"


def test_email_bidi_marks_are_dropped() -> None:
    assert validate_email("\u200f\u2066ahmed@example.com\u2069") == "ahmed@example.com"


def test_internationalised_email_is_accepted() -> None:
    assert validate_email("أحمد@مثال.com") == "أحمد@مثال.com"


@pytest.mark.parametrize(
    "bad", ["", "   ", "ahmed", "ahmed@", "@example.com", "a@b@c.com", "a b@example.com"]
)
def test_bad_email_raises_naming_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_email(bad)
    assert caught.value.field == "emails"
    assert caught.value.reason == REASON_EMAIL
    assert caught.value.value == bad
    assert "emails" in str(caught.value)
    assert isinstance(caught.value, InputError)
    assert caught.value.exit_code == 1


def test_bad_email_names_the_given_field() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_email("nope", field="owner_email")
    assert caught.value.field == "owner_email"
    assert str(caught.value) == f"owner_email: {REASON_EMAIL}"


def test_email_match_key() -> None:
    assert email_match_key("Ahmed@Example.com") == email_match_key(" ahmed@EXAMPLE.com")
    assert email_match_key("Ahmed@Example.com") == "ahmed@example.com"
    assert email_match_key("not an address") == ""
    assert email_match_key("") == ""


# --- Phone --------------------------------------------------------------------------------


def test_phone_in_arabic_indic_digits() -> None:
    phone = parse_phone("٠٥٠١٢٣٤٥٦٧", "SA")
    assert phone.e164 == "+966501234567"
    assert phone.value == "0501234567"


def test_phone_in_persian_digits_with_spaces() -> None:
    assert parse_phone("۰۵۰ ۱۲۳ ۴۵۶۷").e164 == "+966501234567"


def test_international_phone_ignores_the_default_region() -> None:
    phone = parse_phone("+1 (415) 555-2671", "SA", label="work")
    assert phone == PhoneNumber("+1 (415) 555-2671", "+14155552671", "work")


@pytest.mark.parametrize("region", ["SA", "US", "GB", "AE"])
def test_leading_00_is_an_international_prefix(region: str) -> None:
    assert parse_phone("00966 50-123-4567", region).e164 == "+966501234567"


def test_phone_value_keeps_what_was_typed_without_bidi_marks() -> None:
    phone = parse_phone("\u2066(050) 123-4567\u2069\u200f", "SA")
    assert phone.value == "(050) 123-4567"
    assert phone.e164 == "+966501234567"


def test_region_code_is_case_insensitive() -> None:
    assert parse_phone("050 123 4567", "ae").e164 == "+971501234567"


@pytest.mark.parametrize("bad", ["", "  ", "12", "abc", "+", "00", "05012345678901234567"])
def test_bad_phone_raises_naming_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(bad, "SA")
    assert caught.value.field == "phones"
    assert caught.value.reason == REASON_PHONE
    assert "phones" in str(caught.value)


def test_unknown_region_raises() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone("0501234567", "XX")
    assert caught.value.field == "default_region"
    assert caught.value.reason == REASON_REGION


# --- Birthday -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("1990-03-15", "1990-03-15"),
        ("19900315", "1990-03-15"),
        ("1990/03/15", "1990-03-15"),
        (" 1990-03-15 ", "1990-03-15"),
        ("١٩٩٠-٠٣-١٥", "1990-03-15"),
        ("۱۹۹۰-۰۳-۱۵", "1990-03-15"),
        ("--03-15", "--03-15"),
        ("--0315", "--03-15"),
        ("--02-29", "--02-29"),
        ("2000-02-29", "2000-02-29"),
    ],
)
def test_birthday_forms(raw: str, canonical: str) -> None:
    assert validate_birthday(raw) == canonical


@pytest.mark.parametrize("empty", [None, "", "  "])
def test_empty_birthday_is_none(empty: str | None) -> None:
    assert validate_birthday(empty) is None


@pytest.mark.parametrize(
    "bad",
    [
        "1990-02-30",
        "2001-02-29",
        "1990-13-01",
        "0000-01-01",
        "--13-01",
        "--02-30",
        "15/03/1990",
        "1990-03-15T10:00",
        "1990-0315",
        "yesterday",
    ],
)
def test_bad_birthday_raises_naming_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_birthday(bad)
    assert caught.value.field == "birthday"
    assert caught.value.reason == REASON_BIRTHDAY


# --- Contact ------------------------------------------------------------------------------


def _contact(**changes: object) -> Contact:
    contact = Contact(
        given_name="  أحمد ",
        family_name=" الشمري",
        organization=" GTG ",
        title=" مدير ",
        emails=[EmailAddress(" Ahmed@Example.COM ", " work "), EmailAddress("  ", "home")],
        phones=[PhoneNumber("٠٥٠١٢٣٤٥٦٧", None, " mobile "), PhoneNumber(" ", None, "")],
        addresses=[
            PostalAddress(label="home", city=" الرياض ", country="SA"),
            PostalAddress(label="empty", street="  "),
        ],
        tags=[" vip ", "customer", "vip", "", "  "],
        notes="  keep my spaces  ",
        birthday="١٩٩٠-٠٣-١٥",
        custom_fields={" Employee ID ": " 42 "},
        extra={"X-UNKNOWN": ["a", "b"]},
        id="c1",
        created_at="2025-01-01T00:00:00Z",
        updated_at="2025-01-02T00:00:00Z",
    )
    for name, value in changes.items():
        setattr(contact, name, value)
    return contact


def test_contact_is_cleaned() -> None:
    result = validate_contact(_contact())
    assert result.given_name == "أحمد"
    assert result.family_name == "الشمري"
    assert result.organization == "GTG"
    assert result.title == "مدير"
    assert result.emails == [EmailAddress("Ahmed@example.com", "work")]
    assert result.phones == [PhoneNumber("0501234567", "+966501234567", "mobile")]
    assert result.addresses == [PostalAddress(label="home", city="الرياض", country="SA")]
    assert result.tags == ["vip", "customer"]
    assert result.notes == "  keep my spaces  "
    assert result.birthday == "1990-03-15"
    assert result.custom_fields == {"Employee ID": " 42 "}
    assert result.extra == {"X-UNKNOWN": ["a", "b"]}
    assert (result.id, result.created_at, result.updated_at) == (
        "c1",
        "2025-01-01T00:00:00Z",
        "2025-01-02T00:00:00Z",
    )


def test_contact_input_is_not_mutated() -> None:
    contact = _contact()
    before = copy.deepcopy(contact)
    result = validate_contact(contact)
    assert contact == before
    assert result is not contact
    result.extra["X-UNKNOWN"].append("c")
    result.tags.append("new")
    assert contact == before


def test_phone_uses_the_region_of_its_known_e164() -> None:
    contact = _contact(phones=[PhoneNumber("050 123 4567", "+971501234567")])
    assert validate_contact(contact, "SA").phones[0].e164 == "+971501234567"


def test_phone_uses_the_default_region() -> None:
    contact = _contact(phones=[PhoneNumber("(415) 555-2671")])
    assert validate_contact(contact, "US").phones[0].e164 == "+14155552671"


@pytest.mark.parametrize(
    "changes",
    [
        {"given_name": " x "},
        {"family_name": "y"},
        {"display_name": "z"},
        {"organization": "GTG"},
        {"emails": [EmailAddress("a@example.com")]},
    ],
)
def test_one_of_name_organisation_or_email_is_enough(changes: dict[str, object]) -> None:
    empty = Contact()
    for name, value in changes.items():
        setattr(empty, name, value)
    validate_contact(empty)


def test_contact_without_name_org_or_email_is_refused() -> None:
    contact = Contact(
        given_name="  ", organization=" ", emails=[EmailAddress(" \u200f")], tags=["x"]
    )
    with pytest.raises(ValidationError) as caught:
        validate_contact(contact)
    assert caught.value.field == "given_name"
    assert caught.value.reason == REASON_NAME


def test_contact_with_a_bad_email_names_emails() -> None:
    contact = _contact(emails=[EmailAddress("good@example.com"), EmailAddress("bad@")])
    with pytest.raises(ValidationError) as caught:
        validate_contact(contact)
    assert caught.value.field == "emails"
    assert caught.value.value == "bad@"


def test_contact_with_a_bad_phone_names_phones() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_contact(_contact(phones=[PhoneNumber("12")]))
    assert caught.value.field == "phones"


def test_contact_with_a_bad_birthday_names_birthday() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_contact(_contact(birthday="1990-02-31"))
    assert caught.value.field == "birthday"


def test_custom_field_rules() -> None:
    result = validate_contact(_contact(custom_fields={" ": "", "a": "1"}))
    assert result.custom_fields == {"a": "1"}
    with pytest.raises(ValidationError) as caught:
        validate_contact(_contact(custom_fields={" ": "orphan"}))
    assert (caught.value.field, caught.value.reason) == ("custom_fields", REASON_CUSTOM_FIELD_NAME)
    with pytest.raises(ValidationError) as caught:
        validate_contact(_contact(custom_fields={"a": "1", " a ": "2"}))
    assert caught.value.reason == REASON_CUSTOM_FIELD_DUPLICATE


def test_contact_with_unknown_region_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_contact(_contact(), "Saudi")
    assert caught.value.field == "default_region"


def test_validation_is_idempotent() -> None:
    once = validate_contact(_contact())
    assert validate_contact(once) == once


# --- Properties ---------------------------------------------------------------------------

noisy_text = st.one_of(
    st.text(max_size=60),
    st.text(
        st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩۰۵+-() @.-/\u200f\u2066\u2069ab")), max_size=25
    ),
)


@settings(max_examples=200)
@given(noisy_text)
def test_validate_email_raises_only_validation_error(text: str) -> None:
    try:
        result = validate_email(text)
    except ValidationError as exc:
        assert exc.field == "emails"
    else:
        assert validate_email(result) == result
        assert email_match_key(text) == result.casefold()


@settings(max_examples=200)
@given(noisy_text, st.sampled_from(["SA", "US", "EG", "GB"]))
def test_parse_phone_raises_only_validation_error(text: str, region: str) -> None:
    try:
        phone = parse_phone(text, region)
    except ValidationError as exc:
        assert exc.field == "phones"
    else:
        assert phone.e164 is not None
        assert phone.e164.startswith("+")
        assert phone.e164[1:].isdigit()
        assert parse_phone(phone.e164, "SA").e164 == phone.e164


@settings(max_examples=200)
@given(noisy_text)
def test_validate_birthday_raises_only_validation_error(text: str) -> None:
    try:
        result = validate_birthday(text)
    except ValidationError as exc:
        assert exc.field == "birthday"
    else:
        assert result is None or validate_birthday(result) == result


@given(st.dates(min_value=dt.date(1, 1, 1)), st.booleans(), st.booleans())
def test_every_real_date_round_trips(date: dt.date, arabic: bool, without_year: bool) -> None:
    text = f"--{date:%m-%d}" if without_year else date.isoformat()
    typed = text.translate(ARABIC_DIGITS if arabic else PERSIAN_DIGITS)
    assert validate_birthday(typed) == text


@given(
    local=st.from_regex(r"[A-Za-z0-9_%+-]{1,20}(\.[A-Za-z0-9_%+-]{1,10}){0,2}", fullmatch=True),
    labels=st.lists(
        st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,12}[A-Za-z0-9])?", fullmatch=True),
        min_size=1,
        max_size=3,
    ),
    tld=st.sampled_from(
        ["com", "SA", "org", "Net", "test", "local", "co", "xn--p1ai", "arpa", "io"]
    ),
)
def test_fast_path_for_plain_addresses_agrees_with_email_validator(local, labels, tld):
    """The shortcut for everyday addresses gives the library's answer, accept or refuse."""
    import email_validator

    from gtgcrm_desktop.core.validation import _plain_address

    address = f"{local}@{'.'.join(labels)}.{tld}"
    try:
        expected = email_validator.validate_email(address, check_deliverability=False).normalized
    except email_validator.EmailNotValidError:
        expected = None
    fast = _plain_address(address)
    if fast is not None:
        assert fast == expected
    if expected is None:
        with pytest.raises(ValidationError):
            validate_email(address)
    else:
        assert validate_email(address) == expected


def test_contact_copy_is_equal_and_independent() -> None:
    original = Contact(
        given_name="Rania",
        emails=[EmailAddress("r@example.com")],
        tags=["a"],
        custom_fields={"k": "v"},
        extra={"X-ABC": [{"value": "1"}]},
        id="c1",
        birthday="--01-02",
    )
    twin = original.copy()
    assert twin == original
    twin.tags.append("b")
    twin.extra["X-ABC"].append({"value": "2"})
    twin.custom_fields["k"] = "w"
    assert original.tags == ["a"] and len(original.extra["X-ABC"]) == 1
    assert original.custom_fields == {"k": "v"}


# --- values from someone else: kept as written, never refused (issue 12) -------------------


def test_settle_keeps_odd_values_as_written_and_names_them() -> None:
    odd = Contact(
        given_name=" Lina ",
        emails=[EmailAddress(" admin@intranet ", "work"), EmailAddress("LINA@Example.COM")],
        phones=[PhoneNumber(" BusinessPhone ", label="work"), PhoneNumber("0501234567")],
        birthday=" 31/02/1980 ",
    )
    settled, problems = validation.settle_contact(odd, "SA")
    assert [(e.value, e.label) for e in settled.emails] == [
        ("admin@intranet", "work"),
        ("LINA@example.com", ""),
    ]
    assert [(p.value, p.e164) for p in settled.phones] == [
        ("BusinessPhone", None),
        ("0501234567", "+966501234567"),
    ]
    assert settled.birthday == "31/02/1980"
    assert [(p.field, p.value) for p in problems] == [
        ("emails", " admin@intranet "),
        ("phones", " BusinessPhone "),
        ("birthday", " 31/02/1980 "),
    ]
    # The strict form still refuses the first of them (the editor and `contacts add`).
    with pytest.raises(ValidationError) as caught:
        validation.validate_contact(odd, "SA")
    assert caught.value.field == "emails"


def test_settle_refuses_only_a_row_that_identifies_nobody() -> None:
    settled, problems = validation.settle_contact(Contact(phones=[PhoneNumber("12345")]))
    assert settled.phones[0].e164 is None and len(problems) == 1
    with pytest.raises(ValidationError) as caught:
        validation.settle_contact(Contact(notes="only a note", birthday="1980-01-01"))
    assert caught.value.reason == validation.REASON_NOTHING
    with pytest.raises(ValidationError) as strict:
        validation.validate_contact(Contact(phones=[PhoneNumber("+966501234567")]))
    assert strict.value.reason == validation.REASON_NAME


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("a@example.com", True),
        ("user@bücher.example", True),
        ("admin@intranet", False),
        ("fatima(at)example", False),
        ("", False),
    ],
)
def test_is_valid_email(value: str, valid: bool) -> None:
    assert validation.is_valid_email(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        (None, True),
        ("1980-02-29", True),
        ("--02-29", True),
        ("1981-02-29", False),
        ("31/02/1980", False),
        ("19800101", False),  # validation would have made it 1980-01-01: not as stored
    ],
)
def test_is_valid_date(value: str | None, valid: bool) -> None:
    assert validation.is_valid_date(value) is valid


def test_region_code() -> None:
    assert validation.region_code(" us ") == "US"
    with pytest.raises(ValidationError):
        validation.region_code("XX")


def test_contact_json_flags_values_kept_as_written() -> None:
    contact = Contact(
        given_name="X",
        emails=[EmailAddress("x@example.com"), EmailAddress("x(at)example")],
        phones=[PhoneNumber("BusinessPhone")],
        birthday="31/02/1980",
    )
    data = contact.to_json()
    assert data["emails"] == [
        {"value": "x@example.com", "label": ""},
        {"value": "x(at)example", "label": "", "valid": False},
    ]
    assert data["phones"] == [{"value": "BusinessPhone", "e164": None, "label": ""}]
    assert data["birthday"] == "31/02/1980" and data["birthday_valid"] is False
    assert "birthday_valid" not in Contact(given_name="Y", birthday="1980-01-01").to_json()
    # The flags are derived, never stored: reading the JSON back gives the same values.
    again = Contact.from_json(data)
    assert (again.emails, again.phones, again.birthday) == (
        contact.emails,
        contact.phones,
        contact.birthday,
    )
