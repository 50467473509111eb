"""Cards to contacts and back, through the interchange vCard reader and writer."""

from __future__ import annotations

import re
from typing import Any

from gtgcrm_desktop.core.models import CONTACT_FIELDS, Contact
from gtgcrm_desktop.interchange import write_card

# The interchange package exports its writer but reads vCards only from files; its card
# reader is the one to reuse, so it is imported from the module that defines it.
from gtgcrm_desktop.interchange._google_csv import ANNIVERSARY_KEY
from gtgcrm_desktop.interchange._vcard_read import (
    EXTRA_NAME_PARTS,
    EXTRA_ORG_UNITS,
    EXTRA_PHOTO,
    EXTRA_PROPERTIES,
    read_vcards,
)
from gtgcrm_desktop.sync.carddav._errors import UnreadableCardError

#: The version written to servers: 3.0 is the one every CardDAV server must accept.
VERSION = "3.0"
#: Keys of Contact.extra that a card carries; other keys stay local.
CARD_EXTRA_KEYS = frozenset(
    {EXTRA_PROPERTIES, EXTRA_NAME_PARTS, EXTRA_ORG_UNITS, EXTRA_PHOTO, ANNIVERSARY_KEY}
)
_LINE_END = re.compile(r"\r\n|\r|\n")

Fields = dict[str, Any]


def _is_uid(entry: Any) -> bool:
    return isinstance(entry, dict) and str(entry.get("name", "")).upper() == "UID"


def parse_card(text: str) -> tuple[Contact, str]:
    """The contact of one card and its UID (kept out of the contact's `extra`)."""
    for row in read_vcards(_LINE_END.split(text), "card"):
        if row.contact is None:
            raise UnreadableCardError()
        contact = row.contact
        kept = list(contact.extra.get(EXTRA_PROPERTIES) or [])
        uid = next((str(e.get("value") or "") for e in kept if _is_uid(e)), "")
        rest = [e for e in kept if not _is_uid(e)]
        if rest:
            contact.extra[EXTRA_PROPERTIES] = rest
        else:
            contact.extra.pop(EXTRA_PROPERTIES, None)
        return contact, uid
    raise UnreadableCardError()


def card_text(contact: Contact, uid: str) -> str:
    """`contact` as a vCard carrying `uid`."""
    copy = contact.copy()
    kept = [e for e in copy.extra.get(EXTRA_PROPERTIES) or [] if not _is_uid(e)]
    copy.extra = {k: v for k, v in copy.extra.items() if k in CARD_EXTRA_KEYS}
    copy.extra[EXTRA_PROPERTIES] = [*kept, {"group": "", "name": "UID", "params": [], "value": uid}]
    return write_card(copy, VERSION)


def card_fields(contact: Contact) -> Fields:
    """The fields a card holds, in their JSON form."""
    values = contact.field_values()
    values["extra"] = {k: v for k, v in (values.get("extra") or {}).items() if k in CARD_EXTRA_KEYS}
    return values


def normalized(contact: Contact) -> Fields:
    """The fields of `contact` as they look after a trip through a card."""
    return card_fields(parse_card(card_text(contact, "-"))[0])


def with_card_fields(contact: Contact, values: Fields) -> Contact:
    """`contact` with `values` from a card; `extra` keys a card does not carry are kept."""
    values = {k: v for k, v in values.items() if k in CONTACT_FIELDS}
    if "extra" in values:
        local_only = {k: v for k, v in contact.extra.items() if k not in CARD_EXTRA_KEYS}
        values["extra"] = {**local_only, **(values["extra"] or {})}
    updated = contact.with_fields(values)
    updated.id, updated.created_at = contact.id, contact.created_at
    return updated
