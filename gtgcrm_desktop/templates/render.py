"""Renders a template for one contact: subject, sanitised HTML document and plain text."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import jinja2

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.models import Contact, Template
from gtgcrm_desktop.templates.diagnostics import runtime_error, syntax_error, unknown_fields
from gtgcrm_desktop.templates.document import html_to_text, referenced_images, wrap_document
from gtgcrm_desktop.templates.errors import (
    PART_HTML,
    PART_SUBJECT,
    PART_TEXT,
    InvalidTemplateError,
    MarketingObjectionError,
    TemplateError,
    TemplateTooExpensiveError,
)
from gtgcrm_desktop.templates.gate import CHANNELS, marketing_allowed
from gtgcrm_desktop.templates.limits import MAX_OUTPUT, Budget, BudgetExceeded
from gtgcrm_desktop.templates.sandbox import environment
from gtgcrm_desktop.templates.sanitize import sanitize_html
from gtgcrm_desktop.templates.values import BusinessInfo, merge_values
from gtgcrm_desktop.templates.watchdog import run_with_deadline

if TYPE_CHECKING:
    from gtgcrm_desktop.store.workspace import Workspace

#: Compiled parts kept (the editor's and a mail merge's few templates, three parts each),
#: when their source is at most `CACHED_SOURCE` characters.
COMPILED_CACHE = 32
CACHED_SOURCE = 200_000

KINDS = ("email", "landing_page")
DIRECTIONS = ("rtl", "ltr")
PURPOSES = ("transactional", "marketing")

EMPTY_NAME = QT_TRANSLATE_NOOP("errors", "the name is empty")
BAD_KIND = QT_TRANSLATE_NOOP("errors", "the kind must be an e-mail or a landing page")
BAD_DIRECTION = QT_TRANSLATE_NOOP("errors", "the direction must be right-to-left or left-to-right")
BAD_PURPOSE = QT_TRANSLATE_NOOP("errors", "the purpose must be transactional or marketing")


@dataclass(frozen=True, slots=True)
class RenderedTemplate:
    """A template rendered for one contact, ready to send or to show."""

    subject: str
    html: str
    text: str
    direction: str
    language: str
    images: tuple[str, ...] = ()
    missing_images: tuple[str, ...] = ()


def template_language(template: Template) -> str:
    """The template's language, or the usual one for its direction when it has none."""
    return template.language or ("ar" if template.direction == "rtl" else "en")


def validate_template(template: Template) -> None:
    """Raise `InvalidTemplateError` when the template's own fields are wrong."""
    for wrong, detail in (
        (not template.name.strip(), EMPTY_NAME),
        (template.kind not in KINDS, BAD_KIND),
        (template.direction not in DIRECTIONS, BAD_DIRECTION),
        (template.purpose not in PURPOSES, BAD_PURPOSE),
    ):
        if wrong:
            raise InvalidTemplateError(detail=detail)


def _compile(source: str, *, html: bool, part: str) -> jinja2.Template:
    """The compiled template, raising `TemplateError` for a syntax error or an unknown field;
    a small one is kept for the next contact (a mail merge renders one template many times)."""
    if len(source) <= CACHED_SOURCE:
        return _compile_kept(source, html=html, part=part)
    return _compile_new(source, html=html, part=part)


@functools.lru_cache(maxsize=COMPILED_CACHE)
def _compile_kept(source: str, *, html: bool, part: str) -> jinja2.Template:
    return _compile_new(source, html=html, part=part)


def _compile_new(source: str, *, html: bool, part: str) -> jinja2.Template:
    env = environment(html)
    try:
        ast = env.parse(source)
        problems = unknown_fields(ast, set(env.globals), part)
        if problems:
            raise problems[0]
        return env.from_string(ast)
    except jinja2.TemplateSyntaxError as exc:
        raise syntax_error(exc, part) from None


def render_part(
    source: str, values: Mapping[str, Any], *, html: bool, part: str, limits: Budget | None = None
) -> str:
    """One part of a template (subject, HTML or text) with `values`; raises `TemplateError`.

    The render runs within `limits` (a fresh budget if none): it is stopped when its time is
    up or when it would build or write more text than any template needs."""
    limits = limits or Budget()
    if len(source) > MAX_OUTPUT:
        raise TemplateTooExpensiveError(part=part)
    return run_with_deadline(
        lambda: _render_part(source, values, html=html, part=part),
        limits,
        lambda: TemplateTooExpensiveError(part=part),
    )


def _render_part(source: str, values: Mapping[str, Any], *, html: bool, part: str) -> str:
    chunks: list[str] = []
    size = 0
    try:
        template = _compile(source, html=html, part=part)
        for chunk in template.generate(values):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise TemplateTooExpensiveError(part=part)
            chunks.append(chunk)
    except TemplateError:
        raise
    except Exception as exc:
        raise runtime_error(exc, part) from None
    return "".join(chunks)


def check_template(template: Template) -> list[TemplateError]:
    """Every syntax error and unknown merge field of every part, without rendering."""
    problems: list[TemplateError] = []
    for source, html, part in _parts(template):
        if len(source) > MAX_OUTPUT:
            problems.append(TemplateTooExpensiveError(part=part))
            continue
        try:
            env = environment(html)
            problems += unknown_fields(env.parse(source), set(env.globals), part)
            env.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            problems.append(syntax_error(exc, part))
        except (RecursionError, MemoryError):
            problems.append(TemplateTooExpensiveError(part=part))
    return problems


def _parts(template: Template) -> list[tuple[str, bool, str]]:
    return [
        (template.subject, False, PART_SUBJECT),
        (template.body_html, True, PART_HTML),
        (template.body_text, False, PART_TEXT),
    ]


def render_template(
    template: Template,
    contact: Contact,
    *,
    business: BusinessInfo | None = None,
    unsubscribe_url: str = "",
    image_names: Iterable[str] | None = None,
) -> RenderedTemplate:
    """Render every part of `template` for `contact` (no consent check: see `render_for_contact`).

    `image_names` are the attached images; `cid:` references to others are reported missing.
    """
    direction = "ltr" if template.direction == "ltr" else "rtl"
    language = template_language(template)
    values = merge_values(contact, business or BusinessInfo(), direction, unsubscribe_url)
    for source, _, part in _parts(template):
        if len(source) > MAX_OUTPUT:
            raise TemplateTooExpensiveError(part=part)
    # One deadline for everything, sanitising and the text version included.
    state = {"part": PART_SUBJECT}

    def work() -> RenderedTemplate:
        try:
            return _render_all(template, values, direction, language, image_names, state)
        except BudgetExceeded:
            raise TemplateTooExpensiveError(part=state["part"]) from None

    return run_with_deadline(work, Budget(), lambda: TemplateTooExpensiveError(part=state["part"]))


def _render_all(
    template: Template,
    values: Mapping[str, Any],
    direction: str,
    language: str,
    image_names: Iterable[str] | None,
    state: dict[str, str],
) -> RenderedTemplate:
    subject = _render_part(template.subject, values, html=False, part=PART_SUBJECT)
    subject = " ".join(subject.split())
    state["part"] = PART_HTML
    fragment = sanitize_html(_render_part(template.body_html, values, html=True, part=PART_HTML))
    if template.body_text.strip():
        state["part"] = PART_TEXT
        text = _render_part(template.body_text, values, html=False, part=PART_TEXT).strip()
    else:
        text = html_to_text(fragment)
    images = tuple(referenced_images(fragment))
    attached = set(image_names) if image_names is not None else set(images)
    return RenderedTemplate(
        subject=subject,
        html=wrap_document(fragment, title=subject, direction=direction, language=language),
        text=text,
        direction=direction,
        language=language,
        images=images,
        missing_images=tuple(name for name in images if name not in attached),
    )


def render_for_contact(
    workspace: Workspace,
    template: Template,
    contact: Contact,
    *,
    business: BusinessInfo | None = None,
    unsubscribe_url: str = "",
    image_names: Iterable[str] | None = None,
) -> RenderedTemplate:
    """`render_template`, refused for a marketing template when the contact objected."""
    if template.purpose == "marketing" and contact.id:
        channel = CHANNELS.get(template.kind, "email")
        allowed, reason = marketing_allowed(workspace, contact.id, channel)
        if not allowed:
            raise MarketingObjectionError(reason)
    return render_template(
        template,
        contact,
        business=business,
        unsubscribe_url=unsubscribe_url,
        image_names=image_names,
    )
