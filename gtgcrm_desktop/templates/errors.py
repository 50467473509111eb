"""Typed errors of template rendering, each naming the template line it is about."""

from __future__ import annotations

from typing import ClassVar

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

#: Which part of a template an error is in; translated in the "fields" context.
PART_SUBJECT = QT_TRANSLATE_NOOP("fields", "subject")
PART_HTML = QT_TRANSLATE_NOOP("fields", "HTML body")
PART_TEXT = QT_TRANSLATE_NOOP("fields", "plain-text body")


class TemplateError(InputError):
    """A template cannot be rendered; `part` and `line` say where (line 0: unknown)."""

    message = QT_TRANSLATE_NOOP("errors", "The template cannot be rendered.")
    translated_params: ClassVar[dict[str, str]] = {"part": "fields"}

    def __init__(
        self, message: str | None = None, *, part: str = "", line: int = 0, **params: object
    ) -> None:
        self.part = part
        self.line = line
        super().__init__(message, part=part, line=line, **params)


class UnknownMergeFieldError(TemplateError):
    """The template uses a merge field that does not exist."""

    message = QT_TRANSLATE_NOOP("errors", "{part}, line {line}: unknown merge field {field}.")

    def __init__(self, field: str, *, part: str = "", line: int = 0) -> None:
        self.field = field
        super().__init__(self.message, part=part, line=line, field=field)


class TemplateSyntaxError(TemplateError):
    """The template text is not valid template syntax."""

    message = QT_TRANSLATE_NOOP("errors", "{part}, line {line}: syntax error: {detail}.")

    def __init__(
        self,
        detail: str,
        *,
        part: str = "",
        line: int = 0,
        message: str | None = None,
        **params: object,
    ) -> None:
        self.detail = detail
        super().__init__(message or self.message, part=part, line=line, detail=detail, **params)


class UnsafeTemplateError(TemplateError):
    """The template tried something the sandbox forbids; `detail` keeps Jinja's own words."""

    message = QT_TRANSLATE_NOOP(
        "errors", "{part}, line {line}: the template does something that is not allowed."
    )

    def __init__(
        self,
        detail: str,
        *,
        part: str = "",
        line: int = 0,
        message: str | None = None,
        **params: object,
    ) -> None:
        self.detail = detail
        super().__init__(message or self.message, part=part, line=line, detail=detail, **params)


class TemplateTooExpensiveError(TemplateError):
    """Rendering took too many steps or produced too much output (a runaway loop)."""

    message = QT_TRANSLATE_NOOP(
        "errors", "{part}, line {line}: the template loops too much or produces too much text."
    )

    message_without_line = QT_TRANSLATE_NOOP(
        "errors", "{part}: the template loops too much or produces too much text."
    )

    def __init__(self, *, part: str = "", line: int = 0) -> None:
        super().__init__(self.message if line else self.message_without_line, part=part, line=line)


class TemplateValueError(TemplateError):
    """A filter or expression failed on a value (for example a division by zero)."""

    message = QT_TRANSLATE_NOOP("errors", "{part}, line {line}: {detail}.")

    def __init__(self, detail: str, *, part: str = "", line: int = 0) -> None:
        self.detail = detail
        super().__init__(self.message, part=part, line=line, detail=detail)


class MarketingObjectionError(InputError):
    """A marketing template is not rendered for a contact who objected to marketing."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "This contact may not receive marketing ({reason}); the template was not rendered.",
    )
    translated_params: ClassVar[dict[str, str]] = {"reason": "privacy"}

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(self.message, reason=reason)


class InvalidTemplateError(InputError):
    """A template's own fields are wrong (empty name, unknown kind or direction)."""

    message = QT_TRANSLATE_NOOP("errors", "The template is not valid: {detail}.")
    translated_params: ClassVar[dict[str, str]] = {"detail": "errors"}
