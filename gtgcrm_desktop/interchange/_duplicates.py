"""Finding duplicate contacts in the workspace, merging them with per-field choices, and undo."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.changelog import new_op_id
from gtgcrm_desktop.store.photos import externalize_fields
from gtgcrm_desktop.store.workspace import Workspace

from ._audit import audit
from ._dedupe import email_keys, merge, name_keys, phone_keys
from ._errors import MergeAlreadyUndoneError, MergeNotFoundError

AUDIT_MERGE = "contacts.merge"
AUDIT_MERGE_UNDO = "contacts.merge_undo"
#: Fields a person can choose between contacts when merging (lists are always united).
CHOOSABLE = (
    "given_name",
    "family_name",
    "display_name",
    "organization",
    "title",
    "birthday",
    "notes",
)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Contacts that look like one person, and why ("email", "phone" or "name")."""

    contact_ids: tuple[str, ...]
    reason: str


class _Groups:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.reason: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        self.parent[item] = root
        return root

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.reason.setdefault(ra, self.reason.pop(rb, reason))


def find_duplicates(workspace: Workspace) -> list[DuplicateGroup]:
    """Every group of two or more contacts matching by e-mail, phone, or name plus a field."""
    groups = _Groups()
    by_email: dict[str, str] = {}
    by_phone: dict[str, str] = {}
    by_name: dict[tuple[str, ...], str] = {}
    for contact in workspace.contacts.iter_all():
        cid = contact.id
        groups.find(cid)
        for key in email_keys(contact):
            if key in by_email:
                groups.union(by_email[key], cid, "email")
            by_email.setdefault(key, cid)
        for key in phone_keys(contact):
            if key in by_phone:
                groups.union(by_phone[key], cid, "phone")
            by_phone.setdefault(key, cid)
        for name in name_keys(contact):
            if name in by_name:
                groups.union(by_name[name], cid, "name")
            by_name.setdefault(name, cid)
    members: dict[str, list[str]] = {}
    for cid in groups.parent:
        members.setdefault(groups.find(cid), []).append(cid)
    return [
        DuplicateGroup(tuple(ids), groups.reason.get(root, "email"))
        for root, ids in members.items()
        if len(ids) > 1
    ]


def _image(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        **contact.field_values(),
        "created_at": contact.created_at,
    }


def merge_contacts(
    workspace: Workspace, keep_id: str, other_ids: list[str], choices: dict[str, str] | None = None
) -> str:
    """Merge `other_ids` into `keep_id` and delete them; returns the merge id (for undo).

    `choices` maps a field of CHOOSABLE to the id of the contact whose value wins; other
    values of those fields are dropped on purpose. Everything else is kept: lists are
    united and differing values are kept as custom fields."""
    choices = {f: c for f, c in (choices or {}).items() if f in CHOOSABLE}
    op_id = new_op_id()
    merge_id = str(uuid.uuid4())
    with workspace.db.transaction():
        kept = workspace.contacts.get(keep_id)
        others = [workspace.contacts.get(i) for i in other_ids if i != keep_id]
        by_id = {c.id: c for c in (kept, *others)}
        merged = kept.with_fields({})
        merged.id, merged.created_at = kept.id, kept.created_at
        for field, source_id in choices.items():
            if source_id in by_id:
                setattr(merged, field, getattr(by_id[source_id], field))
        for other in others:
            merged, _ = merge(merged, other, frozenset(choices))
        workspace.db.execute(
            "INSERT INTO contact_merges (id, op_id, kept_id, kept_before, removed, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                merge_id,
                op_id,
                kept.id,
                # Photos by the hash of the copy stored once (store/photos.py).
                json.dumps(externalize_fields(workspace.db, _image(kept)), ensure_ascii=False),
                json.dumps(
                    [externalize_fields(workspace.db, _image(o)) for o in others],
                    ensure_ascii=False,
                ),
                now_iso(),
            ),
        )
        workspace.contacts.update(merged, op_id=op_id)
        for other in others:
            workspace.contacts.delete(other.id, op_id=op_id)
        audit(
            workspace,
            AUDIT_MERGE,
            "contact",
            kept.id,
            {"merge_id": merge_id, "removed": [o.id for o in others]},
        )
    return merge_id


def undo_merge(workspace: Workspace, merge_id: str) -> None:
    """Put the kept contact back as it was and bring the merged-away contacts back."""
    op_id = new_op_id()
    with workspace.db.transaction():
        row = workspace.db.one(
            "SELECT kept_before, removed, undone_at FROM contact_merges WHERE id = ?", (merge_id,)
        )
        if row is None:
            raise MergeNotFoundError(id=merge_id)
        if row[2] is not None:
            raise MergeAlreadyUndoneError(id=merge_id)
        kept = Contact.from_json(json.loads(row[0]))
        if workspace.contacts.exists(kept.id):
            workspace.contacts.update(kept, op_id=op_id)
        removed = [Contact.from_json(r) for r in json.loads(row[1])]
        missing = [c for c in removed if not workspace.contacts.exists(c.id)]
        if missing:
            workspace.contacts.add_many(missing, op_id=op_id)
        workspace.db.execute(
            "UPDATE contact_merges SET undone_at = ? WHERE id = ?", (now_iso(), merge_id)
        )
        audit(
            workspace,
            AUDIT_MERGE_UNDO,
            "contact",
            kept.id,
            {"merge_id": merge_id},
        )
