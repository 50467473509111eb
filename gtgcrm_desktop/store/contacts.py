"""Contacts in the encrypted store: create, read, update, delete, search; every write logged."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.bulk import collector_paused
from gtgcrm_desktop.core.errors import InputError, NotFoundError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.ids import new_id
from gtgcrm_desktop.core.models import (
    CONTACT_FIELDS,
    Contact,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
)
from gtgcrm_desktop.core.times import clock_iso, now_iso
from gtgcrm_desktop.core.validation import email_match_key
from gtgcrm_desktop.store.changelog import ChangeLog, new_op_id
from gtgcrm_desktop.store.database import Database, IntegrityError
from gtgcrm_desktop.store.photos import externalize, externalize_fields, resolve, resolve_many
from gtgcrm_desktop.store.remote_changes import record_remote
from gtgcrm_desktop.store.search import (
    DENSE_MATCHES,
    contact_document,
    like_patterns,
    match_expression,
    sort_key,
)

ENTITY = "contact"
ENTITY_LABEL = QT_TRANSLATE_NOOP("fields", "contact")
DUPLICATE_ID = QT_TRANSLATE_NOOP("errors", "A contact with id {id} already exists.")

_SCALARS = (
    "given_name",
    "family_name",
    "display_name",
    "organization",
    "title",
    "notes",
    "birthday",
)

#: Columns a list can be sorted by, each an SQL expression with a unique tie-breaker.
SORT_COLUMNS: dict[str, str] = {
    "name": "c.sort_key",
    "organization": "c.organization COLLATE NOCASE",
    "email": "(SELECT value FROM contact_emails e WHERE e.contact_rowid = c.rowid"
    " ORDER BY position LIMIT 1) COLLATE NOCASE",
    "phone": "(SELECT value FROM contact_phones p WHERE p.contact_rowid = c.rowid"
    " ORDER BY position LIMIT 1)",
    "created_at": "c.created_at",
    "updated_at": "c.updated_at",
}


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """What a list row shows: enough to draw the table without loading every field."""

    id: str
    display_name: str
    organization: str
    email: str
    phone: str
    updated_at: str


class ContactRepository:
    """The only code that reads or writes contact tables."""

    def __init__(self, database: Database, changes: ChangeLog) -> None:
        self._db = database
        self._changes = changes

    # -- writing -----------------------------------------------------------------------

    def add(self, contact: Contact, *, op_id: str | None = None) -> Contact:
        """Store a new contact (an id is assigned if it has none); returns the stored copy."""
        return self.add_many([contact], op_id=op_id)[0]

    def add_many(
        self, contacts: Sequence[Contact], *, op_id: str | None = None, adopt: bool = False
    ) -> list[Contact]:
        """Store several new contacts in one transaction (all or none); returns stored copies.

        With `adopt`, the caller hands the contacts over: they get their ids and times in
        place and are returned themselves (an import does not need a copy of each)."""
        op_id = op_id or new_op_id()
        stored: list[Contact] = []
        for contact in contacts:
            copy = contact if adopt else contact.copy()
            copy.id = contact.id or new_id()
            if len(copy.tags) > 1:  # stored once each, so returned and logged once each too
                copy.tags = list(dict.fromkeys(copy.tags))
            stored.append(copy)
        with collector_paused(), self._db.transaction():
            stamps = self._changes.clock.tick_many(len(stored))
            # Times from the create stamps' clock (one batch shares its wall time), which every
            # synced device reads the same.
            now = clock_iso(stamps[0]) if stamps else ""
            for copy in stored:
                copy.created_at = copy.created_at or now
                copy.updated_at = now
            extras = self._insert_rows(stored, stamps)
            self._changes.record_many(
                [
                    (ENTITY, c.id, "create", _creation_payload(c, extra), op_id, stamp)
                    for c, extra, stamp in zip(stored, extras, stamps, strict=True)
                ]
            )
        return stored

    def update(self, contact: Contact, *, op_id: str | None = None) -> Contact:
        """Save changed fields of an existing contact; an unchanged contact writes nothing."""
        with self._db.transaction():
            rowid, current = self._load(contact.id)
            before, after = current.field_values(), contact.field_values()
            # Photos compared (and logged) by their stored hash, whichever form they come in.
            before["extra"] = externalize(None, before["extra"])
            after["extra"] = externalize(self._db, after["extra"])
            changed = {name: after[name] for name in CONTACT_FIELDS if before[name] != after[name]}
            if not changed:
                return current
            stamp = self._changes.clock.tick()
            updated = contact.copy()
            updated.id, updated.created_at = current.id, current.created_at
            updated.extra = resolve(self._db, updated.extra)
            self._rewrite(rowid, updated, dict.fromkeys(changed, stamp))
            self._changes.record(
                ENTITY, updated.id, "update", changed, op_id or new_op_id(), hlc=stamp
            )
            return updated

    def delete(self, contact_id: str, *, op_id: str | None = None) -> Contact:
        """Delete a contact, leaving a tombstone; returns what was deleted (for undo)."""
        with self._db.transaction():
            rowid, current = self._load(contact_id)
            self._unindex(rowid)
            self._db.execute("DELETE FROM contacts WHERE rowid = ?", (rowid,))
            stamp = self._changes.record(ENTITY, contact_id, "delete", {}, op_id or new_op_id())
            self._changes.tombstone(ENTITY, contact_id, stamp)
            return current

    # -- applying changes from the cloud (origin 'remote': never pushed back) ------------

    def clocks_of(self, contact_ids: Sequence[str]) -> dict[str, dict[str, str]]:
        """The per-field clocks of those of `contact_ids` that exist."""
        found: dict[str, dict[str, str]] = {}
        for start in range(0, len(contact_ids), 500):
            chunk = list(contact_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for cid, clocks in self._db.all(
                f"SELECT id, clocks FROM contacts WHERE id IN ({marks})", chunk
            ):
                found[cid] = json.loads(clocks)
        return found

    def apply_remote_creates(
        self, items: Sequence[tuple[str, dict[str, Any], str, str]], op_id: str
    ) -> None:
        """Insert new contacts from the cloud: (id, fields, hlc, device id) each."""
        if not items:
            return
        contacts: list[Contact] = []
        for contact_id, fields, hlc, _ in items:
            contact = Contact.from_json(
                {k: v for k, v in fields.items() if k in CONTACT_FIELDS} | {"id": contact_id}
            )
            # The creating device took its times from this stamp too: both read the same.
            contact.created_at = contact.updated_at = clock_iso(hlc)
            contacts.append(contact)
        with self._db.transaction():
            self._insert_rows(contacts, [hlc for _, _, hlc, _ in items])
            record_remote(
                self._db,
                [
                    (
                        ENTITY,
                        contact_id,
                        "create",
                        externalize_fields(self._db, fields),
                        op_id,
                        hlc,
                        device,
                    )
                    for contact_id, fields, hlc, device in items
                ],
            )

    def apply_remote_fields(
        self,
        contact_id: str,
        values: dict[str, Any],
        field_hlcs: dict[str, str],
        hlc: str,
        device_id: str,
        op_id: str,
    ) -> Contact:
        """Write fields from the cloud with their own clocks (the caller decided they win)."""
        values = {k: v for k, v in values.items() if k in CONTACT_FIELDS}
        with self._db.transaction():
            rowid, current = self._load(contact_id)
            if not values:
                return current
            updated = current.with_fields(values)
            updated.id, updated.created_at = current.id, current.created_at
            self._rewrite(rowid, updated, {k: field_hlcs[k] for k in values})
            logged = externalize_fields(self._db, values)
            record_remote(self._db, [(ENTITY, contact_id, "update", logged, op_id, hlc, device_id)])
            return updated

    def apply_remote_delete(
        self, contact_id: str, hlc: str, device_id: str, op_id: str
    ) -> Contact | None:
        """Delete a contact because the cloud did (tombstone at the remote HLC)."""
        with self._db.transaction():
            found = self._db.one("SELECT rowid FROM contacts WHERE id = ?", (contact_id,))
            current = None
            if found is not None:
                rowid, current = self._load(contact_id)
                self._unindex(rowid)
                self._db.execute("DELETE FROM contacts WHERE rowid = ?", (rowid,))
                record_remote(self._db, [(ENTITY, contact_id, "delete", {}, op_id, hlc, device_id)])
            self._changes.tombstone(ENTITY, contact_id, hlc)
            return current

    def tombstone_hlc(self, contact_id: str) -> str | None:
        """The HLC of the deletion of `contact_id`, or None when it was not deleted."""
        value = self._db.scalar(
            "SELECT hlc FROM tombstones WHERE entity = ? AND entity_id = ?", (ENTITY, contact_id)
        )
        return None if value is None else str(value)

    # -- reading -----------------------------------------------------------------------

    def get(self, contact_id: str) -> Contact:
        return self._load(contact_id)[1]

    def exists(self, contact_id: str) -> bool:
        return self._db.one("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)) is not None

    def get_many(self, contact_ids: Sequence[str]) -> list[Contact]:
        """Full contacts for `contact_ids`, in that order (unknown ids are skipped)."""
        if not contact_ids:
            return []
        by_id: dict[str, Contact] = {}
        for start in range(0, len(contact_ids), 500):
            chunk = list(contact_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.all(
                "SELECT rowid, id, given_name, family_name, display_name, organization, title,"
                f" notes, birthday, extra, created_at, updated_at FROM contacts WHERE id IN ({marks})",
                chunk,
            )
            contacts = {row[0]: _contact_from_row(row) for row in rows}
            self._attach_children(contacts)
            by_id.update({c.id: c for c in contacts.values()})
        return [by_id[i] for i in contact_ids if i in by_id]

    def count(self, search: str | None = None) -> int:
        expression = match_expression(search) if search else None
        if search and expression is None:
            return 0
        if expression is None:
            return int(self._db.scalar("SELECT count(*) FROM contacts"))
        return int(
            self._db.scalar(
                "SELECT count(*) FROM contact_search WHERE contact_search MATCH ?", (expression,)
            )
        )

    def list_summaries(
        self,
        search: str | None = None,
        *,
        limit: int = 100,
        offset: int = 0,
        order_by: str = "name",
        descending: bool = False,
    ) -> list[ContactSummary]:
        """One page of list rows, sorted and filtered in SQL."""
        if order_by not in SORT_COLUMNS:
            raise ValueError(f"cannot sort by {order_by!r}")
        direction = "DESC" if descending else "ASC"
        source = self._search_source(search)
        if source is None:
            return []
        from_where, params, index_may_sort = source
        order = SORT_COLUMNS[order_by] if index_may_sort else f"+{SORT_COLUMNS[order_by]}"
        # Sorting matches by name reads the narrow rowid -> sort key index, not whole rows.
        by_rowid = "INDEXED BY contacts_sort_key_by_rowid" if order_by == "name" else ""
        from_where = from_where.replace("{by_rowid}", by_rowid)
        # The page's rows first, then their details: computing the first e-mail and phone of
        # every match before sorting would cost more than the sort.
        page = [
            row[0]
            for row in self._db.all(
                f"SELECT c.rowid {from_where}"
                f" ORDER BY {order} {direction}, c.rowid {direction} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]
        if not page:
            return []
        marks = ",".join("?" * len(page))
        details = {
            row[0]: row[1:]
            for row in self._db.all(
                "SELECT c.rowid, c.id, c.display_name, c.given_name, c.family_name,"
                " c.organization,"
                " (SELECT value FROM contact_emails e WHERE e.contact_rowid = c.rowid"
                " ORDER BY position LIMIT 1),"
                " (SELECT value FROM contact_phones p WHERE p.contact_rowid = c.rowid"
                " ORDER BY position LIMIT 1),"
                f" c.updated_at FROM contacts c WHERE c.rowid IN ({marks})",
                page,
            )
        }
        rows = [details[rowid] for rowid in page]
        summaries = []
        for cid, display, given, family, org, email, phone, updated in rows:
            name = display or " ".join(p for p in (given, family) if p) or org or (email or "")
            summaries.append(ContactSummary(cid, name, org, email or "", phone or "", updated))
        return summaries

    def page(
        self,
        search: str | None = None,
        *,
        limit: int = 100,
        offset: int = 0,
        order_by: str = "name",
    ) -> list[Contact]:
        """Full contacts of one page, sorted and filtered like `list_summaries`."""
        ids = [
            s.id for s in self.list_summaries(search, limit=limit, offset=offset, order_by=order_by)
        ]
        return self.get_many(ids)

    def iter_all(self, batch: int = 1000) -> Iterable[Contact]:
        """Every contact, in name order, a batch at a time (for export; memory stays bounded)."""
        last_key, last_rowid = "", 0
        while True:
            rows = self._db.all(
                "SELECT id, sort_key, rowid FROM contacts WHERE (sort_key, rowid) > (?, ?)"
                " ORDER BY sort_key, rowid LIMIT ?",
                (last_key, last_rowid, batch),
            )
            if not rows:
                return
            yield from self.get_many([r[0] for r in rows])
            last_key, last_rowid = rows[-1][1], rows[-1][2]

    def ids_by_email(self, email: str) -> list[str]:
        key = email_match_key(email)
        if not key:
            return []
        rows = self._db.all(
            "SELECT DISTINCT c.id FROM contact_emails e JOIN contacts c ON c.rowid = e.contact_rowid"
            " WHERE e.match_key = ?",
            (key,),
        )
        return [r[0] for r in rows]

    def ids_by_phone(self, e164: str) -> list[str]:
        rows = self._db.all(
            "SELECT DISTINCT c.id FROM contact_phones p JOIN contacts c ON c.rowid = p.contact_rowid"
            " WHERE p.e164 = ?",
            (e164,),
        )
        return [r[0] for r in rows]

    def field_clocks(self, contact_id: str) -> dict[str, str]:
        """The HLC of the last change of each field (fields not changed since creation: '*')."""
        value = self._db.scalar("SELECT clocks FROM contacts WHERE id = ?", (contact_id,))
        if value is None:
            raise NotFoundError(entity=ENTITY_LABEL, id=contact_id)
        clocks: dict[str, str] = json.loads(value)
        return clocks

    # -- internals -----------------------------------------------------------------------

    def _insert_rows(
        self, contacts: Sequence[Contact], stamps: Sequence[str]
    ) -> list[dict[str, Any]]:
        """Insert new contacts (ids and times already set) with their children, search text
        and index entries; each contact's fields all carry its creation stamp. Returns each
        contact's `extra` as stored (a photo by its hash, its bytes stored once).

        Rowids are given explicitly (after the largest in use, as SQLite would choose them)
        so that every table's rows are built in one pass, without reading them back."""
        first = int(self._db.scalar("SELECT coalesce(max(rowid), 0) FROM contacts")) + 1
        rows: list[tuple[Any, ...]] = []
        search: list[tuple[int, str]] = []
        emails: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        addresses: list[tuple[Any, ...]] = []
        tags: list[tuple[Any, ...]] = []
        custom: list[tuple[Any, ...]] = []
        extras: list[dict[str, Any]] = []
        for rowid, c, stamp in zip(itertools.count(first), contacts, stamps):
            document = " " + contact_document(c)
            extra = externalize(self._db, c.extra) if c.extra else {}
            extras.append(extra)
            rows.append(
                (
                    rowid,
                    c.id,
                    c.given_name,
                    c.family_name,
                    c.display_name,
                    c.organization,
                    c.title,
                    c.notes,
                    c.birthday,
                    sort_key(c),
                    _dumps(extra) if extra else "{}",
                    _creation_clock(stamp),
                    c.created_at,
                    c.updated_at,
                    document,
                )
            )
            search.append((rowid, document))
            for position, e in enumerate(c.emails):
                emails.append((rowid, position, e.value, e.label, stored_email_key(e.value)))
            for position, p in enumerate(c.phones):
                phones.append((rowid, position, p.value, p.e164, p.label))
            for position, a in enumerate(c.addresses):
                addresses.append(
                    (rowid, position, a.label, a.street, a.city, a.region, a.postal_code, a.country)
                )
            if c.tags:
                tags.extend((rowid, t, i) for i, t in enumerate(dict.fromkeys(c.tags)))
            if c.custom_fields:
                custom.extend((rowid, k, v) for k, v in c.custom_fields.items())
        try:
            self._db.executemany(
                "INSERT INTO contacts (rowid, id, given_name, family_name, display_name,"
                " organization, title, notes, birthday, sort_key, extra, clocks, created_at,"
                " updated_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        except IntegrityError as exc:
            raise InputError(DUPLICATE_ID, id=_first_existing(self._db, list(contacts))) from exc
        for table, values in (
            (_EMAIL_TABLE, emails),
            (_PHONE_TABLE, phones),
            (_ADDRESS_TABLE, addresses),
            (_TAG_TABLE, tags),
            (_CUSTOM_TABLE, custom),
        ):
            if values:
                marks = ",".join("?" * len(values[0]))
                self._db.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        self._db.executemany("INSERT INTO contact_search (rowid, document) VALUES (?, ?)", search)
        self._db.executemany(
            "DELETE FROM tombstones WHERE entity = ? AND entity_id = ?",
            ((ENTITY, c.id) for c in contacts),
        )
        return extras

    def _unindex(self, rowid: int) -> None:
        """Remove a contact from the search index (secure-delete purges its words at once);
        call before its row or search text changes."""
        self._db.execute(
            "INSERT INTO contact_search (contact_search, rowid, document)"
            " SELECT 'delete', rowid, search_text FROM contacts WHERE rowid = ?",
            (rowid,),
        )

    def _rewrite(self, rowid: int, updated: Contact, field_stamps: dict[str, str]) -> None:
        """Save every column of an existing contact, rewrite the children of the fields in
        `field_stamps`, move those fields' clocks to their stamps and reindex it."""
        clocks = json.loads(
            self._db.scalar("SELECT clocks FROM contacts WHERE rowid = ?", (rowid,))
        )
        clocks.update(field_stamps)
        updated.updated_at = now_iso()
        document = contact_document(updated)
        self._unindex(rowid)
        self._db.execute(
            "UPDATE contacts SET given_name = ?, family_name = ?, display_name = ?,"
            " organization = ?, title = ?, notes = ?, birthday = ?, sort_key = ?, extra = ?,"
            " clocks = ?, updated_at = ?, search_text = ? WHERE rowid = ?",
            (
                updated.given_name,
                updated.family_name,
                updated.display_name,
                updated.organization,
                updated.title,
                updated.notes,
                updated.birthday,
                sort_key(updated),
                _dumps(externalize(self._db, updated.extra)),
                _dumps(clocks),
                updated.updated_at,
                " " + document,
                rowid,
            ),
        )
        self._write_children([(rowid, updated)], tuple(field_stamps), replace=True)
        self._db.execute(
            "INSERT INTO contact_search (rowid, document) VALUES (?, ?)", (rowid, " " + document)
        )

    def _search_source(self, search: str | None) -> tuple[str, list[Any], bool] | None:
        """FROM/WHERE text and parameters for a search, and whether the sort index may drive
        the query; None when nothing can match.

        A sparse query starts from the FTS index and sorts its matches. A dense one (a letter
        or two matching many thousands) walks the sort order testing the stored search text,
        which finds the first page without sorting every match."""
        if not search or not search.strip():
            return "FROM contacts c", [], True
        expression = match_expression(search)
        if expression is None:
            return None
        matches = self._db.scalar(
            "SELECT count(*) FROM (SELECT rowid FROM contact_search WHERE contact_search MATCH ?"
            " LIMIT ?)",
            (expression, DENSE_MATCHES + 1),
        )
        if matches > DENSE_MATCHES:
            patterns = like_patterns(search)
            tests = " AND ".join(["c.search_text LIKE ? ESCAPE '\\'"] * len(patterns))
            return f"FROM contacts c WHERE {tests}", patterns, True
        return (
            "FROM contact_search s JOIN contacts c {by_rowid} ON c.rowid = s.rowid"
            " WHERE contact_search MATCH ?",
            [expression],
            False,
        )

    def _load(self, contact_id: str) -> tuple[int, Contact]:
        row = self._db.one(
            "SELECT rowid, id, given_name, family_name, display_name, organization, title, notes,"
            " birthday, extra, created_at, updated_at FROM contacts WHERE id = ?",
            (contact_id,),
        )
        if row is None:
            raise NotFoundError(entity=ENTITY_LABEL, id=contact_id)
        contacts = {row[0]: _contact_from_row(row)}
        self._attach_children(contacts)
        return row[0], contacts[row[0]]

    def _attach_children(self, contacts: dict[int, Contact]) -> None:
        if not contacts:
            return
        resolve_many(self._db, (c.extra for c in contacts.values() if c.extra))
        marks = ",".join("?" * len(contacts))
        keys = list(contacts)
        for rowid, value, label in self._db.all(
            f"SELECT contact_rowid, value, label FROM contact_emails WHERE contact_rowid IN ({marks})"
            " ORDER BY contact_rowid, position",
            keys,
        ):
            contacts[rowid].emails.append(EmailAddress(value, label))
        for rowid, value, e164, label in self._db.all(
            "SELECT contact_rowid, value, e164, label FROM contact_phones"
            f" WHERE contact_rowid IN ({marks}) ORDER BY contact_rowid, position",
            keys,
        ):
            contacts[rowid].phones.append(PhoneNumber(value, e164, label))
        for row in self._db.all(
            "SELECT contact_rowid, label, street, city, region, postal_code, country FROM"
            f" contact_addresses WHERE contact_rowid IN ({marks}) ORDER BY contact_rowid, position",
            keys,
        ):
            contacts[row[0]].addresses.append(PostalAddress(*row[1:]))
        for rowid, tag in self._db.all(
            f"SELECT contact_rowid, tag FROM contact_tags WHERE contact_rowid IN ({marks})"
            " ORDER BY contact_rowid, position",
            keys,
        ):
            contacts[rowid].tags.append(tag)
        for rowid, key, value in self._db.all(
            "SELECT contact_rowid, key, value FROM contact_custom_fields"
            f" WHERE contact_rowid IN ({marks}) ORDER BY contact_rowid, key",
            keys,
        ):
            contacts[rowid].custom_fields[key] = value

    def _write_children(
        self, items: list[tuple[int, Contact]], fields: Iterable[str], *, replace: bool = False
    ) -> None:
        """Write the child rows of the list fields in `fields` (after deleting old ones)."""
        wanted = set(fields)
        for field, table, rows in (
            (
                "emails",
                _EMAIL_TABLE,
                lambda r, c: [
                    (r, i, e.value, e.label, stored_email_key(e.value))
                    for i, e in enumerate(c.emails)
                ],
            ),
            (
                "phones",
                _PHONE_TABLE,
                lambda r, c: [(r, i, p.value, p.e164, p.label) for i, p in enumerate(c.phones)],
            ),
            (
                "addresses",
                _ADDRESS_TABLE,
                lambda r, c: [
                    (r, i, a.label, a.street, a.city, a.region, a.postal_code, a.country)
                    for i, a in enumerate(c.addresses)
                ],
            ),
            (
                "tags",
                _TAG_TABLE,
                lambda r, c: [(r, t, i) for i, t in enumerate(dict.fromkeys(c.tags))],
            ),
            (
                "custom_fields",
                _CUSTOM_TABLE,
                lambda r, c: [(r, k, v) for k, v in c.custom_fields.items()],
            ),
        ):
            if field not in wanted:
                continue
            table_name = table.split(" ", 1)[0]
            if replace:
                self._db.executemany(
                    f"DELETE FROM {table_name} WHERE contact_rowid = ?", ((r,) for r, _ in items)
                )
            values = [row for rowid, contact in items for row in rows(rowid, contact)]
            if values:
                marks = ",".join("?" * len(values[0]))
                self._db.executemany(f"INSERT INTO {table} VALUES ({marks})", values)


_EMAIL_TABLE = "contact_emails (contact_rowid, position, value, label, match_key)"
_PHONE_TABLE = "contact_phones (contact_rowid, position, value, e164, label)"
_ADDRESS_TABLE = (
    "contact_addresses (contact_rowid, position, label, street, city, region, postal_code, country)"
)
_TAG_TABLE = "contact_tags (contact_rowid, tag, position)"
_CUSTOM_TABLE = "contact_custom_fields (contact_rowid, key, value)"

#: One encoder for every write: json.dumps with options builds a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def stored_email_key(value: str) -> str:
    """The match key of an address already normalised by validation on its way in: equal to
    `email_match_key(value)` for such values, without validating it a second time."""
    return value.strip().casefold()


def _contact_from_row(row: tuple[Any, ...]) -> Contact:
    return Contact(
        id=row[1],
        given_name=row[2],
        family_name=row[3],
        display_name=row[4],
        organization=row[5],
        title=row[6],
        notes=row[7],
        birthday=row[8],
        extra=json.loads(row[9]),
        created_at=row[10],
        updated_at=row[11],
    )


def _creation_payload(c: Contact, extra: dict[str, Any]) -> dict[str, Any]:
    """The change-log fields of a new contact: every field that holds something, in the
    JSON form and order of `Contact.field_values` (built directly: bulk inserts call this
    for every contact), `extra` as stored (a photo by its hash)."""
    payload: dict[str, Any] = {}
    for name, value in (
        ("given_name", c.given_name),
        ("family_name", c.family_name),
        ("display_name", c.display_name),
        ("organization", c.organization),
        ("title", c.title),
    ):
        if value:
            payload[name] = value
    if c.emails:
        payload["emails"] = [{"value": e.value, "label": e.label} for e in c.emails]
    if c.phones:
        payload["phones"] = [{"value": p.value, "e164": p.e164, "label": p.label} for p in c.phones]
    if c.addresses:
        payload["addresses"] = [a.to_json() for a in c.addresses]
    if c.tags:
        payload["tags"] = list(c.tags)
    if c.notes:
        payload["notes"] = c.notes
    if c.birthday:
        payload["birthday"] = c.birthday
    if c.custom_fields:
        payload["custom_fields"] = dict(c.custom_fields)
    if extra:
        payload["extra"] = c.field_values()["extra"] if extra is c.extra else extra
    return payload


_PLAIN_STAMP = re.compile(r"[0-9A-Za-z-]+")


def _creation_clock(stamp: str) -> str:
    """The `clocks` JSON of a new contact, written directly for ordinary HLC stamps (the hot
    path of bulk inserts) and through json for anything else, such as a stamp from a server."""
    if _PLAIN_STAMP.fullmatch(stamp):
        return f'{{"*":"{stamp}"}}'
    return _dumps({"*": stamp})


def _dumps(value: Any) -> str:
    return _encode(value)


def _first_existing(database: Database, contacts: list[Contact]) -> str:
    for contact in contacts:
        if database.one("SELECT 1 FROM contacts WHERE id = ?", (contact.id,)):
            return contact.id
    return contacts[0].id if contacts else ""
