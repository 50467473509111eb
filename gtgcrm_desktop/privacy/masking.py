"""Masked forms of personal values for the audit log: enough to recognise, never to recover."""

from __future__ import annotations

from typing import Any

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.store.audit import mask_file_name

__all__ = ["mask_contact", "mask_email", "mask_file_name", "mask_phone", "mask_text"]

_STARS = "***"


def mask_text(value: str) -> str:
    """The first character and a fixed run of stars ("" stays ""); the length is not kept."""
    value = value.strip()
    return f"{value[0]}{_STARS}" if value else ""


def mask_email(value: str) -> str:
    """`a***@e***.com` for `ahmed@example.com`; the top-level domain is kept."""
    local, at, domain = value.strip().rpartition("@")
    if not at:
        return mask_text(value)
    host, dot, tld = domain.rpartition(".")
    masked_domain = f"{mask_text(host)}{dot}{tld}" if dot else mask_text(domain)
    return f"{mask_text(local)}@{masked_domain}"


def mask_phone(value: str) -> str:
    """Stars and the last two digits: `***67`."""
    digits = [c for c in value if c.isdigit()]
    return f"{_STARS}{''.join(digits[-2:])}" if digits else ""


def mask_contact(contact: Contact) -> dict[str, Any]:
    """What the audit log may say about a contact: masked name, e-mails and phones."""
    return {
        "name": mask_text(contact.effective_display_name()),
        "emails": [mask_email(e.value) for e in contact.emails],
        "phones": [mask_phone(p.e164 or p.value) for p in contact.phones],
    }
