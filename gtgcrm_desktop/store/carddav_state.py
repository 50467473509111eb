"""CardDAV pairing state: the account's key/values and, per contact, its href, UID, ETag, bases."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.photos import externalize_fields, resolve_fields

COLLECTION_KEY = "collection_url"
SYNC_TOKEN_KEY = "sync_token"
LOCAL_MARK_KEY = "local_seq"
LAST_RUN_KEY = "last_run"
#: The vCard version new cards are written in (the best the address book advertises).
CARD_VERSION_KEY = "card_version"

_ITEM_COLUMNS = "contact_id, href, uid, etag, remote_base, local_base, synced_at, version"

#: The remote base an erased contact's pairing keeps: no personal data, and the mark that tells
#: the next CardDAV sync (or `carddav remove`) to delete the card on the server, then the pairing.
ERASED_CARD_BASE: dict[str, Any] = {"erased": True}
_ERASED_CARD_JSON = json.dumps(ERASED_CARD_BASE, separators=(",", ":"), sort_keys=True)


@dataclass(slots=True)
class CardItem:
    """One local contact paired with one card of the address book."""

    contact_id: str
    href: str
    uid: str
    etag: str
    remote_base: dict[str, Any] = field(default_factory=dict)
    local_base: dict[str, Any] = field(default_factory=dict)
    synced_at: str = ""
    #: The vCard version of the card as last read or written ("" when not known).
    version: str = ""


def _item(row: tuple[Any, ...], database: Database) -> CardItem:
    """A pairing as stored, its bases' photos back as data (stored once, by hash)."""
    remote, local = json.loads(row[4]), json.loads(row[5])
    return CardItem(
        row[0],
        row[1],
        row[2],
        row[3],
        resolve_fields(database, remote),
        resolve_fields(database, local),
        row[6],
        row[7],
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def mark_card_erased(database: Database, contact_id: str) -> bool:
    """Blank what the contact's pairing keeps of it (both merge bases, the UID) and mark it for
    deletion on the server; True when there was a pairing. Called by erasure, inside its
    transaction; the pairing itself stays, or the next pull would bring the card back."""
    cursor = database.execute(
        "UPDATE carddav_items SET remote_base = ?, local_base = '{}', uid = ''"
        " WHERE contact_id = ?",
        (_ERASED_CARD_JSON, contact_id),
    )
    return bool(cursor.rowcount)


def is_erased_card(remote_base: Mapping[str, Any]) -> bool:
    """True for the remote base of a pairing marked by `mark_card_erased`."""
    return dict(remote_base) == ERASED_CARD_BASE


class CardDavState:
    """The only code that reads or writes the carddav tables."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- account key/values ---------------------------------------------------------------

    def get(self, key: str) -> str | None:
        value = self._db.scalar("SELECT value FROM carddav_state WHERE key = ?", (key,))
        return None if value is None else str(value)

    def put(self, key: str, value: str | None) -> None:
        if value is None:
            self._db.execute("DELETE FROM carddav_state WHERE key = ?", (key,))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO carddav_state (key, value) VALUES (?, ?)", (key, value)
            )

    @property
    def collection_url(self) -> str | None:
        return self.get(COLLECTION_KEY)

    @property
    def card_version(self) -> str:
        """The vCard version for new cards: the address book's best, else 3.0."""
        return self.get(CARD_VERSION_KEY) or "3.0"

    @property
    def sync_token(self) -> str | None:
        return self.get(SYNC_TOKEN_KEY)

    @property
    def local_mark(self) -> int:
        """The change-log seq up to which local edits were looked at."""
        return int(self.get(LOCAL_MARK_KEY) or 0)

    def forget_all(self) -> None:
        """Drop the account state and every pairing (local contacts are left alone)."""
        with self._db.transaction():
            self._db.execute("DELETE FROM carddav_state")
            self._db.execute("DELETE FROM carddav_items")

    # -- pairings -------------------------------------------------------------------------

    def by_href(self, hrefs: Sequence[str]) -> dict[str, CardItem]:
        found: dict[str, CardItem] = {}
        for start in range(0, len(hrefs), 500):
            chunk = list(hrefs[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._db.all(
                f"SELECT {_ITEM_COLUMNS} FROM carddav_items WHERE href IN ({marks})", chunk
            ):
                found[row[1]] = _item(row, self._db)
        return found

    def by_contact(self, contact_id: str) -> CardItem | None:
        row = self._db.one(
            f"SELECT {_ITEM_COLUMNS} FROM carddav_items WHERE contact_id = ?", (contact_id,)
        )
        return None if row is None else _item(row, self._db)

    def etags(self) -> dict[str, str]:
        """href -> ETag of every paired card."""
        return {r[0]: r[1] for r in self._db.all("SELECT href, etag FROM carddav_items")}

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM carddav_items"))

    def save(self, item: CardItem) -> None:
        item.synced_at = now_iso()
        self._db.execute(
            f"INSERT OR REPLACE INTO carddav_items ({_ITEM_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.contact_id,
                item.href,
                item.uid,
                item.etag,
                _dumps(externalize_fields(self._db, item.remote_base)),
                _dumps(externalize_fields(self._db, item.local_base)),
                item.synced_at,
                item.version,
            ),
        )

    def move_pairing(self, from_id: str, to_id: str) -> None:
        """Give the card of `from_id` to `to_id` (merged into it) when `to_id` has none."""
        if self.by_contact(to_id) is None:
            self._db.execute(
                "UPDATE carddav_items SET contact_id = ? WHERE contact_id = ?", (to_id, from_id)
            )

    def drop(self, contact_id: str) -> None:
        self._db.execute("DELETE FROM carddav_items WHERE contact_id = ?", (contact_id,))

    # -- what to push ---------------------------------------------------------------------

    def unpaired_contacts(self) -> list[str]:
        """Local contacts with no card yet."""
        rows = self._db.all(
            "SELECT c.id FROM contacts c LEFT JOIN carddav_items i ON i.contact_id = c.id"
            " WHERE i.contact_id IS NULL ORDER BY c.rowid"
        )
        return [r[0] for r in rows]

    def deleted_locally(self) -> list[CardItem]:
        """Pairings whose local contact is gone."""
        rows = self._db.all(
            f"SELECT {', '.join('i.' + c for c in _ITEM_COLUMNS.split(', '))} FROM carddav_items i"
            " LEFT JOIN contacts c ON c.id = i.contact_id WHERE c.id IS NULL"
        )
        return [_item(r, self._db) for r in rows]

    def touched_since(self, mark: int) -> tuple[list[CardItem], int]:
        """Pairings of contacts with change-log entries after `mark`, and the newest seq seen."""
        top = int(self._db.scalar("SELECT coalesce(max(seq), 0) FROM change_log"))
        rows = self._db.all(
            f"SELECT {', '.join('i.' + c for c in _ITEM_COLUMNS.split(', '))} FROM carddav_items i"
            " WHERE i.contact_id IN (SELECT entity_id FROM change_log WHERE entity = 'contact'"
            " AND seq > ? AND seq <= ?)",
            (mark, top),
        )
        return [_item(r, self._db) for r in rows], top

    def erased_contacts(self) -> list[str]:
        """Contact ids of pairings whose card still has to be deleted on the server."""
        rows = self._db.all(
            "SELECT contact_id FROM carddav_items WHERE remote_base = ? ORDER BY contact_id",
            (_ERASED_CARD_JSON,),
        )
        return [r[0] for r in rows]

    def hrefs(self) -> Iterable[str]:
        return [r[0] for r in self._db.all("SELECT href FROM carddav_items")]


__all__ = [
    "CARD_VERSION_KEY",
    "ERASED_CARD_BASE",
    "CardDavState",
    "CardItem",
    "is_erased_card",
    "mark_card_erased",
]
