"""Workspace settings kept inside the encrypted database, typed by `core.settings`."""

from __future__ import annotations

import json
from typing import TypeVar

from gtgcrm_desktop.core.settings import Setting
from gtgcrm_desktop.store.database import Database

T = TypeVar("T")


class WorkspaceSettings:
    """Reads and writes settings whose scope is "workspace"."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, setting: Setting[T]) -> T:
        value = self._db.scalar("SELECT value FROM settings WHERE key = ?", (setting.key,))
        return setting.default if value is None else setting.coerce(json.loads(value))

    def set(self, setting: Setting[T], value: T) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (setting.key, json.dumps(setting.coerce(value), ensure_ascii=False)),
        )

    def raw(self, key: str) -> str | None:
        value = self._db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return None if value is None else str(json.loads(value))

    def set_raw(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value))
        )
