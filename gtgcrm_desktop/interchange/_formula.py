"""Spreadsheet formula guard for CSV cells: the escape our CSV writer applies, and its inverse.

The rule: a cell is *formula-like* when it starts with `=`, `@`, a tab or a carriage return,
or with `+` or `-` unless the whole cell is phone-like (one sign, then only digits, spaces
and `( ) . - /`, as in `+966 50 123 4567` or `-2-3`). A phone-like cell holds no function
name, so at worst a spreadsheet does arithmetic with it; it is written unchanged.

The writer puts one `'` before a formula-like cell, and before a cell made of apostrophes
followed by a formula-like text, so a value that really starts with `'=` keeps its
apostrophe. The reader takes one leading `'` away exactly when the rest is a cell the writer
would have guarded; anything else is read as it stands. Reading what the writer wrote
therefore always gives back the original value.
"""

from __future__ import annotations

import re

_ALWAYS = frozenset("=@\t\r")
_SIGNS = frozenset("+-")
_FIRST = _ALWAYS | _SIGNS | {"'"}
_PHONE_LIKE = re.compile(r"[+\-][\d ().\-/]*")


def _formula_like(text: str) -> bool:
    first = text[:1]
    if first in _ALWAYS:
        return True
    return first in _SIGNS and _PHONE_LIKE.fullmatch(text) is None


def guarded(value: str) -> bool:
    """Whether the writer puts a `'` before `value`."""
    return _formula_like(value.lstrip("'"))


def escape_cell(value: str) -> str:
    """`value` as written to a CSV cell a spreadsheet will not run as a formula."""
    if value[:1] in _FIRST and guarded(value):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """A CSV cell read back: the writer's `'` taken away, nothing else touched."""
    if value[:1] == "'" and guarded(value[1:]):
        return value[1:]
    return value
