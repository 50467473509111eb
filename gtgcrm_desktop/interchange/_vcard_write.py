"""vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) writer: CRLF, 75-octet folding, escaping."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.validation import is_valid_date

from ._google_csv import ANNIVERSARY_KEY
from ._vcard_lines import Property, content_line, escape_text, fold
from ._vcard_read import (
    CUSTOM_PROPERTY,
    E164_PARAM,
    EXTRA_NAME_PARTS,
    EXTRA_ORG_UNITS,
    EXTRA_PHOTO,
    EXTRA_PROPERTIES,
)

PRODID = "-//GTG//GTG CRM Desktop//EN"

#: Our labels that vCard says with TYPE values; anything else goes in an X-ABLABEL.
_EMAIL_TYPES: dict[str, tuple[str, ...]] = {"home": ("home",), "work": ("work",)}
_TEL_TYPES: dict[str, tuple[str, ...]] = {
    "home": ("home",),
    "work": ("work",),
    "mobile": ("cell",),
    "fax": ("fax",),
    "home fax": ("home", "fax"),
    "work fax": ("work", "fax"),
    "pager": ("pager",),
}
_ADR_TYPES: dict[str, tuple[str, ...]] = {"home": ("home",), "work": ("work",)}


class _Groups:
    """Hands out `itemN` group names not already used by kept properties."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = {t.upper() for t in taken}
        self._next = 1

    def new(self) -> str:
        while f"ITEM{self._next}" in self._taken:
            self._next += 1
        name = f"item{self._next}"
        self._next += 1
        return name


def _typed(
    name: str,
    value: str,
    label: str,
    types: dict[str, tuple[str, ...]],
    groups: _Groups,
    version: str,
) -> list[Property]:
    """`value` with its label as TYPE values (`TYPE=internet,work`: one parameter, two
    values), or, for a label vCard has no type for, an X-ABLABEL in a group."""
    if not label:
        return [Property(name, value)]
    if label in types:
        kinds = types[label]
        if version == "3.0" and name == "EMAIL":
            kinds = ("internet", *kinds)
        return [Property(name, value, params=[("TYPE", kind) for kind in kinds])]
    group = groups.new()
    return [Property(name, value, group), Property("X-ABLABEL", escape_text(label), group)]


def _birthday(value: str, version: str, name: str = "BDAY") -> Property:
    if not is_valid_date(value):  # kept as written because it did not validate
        return Property(
            name, escape_text(value), params=[("VALUE", "text")] if version == "4.0" else []
        )
    if value.startswith("--"):
        month_day = value[2:].replace("-", "")
        if version == "4.0":
            return Property(name, f"--{month_day}")
        # vCard 3.0 has no year-less date; Apple's convention is understood widely.
        return Property(
            name, f"1604-{month_day[:2]}-{month_day[2:]}", params=[("X-APPLE-OMIT-YEAR", "1604")]
        )
    return Property(name, value if version == "3.0" else value.replace("-", ""))


def _photo(photo: dict[str, Any], version: str) -> Property | None:
    if "uri" in photo:
        uri = str(photo["uri"])
        return Property("PHOTO", uri, params=[("VALUE", "uri")] if version == "3.0" else [])
    data, media_type = str(photo.get("data", "")), str(photo.get("media_type", "image/jpeg"))
    if not data:
        return None
    if version == "4.0":
        return Property("PHOTO", f"data:{media_type};base64,{data}")
    kind = media_type.split("/", 1)[-1].upper()
    return Property("PHOTO", data, params=[("ENCODING", "b"), ("TYPE", kind)])


def _uid(contact: Contact, kept: list[dict[str, Any]]) -> Property | None:
    if any(str(p.get("name", "")).upper() == "UID" for p in kept):
        return None
    return Property("UID", f"urn:uuid:{contact.id}") if contact.id else None


def _kept_params(stored: list[Any]) -> list[tuple[str, str]]:
    """The parameters of a kept property, one pair per value. Imports before the reader split
    `TYPE=a,b` stored it as one "a,b" pair; a TYPE value never holds a comma as data."""
    params: list[tuple[str, str]] = []
    for key, value in stored:
        key, value = str(key), str(value)
        if key.upper() == "TYPE" and "," in value:
            params.extend((key, part) for part in value.split(",") if part)
        else:
            params.append((key, value))
    return params


def card_properties(contact: Contact, version: str) -> Iterator[Property]:
    """The properties of `contact` in vCard `version` ("3.0" or "4.0")."""
    kept: list[dict[str, Any]] = [
        p for p in contact.extra.get(EXTRA_PROPERTIES) or [] if isinstance(p, dict)
    ]
    groups = _Groups({str(p.get("group") or "") for p in kept})
    yield Property("VERSION", version)
    yield Property("PRODID", PRODID)
    uid = _uid(contact, kept)
    if uid is not None:
        yield uid
    yield Property("FN", escape_text(contact.effective_display_name()))
    parts = contact.extra.get(EXTRA_NAME_PARTS) or {}
    n = [
        contact.family_name,
        contact.given_name,
        str(parts.get("additional", "")),
        str(parts.get("prefix", "")),
        str(parts.get("suffix", "")),
    ]
    yield Property("N", ";".join(escape_text(p) for p in n))
    units = [str(u) for u in contact.extra.get(EXTRA_ORG_UNITS) or []]
    if contact.organization or units:
        yield Property("ORG", ";".join(escape_text(p) for p in [contact.organization, *units]))
    if contact.title:
        yield Property("TITLE", escape_text(contact.title))
    for email in contact.emails:
        yield from _typed(
            "EMAIL", escape_text(email.value), email.label, _EMAIL_TYPES, groups, version
        )
    for phone in contact.phones:
        tel = _typed("TEL", escape_text(phone.value), phone.label, _TEL_TYPES, groups, version)
        if phone.e164 and not phone.value.lstrip().startswith(("+", "00")):
            # A national number read in a chosen region: its E.164 form comes back with it.
            tel[0].params.append((E164_PARAM, phone.e164))
        yield from tel
    for address in contact.addresses:
        value = ";".join(
            escape_text(p)
            for p in (
                "",
                "",
                address.street,
                address.city,
                address.region,
                address.postal_code,
                address.country,
            )
        )
        yield from _typed("ADR", value, address.label, _ADR_TYPES, groups, version)
    if contact.birthday:
        yield _birthday(contact.birthday, version)
    anniversary = contact.extra.get(ANNIVERSARY_KEY)
    if isinstance(anniversary, str) and anniversary:
        name = "ANNIVERSARY" if version == "4.0" else "X-ANNIVERSARY"
        if anniversary[:1].isdigit() or anniversary.startswith("--"):
            yield _birthday(anniversary, version, name)
    if contact.tags:
        yield Property("CATEGORIES", ",".join(escape_text(t) for t in contact.tags))
    if contact.notes:
        yield Property("NOTE", escape_text(contact.notes))
    photo = contact.extra.get(EXTRA_PHOTO)
    if isinstance(photo, dict) and (prop := _photo(photo, version)) is not None:
        yield prop
    for key, value in contact.custom_fields.items():
        group = groups.new()
        yield Property(CUSTOM_PROPERTY, escape_text(value), group)
        yield Property("X-ABLABEL", escape_text(key), group)
    for entry in kept:
        params = _kept_params(entry.get("params") or [])
        name = str(entry.get("name") or "X-UNKNOWN")
        yield Property(name, str(entry.get("value") or ""), str(entry.get("group") or ""), params)
    if contact.updated_at:
        stamp = contact.updated_at.replace("-", "").replace(":", "").split(".")[0]
        yield Property("REV", stamp.rstrip("Z") + "Z")


def write_card(contact: Contact, version: str) -> str:
    """One contact as a vCard text (CRLF line ends, folded)."""
    return (
        fold("BEGIN:VCARD")
        + "".join(content_line(p) for p in card_properties(contact, version))
        + fold("END:VCARD")
    )
