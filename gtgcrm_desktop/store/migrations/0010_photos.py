"""Store each contact photo once: decoded bytes in `photos`, keyed by their SHA-256, and the
contacts, change-log entries and import before-images that held it as base64 refer to it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gtgcrm_desktop.store.database import Database

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

#: (table, key column, JSON column, whether the photo is in the JSON's "extra")
_HOLDERS = (
    ("contacts", "rowid", "extra", False),
    ("change_log", "seq", "fields", True),
    ("import_items", "rowid", "before", True),
)


def upgrade(database: Database) -> None:
    database.execute("CREATE TABLE photos (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)")
    for table, key, column, nested in _HOLDERS:
        _move(database, table, key, column, nested)


def _move(database: Database, table: str, key: str, column: str, nested: bool) -> None:
    from gtgcrm_desktop.store.photos import externalize, externalize_fields

    last: Any = None
    while True:
        # import_items is WITHOUT ROWID: its key is (import_id, contact_id).
        key_sql = "import_id || ' ' || contact_id" if table == "import_items" else key
        after = "" if last is None else f" AND {key_sql} > ?"
        rows = database.all(
            f"SELECT {key_sql}, {column} FROM {table} WHERE instr({column}, '\"photo\"') > 0"
            f" AND instr({column}, '\"data\"') > 0{after} ORDER BY {key_sql} LIMIT 200",
            () if last is None else (last,),
        )
        if not rows:
            return
        for row_key, text in rows:
            last = row_key
            try:
                value = json.loads(text)
            except ValueError:
                continue
            if not isinstance(value, dict):
                continue
            stored = externalize_fields(database, value) if nested else externalize(database, value)
            if stored is not value:
                database.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {key_sql} = ?",
                    (_encode(stored), row_key),
                )
