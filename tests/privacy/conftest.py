"""Helpers for privacy tests: a contact with a distinctive value in every field."""

from __future__ import annotations

import pytest

from gtgcrm_desktop.core.arabic import normalize_for_search, search_tokens
from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress

#: One distinctive value per stored field (no two share a long substring with anything else).
RICH: dict[str, str] = {
    "given_name": "Givqzxa",
    "family_name": "الفريدقزم",
    "display_name": "Dispqzxc Shown",
    "organization": "Orgqzxd Holdings",
    "title": "Titqzxe",
    "email": "emlqzxf@domqzxg.example",
    "email_label": "Lblqzxh",
    "phone": "+966 50 198 7654",
    "phone_e164": "+966501987654",
    "phone_label": "Phlqzxi",
    "address_label": "Adlqzxj",
    "street": "Strqzxk Road 9",
    "city": "Citqzxl",
    "region": "Regqzxm",
    "postal_code": "PC4qzxn",
    "country": "Couqzxo",
    "tag": "Tagqzxp",
    "notes": "Notqzxq ملاحظةسرية",
    "birthday": "1911-11-29",
    "custom_key": "Ckeyqzxr",
    "custom_value": "Cvalqzxs",
    "extra_key": "X-Extraqzxt",
    "extra_value": "Xvalqzxu",
}


def rich_contact() -> Contact:
    return Contact(
        given_name=RICH["given_name"],
        family_name=RICH["family_name"],
        display_name=RICH["display_name"],
        organization=RICH["organization"],
        title=RICH["title"],
        emails=[EmailAddress(RICH["email"], RICH["email_label"])],
        phones=[PhoneNumber(RICH["phone"], RICH["phone_e164"], RICH["phone_label"])],
        addresses=[
            PostalAddress(
                RICH["address_label"],
                RICH["street"],
                RICH["city"],
                RICH["region"],
                RICH["postal_code"],
                RICH["country"],
            )
        ],
        tags=[RICH["tag"]],
        notes=RICH["notes"],
        birthday=RICH["birthday"],
        custom_fields={RICH["custom_key"]: RICH["custom_value"]},
        extra={RICH["extra_key"]: RICH["extra_value"]},
    )


def needles(values: list[str]) -> list[str]:
    """Each value as stored and as indexed (normalised), its distinctive search tokens, and
    their last five characters: FTS5 leaves store a term as a suffix after the prefix it
    shares with the term before it, so a leftover token may only show as its tail."""
    found: set[str] = set()
    for value in values:
        found.update((value, normalize_for_search(value)))
        for token in search_tokens(value):
            if "qzx" in token or not token.isascii():
                found.update((token, token[-5:]))
    return sorted(n for n in found if len(n) >= 5)


@pytest.fixture
def rich(workspace):  # type: ignore[no-untyped-def]
    """The workspace with one rich contact (plus two ordinary ones); yields the rich one."""
    others = [Contact(given_name="Plain", family_name=f"Person{i}") for i in range(2)]
    workspace.contacts.add_many(others)
    return workspace.contacts.add(rich_contact())
