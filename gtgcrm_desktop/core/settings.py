"""Every setting of the app, declared once with its type, default and where it is kept."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

T = TypeVar("T")
Scope = Literal["machine", "workspace"]


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """A named, typed setting. "machine" settings are non-personal and kept in a plain JSON file
    beside the workspace (they are needed before unlock); "workspace" ones inside the database."""

    key: str
    default: T
    scope: Scope
    choices: tuple[T, ...] = ()

    def coerce(self, value: Any) -> T:
        """`value` as this setting's type, or the default when it does not fit."""
        kind = type(self.default)
        try:
            converted = value if isinstance(value, kind) else kind(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default
        if self.choices and converted not in self.choices:
            return self.default
        return converted


LANGUAGE: Setting[str] = Setting("ui.language", "ar", "machine", ("ar", "en"))
#: Lock the window after this many minutes without input (0: never).
LOCK_AFTER_MINUTES: Setting[int] = Setting("security.lock_after_minutes", 10, "machine")
#: After a lock, may the OS keychain unlock again without the passphrase?
KEYCHAIN_UNLOCKS_AFTER_LOCK: Setting[bool] = Setting(
    "security.keychain_unlocks_after_lock", False, "machine"
)
WINDOW_GEOMETRY: Setting[str] = Setting("ui.window_geometry", "", "machine")
LAST_SCREEN: Setting[str] = Setting(
    "ui.last_screen", "contacts", "machine", ("contacts", "templates", "privacy", "sync")
)
SYNC_CA_FILE: Setting[str] = Setting("sync.ca_file", "", "machine")
#: How dates are shown (storage and exports stay Gregorian ISO): Gregorian or Umm al-Qura.
CALENDAR: Setting[str] = Setting("ui.calendar", "gregorian", "machine", ("gregorian", "hijri"))
#: Digits in dates and times: 0-9, or Arabic-Indic (٠-٩).
DIGITS: Setting[str] = Setting("ui.digits", "latin", "machine", ("latin", "arabic"))

DEFAULT_REGION: Setting[str] = Setting("contacts.default_region", "SA", "workspace")
RETENTION_MONTHS: Setting[int] = Setting("privacy.retention_months", 24, "workspace")
RETENTION_ACTION: Setting[str] = Setting(
    "privacy.retention_action", "review", "workspace", ("review", "delete", "anonymise")
)
SYNC_SERVER_URL: Setting[str] = Setting("sync.server_url", "", "workspace")
SYNC_INTERVAL_MINUTES: Setting[int] = Setting("sync.interval_minutes", 15, "workspace")

#: Backups (machine scope: needed before unlock, to list and restore): "" = <data dir>/backups.
BACKUP_FOLDER: Setting[str] = Setting("backups.folder", "", "machine")
#: Hours between automatic backups while the app is open (0 = off, also at close).
BACKUP_EVERY_HOURS: Setting[int] = Setting("backups.every_hours", 4, "machine")
BACKUP_KEEP_DAILY: Setting[int] = Setting("backups.keep_daily", 7, "machine")
BACKUP_KEEP_WEEKLY: Setting[int] = Setting("backups.keep_weekly", 4, "machine")
BACKUP_KEEP_MONTHLY: Setting[int] = Setting("backups.keep_monthly", 12, "machine")
#: The last automatic backup's failure (a translated message), "" after a success; app state,
#: so not in ALL_SETTINGS.
BACKUP_LAST_FAILURE: Setting[str] = Setting("backups.last_failure", "", "machine")

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    LOCK_AFTER_MINUTES,
    KEYCHAIN_UNLOCKS_AFTER_LOCK,
    WINDOW_GEOMETRY,
    LAST_SCREEN,
    SYNC_CA_FILE,
    CALENDAR,
    DIGITS,
    DEFAULT_REGION,
    RETENTION_MONTHS,
    RETENTION_ACTION,
    SYNC_SERVER_URL,
    SYNC_INTERVAL_MINUTES,
    BACKUP_FOLDER,
    BACKUP_EVERY_HOURS,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_WEEKLY,
    BACKUP_KEEP_MONTHLY,
)


class MachineSettings:
    """The machine-scope settings file (JSON, no personal data), written atomically."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, setting: Setting[T]) -> T:
        if setting.scope != "machine":
            raise ValueError(f"{setting.key} is not a machine setting")
        data = self._read()
        return setting.coerce(data[setting.key]) if setting.key in data else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if setting.scope != "machine":
            raise ValueError(f"{setting.key} is not a machine setting")
        data = self._read()
        data[setting.key] = setting.coerce(value)
        self._path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self._path.with_name(self._path.name + ".tmp")
        temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self._path)
