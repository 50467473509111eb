"""First-sync pairing: a contact from the other side that is a person already here is paired
with that contact (the import's duplicate rules decide, injected), and the two are merged field
by field without dropping a value; two different values of one field become a conflict."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from gtgcrm_desktop.core.arabic import normalize_for_search, normalize_recurring
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.validation import settle_contact
from gtgcrm_desktop.store.carddav_state import CardDavState
from gtgcrm_desktop.store.changelog import new_op_id
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.sync_state import SyncStore

#: Why two contacts are the same person ("email", "phone", "name"), or None: the import's
#: duplicate rules (interchange.same_person), injected because sync/ may not import interchange.
SamePerson = Callable[[Contact, Contact], str | None]

_SCALARS = ("given_name", "family_name", "display_name", "organization", "title", "notes")


def _name(contact: Contact) -> str:
    full = " ".join(p for p in (contact.given_name, contact.family_name) if p.strip())
    return normalize_recurring(full or contact.display_name)


def _keys(contact: Contact) -> list[tuple[str, str]]:
    """Look-up keys that any match of the duplicate rules shares (the rules then decide)."""
    keys = [("email", e.value.casefold()) for e in contact.emails if e.value]
    keys += [("phone", p.e164) for p in contact.phones if p.e164]
    if name := _name(contact):
        keys.append(("name", name))
    return keys


class PairingIndex:
    """The contacts not paired yet, found in O(1) by e-mail, phone or name; each pairs once."""

    def __init__(self, contacts: Iterable[Contact], same_person: SamePerson) -> None:
        self._same = same_person
        self._by_key: dict[tuple[str, str], list[Contact]] = {}
        self._taken: set[str] = set()
        for contact in contacts:
            for key in _keys(contact):
                self._by_key.setdefault(key, []).append(contact)

    def take(self, incoming: Contact) -> Contact | None:
        """The first contact here that is the same person as `incoming`, no longer offered."""
        for key in _keys(incoming):
            for candidate in self._by_key.get(key, ()):
                if candidate.id in self._taken or not self._same(candidate, incoming):
                    continue
                self._taken.add(candidate.id)
                return candidate
        return None

    def claim(self, contact_id: str) -> None:
        """Offer a contact no more (it was paired another way)."""
        self._taken.add(contact_id)

    def release(self, contact_id: str) -> None:
        """Offer a contact again (its pairing did not happen after all)."""
        self._taken.discard(contact_id)


@dataclass
class PairMerge:
    """The local contact's fields after the merge, and the fields where both sides differ
    (field -> (local value, other side's value), both in the contact's JSON form)."""

    values: dict[str, Any]
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)


def _same_text(a: str, b: str) -> bool:
    return normalize_for_search(a) == normalize_for_search(b)


def _union(mine: list[Any], theirs: list[Any], key: Callable[[Any], Any]) -> list[Any]:
    """`mine` then every item of `theirs` with a key not there yet (a label fills a blank)."""
    merged = [dict(item) if isinstance(item, dict) else item for item in mine]
    index = {key(item): i for i, item in enumerate(merged)}
    for item in theirs:
        found = index.get(key(item))
        if found is None:
            index[key(item)] = len(merged)
            merged.append(item)
        elif isinstance(item, dict) and not merged[found].get("label") and item.get("label"):
            merged[found]["label"] = item["label"]
    return merged


def _email_key(item: dict[str, Any]) -> str:
    return str(item.get("value") or "").casefold()


def _phone_key(item: dict[str, Any]) -> str:
    return str(item.get("e164") or normalize_for_search(str(item.get("value") or "")))


def _address_key(item: dict[str, Any]) -> tuple[str, ...]:
    return tuple(
        normalize_for_search(str(v or "")) for k, v in sorted(item.items()) if k != "label"
    )


def _birthday(mine: str | None, theirs: str | None) -> tuple[str | None, bool]:
    """The merged birthday and whether the two disagree (a year-less one agrees with a full
    date of the same day, which wins)."""
    if not theirs or theirs == mine:
        return mine, False
    if not mine:
        return theirs, False
    if mine.startswith("--") and theirs.endswith(mine[1:]):
        return theirs, False
    if theirs.startswith("--") and mine.endswith(theirs[1:]):
        return mine, False
    return mine, True


def merge_pair(local: Contact, other: Contact) -> PairMerge:
    """`local` completed with `other`: lists united, blanks filled; where both hold different
    values the local one stays and the pair is reported as a conflict for the person."""
    mine, theirs = local.field_values(), other.field_values()
    merged = PairMerge(dict(mine))
    for name in _SCALARS:
        a, b = str(mine[name] or ""), str(theirs[name] or "")
        if not b.strip() or _same_text(a, b):
            continue
        if not a.strip():
            merged.values[name] = b
        else:
            merged.conflicts[name] = (a, b)
    birthday, differs = _birthday(mine["birthday"], theirs["birthday"])
    merged.values["birthday"] = birthday
    if differs:
        merged.conflicts["birthday"] = (mine["birthday"], theirs["birthday"])
    merged.values["emails"] = _union(mine["emails"], theirs["emails"], _email_key)
    merged.values["phones"] = _union(mine["phones"], theirs["phones"], _phone_key)
    merged.values["addresses"] = _union(mine["addresses"], theirs["addresses"], _address_key)
    merged.values["tags"] = _union(mine["tags"], theirs["tags"], normalize_for_search)
    custom = dict(mine["custom_fields"])
    differing = dict(custom)
    for key, value in theirs["custom_fields"].items():
        if key not in custom:
            custom[key] = differing[key] = value
        elif not _same_text(str(custom[key]), str(value)):
            differing[key] = value
    merged.values["custom_fields"] = custom
    if differing != custom:
        merged.conflicts["custom_fields"] = (custom, differing)
    return merged


def merged_extra(local: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """`local`'s extra with what only `other` has (kept card lines united, no value replaced)."""
    extra = dict(local)
    for key, value in other.items():
        if key not in extra:
            extra[key] = value
        elif isinstance(value, list) and isinstance(extra[key], list):
            extra[key] = [*extra[key], *(v for v in value if v not in extra[key])]
    return extra


def _settled(contact: Contact, region: str) -> Contact:
    """A validated copy, odd values kept as written (see `settle_contact`)."""
    try:
        return settle_contact(contact, region)[0]
    except InputError:
        return contact


def pair_first_sync(
    workspace: Any, store: SyncStore, same_person: SamePerson, region: str
) -> tuple[int, int]:
    """After the first pull of a device that already held contacts: each contact of this device
    that never reached the cloud and is a person the cloud already has is folded into the
    cloud's contact (its values fill blanks and join lists there; two different values become
    a conflict, the cloud's kept in place), and goes away here without anything pushed for it,
    so nobody is doubled. A contact with consent records of its own is left alone (its ledger
    cannot be moved). Returns (paired, conflicts); runs inside one transaction."""
    contacts = workspace.contacts
    if not store.pending_count():  # nothing was ever made here: nothing to pair
        return 0, 0
    every = [c.id for c in contacts.iter_all()]
    known = store.bases("contact", every)
    mine = [cid for cid in every if cid not in known]
    if not mine or not known:
        return 0, 0
    consents = ConsentStore(workspace.db, workspace.changes)
    cloud = [_settled(c, region) for c in contacts.get_many(list(known))]
    index = PairingIndex(cloud, same_person)
    paired = conflicts = 0
    op_id = new_op_id()
    with workspace.db.transaction():
        for local in contacts.get_many(mine):
            if consents.latest("contact", local.id):
                continue
            found = index.take(_settled(local, region))
            if found is None:
                continue
            target = contacts.get(found.id)
            merge = merge_pair(_settled(target, region), _settled(local, region))
            values = {**merge.values, "extra": merged_extra(target.extra, local.extra)}
            merged = target.with_fields(values)
            merged.id, merged.created_at = target.id, target.created_at
            if merged.field_values() != target.field_values() or merged.extra != target.extra:
                contacts.update(merged, op_id=op_id)
            clocks = contacts.clocks_of([target.id]).get(target.id, {})
            for name, (theirs, ours) in merge.conflicts.items():
                conflicts += store.add_conflict(
                    "contact", target.id, name, "field", ours, theirs, "",
                    clocks.get(name, clocks.get("*", "")), "remote",
                )  # fmt: skip
            contacts.delete(local.id, op_id=op_id)
            store.supersede_pending("contact", local.id, "paired")
            CardDavState(workspace.db).move_pairing(local.id, target.id)
            paired += 1
    return paired, conflicts
