"""The normalised search document of a contact and the FTS5 query for what a person typed."""

from __future__ import annotations

import functools

from gtgcrm_desktop.core.arabic import normalize_recurring, phone_search_forms, search_tokens
from gtgcrm_desktop.core.models import Contact

#: Above this many index matches (25% of 100,000 contacts) a query counts as dense: walking the
#: name order and testing the stored search text reaches a page of hits sooner than sorting
#: every match.
DENSE_MATCHES = 25_000


def contact_document(contact: Contact) -> str:
    """The normalised words of `contact` (names, organisation, title, e-mails, phones, tags,
    city), separated by single spaces: what FTS indexes and what `contacts.search_text` keeps.

    The word split is the FTS tokenizer's (e-mails become user / example / com), so the stored
    text and the index answer a query alike."""
    words: list[str] = []
    for part in (
        contact.given_name,
        contact.family_name,
        contact.display_name,
        contact.organization,
        contact.title,
        *contact.tags,
        *(address.city for address in contact.addresses),
    ):
        if part:
            words += _repeated_words(part)
    for email in contact.emails:
        words += search_tokens(email.value)
    for phone in contact.phones:
        words += phone_search_forms(phone.value, phone.e164)
        if phone.e164 is None:  # kept as written ("BusinessPhone"): its words too
            words += search_tokens(phone.value)
    return " ".join(words)


@functools.lru_cache(maxsize=16384)
def _repeated_words(text: str) -> tuple[str, ...]:
    """The words of a value that recurs across contacts (names, organisations, tags, cities)."""
    return tuple(search_tokens(text))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every typed word as a prefix, all required; None if empty."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    # Tokens hold only letters and digits, so quoting them is enough to keep FTS syntax out.
    return " ".join(f'"{token}"*' for token in tokens)


def like_patterns(query: str) -> list[str]:
    """One LIKE pattern per typed word: a word of the stored search text starting with it."""
    return [f"% {_escape_like(token)}%" for token in search_tokens(query)]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def sort_key(contact: Contact) -> str:
    return _sort_form(contact.effective_display_name())


#: Display names recur ("محمد العتيبي"), so their sort form is worth remembering (the cache is
#: shared with the name keys of duplicate matching, which normalise the same full names).
_sort_form = normalize_recurring
