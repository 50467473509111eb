"""Cards to contacts and back through an injected codec (sync may not import interchange)."""

from __future__ import annotations

from typing import Any, Protocol

from gtgcrm_desktop.core.models import CONTACT_FIELDS, Contact
from gtgcrm_desktop.sync.pairing import SamePerson

Fields = dict[str, Any]


class CardCodec(Protocol):
    """Reads and writes one vCard; the app builds it from the interchange reader and writer."""

    #: Keys of Contact.extra that a card carries; other keys stay local.
    extra_keys: frozenset[str]
    #: The import's duplicate rules, for pairing cards with contacts already here.
    same_person: SamePerson

    def read(self, text: str) -> tuple[Contact, str]:
        """The contact of one card and its UID; UnreadableCardError when it cannot be read."""
        ...

    def version_of(self, text: str) -> str:
        """The vCard version a card is written in ("3.0" when it does not say)."""
        ...

    def write(self, contact: Contact, uid: str, version: str = "3.0") -> str:
        """`contact` as a vCard `version` carrying `uid`."""
        ...


def card_fields(codec: CardCodec, contact: Contact) -> Fields:
    """The fields a card holds, in their JSON form."""
    values = contact.field_values()
    extra = values.get("extra") or {}
    values["extra"] = {k: v for k, v in extra.items() if k in codec.extra_keys}
    return values


def normalized(codec: CardCodec, contact: Contact) -> Fields:
    """The fields of `contact` as they look after a trip through a card."""
    return card_fields(codec, codec.read(codec.write(contact, "-"))[0])


def with_card_fields(codec: CardCodec, contact: Contact, values: Fields) -> Contact:
    """`contact` with `values` from a card; `extra` keys a card does not carry are kept."""
    values = {k: v for k, v in values.items() if k in CONTACT_FIELDS}
    if "extra" in values:
        local_only = {k: v for k, v in contact.extra.items() if k not in codec.extra_keys}
        values["extra"] = {**local_only, **(values["extra"] or {})}
    updated = contact.with_fields(values)
    updated.id, updated.created_at = contact.id, contact.created_at
    return updated
