"""Numbered schema migrations (`NNNN_name.sql`), applied in order, each in one transaction."""

from __future__ import annotations

import re
from importlib import resources
from typing import TYPE_CHECKING

from gtgcrm_desktop.core.errors import NewerSchemaError

if TYPE_CHECKING:
    from gtgcrm_desktop.store.database import Database

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, str]]:
    """(number, SQL) of every migration shipped, in order."""
    found: list[tuple[int, str]] = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _ in found]
    if len(set(numbers)) != len(numbers):
        raise RuntimeError(f"two migrations share a number: {numbers}")
    return found


def latest_version() -> int:
    return max((n for n, _ in available()), default=0)


def current_version(database: Database) -> int:
    return int(database.scalar("PRAGMA user_version"))


def check_not_newer(database: Database) -> int:
    """The schema version; NewerSchemaError (before any write) if this app is too old for it."""
    version = current_version(database)
    if version > latest_version():
        raise NewerSchemaError(found=version, known=latest_version())
    return version


def migrate(database: Database, target: int | None = None) -> int:
    """Apply pending migrations up to `target` (default: all); returns the new version."""
    version = check_not_newer(database)
    for number, script in available():
        if number <= version or (target is not None and number > target):
            continue
        with database.transaction():
            for statement in _statements(script):
                database.execute(statement)
            database.execute(f"PRAGMA user_version = {number}")
        version = number
    return version


def _statements(script: str) -> list[str]:
    """Split a migration into statements (our migrations keep one statement per `;` line end)."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--") and not current:
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            statement = "\n".join(current).strip()
            if statement.rstrip(";").strip():
                statements.append(statement)
            current = []
    if "\n".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements
