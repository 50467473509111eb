"""What one render may spend (steps, time, characters built) and how values are weighed."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.utils import Namespace as JinjaNamespace

from gtgcrm_desktop.templates.values import Namespace

MAX_STEPS = 200_000  # calls plus range items per render
MAX_SECONDS = 2.0  # wall time per render
MAX_OUTPUT = 5_000_000  # characters per rendered part, and the longest template source
MAX_VALUE = MAX_OUTPUT  # the heaviest value (see `weigh`) a template may build
MAX_BUILT = 4 * MAX_OUTPUT  # characters (weight) all built values of one render may add up to
MAX_REPEAT = 100_000  # longest string or list a `*` may build
MAX_EXPONENT = 1_000
MAX_INT_BITS = 100_000  # the largest integer a template may compute
MAX_FIELD_WIDTH = 10_000  # widths and precisions in `%` and `format` specifications
ITEM_WEIGHT = 8  # what a list, tuple or dict entry weighs beside its value


class BudgetExceeded(SecurityError):
    """A render used more steps, time, characters or output than a template ever needs."""


class RenderTimeout(BudgetExceeded):
    """Raised inside a render's thread when its time is up."""


@dataclass(slots=True)
class Budget:
    """What one render may still spend."""

    steps: int = MAX_STEPS
    deadline: float = field(default_factory=lambda: time.monotonic() + MAX_SECONDS)
    built: int = MAX_BUILT

    def spend(self, steps: int) -> None:
        self.steps -= steps
        if self.steps < 0 or time.monotonic() > self.deadline:
            raise BudgetExceeded("budget exceeded")

    def build(self, weight: int) -> None:
        self.built -= weight
        if self.built < 0 or time.monotonic() > self.deadline:
            raise BudgetExceeded("too much text built")


_budget: ContextVar[Budget | None] = ContextVar("template_budget", default=None)


def current_budget() -> Budget | None:
    """The budget of the render running in this thread, if any."""
    return _budget.get()


@contextmanager
def budget(current: Budget | None = None) -> Iterator[Budget]:
    """`current` (or a fresh budget) for the renders inside the `with` block."""
    current = current or Budget()
    token = _budget.set(current)
    try:
        yield current
    finally:
        _budget.reset(token)


def spend_steps(steps: int) -> None:
    """Count `steps` against the running render, if any."""
    current = _budget.get()
    if current is not None:
        current.spend(steps)


def allow(weight: int) -> None:
    """Refuse building a value of `weight`; count it against the running render's budget."""
    if weight > MAX_VALUE:
        raise BudgetExceeded("value too large")
    current = _budget.get()
    if current is not None:
        current.build(weight)


def weigh(value: Any, limit: int = MAX_VALUE) -> int:
    """About how many characters `value` takes as text (strings by length, containers by their
    items, shared items once per use); raises `BudgetExceeded` as soon as that passes `limit`,
    so weighing costs at most `limit` steps however deeply a value nests."""
    total = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str | bytes | bytearray):
            total += len(item)
        elif isinstance(item, int) and not isinstance(item, bool):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, list | tuple | set | frozenset | range | dict | Namespace):
            total += ITEM_WEIGHT * len(item)
            if total > limit:
                raise BudgetExceeded("value too large")
            if depth > 100:
                raise BudgetExceeded("value nested too deeply")
            if isinstance(item, range):
                continue
            children: Iterable[Any] = item
            if isinstance(item, dict):
                children = [*item.keys(), *item.values()]
            elif isinstance(item, Namespace):
                children = [item[key] for key in item]
            stack.extend((child, depth + 1) for child in children)
        elif isinstance(item, JinjaNamespace):
            attributes: Mapping[str, Any] = object.__getattribute__(item, "_Namespace__attrs")
            total += ITEM_WEIGHT * len(attributes)
            if depth <= 100:
                stack.extend((child, depth + 1) for child in attributes.values())
        else:
            total += 1
        if total > limit:
            raise BudgetExceeded("value too large")
    return total


def admit(value: Any) -> Any:
    """`value`, a new value a template built, once its weight is allowed."""
    allow(weigh(value))
    return value


def bounded_list(values: Iterable[Any]) -> list[Any]:
    """`values` as a list, refused as soon as its weight passes the limit (for generators)."""
    if isinstance(values, list):
        weigh(values)
        return values
    items: list[Any] = []
    total = 0
    for item in values:
        total += weigh(item, MAX_VALUE - total) + ITEM_WEIGHT
        if total > MAX_VALUE:
            raise BudgetExceeded("value too large")
        items.append(item)
    allow(total)
    return items


_PRINTF_RE = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)", re.DOTALL)


def printf_weight(template: str, arguments: Any) -> int:
    """An upper bound on the length of `template % arguments`; refuses `*` widths and widths
    or precisions no message needs."""
    largest = weigh(arguments) * 4 + 2
    total = len(template)
    for match in _PRINTF_RE.finditer(template):
        width, precision, _ = match.groups()
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_FIELD_WIDTH):
                raise BudgetExceeded("format width too large")
        total += max(int(width or 0), int(precision or 0)) + largest
        if total > MAX_VALUE:
            raise BudgetExceeded("value too large")
    return total


_SPEC_NUMBER_RE = re.compile(r"\d+")


def check_format_spec(spec: str) -> None:
    """Refuse a `format` specification whose width or precision no message needs."""
    for number in _SPEC_NUMBER_RE.findall(spec):
        if len(number) > 6 or int(number) > MAX_FIELD_WIDTH:
            raise BudgetExceeded("format width too large")
