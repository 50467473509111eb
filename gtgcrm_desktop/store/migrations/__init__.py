"""Numbered schema migrations, applied in order, each in one transaction.

A migration is `NNNN_name.sql` (statements) or `NNNN_name.py` (a module with
`upgrade(database)`, for steps that need Python, such as recomputing normalised text)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from gtgcrm_desktop.core.errors import NewerSchemaError

if TYPE_CHECKING:
    from gtgcrm_desktop.store.database import Database

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.(sql|py)$")

Step = Callable[["Database"], None]


def _sql_step(script: str) -> Step:
    def run(database: Database) -> None:
        for statement in _statements(script):
            database.execute(statement)

    return run


def available() -> list[tuple[int, Step]]:
    """(number, step) of every migration shipped, in order."""
    found: list[tuple[int, Step]] = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        if match.group(2) == "sql":
            step = _sql_step(entry.read_text(encoding="utf-8"))
        else:
            module = importlib.import_module(f"{__package__}.{entry.name[:-3]}")
            step = module.upgrade
        found.append((int(match.group(1)), step))
    found.sort(key=lambda item: item[0])
    numbers = [n for n, _ in found]
    if len(set(numbers)) != len(numbers):
        raise RuntimeError(f"two migrations share a number: {numbers}")
    return found


def latest_version() -> int:
    """The newest migration's number, from the file names alone (read at every open)."""
    numbers = (_NAME.match(entry.name) for entry in resources.files(__package__).iterdir())
    return max((int(match.group(1)) for match in numbers if match), default=0)


def current_version(database: Database) -> int:
    return int(database.scalar("PRAGMA user_version"))


def check_not_newer(database: Database) -> int:
    """The schema version; NewerSchemaError (before any write) if this app is too old for it."""
    version, latest = current_version(database), latest_version()
    if version > latest:
        raise NewerSchemaError(found=version, known=latest)
    return version


def migrate(database: Database, target: int | None = None) -> int:
    """Apply pending migrations up to `target` (default: all); returns the new version."""
    version = check_not_newer(database)
    if version == latest_version():  # the usual open: nothing to read or import
        return version
    for number, step in available():
        if number <= version or (target is not None and number > target):
            continue
        with database.transaction():
            step(database)
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
