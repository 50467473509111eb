"""Finds template mistakes before and during rendering and names their line."""

from __future__ import annotations

import re
from types import TracebackType

import jinja2
from jinja2 import meta, nodes

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.templates.errors import (
    TemplateError,
    TemplateSyntaxError,
    TemplateTooExpensiveError,
    TemplateValueError,
    UnknownMergeFieldError,
    UnsafeTemplateError,
)
from gtgcrm_desktop.templates.fields import (
    BUSINESS_ATTRIBUTES,
    CONTACT_ATTRIBUTES,
    CONTACT_NAMESPACES,
    TOP_LEVEL_NAMES,
)
from gtgcrm_desktop.templates.sandbox import TEMPLATE_FILENAME, BudgetExceeded, MissingFieldError

UNCLOSED_BLOCK = QT_TRANSLATE_NOOP(
    "errors", "{part}, line {line}: the “{block}” block is never closed."
)
ENDS_EARLY = QT_TRANSLATE_NOOP(
    "errors", "{part}, line {line}: the template ends in the middle of a tag."
)
UNEXPECTED = QT_TRANSLATE_NOOP("errors", "{part}, line {line}: unexpected “{token}”.")
EXPECTED = QT_TRANSLATE_NOOP(
    "errors", "{part}, line {line}: expected “{expected}” but found “{found}”."
)
UNKNOWN_TAG = QT_TRANSLATE_NOOP("errors", "{part}, line {line}: unknown tag “{tag}”.")
UNKNOWN_FILTER = QT_TRANSLATE_NOOP("errors", "{part}, line {line}: unknown filter “{name}”.")
MISSING_EXPRESSION = QT_TRANSLATE_NOOP(
    "errors", "{part}, line {line}: a field or value is missing before “{found}”."
)
UNKNOWN_TEST = QT_TRANSLATE_NOOP("errors", "{part}, line {line}: unknown test “{name}”.")
UNSAFE_ATTRIBUTE = QT_TRANSLATE_NOOP(
    "errors", "{part}, line {line}: “{attribute}” cannot be used in a template."
)

_SYNTAX_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"innermost block that needs to be closed is '(?P<block>\w+)'"), UNCLOSED_BLOCK),
    (re.compile(r"unexpected '?end of template", re.IGNORECASE), ENDS_EARLY),
    (re.compile(r"^Expected an expression, got '(?P<found>[^']*)'"), MISSING_EXPRESSION),
    (re.compile(r"^Encountered unknown tag '(?P<tag>[^']+)'"), UNKNOWN_TAG),
    (re.compile(r"^[Nn]o filter named '(?P<name>[^']+)'"), UNKNOWN_FILTER),
    (re.compile(r"^[Nn]o test named '(?P<name>[^']+)'"), UNKNOWN_TEST),
    (re.compile(r"^expected token '(?P<expected>[^']+)', got '(?P<found>[^']*)'"), EXPECTED),
    (re.compile(r"^unexpected '(?P<token>.+)'$"), UNEXPECTED),
)


_UNSAFE_ATTRIBUTE_RE = re.compile(r"^access to attribute '(?P<attribute>[^']+)' of '[^']*' object")


def unsafe_error(exc: jinja2.exceptions.SecurityError, part: str, line: int) -> TemplateError:
    """Our error for a sandbox refusal, in plain words (Jinja's English stays in `detail`)."""
    detail = str(exc).rstrip(".")
    match = _UNSAFE_ATTRIBUTE_RE.search(detail)
    if match:
        return UnsafeTemplateError(
            detail, part=part, line=line, message=UNSAFE_ATTRIBUTE, attribute=match["attribute"]
        )
    return UnsafeTemplateError(detail, part=part, line=line)


def syntax_error(exc: jinja2.TemplateSyntaxError, part: str) -> TemplateSyntaxError:
    """Our error for Jinja's, in plain words when we know the kind of mistake."""
    detail = (exc.message or "").strip().rstrip(".")
    line = exc.lineno or 0
    for pattern, message in _SYNTAX_PATTERNS:
        match = pattern.search(detail)
        if match:
            return TemplateSyntaxError(
                detail, part=part, line=line, message=message, **match.groupdict()
            )
    return TemplateSyntaxError(detail, part=part, line=line)


def template_line(traceback: TracebackType | None) -> int:
    """The template line of the innermost template frame of a traceback (0 if none)."""
    line = 0
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def runtime_error(exc: Exception, part: str) -> TemplateError:
    """Our error for anything raised while a template ran."""
    line = template_line(exc.__traceback__)
    if isinstance(exc, BudgetExceeded | RecursionError | MemoryError | OverflowError):
        return TemplateTooExpensiveError(part=part, line=line)
    if isinstance(exc, MissingFieldError):
        return UnknownMergeFieldError(str(exc.message), part=part, line=line)
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return unsafe_error(exc, part, line)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return syntax_error(exc, part)
    return TemplateValueError(str(exc).rstrip(".") or type(exc).__name__, part=part, line=line)


def _attribute(node: nodes.Getattr | nodes.Getitem) -> str | None:
    if isinstance(node, nodes.Getattr):
        return node.attr
    if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
        return node.arg.value
    return None


def unknown_fields(ast: nodes.Template, globals_: set[str], part: str) -> list[TemplateError]:
    """Every unknown merge field in a parsed template, taken or not, by line."""
    undeclared = meta.find_undeclared_variables(ast)
    problems: dict[tuple[str, int], TemplateError] = {}
    for name in ast.find_all(nodes.Name):
        if (
            name.ctx == "load"
            and name.name in undeclared
            and name.name not in TOP_LEVEL_NAMES
            and name.name not in globals_
        ):
            problems.setdefault(
                (name.name, name.lineno),
                UnknownMergeFieldError(name.name, part=part, line=name.lineno),
            )
    known = {
        "contact": set(CONTACT_ATTRIBUTES) | CONTACT_NAMESPACES,
        "business": set(BUSINESS_ATTRIBUTES),
    }
    for node in ast.find_all((nodes.Getattr, nodes.Getitem)):
        assert isinstance(node, nodes.Getattr | nodes.Getitem)
        base = node.node
        if not (isinstance(base, nodes.Name) and base.name in known and base.name in undeclared):
            continue
        attribute = _attribute(node)
        if attribute is not None and attribute not in known[base.name]:
            path = f"{base.name}.{attribute}"
            problems.setdefault(
                (path, node.lineno), UnknownMergeFieldError(path, part=part, line=node.lineno)
            )
    return sorted(problems.values(), key=lambda error: error.line)
