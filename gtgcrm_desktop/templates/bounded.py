"""Jinja's filters, string methods and operators, each refusing a result that would be too big
before building it (see `limits`), so no template can reach gigabytes."""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2.filters import FILTERS, make_attrgetter
from jinja2.utils import _PassArg
from markupsafe import escape

from gtgcrm_desktop.templates.limits import (
    ITEM_WEIGHT,
    MAX_EXPONENT,
    MAX_INT_BITS,
    MAX_REPEAT,
    MAX_VALUE,
    BudgetExceeded,
    allow,
    bounded_list,
    printf_weight,
    weigh,
)

#: Given the call's arguments (after Jinja's context, if any), the most the result can weigh.
Predictor = Callable[[list[Any], dict[str, Any]], int]

#: More digits than any number a template can hold (floats stop near 10 ** 308).
MAX_PRECISION = 400

_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _int(value: Any) -> int:
    """A width or count argument, refused when it is no sensible size."""
    number = int(value)
    if number > MAX_VALUE:
        raise BudgetExceeded("width too large")
    return number


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _arg(args: list[Any], kwargs: dict[str, Any], index: int, name: str, default: Any) -> Any:
    if len(args) > index:
        return args[index]
    return kwargs.get(name, default)


def _materialize(args: list[Any]) -> None:
    if args and isinstance(args[0], Iterator):
        args[0] = bounded_list(args[0])


def _replace_weight(text: Any, old: Any, new: Any, count: Any) -> int:
    if len(new) <= len(old):
        return len(text)
    times = text.count(old) if old else len(text) + 1
    if count is not None and int(count) >= 0:
        times = min(times, int(count))
    return len(text) + times * (len(new) - len(old))


def _join_weight(items: list[Any], separator: Any) -> int:
    return sum(weigh(item) for item in items) + len(_text(separator)) * max(len(items) - 1, 0)


def _predict_center(args: list[Any], kwargs: dict[str, Any]) -> int:
    return max(len(_text(args[0])), _int(_arg(args, kwargs, 1, "width", 80)))


def _predict_indent(args: list[Any], kwargs: dict[str, Any]) -> int:
    text = _text(args[0])
    width = _arg(args, kwargs, 1, "width", 4)
    indent = len(width) if isinstance(width, str) else _int(width)
    return len(text) + (text.count("\n") + 1) * indent


def _predict_wordwrap(args: list[Any], kwargs: dict[str, Any]) -> int:
    wrapstring = _arg(args, kwargs, 3, "wrapstring", None)
    return len(_text(args[0])) * (1 + len(_text(wrapstring or "\n")))


def _predict_truncate(args: list[Any], kwargs: dict[str, Any]) -> int:
    return len(_text(args[0])) + len(_text(_arg(args, kwargs, 3, "end", "...")))


def _predict_replace(args: list[Any], kwargs: dict[str, Any]) -> int:
    old, new = _arg(args, kwargs, 1, "old", ""), _arg(args, kwargs, 2, "new", "")
    count = _arg(args, kwargs, 3, "count", None)
    return _replace_weight(_text(args[0]), _text(old), _text(new), count)


def _predict_join(args: list[Any], kwargs: dict[str, Any]) -> int:
    args[0] = bounded_list(args[0])
    return _join_weight(args[0], _arg(args, kwargs, 1, "d", ""))


def _predict_format(args: list[Any], kwargs: dict[str, Any]) -> int:
    return printf_weight(_text(args[0]), kwargs or args[1:])


def _predict_urlize(args: list[Any], kwargs: dict[str, Any]) -> int:
    text = _text(args[0])
    extra = len(_text(kwargs.get("target") or "")) + len(_text(kwargs.get("rel") or ""))
    return 12 * len(text) + (len(text) // 4 + 1) * extra


def _predict_batch(args: list[Any], kwargs: dict[str, Any]) -> int:
    _materialize(args)
    count = _int(_arg(args, kwargs, 1, "linecount", 1))
    fill = _arg(args, kwargs, 2, "fill_with", None)
    padding = 0 if fill is None else min(count, MAX_VALUE) * (weigh(fill) + ITEM_WEIGHT)
    return weigh(args[0]) * 2 + padding


def _predict_slice(args: list[Any], kwargs: dict[str, Any]) -> int:
    _materialize(args)
    slices = _int(_arg(args, kwargs, 1, "slices", 1))
    if slices > MAX_REPEAT:
        raise BudgetExceeded("too many slices")
    fill = _arg(args, kwargs, 2, "fill_with", None)
    padding = 0 if fill is None else slices * (weigh(fill) + ITEM_WEIGHT)
    return weigh(args[0]) * 2 + slices * ITEM_WEIGHT + padding


def _predict_list(args: list[Any], kwargs: dict[str, Any]) -> int:
    if isinstance(args[0], str):
        return len(args[0]) * (1 + ITEM_WEIGHT)
    args[0] = bounded_list(args[0])
    return weigh(args[0])


def _factor(factor: int) -> Predictor:
    def predict(args: list[Any], kwargs: dict[str, Any]) -> int:
        _materialize(args)
        return weigh(args[0]) * factor

    return predict


def _predict_tojson(args: list[Any], kwargs: dict[str, Any]) -> int:
    indent = _arg(args, kwargs, 1, "indent", None)
    if indent is not None and int(indent) > 16:
        raise BudgetExceeded("indent too large")
    return weigh(args[0]) * 6 * (1 + int(indent or 0))


def _predict_string(args: list[Any], kwargs: dict[str, Any]) -> int:
    return 0 if isinstance(args[0], str) else weigh(args[0]) * 4


def _predict_round(args: list[Any], kwargs: dict[str, Any]) -> int:
    precision = int(_arg(args, kwargs, 1, "precision", 0))
    if abs(precision) > MAX_PRECISION:
        raise BudgetExceeded("precision too large")  # 10 ** precision would take minutes
    return 0


def _predict_sequence(args: list[Any], kwargs: dict[str, Any]) -> int:
    _materialize(args)
    return 0


def bounded_sum(environment: Any, iterable: Any, attribute: Any = None, start: Any = 0) -> Any:
    """Jinja's `sum`, of bounded size, and in linear time for lists of lists."""
    items = bounded_list(iterable)
    if attribute is not None:
        items = bounded_list(map(make_attrgetter(environment, attribute), items))
    if not isinstance(start, list | tuple):
        return sum(items, start)
    allow(weigh(start) + sum(weigh(item) for item in items))
    if isinstance(start, list) and all(isinstance(item, list) for item in items):
        result = list(start)
        for item in items:
            result.extend(item)
        return result
    total = start
    for item in items:
        total = total + item
    return total


bounded_sum.jinja_pass_arg = _PassArg.environment  # type: ignore[attr-defined]

#: Filters that can make a result much bigger than their input, with the most it can weigh.
_PREDICTORS: dict[str, Predictor] = {
    "center": _predict_center,
    "indent": _predict_indent,
    "wordwrap": _predict_wordwrap,
    "truncate": _predict_truncate,
    "replace": _predict_replace,
    "join": _predict_join,
    "format": _predict_format,
    "urlize": _predict_urlize,
    "batch": _predict_batch,
    "slice": _predict_slice,
    "list": _predict_list,
    "tojson": _predict_tojson,
    "pprint": _factor(4),
    "xmlattr": _factor(6),
    "urlencode": _factor(12),
    "string": _predict_string,
    "round": _predict_round,
    **{
        name: _predict_sequence
        for name in ("sort", "unique", "dictsort", "groupby", "min", "max", "reverse", "last")
    },
}


def guarded(original: Callable[..., Any], predict: Predictor | None) -> Callable[..., Any]:
    """`original`, refusing what `predict` says is too big, and counting what it builds."""
    skip = 1 if _PassArg.from_obj(original) is not None else 0

    @functools.wraps(original)
    def wrapper(*arguments: Any, **kwargs: Any) -> Any:
        passed, args = list(arguments[:skip]), list(arguments[skip:])
        if predict is not None and args:
            allow(predict(args, kwargs))
        result = original(*passed, *args, **kwargs)
        if args and result is not args[0] and not isinstance(result, Iterator):
            allow(weigh(result))
        return result

    return wrapper


def bounded_filters() -> dict[str, Callable[..., Any]]:
    """Every Jinja filter, guarded."""
    filters = {name: guarded(f, _PREDICTORS.get(name)) for name, f in FILTERS.items()}
    filters["sum"] = guarded(bounded_sum, None)
    return filters


def _method_width(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    width = args[0] if args else kwargs.get("width", 0)
    return max(len(text), _int(width))


def _method_expandtabs(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    tabsize = _int(args[0] if args else kwargs.get("tabsize", 8))
    tabs: int = text.count("\t" if isinstance(text, str) else b"\t")
    return len(text) + tabs * tabsize


def _method_replace(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    if len(args) < 2 or not all(isinstance(a, str | bytes) for a in args[:2]):
        return len(text)
    count = args[2] if len(args) > 2 else kwargs.get("count")
    return _replace_weight(text, args[0], args[1], count)


def _method_translate(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    table = args[0] if args else None
    if not isinstance(table, dict):
        raise BudgetExceeded("translate needs a table")
    longest = max((len(v) for v in table.values() if isinstance(v, str)), default=1)
    return len(text) * max(longest, 1)


def _method_split(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    separator = args[0] if args else kwargs.get("sep")
    if isinstance(text, str) and isinstance(separator, str) and separator:
        pieces = text.count(separator) + 1
    else:
        pieces = len(text) // 2 + 1
    return len(text) + pieces * ITEM_WEIGHT


def _method_splitlines(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    if not isinstance(text, str):
        return len(text) * (1 + ITEM_WEIGHT)
    return len(text) + (sum(text.count(mark) for mark in _LINE_BREAKS) + 1) * ITEM_WEIGHT


def _method_join(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    items = args[0] if args else []
    return _join_weight(items if isinstance(items, list) else bounded_list(items), text)


def _method_encode(text: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    return len(text) * 4


def _method_to_bytes(number: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    return _int(args[0] if args else kwargs.get("length", 1))


MethodPredictor = Callable[[Any, tuple[Any, ...], dict[str, Any]], int]

_METHODS: dict[str, MethodPredictor] = {
    "center": _method_width,
    "ljust": _method_width,
    "rjust": _method_width,
    "zfill": _method_width,
    "expandtabs": _method_expandtabs,
    "replace": _method_replace,
    "translate": _method_translate,
    "split": _method_split,
    "rsplit": _method_split,
    "splitlines": _method_splitlines,
    "join": _method_join,
    "encode": _method_encode,
    "hex": _method_encode,
    "to_bytes": _method_to_bytes,
}


def check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Refuse a method call on a string, bytes or number whose result would be too big;
    returns the arguments with any generator turned into a bounded list."""
    args = tuple(bounded_list(a) if isinstance(a, Iterator) else a for a in args)
    if isinstance(obj, types.MethodType | types.BuiltinMethodType):
        owner = getattr(obj, "__self__", None)
        predict = _METHODS.get(obj.__name__)
        if predict is not None and isinstance(owner, str | bytes | int):
            allow(predict(owner, args, kwargs))
    return args


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse `left operator right` when its result would be too big."""
    if operator == "**":
        if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise BudgetExceeded("exponent too large")
        if (
            isinstance(left, int)
            and isinstance(right, int)
            and left.bit_length() * right > MAX_INT_BITS
        ):
            raise BudgetExceeded("number too large")
    elif operator == "*":
        _check_repeat(left, right)
    elif operator == "+":
        if isinstance(left, str | bytes) and isinstance(right, str | bytes):
            allow(len(left) + len(right))
        elif isinstance(left, list | tuple) and isinstance(right, list | tuple):
            allow(weigh(left) + weigh(right))
    elif operator == "%" and isinstance(left, str):
        allow(printf_weight(left, right))


def _check_repeat(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise BudgetExceeded("number too large")
        return
    for sized, count in ((left, right), (right, left)):
        if isinstance(sized, str | bytes | list | tuple) and isinstance(count, int):
            if len(sized) * count > MAX_REPEAT:
                raise BudgetExceeded("repetition too large")
            allow(weigh(sized) * max(count, 0))


def join_values(join: Callable[[Iterable[Any]], str], values: tuple[Any, ...]) -> str:
    """The `~` operator: refused before joining when the result would be too big."""
    allow(sum(len(v) if isinstance(v, str) else weigh(v) * 4 for v in values))
    return join(values)


def bounded_concat(parts: Iterable[str]) -> str:
    """Joins a block's output (a `set` block, a macro, a `filter` block), within the cap."""
    if not isinstance(parts, list):
        parts = bounded_list(parts)
    allow(sum(len(part) for part in parts))
    return "".join(parts)


def finalize_output(autoescape: bool, value: Any) -> Any:
    """Each `{{ value }}`: escaped here so its size is counted; containers weighed first."""
    if isinstance(value, str):
        if autoescape and not hasattr(value, "__html__"):
            value = escape(value)
            allow(len(value))
        return value
    weight = weigh(value)
    if isinstance(value, list | tuple | dict):
        allow(weight * 4)
    return value
