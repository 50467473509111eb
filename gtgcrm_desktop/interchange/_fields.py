"""Shared field helpers for readers: a contact builder, label and date clean-up, multi-values."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from gtgcrm_desktop.core.arabic import to_ascii_digits
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress

#: Google joins several values of one cell with this.
MULTI_SEPARATOR = " ::: "
#: The Contact.extra key of the units under the organisation: the department first
#: (vCard ORG's later components, Google CSV's "Organization Department").
ORG_UNITS_KEY = "org_units"

#: Canonical labels: what every reader maps its label spellings to.
_LABELS: dict[str, str] = {
    "home": "home",
    "work": "work",
    "business": "work",
    "office": "work",
    "mobile": "mobile",
    "cell": "mobile",
    "cellular": "mobile",
    "iphone": "mobile",
    "main": "main",
    "pref": "",
    "voice": "",
    "internet": "",
    "x400": "",
    "other": "other",
    "fax": "fax",
    "home fax": "home fax",
    "work fax": "work fax",
    "business fax": "work fax",
    "pager": "pager",
    "school": "school",
}


@functools.lru_cache(maxsize=1024)
def canonical_label(label: str) -> str:
    """`label` in our vocabulary: Google's "* " primary mark and Apple's _$!<...>!$_ dropped."""
    text = label.strip()
    if text.startswith("* "):
        text = text[2:]
    if text.startswith("_$!<") and text.endswith(">!$_"):
        text = text[4:-4]
    lowered = text.casefold()
    return _LABELS.get(lowered, text)


def split_multi(value: str) -> list[str]:
    """The values of a Google multi-value cell."""
    if ":::" not in value:  # nearly every cell holds one value
        stripped = value.strip()
        return [stripped] if stripped else []
    return [part.strip() for part in value.split(":::") if part.strip()]


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,4})\s*$")
#: Outlook and Exchange store a birthday without a year in the year 1604.
NO_YEAR_MARKERS = frozenset({1604})


def parse_date(value: str, order: str = "YMD") -> str | None:
    """A date written in `order` ("MDY", "DMY" or "YMD") as `YYYY-MM-DD` or `--MM-DD`.

    A four-digit first part is always read as the year. Empty, zero ("0/0/00") and
    Outlook's "no year" dates are handled; anything else is returned unchanged for the
    validator to refuse (or None when empty).
    """
    text = to_ascii_digits(value).strip()
    if not text:
        return None
    match = _NUMERIC_DATE.match(text)
    if match is None:
        return text
    parts = [match[1], match[2], match[3]]
    if all(int(p) == 0 for p in parts):
        return None
    if len(parts[0]) == 4:
        year, month, day = parts
    elif order == "MDY":
        month, day, year = parts
    elif order == "DMY":
        day, month, year = parts
    else:
        year, month, day = parts
    if len(year) <= 2:
        number = int(year)
        year = str(2000 + number if number < 30 else 1900 + number)
    try:  # not a real date in this order: kept as written, for the validator to flag
        dt.date(2000 if int(year) in NO_YEAR_MARKERS else int(year) or 2000, int(month), int(day))
    except ValueError:
        return text
    if int(year) in NO_YEAR_MARKERS or int(year) == 0:
        return f"--{int(month):02d}-{int(day):02d}"
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


@dataclass(slots=True)
class ContactBuilder:
    """Collects the pieces a reader finds, in order, and turns them into a Contact."""

    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    organization: str = ""
    title: str = ""
    notes: str = ""
    birthday: str | None = None
    emails: list[EmailAddress] = field(default_factory=list)
    phones: list[PhoneNumber] = field(default_factory=list)
    addresses: dict[str, dict[str, str]] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    custom_fields: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    #: (line, problem) of values left out or read with a guess; the contact is still built.
    warnings: list[tuple[int, InputError]] = field(default_factory=list)
    #: The line each e-mail, phone and date value was read from (for warnings about them).
    value_lines: dict[str, int] = field(default_factory=dict)

    def add_email(self, value: str, label: str = "") -> None:
        label = canonical_label(label)
        for part in split_multi(value):
            self.emails.append(EmailAddress(part, label))

    def add_phone(self, value: str, label: str = "") -> None:
        label = canonical_label(label)
        for part in split_multi(value):
            self.phones.append(PhoneNumber(part, None, label))

    def set_address_part(self, key: str, part: str, value: str, label: str = "") -> None:
        """Set `part` (street, city, ...) of the address collected under `key`."""
        text = value.strip()
        if not text:
            return
        address = self.addresses.get(key)
        if address is None:
            address = self.addresses[key] = {"label": canonical_label(label)}
        if part == "label":
            address["label"] = canonical_label(value)
            return
        previous = address.get(part, "")
        address[part] = f"{previous}\n{text}" if previous else text

    def add_tags(self, value: str) -> None:
        for tag in split_multi(value):
            if not tag.startswith("* ") and tag not in self.tags:
                self.tags.append(tag)

    def add_custom(self, name: str, value: str) -> None:
        """Keep `value` under `name`; a clash gets a numbered name, so nothing is lost."""
        if not value.strip():
            return
        key, number = name.strip() or "?", 2
        while key in self.custom_fields and self.custom_fields[key] != value:
            key, number = f"{name.strip()} ({number})", number + 1
        self.custom_fields[key] = value

    def add_department(self, value: str) -> None:
        parts = split_multi(value)
        if parts:
            units: list[str] = self.extra.setdefault(ORG_UNITS_KEY, [])
            units.extend(p for p in parts if p not in units)

    def add_note(self, value: str) -> None:
        if value.strip():
            self.notes = f"{self.notes}\n{value}" if self.notes else value

    def build(self) -> Contact:
        addresses = [a for a in map(_address, self.addresses.values()) if not a.is_empty()]
        contact = Contact(  # positional, in field order: readers build one per row
            self.given_name.strip(),
            self.family_name.strip(),
            self.display_name.strip(),
            self.organization.strip(),
            self.title.strip(),
            self.emails,
            self.phones,
            addresses,
            self.tags,
            self.notes,
            self.birthday,
            self.custom_fields,
            self.extra,
        )
        return settle_display_name(contact) if contact.display_name else contact


def _address(parts: dict[str, str]) -> PostalAddress:
    get = parts.get
    return PostalAddress(
        get("label", ""),
        get("street", ""),
        get("city", ""),
        get("region", ""),
        get("postal_code", ""),
        get("country", ""),
    )


def settle_display_name(contact: Contact) -> Contact:
    """Drop a display name that only repeats what the other fields already give.

    Our writers always write a display name (vCard's FN, the JSON `display_name`); reading
    it back must not turn "no display name of its own" into a fixed copy of the name.
    """
    if contact.display_name:
        stored = contact.display_name
        contact.display_name = ""
        if contact.effective_display_name() != stored.strip():
            contact.display_name = stored
    return contact
