"""vCard 2.1, 3.0 and 4.0 reader: one contact per card, unknown properties kept in `extra`."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import EmailAddress

from ._errors import (
    DETAIL_BAD_PHOTO,
    DETAIL_BIG_PHOTO,
    DETAIL_NESTED,
    DETAIL_NO_BEGIN,
    DETAIL_NO_CARDS,
    DETAIL_NO_END,
    DETAIL_SKIPPED_LINE,
    DETAIL_TOO_LONG,
    RowError,
    ValueWarning,
    WrongFormatError,
)
from ._fields import ORG_UNITS_KEY, ContactBuilder, canonical_label, parse_date
from ._google_csv import ANNIVERSARY_KEY
from ._rows import SourceRow
from ._vcard_lines import (
    LINE_LIMIT,
    Property,
    components,
    logical_lines,
    parse_property,
    physical_lines,
    split_escaped,
    unescape,
)

#: Keys of Contact.extra that this module and the writer share.
EXTRA_PROPERTIES = "vcard"
EXTRA_NAME_PARTS = "name_parts"
EXTRA_ORG_UNITS = ORG_UNITS_KEY
EXTRA_PHOTO = "photo"
CUSTOM_PROPERTY = "X-GTGCRM-CUSTOM"
#: TEL parameter with the E.164 form of a national number (read in the import's region).
E164_PARAM = "X-GTGCRM-E164"
_E164_RE = re.compile(r"\+[1-9][0-9]{6,14}")
#: A decoded photo larger than this is left out (with a warning), the person kept.
PHOTO_LIMIT = 1 << 20

#: Regenerated on export, so not kept.
_DROPPED = frozenset({"VERSION", "PRODID", "REV"})
_ANNIVERSARY = frozenset(
    {"ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY"}
)
_LABELLED = frozenset({"EMAIL", "TEL", "ADR", CUSTOM_PROPERTY})
_TIME_PART = re.compile(r"T.*$")
_CHARSET_RE = re.compile(rb"CHARSET=([A-Z0-9_.:\"-]+)")


def read_vcards(lines: Iterable[str], file_name: str) -> Iterator[SourceRow]:
    """A SourceRow per card of the text `lines` (each a physical line, with or without its
    line end), read one card at a time."""
    return read_vcard_lines((line.rstrip("\r\n").encode("utf-8") for line in lines), file_name)


def read_vcard_text(text: str, file_name: str) -> Iterator[SourceRow]:
    """A SourceRow per card of a whole vCard text, its line ends read as the files' are."""
    return read_vcard_chunks([text.encode("utf-8")], file_name)


def read_vcard_chunks(
    chunks: Iterable[bytes], file_name: str, charset: str = "utf-8"
) -> Iterator[SourceRow]:
    """A SourceRow per card of a vCard byte stream; `charset` is the file's, for values that
    name none."""
    return read_vcard_lines(physical_lines(chunks), file_name, charset)


@dataclass(slots=True)
class _OpenCard:
    start: int
    properties: list[Property] = field(default_factory=list)
    warnings: list[tuple[int, InputError]] = field(default_factory=list)


#: Cards open at once (an AGENT card inside a card, or cards whose END:VCARD is missing).
_MAX_OPEN = 16


def read_vcard_lines(
    lines: Iterable[bytes], file_name: str, charset: str = "utf-8"
) -> Iterator[SourceRow]:
    """A SourceRow per card of physical byte lines, their line ends stripped.

    A card inside a card (a vCard 2.1 AGENT, or a card whose END:VCARD is missing) is a
    person of its own, and the outer card goes on after it; a card the file ends inside is
    read as far as it goes. Both are warned about."""
    open_cards: list[_OpenCard] = []
    card: _OpenCard | None = None  # the innermost open card
    seen = False
    stray_reported = False
    for number, line in logical_lines(lines):
        if not line.strip():
            continue
        upper = line[:12].upper()
        if upper.startswith(b"BEGIN:VCARD") and len(open_cards) < _MAX_OPEN:
            if card is not None:
                card.warnings.append((number, RowError(DETAIL_NESTED)))
            card = _OpenCard(number)
            open_cards.append(card)
            seen, stray_reported = True, False
            continue
        if card is None:
            if not stray_reported:
                stray_reported = True
                yield SourceRow(number, error=RowError(DETAIL_NO_BEGIN))
            continue
        if upper.startswith(b"END:VCARD"):
            open_cards.pop()
            yield _card_row(card.start, card.properties, card.warnings)
            card = open_cards[-1] if open_cards else None
            continue
        try:
            prop = parse_property(line, number, charset)
        except RowError:
            card.warnings.append((number, RowError(DETAIL_SKIPPED_LINE)))
            continue
        if len(line) > LINE_LIMIT:
            card.warnings.append((number, ValueWarning(prop.name, DETAIL_TOO_LONG)))
            continue
        if prop.problem:
            card.warnings.append((number, ValueWarning(prop.name, prop.problem)))
        card.properties.append(prop)
    while open_cards:
        unended = open_cards.pop()
        unended.warnings.append((unended.start, RowError(DETAIL_NO_END)))
        yield _card_row(unended.start, unended.properties, unended.warnings)
    if not seen:
        raise WrongFormatError(file=file_name, format="vCard", detail=DETAIL_NO_CARDS)


def undeclared_bytes(chunks: Iterable[bytes], cap: int = 1 << 20) -> tuple[bytes, frozenset[str]]:
    """The non-ASCII lines of a vCard byte stream whose value names no CHARSET (up to `cap`
    bytes of them), and the character sets its 8-bit values name: what decides the file's
    own encoding when every other value says its own."""
    found: list[bytes] = []
    declared: set[str] = set()
    size = 0
    for _, line in logical_lines(physical_lines(chunks)):
        if line.isascii():
            continue
        colon = line.find(b":")
        head = line[:colon].upper() if colon > 0 else b""
        if b"CHARSET=" in head:
            name = _CHARSET_RE.search(head)
            if name:
                declared.add(name.group(1).decode("ascii").strip('"').lower())
            continue
        if size < cap:
            found.append(line)
            size += len(line) + 1
    return b"\n".join(found), frozenset(declared)


def _tel_uri_number(uri: str) -> str:
    """The number of a `tel:` URI without the scheme, its extension kept as RFC 3966 writes
    it ("+1-202-555-0199;ext=12"); other parameters (phone-context, isub) left out."""
    number, *params = uri.split(";")
    ext = next((p[4:] for p in params if p[:4].casefold() == "ext="), "")
    return f"{number};ext={ext}" if ext else number


def _card_row(
    start: int, card: list[Property], warnings: list[tuple[int, InputError]]
) -> SourceRow:
    try:
        builder = card_to_builder(card)
        found = (*warnings, *builder.warnings)
        lines = builder.value_lines or None
        return SourceRow(start, contact=builder.build(), warnings=found, value_lines=lines)
    except InputError as error:
        return SourceRow(start, error=error)


def _label(prop: Property, group_labels: dict[str, str]) -> str:
    if prop.group and prop.group.upper() in group_labels:
        return canonical_label(group_labels[prop.group.upper()])
    types = [t for t in prop.types() if t not in ("pref", "internet", "voice", "x400", "text")]
    if prop.name == "TEL":
        if "fax" in types:
            for place in ("home", "work"):
                if place in types:
                    return f"{place} fax"
            return "fax"
        if "cell" in types:
            return "mobile"
    for wanted in ("home", "work", "pager", "main", "other"):
        if wanted in types:
            return wanted
    return canonical_label(types[0]) if types else ""


def _date(value: str) -> str | None:
    text = _TIME_PART.sub("", unescape(value).strip())
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if re.fullmatch(r"--\d{4}", text):
        text = f"--{text[2:4]}-{text[4:]}"
    if text.startswith("--"):
        return text if re.fullmatch(r"--\d\d-\d\d", text) else None
    parsed = parse_date(text, "YMD")
    return parsed if parsed and re.fullmatch(r"(\d{4}|-)-\d\d-\d\d", parsed) else None


def _photo(prop: Property) -> dict[str, str] | None:
    """The photo of a PHOTO property, or None (ValueWarning when it cannot be kept)."""
    value = prop.value.strip()
    encoding = (prop.param("ENCODING") or "").upper()
    if value.startswith("data:"):
        header, _, data = value.partition(",")
        if ";base64" not in header:
            raise ValueWarning(prop.name, DETAIL_BAD_PHOTO)
        media_type = header[5:].split(";", 1)[0] or "application/octet-stream"
    elif encoding in ("B", "BASE64"):
        data = value
        kind = next((t for t in prop.types() if t not in ("pref",)), "jpeg")
        media_type = kind if "/" in kind else f"image/{kind}"
    else:
        return {"uri": unescape(value)}
    data = "".join(data.split())
    if len(data) > (PHOTO_LIMIT + 2) // 3 * 4:
        raise ValueWarning(prop.name, DETAIL_BIG_PHOTO)
    try:
        decoded = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueWarning(prop.name, DETAIL_BAD_PHOTO) from exc
    if len(decoded) > PHOTO_LIMIT:
        raise ValueWarning(prop.name, DETAIL_BIG_PHOTO)
    return {"media_type": media_type, "data": data}


def _keep(builder: ContactBuilder, prop: Property) -> None:
    """An unmodelled property, kept as written (escaped value, params) for export."""
    params = [[k, v] for k, v in prop.params if k != "CHARSET"]
    entry: dict[str, Any] = {
        "group": prop.group,
        "name": prop.name,
        "params": params,
        "value": prop.value,
    }
    builder.extra.setdefault(EXTRA_PROPERTIES, []).append(entry)


def card_to_builder(card: list[Property]) -> ContactBuilder:
    """The contact pieces of one card's properties."""
    builder = ContactBuilder()
    group_labels = {
        p.group.upper(): unescape(p.value) for p in card if p.name == "X-ABLABEL" and p.group
    }
    labelled_groups = {p.group.upper() for p in card if p.group and p.name in _LABELLED}
    seen_names: set[str] = set()
    for prop in card:
        name = prop.name
        first = name not in seen_names
        seen_names.add(name)
        if name in _DROPPED:
            continue
        if name == "X-ABLABEL" and prop.group.upper() in labelled_groups:
            continue
        if name == "FN" and first:
            builder.display_name = unescape(prop.value)
        elif name == "N" and first:
            family, given, additional, prefix, suffix = components(prop.value, 5)[:5]
            builder.family_name, builder.given_name = family, given
            parts = {"additional": additional, "prefix": prefix, "suffix": suffix}
            if any(parts.values()):
                builder.extra[EXTRA_NAME_PARTS] = parts
        elif name == "ORG" and first:
            org, *units = components(prop.value, 1)
            builder.organization = org
            while units and not units[-1]:  # "ORG:Acme;" has no unit
                units.pop()
            if units:
                builder.extra[EXTRA_ORG_UNITS] = units
        elif name == "TITLE" and first:
            builder.title = unescape(prop.value)
        elif name == "EMAIL":
            email = _email(prop, group_labels)
            builder.emails.append(email)
            builder.value_lines[email.value] = prop.line
        elif name == "TEL":
            value = unescape(prop.value).strip()
            if value.casefold().startswith("tel:"):
                value = _tel_uri_number(value[4:])
            value = value.replace(" ::: ", " ")
            builder.add_phone(value, _label(prop, group_labels))
            builder.value_lines[value.strip()] = prop.line
            e164 = prop.param(E164_PARAM)
            if e164 and _E164_RE.fullmatch(e164):  # which region the number was read in
                builder.phones[-1] = dataclasses.replace(builder.phones[-1], e164=e164)
        elif name == "ADR":
            pobox, extended, street, city, region, code, country = components(prop.value, 7)[:7]
            key = f"adr{prop.line}"
            label = _label(prop, group_labels)
            for part, value in (
                ("street", street),
                ("street", extended),
                ("street", pobox),
                ("city", city),
                ("region", region),
                ("postal_code", code),
                ("country", country),
            ):
                builder.set_address_part(key, part, value, label)
        elif name == "NOTE":
            builder.add_note(unescape(prop.value))
        elif name == "BDAY" and first:
            builder.birthday = _date(prop.value) or unescape(prop.value).strip() or None
            builder.value_lines[builder.birthday or ""] = prop.line
        elif name in _ANNIVERSARY and ANNIVERSARY_KEY not in builder.extra and _date(prop.value):
            builder.extra[ANNIVERSARY_KEY] = _date(prop.value)
        elif name == "CATEGORIES":
            for tag in split_escaped(prop.value, ","):
                tag = unescape(tag).strip()
                if tag and tag not in builder.tags:
                    builder.tags.append(tag)
        elif name == "PHOTO" and EXTRA_PHOTO not in builder.extra:
            try:
                photo = _photo(prop)
            except ValueWarning as warning:
                builder.warnings.append((prop.line, warning))
                continue
            if photo:
                builder.extra[EXTRA_PHOTO] = photo
        elif name == CUSTOM_PROPERTY and prop.group.upper() in group_labels:
            builder.add_custom(group_labels[prop.group.upper()], unescape(prop.value))
        else:
            _keep(builder, prop)
    return builder


def _email(prop: Property, group_labels: dict[str, str]) -> EmailAddress:
    return EmailAddress(unescape(prop.value).strip(), _label(prop, group_labels))
