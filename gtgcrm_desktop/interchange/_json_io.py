"""Our JSON export format: one contact per line inside `{"contacts": [...]}`, read back streaming."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from gtgcrm_desktop.core.models import Contact, PhoneNumber, mark_invalid

from ._errors import (
    DETAIL_JSON,
    DETAIL_JSON_CONTACT,
    DETAIL_JSON_SHAPE,
    MalformedFileError,
    RowError,
    WrongFormatError,
)
from ._fields import settle_display_name
from ._rows import SourceRow

FORMAT_NAME = "gtgcrm-contacts"
FORMAT_VERSION = 1
#: Whole-document fallback for JSON files not written by us (64 MB of text at most).
_FALLBACK_LIMIT = 64 << 20


def contact_json(contact: Contact) -> dict[str, Any]:
    """`contact.to_json()`, built directly (the generic one is the slow half of an export)."""
    data: dict[str, Any] = {
        "id": contact.id,
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "display_name": contact.effective_display_name(),
        "organization": contact.organization,
        "title": contact.title,
        "emails": [{"value": e.value, "label": e.label} for e in contact.emails],
        "phones": [{"value": p.value, "e164": p.e164, "label": p.label} for p in contact.phones],
        "addresses": [
            {
                "label": a.label,
                "street": a.street,
                "city": a.city,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
            }
            for a in contact.addresses
        ],
        "tags": list(contact.tags),
        "notes": contact.notes,
        "birthday": contact.birthday,
        "custom_fields": dict(contact.custom_fields),
    }
    mark_invalid(data)
    if contact.extra:
        data["extra"] = contact.extra
    data["created_at"] = contact.created_at
    data["updated_at"] = contact.updated_at
    return data


def write_json(contacts: Iterable[Contact], out: TextIO, exported_at: str) -> int:
    """Write `contacts`, one per line; returns how many."""
    head = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported_at": exported_at}
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "contacts": [\n')
    count = 0
    for contact in contacts:
        if count:
            out.write(",\n")
        out.write(json.dumps(contact_json(contact), ensure_ascii=False, separators=(",", ":")))
        count += 1
    out.write("\n]}\n")
    return count


def _contact(data: Any, line: int) -> SourceRow:
    if not isinstance(data, dict):
        return SourceRow(line, error=RowError(DETAIL_JSON_CONTACT))
    try:
        contact = Contact.from_json(data)
    except (TypeError, ValueError, AttributeError):
        return SourceRow(line, error=RowError(DETAIL_JSON_CONTACT))
    contact.id = ""
    contact.created_at = contact.updated_at = ""
    # Hand-written JSON may put numbers where text belongs; the validator wants text.
    if contact.birthday is not None:
        contact.birthday = str(contact.birthday)
    contact.phones = [
        PhoneNumber(p.value, str(p.e164) if p.e164 else None, p.label) for p in contact.phones
    ]
    return SourceRow(line, contact=settle_display_name(contact))


def read_json(text: TextIO, file_name: str) -> Iterator[SourceRow]:
    """Contacts of a JSON file: our own line-per-contact layout streams; other JSON (an
    object with "contacts", or a bare list) is parsed whole, up to a size limit."""
    first = text.readline()
    stripped = first.strip().lstrip("\ufeff")
    if stripped.startswith("{") and stripped.endswith('"contacts": ['):
        yield from _read_lines(text, file_name)
        return
    rest = text.read(_FALLBACK_LIMIT)
    if text.read(1):
        raise WrongFormatError(file=file_name, format="JSON", detail=DETAIL_JSON)
    try:
        document = json.loads(first + rest)
    except ValueError as exc:
        raise WrongFormatError(file=file_name, format="JSON", detail=DETAIL_JSON) from exc
    entries = document.get("contacts") if isinstance(document, dict) else document
    if not isinstance(entries, list):
        raise WrongFormatError(file=file_name, format="JSON", detail=DETAIL_JSON_SHAPE)
    for index, entry in enumerate(entries, 1):
        yield _contact(entry, index)


def _read_lines(text: TextIO, file_name: str) -> Iterator[SourceRow]:
    number = 1
    closed = False
    for raw in text:
        number += 1
        line = raw.strip()
        if not line:
            continue
        if closed:
            raise MalformedFileError(file=file_name, line=number, detail=DETAIL_JSON)
        if line in ("]}", "] }"):
            closed = True
            continue
        try:
            data = json.loads(line.removesuffix(","))
        except ValueError as exc:
            raise MalformedFileError(file=file_name, line=number, detail=DETAIL_JSON) from exc
        yield _contact(data, number)
    if not closed:
        raise MalformedFileError(file=file_name, line=number, detail=DETAIL_JSON)
