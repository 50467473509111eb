"""Google Contacts CSV in its current header form, UTF-8 with BOM (Excel shows Arabic right)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from gtgcrm_desktop.core.models import Contact

from ._fields import MULTI_SEPARATOR, ORG_UNITS_KEY
from ._formula import escape_cell
from ._google_csv import ANNIVERSARY_KEY

_BASE_COLUMNS = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
)
_ADDRESS_PARTS = (
    "Label",
    "Formatted",
    "Street",
    "City",
    "PO Box",
    "Region",
    "Postal Code",
    "Country",
    "Extended Address",
)
SYSTEM_LABEL = "* myContacts"


@dataclass
class Widths:
    """How many numbered column groups the file needs."""

    emails: int = 1
    phones: int = 1
    addresses: int = 1
    custom: int = 0
    events: int = 0

    def widen(self, contact: Contact) -> None:
        self.emails = max(self.emails, len(contact.emails))
        self.phones = max(self.phones, len(contact.phones))
        self.addresses = max(self.addresses, len(contact.addresses))
        self.custom = max(self.custom, len(contact.custom_fields))
        if contact.extra.get(ANNIVERSARY_KEY):
            self.events = 1


def header(widths: Widths) -> list[str]:
    columns = list(_BASE_COLUMNS)
    for i in range(1, widths.emails + 1):
        columns += [f"E-mail {i} - Label", f"E-mail {i} - Value"]
    for i in range(1, widths.phones + 1):
        columns += [f"Phone {i} - Label", f"Phone {i} - Value"]
    for i in range(1, widths.addresses + 1):
        columns += [f"Address {i} - {part}" for part in _ADDRESS_PARTS]
    for i in range(1, widths.events + 1):
        columns += [f"Event {i} - Label", f"Event {i} - Value"]
    for i in range(1, widths.custom + 1):
        columns += [f"Custom Field {i} - Label", f"Custom Field {i} - Value"]
    return columns


def _department(contact: Contact) -> str:
    units = contact.extra.get(ORG_UNITS_KEY) or []
    return MULTI_SEPARATOR.join(str(u) for u in units if str(u).strip())


def row(contact: Contact, widths: Widths) -> list[str]:
    cells = [
        contact.given_name,
        "",
        contact.family_name,
        "",
        "",
        "",
        "",
        "",
        "",
        contact.display_name,
        contact.organization,
        contact.title,
        _department(contact),
        contact.birthday or "",
        contact.notes,
        "",
        MULTI_SEPARATOR.join([*contact.tags, SYSTEM_LABEL]),
    ]
    for i in range(widths.emails):
        email = contact.emails[i] if i < len(contact.emails) else None
        cells += [email.label, email.value] if email else ["", ""]
    for i in range(widths.phones):
        phone = contact.phones[i] if i < len(contact.phones) else None
        cells += [phone.label, phone.value] if phone else ["", ""]
    for i in range(widths.addresses):
        a = contact.addresses[i] if i < len(contact.addresses) else None
        if a is None:
            cells += [""] * len(_ADDRESS_PARTS)
            continue
        formatted = "\n".join(
            p for p in (a.street, f"{a.city} {a.region} {a.postal_code}".strip(), a.country) if p
        )
        cells += [a.label, formatted, a.street, a.city, "", a.region, a.postal_code, a.country, ""]
    if widths.events:
        anniversary = str(contact.extra.get(ANNIVERSARY_KEY) or "")
        cells += ["Anniversary", anniversary] if anniversary else ["", ""]
    items = list(contact.custom_fields.items())
    for i in range(widths.custom):
        cells += list(items[i]) if i < len(items) else ["", ""]
    return [escape_cell(c) for c in cells]


def write_google_csv(contacts: Callable[[], Iterable[Contact]], out: TextIO) -> int:
    """Write every contact of `contacts()` (called twice: widths first, then rows)."""
    widths = Widths()
    for contact in contacts():
        widths.widen(contact)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header(widths))
    count = 0
    for contact in contacts():
        writer.writerow(row(contact, widths))
        count += 1
    return count
