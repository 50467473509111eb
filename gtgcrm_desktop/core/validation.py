"""Validation and clean-up of contact fields; every failure names the field it belongs to."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re

from . import phone_shapes
from .arabic import to_ascii_digits
from .bidi import strip_isolates
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .models import Contact, EmailAddress, PhoneNumber, PostalAddress

# Reasons are English source text and the translation keys of the UI (i18n/*.ts).
REASON_EMAIL = QT_TRANSLATE_NOOP("errors", "not a valid e-mail address")
REASON_PHONE = QT_TRANSLATE_NOOP("errors", "not a valid phone number")
REASON_BIRTHDAY = QT_TRANSLATE_NOOP(
    "errors", "not a date (use YYYY-MM-DD, or --MM-DD when the year is unknown)"
)
REASON_NAME = QT_TRANSLATE_NOOP(
    "errors", "a contact needs a name, an organisation or an e-mail address"
)
REASON_REGION = QT_TRANSLATE_NOOP("errors", "not a known region code")
REASON_NOTHING = QT_TRANSLATE_NOOP(
    "errors", "nothing identifies this person: no name, organisation, e-mail or phone"
)
REASON_CUSTOM_FIELD_NAME = QT_TRANSLATE_NOOP("errors", "a custom field with a value needs a name")
REASON_CUSTOM_FIELD_DUPLICATE = QT_TRANSLATE_NOOP("errors", "two custom fields have the same name")

ALL_REASONS: tuple[str, ...] = (
    REASON_EMAIL,
    REASON_PHONE,
    REASON_BIRTHDAY,
    REASON_NAME,
    REASON_NOTHING,
    REASON_REGION,
    REASON_CUSTOM_FIELD_NAME,
    REASON_CUSTOM_FIELD_DUPLICATE,
)


def _without_controls(value: str) -> str:
    """`value` without bidi controls (all of them non-ASCII, so ASCII text is left as is)."""
    return value if value.isascii() else strip_isolates(value)


def _clean(value: str) -> str:
    """`value` without bidi controls, with ASCII digits and single inner spaces."""
    if value.isascii():  # no bidi controls and no digits to convert
        return " ".join(value.split())
    return " ".join(to_ascii_digits(strip_isolates(value)).split())


# --- E-mail -------------------------------------------------------------------------------


_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)


def _plain_address(address: str) -> str | None:
    """The normalised form of an everyday ASCII address without asking `email_validator`
    (which costs ~70 us; imports validate 100,000 of them), or None to ask it.

    Only addresses a strict pattern proves ordinary qualify: no quoting, no IDNA, no special-
    use domain; for those the library's answer is the same (a property test checks it)."""
    match = _PLAIN_ADDRESS.fullmatch(address)
    if match is None or len(address) > 254 or match.start(1) > 65:
        return None
    import email_validator  # imported when first needed: start-up does not validate

    domain = match.group(1).lower()
    if domain.rpartition(".")[2] in email_validator.SPECIAL_USE_DOMAIN_NAMES or (
        "xn--" in domain and any(label.startswith("xn--") for label in domain.split("."))
    ):
        return None
    return f"{address[: match.start(1)]}{domain}"


def validate_email(value: str, field: str = "emails") -> str:
    """The normalised form of the e-mail address `value` (no DNS look-up, ever).

    Surrounding spaces and bidi controls are dropped; the domain is lower-cased and IDNA
    normalised by `email_validator`, the local part kept as written.
    """
    import email_validator

    cleaned = _without_controls(value).strip()
    if not cleaned:
        raise ValidationError(field, REASON_EMAIL, value)
    plain = _plain_address(cleaned)
    if plain is not None:
        return plain
    try:
        info = email_validator.validate_email(cleaned, check_deliverability=False)
    except (email_validator.EmailNotValidError, UnicodeError) as exc:
        raise ValidationError(field, REASON_EMAIL, value) from exc
    return info.normalized


def is_valid_email(value: str) -> bool:
    """Whether `value` is an e-mail address as validation leaves it (kept values may not be)."""
    cleaned = value.strip()
    return bool(cleaned) and (_plain_address(cleaned) is not None or bool(email_match_key(cleaned)))


def email_match_key(value: str) -> str:
    """The key two e-mail addresses share when they are the same mailbox; "" if invalid."""
    try:
        return validate_email(value).casefold()
    except ValidationError:
        return ""


# --- Phone --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _region(default_region: str) -> str:
    """`default_region` as a supported region code (cached: every phone of an import asks)."""
    import phonenumbers  # imported when first needed: start-up does not validate

    region = default_region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError("default_region", REASON_REGION, default_region)
    return region


def region_code(value: str) -> str:
    """`value` as a supported region code ("sa" -> "SA"); ValidationError when unknown."""
    return _region(value)


def parse_phone(
    value: str, default_region: str = "SA", field: str = "phones", label: str = ""
) -> PhoneNumber:
    """`value` as a phone number with its E.164 form.

    Takes Arabic-Indic and Persian digits, spaces, dashes, parentheses and a leading "+" or
    "00"; a number without either is read as a national number of `default_region`. The
    kept `value` is what was typed, without bidi controls and with ASCII digits.
    """
    return _parse_cleaned(value, _clean(value), _region(default_region), field, label)


def _parse_cleaned(value: str, cleaned: str, region: str, field: str, label: str) -> PhoneNumber:
    """`parse_phone` for a `value` already cleaned and a `region` already checked."""
    import phonenumbers

    dialled = "+" + cleaned[2:] if cleaned.startswith("00") else cleaned
    if not dialled:
        raise ValidationError(field, REASON_PHONE, value)
    known = phone_shapes.known_e164(dialled, region)
    if known is not None:
        return PhoneNumber(cleaned, known, label)
    try:
        number = phonenumbers.parse(dialled, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, REASON_PHONE, value) from exc
    # Local-only lengths ("555-1234" in the US) would get a made-up E.164 that matches strangers.
    if (
        phonenumbers.is_possible_number_with_reason(number)
        != phonenumbers.ValidationResult.IS_POSSIBLE
    ):
        raise ValidationError(field, REASON_PHONE, value)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    phone_shapes.learn(dialled, region, e164)
    return PhoneNumber(value=cleaned, e164=e164, label=label)


def _region_of(e164: str | None, default_region: str) -> str:
    """The region of an E.164 number already known, else `default_region`."""
    if e164:
        import phonenumbers

        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
        except phonenumbers.NumberParseException:
            region = None
        if region in phonenumbers.SUPPORTED_REGIONS:
            return str(region)
    return default_region


# --- Birthday -----------------------------------------------------------------------------

_DATE_RE = re.compile(r"([0-9]{4})([-/]?)([0-9]{2})\2([0-9]{2})")
_NO_YEAR_RE = re.compile(r"--([0-9]{2})-?([0-9]{2})")
_LEAP_YEAR = 2000  # lets --02-29 through when the year is unknown


def validate_birthday(value: str | None, field: str = "birthday") -> str | None:
    """`value` as `YYYY-MM-DD`, or `--MM-DD` without a year; None when empty.

    Also takes `YYYYMMDD`, `YYYY/MM/DD`, `--MMDD` and Arabic-Indic or Persian digits.
    """
    if value is None:
        return None
    cleaned = _clean(value)
    if not cleaned:
        return None
    year: int | None
    if match := _DATE_RE.fullmatch(cleaned):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    elif match := _NO_YEAR_RE.fullmatch(cleaned):
        year, month, day = None, int(match[1]), int(match[2])
    else:
        raise ValidationError(field, REASON_BIRTHDAY, value)
    try:
        dt.date(_LEAP_YEAR if year is None else year, month, day)
    except ValueError as exc:  # not a real date, or year 0000
        raise ValidationError(field, REASON_BIRTHDAY, value) from exc
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


_CANONICAL_DATE_RE = re.compile(r"(?:[0-9]{4}|-)-[0-9]{2}-[0-9]{2}")


def is_valid_date(value: str | None) -> bool:
    """Whether `value` is empty or a date in its canonical form (kept values may not be)."""
    if not value:
        return True
    if _CANONICAL_DATE_RE.fullmatch(value) is None:
        return False
    try:
        return validate_birthday(value) == value
    except ValidationError:
        return False


# --- Contact ------------------------------------------------------------------------------


def _unique(values: list[str]) -> list[str]:
    """The stripped, non-empty values, each once, in their first order."""
    return list(dict.fromkeys(s for s in (v.strip() for v in values) if s))


def _custom_fields(fields: dict[str, str]) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for key, value in fields.items():
        name = key.strip()
        if not name:
            if value.strip():
                raise ValidationError("custom_fields", REASON_CUSTOM_FIELD_NAME, value)
            continue
        if name in cleaned:
            raise ValidationError("custom_fields", REASON_CUSTOM_FIELD_DUPLICATE, name)
        cleaned[name] = value
    return cleaned


def _address(a: PostalAddress) -> PostalAddress:
    """`a` stripped (`a` itself when nothing changes: it is immutable, and readers strip)."""
    parts = (
        a.label.strip(),
        a.street.strip(),
        a.city.strip(),
        a.region.strip(),
        a.postal_code.strip(),
        a.country.strip(),
    )
    if type(a) is PostalAddress and parts == (
        a.label,
        a.street,
        a.city,
        a.region,
        a.postal_code,
        a.country,
    ):
        return a
    return PostalAddress(*parts)


def _email(e: EmailAddress) -> EmailAddress:
    """`e` validated (`e` itself when already in normal form: it is immutable)."""
    value, label = validate_email(e.value, "emails"), e.label.strip()
    if type(e) is EmailAddress and value == e.value and label == e.label:
        return e
    return EmailAddress(value, label)


def validate_contact(contact: Contact, default_region: str = "SA") -> Contact:
    """A validated, cleaned copy of `contact`; the contact given is left untouched.

    E-mails are normalised, phones get their E.164 form, the birthday its canonical form;
    names, labels, addresses and tags are stripped; tags are de-duplicated; blank e-mail,
    phone and address entries are dropped. Raises ValidationError naming the first field
    that is wrong.
    """
    return _validated(contact, default_region, None)


def settle_contact(
    contact: Contact, default_region: str = "SA"
) -> tuple[Contact, list[ValidationError]]:
    """`validate_contact` for values written by someone else: a phone, e-mail or birthday
    that does not validate is kept as written (a phone with no E.164 form) and returned
    among the problems, never refused. Raises ValidationError only when nothing in the
    contact identifies a person: no name, organisation, e-mail or phone."""
    problems: list[ValidationError] = []
    return _validated(contact, default_region, problems), problems


def validate_edit(contact: Contact, stored: Contact | None, default_region: str = "SA") -> Contact:
    """`validate_contact` for an edit of `stored` (None for a new contact): a phone, e-mail or
    birthday that `stored` already keeps as written because it did not validate is accepted
    unchanged (still kept as written, so still flagged); a bad value that is new is refused
    like `validate_contact` refuses it. The one rule of the editor, `contacts edit` and
    privacy corrections, so changing another field of such a contact never fails."""
    tolerated = _odd_values(stored) if stored is not None else frozenset()
    return _validated(contact, default_region, None, tolerated)


def _odd_values(contact: Contact) -> frozenset[tuple[str, str]]:
    """(field, value) of the values `contact` keeps as written because they did not validate."""
    odd = {("phones", p.value.strip()) for p in contact.phones if not p.e164}
    odd |= {("emails", e.value.strip()) for e in contact.emails if not is_valid_email(e.value)}
    if not is_valid_date(contact.birthday):
        odd.add(("birthday", (contact.birthday or "").strip()))
    return frozenset(odd)


def _kept(
    problems: list[ValidationError] | None,
    error: ValidationError,
    tolerated: frozenset[tuple[str, str]] = frozenset(),
) -> None:
    """Note `error` when values are kept (`problems` is a list) or the value was already kept
    as written (`tolerated`), else raise it."""
    if problems is None:
        if (error.field, error.value.strip()) in tolerated:
            return
        raise error
    problems.append(error)


def _settled_email(
    e: EmailAddress,
    problems: list[ValidationError] | None,
    tolerated: frozenset[tuple[str, str]] = frozenset(),
) -> EmailAddress:
    try:
        return _email(e)
    except ValidationError as error:
        _kept(problems, error, tolerated)
    return EmailAddress(e.value.strip(), e.label.strip())


def _settled_phone(
    p: PhoneNumber,
    cleaned: str,
    region: str,
    problems: list[ValidationError] | None,
    tolerated: frozenset[tuple[str, str]] = frozenset(),
) -> PhoneNumber:
    try:
        return _parse_cleaned(
            p.value, cleaned, _region_of(p.e164, region), "phones", p.label.strip()
        )
    except ValidationError as error:
        _kept(problems, error, tolerated)
    return PhoneNumber(p.value.strip(), None, p.label.strip())


def _settled_birthday(
    value: str | None,
    problems: list[ValidationError] | None,
    tolerated: frozenset[tuple[str, str]] = frozenset(),
) -> str | None:
    try:
        return validate_birthday(value, "birthday")
    except ValidationError as error:
        _kept(problems, error, tolerated)
    return value.strip() if value else None


def _validated(
    contact: Contact,
    default_region: str,
    problems: list[ValidationError] | None,
    tolerated: frozenset[tuple[str, str]] = frozenset(),
) -> Contact:
    region = _region(default_region)
    given = contact.given_name.strip()
    family = contact.family_name.strip()
    display = contact.display_name.strip()
    organization = contact.organization.strip()
    email_entries = [e for e in contact.emails if _without_controls(e.value).strip()]
    phone_entries = [(p, cleaned) for p in contact.phones if (cleaned := _clean(p.value))]
    if not (given or family or display or organization or email_entries):
        if problems is None:
            raise ValidationError("given_name", REASON_NAME)
        if not phone_entries:
            raise ValidationError("given_name", REASON_NOTHING)

    emails = [_settled_email(e, problems, tolerated) for e in email_entries]
    phones = [
        _settled_phone(p, cleaned, region, problems, tolerated) for p, cleaned in phone_entries
    ]
    birthday = _settled_birthday(contact.birthday, problems, tolerated)
    addresses = [a for a in map(_address, contact.addresses) if not a.is_empty()]
    return Contact(
        given,
        family,
        display,
        organization,
        contact.title.strip(),
        emails,
        phones,
        addresses,
        _unique(contact.tags) if contact.tags else [],
        contact.notes,
        birthday,
        _custom_fields(contact.custom_fields) if contact.custom_fields else {},
        copy.deepcopy(contact.extra) if contact.extra else {},
        contact.id,
        contact.created_at,
        contact.updated_at,
    )
