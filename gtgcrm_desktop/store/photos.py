"""Contact photos stored once: content-addressed bytes that stored JSON refers to by hash.

A contact's photo travels as `extra["photo"] = {"media_type": ..., "data": <base64>}` (the
vCard and JSON shape). In the database it is kept as `{"media_type": ..., "sha256": <hex>}`,
its decoded bytes once in `photos` (migration 0010), whichever contacts, change-log entries
or import before-images refer to it. Writers `externalize`, readers `resolve`."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable
from typing import Any

from gtgcrm_desktop.store.database import Database

PHOTO_KEY = "photo"
DATA_KEY = "data"
REF_KEY = "sha256"

_REF = re.compile(r'"sha256":"([0-9a-f]{64})"')

#: Where stored JSON may refer to a photo: (table, column). `forget_unreferenced` looks in
#: each that exists before it deletes a photo.
REFERRERS: tuple[tuple[str, str], ...] = (
    ("contacts", "extra"),
    ("change_log", "fields"),
    ("import_items", "before"),
    ("contact_merges", "kept_before"),
    ("contact_merges", "removed"),
    ("sync_conflicts", "local_value"),
    ("sync_conflicts", "remote_value"),
    ("sync_inbox", "change"),
    ("carddav_items", "remote_base"),
    ("carddav_items", "local_base"),
)


#: Where an import keeps a rival value of an `extra` key (a second photo among them).
MERGED_KEY = "merged_values"


def _decoded(photo: dict[str, Any]) -> bytes | None:
    data = photo.get(DATA_KEY)
    if not isinstance(data, str) or not data:
        return None
    try:
        return base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        return None  # kept inline as written: a bad value is never dropped


def _holders(extra: dict[str, Any]) -> list[dict[str, Any]]:
    """The dicts of `extra` that hold a photo: itself, and rival values kept by an import."""
    found = [extra] if isinstance(extra.get(PHOTO_KEY), dict) else []
    merged = extra.get(MERGED_KEY)
    if isinstance(merged, list):
        found += [m for m in merged if isinstance(m, dict) and isinstance(m.get(PHOTO_KEY), dict)]
    return found


def _rebuilt(extra: dict[str, Any], photo_of: Any) -> dict[str, Any]:
    """A copy of `extra` whose photos are `photo_of(photo)` (None: left out); `extra` itself
    when no photo changes."""
    holders = _holders(extra)
    new = {id(h): photo_of(h[PHOTO_KEY]) for h in holders}
    if all(new[id(h)] is h[PHOTO_KEY] for h in holders):
        return extra

    def with_photo(holder: dict[str, Any]) -> dict[str, Any]:
        rest = {k: v for k, v in holder.items() if k != PHOTO_KEY}
        photo = new.get(id(holder), holder.get(PHOTO_KEY))
        return rest if photo is None else {**rest, PHOTO_KEY: photo}

    result = with_photo(extra) if any(extra is h for h in holders) else dict(extra)
    merged = extra.get(MERGED_KEY)
    if isinstance(merged, list):
        result[MERGED_KEY] = [with_photo(m) if any(m is h for h in holders) else m for m in merged]
    return result


def photo_refs(extra: dict[str, Any] | None) -> set[str]:
    """The hashes `extra`'s photos are (or would be) stored under."""
    found: set[str] = set()
    for holder in _holders(extra or {}):
        photo = holder[PHOTO_KEY]
        if isinstance(photo.get(REF_KEY), str):
            found.add(str(photo[REF_KEY]))
        elif (decoded := _decoded(photo)) is not None:
            found.add(hashlib.sha256(decoded).hexdigest())
    return found


def referenced(text: str) -> set[str]:
    """The photo hashes stored JSON `text` refers to."""
    return set(_REF.findall(text)) if REF_KEY in text else set()


def externalize(database: Database | None, extra: dict[str, Any]) -> dict[str, Any]:
    """`extra` with its photos' bytes stored in `photos` and replaced by their hash (without
    `database`, only replaced: a form to compare); `extra` itself when it holds no photo data."""

    def stored(photo: dict[str, Any]) -> dict[str, Any]:
        decoded = _decoded(photo) if DATA_KEY in photo else None
        if decoded is None:
            return photo
        digest = hashlib.sha256(decoded).hexdigest()
        if database is not None:
            database.execute(
                "INSERT OR IGNORE INTO photos (sha256, data) VALUES (?, ?)", (digest, decoded)
            )
        kept = {k: v for k, v in photo.items() if k != DATA_KEY}
        kept[REF_KEY] = digest
        return kept

    if not _holders(extra):
        return extra
    return _rebuilt(extra, stored)


def externalize_fields(database: Database | None, fields: dict[str, Any]) -> dict[str, Any]:
    """Change-log or contact JSON `fields` with the photos in its `extra` stored by hash."""
    extra = fields.get("extra")
    if not isinstance(extra, dict):
        return fields
    stored = externalize(database, extra)
    return fields if stored is extra else {**fields, "extra": stored}


def _refs(extra: dict[str, Any]) -> list[str]:
    return [
        str(h[PHOTO_KEY][REF_KEY])
        for h in _holders(extra)
        if isinstance(h[PHOTO_KEY].get(REF_KEY), str)
    ]


def _resolved(extra: dict[str, Any], found: dict[str, bytes]) -> dict[str, Any]:
    """`extra` with referred photos back as base64 data; one whose bytes are gone left out."""

    def shown(photo: dict[str, Any]) -> dict[str, Any] | None:
        if not isinstance(photo.get(REF_KEY), str):
            return photo
        data = found.get(str(photo[REF_KEY]))
        if data is None:
            return None
        kept = {k: v for k, v in photo.items() if k != REF_KEY}
        kept[DATA_KEY] = base64.b64encode(data).decode("ascii")
        return kept

    return _rebuilt(extra, shown)


def resolve(database: Database, extra: dict[str, Any]) -> dict[str, Any]:
    """`extra` with its stored photos' bytes back as base64 `data` (a photo whose bytes are
    gone, erased, is left out); `extra` itself when it refers to no photo."""
    refs = _refs(extra)
    return _resolved(extra, load(database, refs)) if refs else extra


def resolve_many(database: Database, extras: Iterable[dict[str, Any]]) -> None:
    """`resolve` each of `extras` in place, with one query for all their photos."""
    wanted = [(e, refs) for e in extras if (refs := _refs(e))]
    if not wanted:
        return
    found = load(database, {r for _, refs in wanted for r in refs})
    for extra, _ in wanted:
        resolved = _resolved(extra, found)
        extra.clear()
        extra.update(resolved)


def resolve_fields(database: Database, fields: dict[str, Any]) -> dict[str, Any]:
    """Change-log `fields` with the photos in its `extra` back as base64 data."""
    extra = fields.get("extra")
    if not isinstance(extra, dict):
        return fields
    resolved = resolve(database, extra)
    return fields if resolved is extra else {**fields, "extra": resolved}


def load(database: Database, hashes: Iterable[str]) -> dict[str, bytes]:
    """hash -> bytes of the stored photos among `hashes`."""
    wanted = list(dict.fromkeys(hashes))
    found: dict[str, bytes] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for digest, data in database.all(
            f"SELECT sha256, data FROM photos WHERE sha256 IN ({marks})", chunk
        ):
            found[digest] = bytes(data)
    return found


def forget_unreferenced(database: Database, hashes: Iterable[str]) -> int:
    """Delete those of `hashes` that no stored JSON refers to any more (after an erasure);
    returns how many photos went. Secure-delete overwrites their pages."""
    candidates = [h for h in dict.fromkeys(hashes) if h]
    if not candidates:
        return 0
    present = {r[0] for r in database.all("SELECT name FROM sqlite_master WHERE type = 'table'")}
    holders = [(t, c) for t, c in REFERRERS if t in present]
    if len(candidates) <= _ONE_BY_ONE:
        # A few photos (one erasure): a search for each hash in each table.
        kept = {
            digest
            for digest in candidates
            for table, column in holders
            if database.one(
                f"SELECT 1 FROM {table} WHERE instr({column}, ?) > 0 LIMIT 1", (digest,)
            )
        }
    else:
        # A batch (retention): one pass over each table, collecting every hash referred to.
        kept = set()
        for table, column in holders:
            for (text,) in database.all(
                f'SELECT {column} FROM {table} WHERE instr({column}, \'"{REF_KEY}":"\') > 0'
            ):
                kept |= referenced(text)
    return sum(
        int(database.execute("DELETE FROM photos WHERE sha256 = ?", (digest,)).rowcount)
        for digest in candidates
        if digest not in kept
    )


#: Up to this many candidates, `forget_unreferenced` searches for each hash on its own.
_ONE_BY_ONE = 8
