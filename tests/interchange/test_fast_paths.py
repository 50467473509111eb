"""Fast paths of the CSV reader and the match keys give exactly what the general paths give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gtgcrm_desktop.core.arabic import normalize_for_search
from gtgcrm_desktop.core.models import Contact, PostalAddress
from gtgcrm_desktop.interchange._csv_plan import cell
from gtgcrm_desktop.interchange._csv_rows import has_text
from gtgcrm_desktop.interchange._dedupe import Traits, name_key, name_keys
from gtgcrm_desktop.interchange._fields import ContactBuilder
from gtgcrm_desktop.interchange._formula import unescape_cell

_CELL = st.text(st.sampled_from(" \t\n\u00a0\u2003\u3000\u200bx'=+-5أ"), max_size=6)


@given(st.lists(_CELL, max_size=5))
def test_has_text_is_any_cell_stripped(cells: list[str]) -> None:
    assert has_text(cells) == any(c.strip() for c in cells)


@given(st.lists(_CELL, max_size=4), st.none() | st.integers(0, 5))
def test_cell_unescapes_like_unescape_cell(cells: list[str], index: int | None) -> None:
    expected = "" if index is None or index >= len(cells) else unescape_cell(cells[index])
    assert cell(cells, index) == expected


def _slow_name_keys(contact: Contact) -> list[tuple[str, ...]]:
    """`name_keys` as first written, through `Traits`: the reference for its quicker form."""
    name = name_key(contact)
    if not name:
        return []
    traits = Traits.of(contact)
    keys: list[tuple[str, ...]] = []
    if traits.organization:
        keys.append(("organization", name, traits.organization))
    if traits.birthday:
        keys.append(("birthday", name, traits.birthday))
    keys.extend(("address", name, street, city) for street, city in sorted(traits.streets))
    keys.extend(("odd", name, value) for value in sorted(traits.odd))
    return keys


_WORD = st.sampled_from(["", " ", "أحمد", "Ahmed", "AHMED", "شركة النخبة", "Main St", "الرياض"])


@given(
    _WORD, _WORD, _WORD, _WORD, st.none() | st.just("1990-01-02"), st.lists(st.tuples(_WORD, _WORD))
)
def test_name_keys_match_their_reference(
    given_name: str,
    family: str,
    display: str,
    organization: str,
    birthday: str | None,
    addresses: list[tuple[str, str]],
) -> None:
    contact = Contact(
        given_name=given_name,
        family_name=family,
        display_name=display,
        organization=organization,
        birthday=birthday,
        addresses=[PostalAddress(street=s, city=c) for s, c in addresses],
    )
    assert name_keys(contact) == _slow_name_keys(contact)
    assert name_key(contact) == normalize_for_search(
        " ".join(p for p in (given_name, family) if p.strip()) or display or organization
    )


_PART_NAMES = st.sampled_from(["label", "street", "city", "region", "postal_code", "country"])
_ADDRESS_KEYS = ("label", "street", "city", "region", "postal_code", "country")


@given(st.lists(st.tuples(st.sampled_from("ab"), _PART_NAMES, _WORD, _WORD), max_size=8))
def test_built_addresses_match_their_reference(calls: list[tuple[str, str, str, str]]) -> None:
    builder = ContactBuilder()
    for key, part, value, label in calls:
        builder.set_address_part(key, part, value, label)
    expected = [
        address
        for parts in builder.addresses.values()
        if not (address := PostalAddress(*(parts.get(k, "") for k in _ADDRESS_KEYS))).is_empty()
    ]
    assert builder.build().addresses == expected
