"""What every reader yields: a contact read from one row or card, or why it could not be."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import Contact


@dataclass(frozen=True, slots=True)
class SourceRow:
    """Row or card number `line` (1-based line of the file where it starts); `warnings` are
    (line, problem) pairs of values that were odd but did not stop the row."""

    line: int
    contact: Contact | None = None
    error: InputError | None = None
    warnings: tuple[tuple[int, InputError], ...] = ()
    #: The line of a value, when it is not the row's (a card's properties have their own).
    value_lines: dict[str, int] | None = None


class ContactReader(Protocol):
    """A reader over an open text stream; yields rows as it parses them (it never loads all)."""

    def __call__(self, text: Iterator[str], file_name: str) -> Iterator[SourceRow]: ...
