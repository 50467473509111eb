"""A small vCard 4.0 (RFC 6350) writer for data exports: every contact field, UTF-8, folded."""

from __future__ import annotations

from collections.abc import Iterable

from gtgcrm_desktop.core.models import Contact

_MAX_OCTETS = 75


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _param(value: str) -> str:
    """A parameter value, quoted when it holds characters that end a parameter."""
    cleaned = value.replace('"', "'").replace("\n", " ")
    return f'"{cleaned}"' if any(c in cleaned for c in ",;:") else cleaned


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 sequence (RFC 6350 section 3.2)."""
    out: list[str] = []
    current, size = "", 0
    limit = _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = "", 0, _MAX_OCTETS - 1
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _date(birthday: str) -> str:
    """`YYYYMMDD`, or `--MMDD` when the year is unknown (RFC 6350 date forms)."""
    if birthday.startswith("--"):
        return "--" + birthday[2:].replace("-", "")
    return birthday.replace("-", "")


def _timestamp(iso: str) -> str:
    """`2024-12-09T09:30:00.123Z` as `20241209T093000Z`."""
    return iso.split(".")[0].replace("-", "").replace(":", "").rstrip("Z") + "Z"


def _type(label: str) -> str:
    return f";TYPE={_param(label)}" if label else ""


def contact_to_vcard(contact: Contact) -> str:
    """One contact as a vCard 4.0 block, CRLF line ends."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{contact.id}"]
    lines.append(f"FN:{_escape(contact.effective_display_name())}")
    lines.append(f"N:{_escape(contact.family_name)};{_escape(contact.given_name)};;;")
    if contact.display_name:
        lines.append(f"X-GTGCRM-DISPLAY-NAME:{_escape(contact.display_name)}")
    if contact.organization:
        lines.append(f"ORG:{_escape(contact.organization)}")
    if contact.title:
        lines.append(f"TITLE:{_escape(contact.title)}")
    for email in contact.emails:
        lines.append(f"EMAIL{_type(email.label)}:{_escape(email.value)}")
    for phone in contact.phones:
        if phone.e164:
            lines.append(f"TEL;VALUE=uri{_type(phone.label)}:tel:{phone.e164}")
            if phone.value != phone.e164:
                lines.append(f"X-GTGCRM-PHONE-AS-TYPED:{_escape(phone.value)}")
        else:
            lines.append(f"TEL;VALUE=text{_type(phone.label)}:{_escape(phone.value)}")
    for address in contact.addresses:
        values = (
            address.street,
            address.city,
            address.region,
            address.postal_code,
            address.country,
        )
        parts = ";;" + ";".join(_escape(p) for p in values)
        lines.append(f"ADR{_type(address.label)}:{parts}")
    if contact.tags:
        lines.append(f"CATEGORIES:{','.join(_escape(t) for t in contact.tags)}")
    if contact.notes:
        lines.append(f"NOTE:{_escape(contact.notes)}")
    if contact.birthday:
        lines.append(f"BDAY:{_date(contact.birthday)}")
    for key, value in contact.custom_fields.items():
        lines.append(f"X-GTGCRM-FIELD;X-NAME={_param(key)}:{_escape(value)}")
    for key, value in contact.extra.items():
        lines.append(f"X-GTGCRM-EXTRA;X-NAME={_param(key)}:{_escape(str(value))}")
    if contact.updated_at:
        lines.append(f"REV:{_timestamp(contact.updated_at)}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def write_vcards(contacts: Iterable[Contact]) -> str:
    """Every contact as vCard 4.0, one block after another."""
    return "".join(contact_to_vcard(c) for c in contacts)
