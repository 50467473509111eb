"""The normalised search document of a contact and the FTS5 query for what a person typed."""

from __future__ import annotations

from gtgcrm_desktop.core.arabic import normalize_for_search, phone_search_forms, search_tokens
from gtgcrm_desktop.core.models import Contact


def contact_document(contact: Contact) -> str:
    """The text indexed for `contact`: names, organisation, title, e-mails, phones, tags, city."""
    parts = [
        contact.given_name,
        contact.family_name,
        contact.display_name,
        contact.organization,
        contact.title,
        *(email.value for email in contact.emails),
        *contact.tags,
        *(address.city for address in contact.addresses),
    ]
    text = normalize_for_search(" ".join(p for p in parts if p))
    digits = [
        form for phone in contact.phones for form in phone_search_forms(phone.value, phone.e164)
    ]
    return f"{text} {' '.join(digits)}".strip()


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every typed word as a prefix, all required; None if empty."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    # Tokens hold only letters and digits, so quoting them is enough to keep FTS syntax out.
    return " ".join(f'"{token}"*' for token in tokens)


def sort_key(contact: Contact) -> str:
    return normalize_for_search(contact.effective_display_name())
