"""The Jinja2 sandbox templates run in: immutable, strict about unknown fields, on a budget."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import StrictUndefined, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing

from gtgcrm_desktop.templates.values import Namespace

#: Filename Jinja gives templates made from strings; their traceback frames carry it.
TEMPLATE_FILENAME = "<template>"

MAX_STEPS = 200_000  # calls plus range items per render
MAX_SECONDS = 2.0  # wall time per render
MAX_OUTPUT = 2_000_000  # characters per rendered part
MAX_REPEAT = 100_000  # longest string or list a `*` may build
MAX_EXPONENT = 1_000
SAFE_GLOBALS = ("range", "dict", "namespace", "cycler", "joiner")


class BudgetExceeded(SecurityError):
    """A render used more steps, time or output than a template ever needs."""


class MissingFieldError(UndefinedError):
    """A template read a name or attribute that does not exist; the message is its path."""


@dataclass(slots=True)
class Budget:
    """What one render may still spend."""

    steps: int = MAX_STEPS
    deadline: float = 0.0

    def spend(self, steps: int) -> None:
        self.steps -= steps
        if self.steps < 0 or time.monotonic() > self.deadline:
            raise BudgetExceeded("budget exceeded")


_budget: ContextVar[Budget | None] = ContextVar("template_budget", default=None)


@contextmanager
def budget() -> Iterator[Budget]:
    """A fresh budget for the renders inside the `with` block."""
    current = Budget(deadline=time.monotonic() + MAX_SECONDS)
    token = _budget.set(current)
    try:
        yield current
    finally:
        _budget.reset(token)


def field_path(obj: Any, name: str | None) -> str:
    """The dotted path of a missing field, e.g. `contact.nickname`."""
    if obj is missing:
        return name or "?"
    if isinstance(obj, Namespace):
        return f"{obj._expression()}.{name}"
    return str(name)


class MergeUndefined(StrictUndefined):
    """Fails on any use, reporting the missing field's path (the line comes from the frame)."""

    __slots__ = ()

    def __init__(
        self,
        hint: str | None = None,
        obj: Any = missing,
        name: str | None = None,
        exc: type[Exception] = MissingFieldError,
    ) -> None:
        super().__init__(hint, obj, name, exc)  # type: ignore[arg-type]

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        return field_path(self._undefined_obj, self._undefined_name)


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, counting every call and bounding `*` and `**`."""

    intercepted_binops = frozenset({"*", "**"})

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        current = _budget.get()
        if current is not None:
            current.spend(1)
        result = super().call(__context, __obj, *args, **kwargs)
        if current is not None and isinstance(result, range):
            current.spend(len(result))
        return result

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise BudgetExceeded("exponent too large")
        if operator == "*":
            for sized, count in ((left, right), (right, left)):
                if (
                    isinstance(sized, str | list | tuple)
                    and isinstance(count, int)
                    and len(sized) * count > MAX_REPEAT
                ):
                    raise BudgetExceeded("repetition too large")
        return super().call_binop(context, operator, left, right)


@cache
def environment(html: bool) -> TemplateSandbox:
    """The sandbox for HTML (autoescaped) or for plain text (subject, text body)."""
    env = TemplateSandbox(
        autoescape=html,
        undefined=MergeUndefined,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=0,
    )
    # Only helpers a mail merge needs; lipsum() would make pages of filler text.
    env.globals = {name: env.globals[name] for name in SAFE_GLOBALS if name in env.globals}
    return env
