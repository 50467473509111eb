"""The Jinja2 sandbox templates run in: immutable, strict about unknown fields, on a budget."""

from __future__ import annotations

import types
from collections.abc import Callable
from functools import cache, update_wrapper
from typing import Any

from jinja2 import StrictUndefined, UndefinedError, pass_eval_context
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from jinja2.utils import missing
from markupsafe import Markup

from gtgcrm_desktop.templates.bounded import (
    bounded_concat,
    bounded_filters,
    check_binop,
    check_call,
    finalize_output,
    join_values,
)
from gtgcrm_desktop.templates.codegen import BoundedCodeGenerator
from gtgcrm_desktop.templates.limits import (
    MAX_OUTPUT,
    MAX_SECONDS,
    BudgetExceeded,
    admit,
    allow,
    budget,
    check_format_spec,
    spend_steps,
    weigh,
)
from gtgcrm_desktop.templates.values import Namespace

__all__ = ["MAX_OUTPUT", "MAX_SECONDS", "BudgetExceeded", "budget", "environment"]

#: Filename Jinja gives templates made from strings; their traceback frames carry it.
TEMPLATE_FILENAME = "<template>"

SAFE_GLOBALS = ("range", "dict", "namespace", "cycler", "joiner")


class MissingFieldError(UndefinedError):
    """A template read a name or attribute that does not exist; the message is its path."""


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


class _BoundedFormatter(SandboxedFormatter):
    """`str.format` in the sandbox, refusing huge widths and counting each field it builds."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        check_format_spec(format_spec)
        weigh(value)
        result = super().format_field(value, format_spec)
        allow(len(result))
        return result


class _BoundedEscapeFormatter(_BoundedFormatter, SandboxedEscapeFormatter):
    """`Markup.format` in the sandbox, bounded the same way."""


@pass_eval_context
def _finalize(eval_ctx: EvalContext, value: Any) -> Any:
    return finalize_output(eval_ctx.autoescape, value)


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """The sandbox: every call counted, and nothing it runs may build a huge value."""

    code_generator_class = BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    concat = staticmethod(bounded_concat)
    admit = staticmethod(admit)
    join_values = staticmethod(join_values)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        spend_steps(1)
        args = check_call(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, range):
            spend_steps(len(result))
        elif result is not None and not isinstance(result, str):
            weigh(result)
        return result

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """Jinja's sandboxed `format` and `format_map`, with our bounded formatters."""
        if not isinstance(value, types.MethodType | types.BuiltinMethodType):
            return None
        owner = getattr(value, "__self__", None)
        if value.__name__ not in ("format", "format_map") or not isinstance(owner, str):
            return None
        formatter: SandboxedFormatter
        if isinstance(owner, Markup):
            formatter = _BoundedEscapeFormatter(self, escape=owner.escape)
        else:
            formatter = _BoundedFormatter(self)
        is_format_map = value.__name__ == "format_map"
        str_type: type[str] = type(owner)

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_format_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return str_type(formatter.vformat(owner, args, kwargs))

        return update_wrapper(wrapper, value)


@cache
def environment(html: bool) -> TemplateSandbox:
    """The sandbox for HTML (autoescaped) or for plain text (subject, text body)."""
    env = TemplateSandbox(
        autoescape=html,
        undefined=MergeUndefined,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=0,
        finalize=_finalize,
    )
    env.filters = bounded_filters()
    # Only helpers a mail merge needs; lipsum() would make pages of filler text.
    env.globals = {name: env.globals[name] for name in SAFE_GLOBALS if name in env.globals}
    return env
