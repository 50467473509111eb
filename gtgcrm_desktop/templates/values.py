"""The values a template sees: `contact`, `business` and links, with bidi isolation applied."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.bidi import has_rtl, isolate_auto, isolate_ltr
from gtgcrm_desktop.core.models import Contact


@dataclass(frozen=True, slots=True)
class BusinessInfo:
    """The sender: the business the workspace belongs to."""

    name: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""


class Namespace:
    """Read-only values reached as `path.name`; a missing name is an unknown merge field.

    It has no public methods, so no field name can collide with one. With `default` set, a missing name gives that value instead (custom fields that one
    contact lacks are simply empty).
    """

    __slots__ = ("_default", "_path", "_values")

    def __init__(self, path: str, values: Mapping[str, Any], default: str | None = None) -> None:
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "_default", default)

    def _expression(self) -> str:
        """The expression that reaches this namespace, e.g. `contact.custom`."""
        return str(self._path)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(name)

    def __getitem__(self, key: str) -> Any:
        values: dict[str, Any] = self._values
        if key in values:
            return values[key]
        if self._default is not None:
            return self._default
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __repr__(self) -> str:
        return f"<{self._path}>"


def has_ltr(text: str) -> bool:
    """Whether `text` holds a strong left-to-right character (a Latin letter, say)."""
    return any(unicodedata.bidirectional(ch) == "L" for ch in text)


def bidi_text(value: str, direction: str) -> str:
    """User text of unknown direction, isolated when it would run against `direction`."""
    against = has_ltr(value) if direction == "rtl" else has_rtl(value)
    return isolate_auto(value) if against else value


def bidi_ltr(value: str, direction: str) -> str:
    """An e-mail address, phone number or date: a left-to-right isolate inside RTL text."""
    return isolate_ltr(value) if direction == "rtl" else value


def contact_namespace(contact: Contact, direction: str) -> Namespace:
    """`contact` for a template of `direction`."""
    address = contact.addresses[0] if contact.addresses else None
    separator = "، " if direction == "rtl" else ", "
    text = {
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "display_name": contact.effective_display_name(),
        "organization": contact.organization,
        "title": contact.title,
        "city": address.city if address else "",
        "country": address.country if address else "",
    }
    values: dict[str, Any] = {k: bidi_text(v.strip(), direction) for k, v in text.items()}
    values["tags"] = separator.join(bidi_text(t.strip(), direction) for t in contact.tags)
    values["email"] = bidi_ltr(contact.emails[0].value if contact.emails else "", direction)
    values["phone"] = bidi_ltr(contact.phones[0].value if contact.phones else "", direction)
    values["birthday"] = bidi_ltr(contact.birthday or "", direction)
    custom = {k: bidi_text(v, direction) for k, v in contact.custom_fields.items()}
    values["custom"] = Namespace("contact.custom", custom, default="")
    return Namespace("contact", values)


def business_namespace(business: BusinessInfo, direction: str) -> Namespace:
    """`business` for a template of `direction` (URLs are left alone: they go into links)."""
    return Namespace(
        "business",
        {
            "name": bidi_text(business.name, direction),
            "email": bidi_ltr(business.email, direction),
            "phone": bidi_ltr(business.phone, direction),
            "website": business.website,
            "address": bidi_text(business.address, direction),
        },
    )


def merge_values(
    contact: Contact, business: BusinessInfo, direction: str, unsubscribe_url: str
) -> dict[str, Any]:
    """Everything a template of `direction` can read, by top-level name."""
    return {
        "contact": contact_namespace(contact, direction),
        "business": business_namespace(business, direction),
        "unsubscribe_url": unsubscribe_url,
    }
