"""Duplicate matching (e-mail, E.164 phone, or Arabic-normalised name plus one more field) and
merging that keeps both values where they differ."""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.arabic import normalize_for_search, normalize_recurring
from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress
from gtgcrm_desktop.core.validation import email_match_key, is_valid_email

_SCALARS = ("given_name", "family_name", "display_name", "organization", "title")


#: "عبد الله" and "عبدالله" (and every "عبد ال..." name) are written both ways: one key.
_ABD_COMPOUND = re.compile(r"(?<!\S)عبد\s+(?=ال)")


def name_key(contact: Contact) -> str:
    """The full name in search form, "عبد ال..." names written as one word; a company's name
    for a contact that has only that ("" when the contact has neither)."""
    full = " ".join([p for p in (contact.given_name, contact.family_name) if p.strip()])
    return _ABD_COMPOUND.sub(
        "عبد", normalize_recurring(full or contact.display_name or contact.organization)
    )


def email_keys(contact: Contact) -> list[str]:
    """Match keys of a validated contact's e-mails (their normalised form, case-folded); an
    address kept as written because it did not validate matches nothing, as in the store."""
    return [e.value.casefold() for e in contact.emails if e.value and is_valid_email(e.value)]


def phone_keys(contact: Contact) -> list[str]:
    return [p.e164 for p in contact.phones if p.e164]


@dataclass(frozen=True, slots=True)
class Traits:
    """What a name match is checked against: one of these must match too.

    E-mail and phone match on their own already. A city is not enough: two people called
    "محمد العلي" in Riyadh are common; a street address (street and city) is."""

    organization: str
    birthday: str | None
    streets: frozenset[tuple[str, str]]
    #: E-mails and phones kept as written (they match nothing on their own).
    odd: frozenset[str] = frozenset()

    @classmethod
    def of(cls, contact: Contact) -> Traits:
        return cls(
            normalize_recurring(contact.organization),
            contact.birthday,
            _streets(contact),
            _odd_values(contact),
        )

    def agrees_with(self, other: Traits) -> bool:
        return bool(
            (self.organization and self.organization == other.organization)
            or (self.birthday and self.birthday == other.birthday)
            or (self.streets & other.streets)
            or (self.odd & other.odd)
        )


def name_keys(contact: Contact) -> list[tuple[str, ...]]:
    """Keys that two contacts share when their names match and one more field does too
    (organisation, birthday, or street address), for O(1) look-ups in large imports."""
    name = name_key(contact)
    if not name:
        return []
    keys: list[tuple[str, ...]] = []
    if organization := normalize_recurring(contact.organization):
        keys.append(("organization", name, organization))
    if contact.birthday:
        keys.append(("birthday", name, contact.birthday))
    if contact.addresses:  # the traits of `Traits.of`, without building one
        keys.extend(("address", name, street, city) for street, city in sorted(_streets(contact)))
    keys.extend(("odd", name, value) for value in sorted(_odd_values(contact)))
    return keys


def _odd_values(contact: Contact) -> frozenset[str]:
    """E-mails that do not validate and phones without an E.164 form, as written (case-folded,
    spaces dropped): with the same name, the same odd value is the same person."""
    odd = {
        "email:" + "".join(e.value.casefold().split())
        for e in contact.emails
        if e.value.strip() and not is_valid_email(e.value)
    }
    odd.update(
        "phone:" + "".join(p.value.casefold().split())
        for p in contact.phones
        if p.value.strip() and not p.e164
    )
    return frozenset(odd)


def _streets(contact: Contact) -> frozenset[tuple[str, str]]:
    """(street, city) in search form of each address with a street."""
    return frozenset(
        (normalize_for_search(a.street), normalize_recurring(a.city))
        for a in contact.addresses
        if a.street.strip()
    )


def same_person(a: Contact, b: Contact) -> str | None:
    """Why `a` and `b` are the same person ("email", "phone", "name"), or None."""
    if set(email_keys(a)) & set(email_keys(b)):
        return "email"
    if set(phone_keys(a)) & set(phone_keys(b)):
        return "phone"
    key = name_key(a)
    if key and key == name_key(b) and Traits.of(a).agrees_with(Traits.of(b)):
        return "name"
    return None


def _same_text(a: str, b: str) -> bool:
    return normalize_for_search(a) == normalize_for_search(b)


def _keep_other(custom: dict[str, str], field: str, value: str) -> None:
    """Keep a differing value beside the one kept, as a custom field `other FIELD`."""
    key, number = f"other {field}", 2
    while key in custom:
        if custom[key] == value:
            return
        key, number = f"other {field} {number}", number + 1
    custom[key] = value


def _email_key(email: EmailAddress) -> str:
    return email.value.casefold() or email_match_key(email.value)


def _phone_key(phone: PhoneNumber) -> str:
    return phone.e164 or phone.value


def _address_key(address: PostalAddress) -> tuple[str, ...]:
    return tuple(
        normalize_for_search(getattr(address, f.name))
        for f in dataclasses.fields(address)
        if f.name != "label"
    )


def merge(
    existing: Contact, incoming: Contact, decided: frozenset[str] = frozenset()
) -> tuple[Contact, list[str]]:
    """`existing` completed with `incoming`; nothing of either is lost, except the values of
    the `decided` fields, which the person chose to keep from `existing`. Returns the merged
    contact (same id) and the names of the fields that changed."""
    merged = copy.deepcopy(existing)
    custom = merged.custom_fields
    for field in _SCALARS:
        mine, theirs = getattr(merged, field), getattr(incoming, field)
        if not theirs or _same_text(mine, theirs) or field in decided:
            continue
        if not mine:
            setattr(merged, field, theirs)
        else:
            _keep_other(custom, field, theirs)
    if (
        "notes" not in decided
        and incoming.notes.strip()
        and incoming.notes.strip() not in merged.notes
    ):
        merged.notes = f"{merged.notes}\n\n{incoming.notes}" if merged.notes else incoming.notes
    if "birthday" not in decided:
        _merge_birthday(merged, incoming.birthday)
    _merge_list(merged.emails, incoming.emails, _email_key)
    _merge_list(merged.phones, incoming.phones, _phone_key)
    _merge_list(merged.addresses, incoming.addresses, _address_key)
    for tag in incoming.tags:
        if tag not in merged.tags:
            merged.tags.append(tag)
    for key, value in incoming.custom_fields.items():
        if key not in custom:
            custom[key] = value
        elif custom[key] != value:
            _keep_other(custom, key, value)
    _merge_extra(merged.extra, incoming.extra)
    before, after = existing.field_values(), merged.field_values()
    return merged, [name for name in after if before[name] != after[name]]


def _merge_birthday(merged: Contact, theirs: str | None) -> None:
    mine = merged.birthday
    if not theirs or theirs == mine:
        return
    if not mine or (mine.startswith("--") and theirs.endswith(mine[1:])):
        merged.birthday = theirs
    elif not (theirs.startswith("--") and mine.endswith(theirs[1:])):
        _keep_other(merged.custom_fields, "birthday", theirs)


def _merge_list(mine: list[Any], theirs: list[Any], key: Any) -> None:
    index = {key(item): i for i, item in enumerate(mine)}
    for item in theirs:
        found = index.get(key(item))
        if found is None:
            index[key(item)] = len(mine)
            mine.append(item)
        elif not mine[found].label and item.label:
            mine[found] = dataclasses.replace(mine[found], label=item.label)


def _merge_extra(mine: dict[str, Any], theirs: dict[str, Any]) -> None:
    for key, value in theirs.items():
        if key not in mine:
            mine[key] = copy.deepcopy(value)
        elif isinstance(value, list) and isinstance(mine[key], list):
            for entry in value:
                if entry not in mine[key]:
                    mine[key].append(copy.deepcopy(entry))
        elif mine[key] != value:
            others = mine.setdefault("merged_values", [])
            if {key: value} not in others:
                others.append({key: copy.deepcopy(value)})
