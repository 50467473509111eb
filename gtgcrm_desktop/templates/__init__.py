"""Templates: sandboxed rendering with merge fields, HTML sanitising, default templates."""

from gtgcrm_desktop.templates.errors import (
    MarketingObjectionError,
    TemplateError,
    TemplateSyntaxError,
    UnknownMergeFieldError,
)
from gtgcrm_desktop.templates.fields import MergeField, merge_fields
from gtgcrm_desktop.templates.render import (
    RenderedTemplate,
    check_template,
    render_for_contact,
    render_template,
)
from gtgcrm_desktop.templates.sanitize import sanitize_html
from gtgcrm_desktop.templates.values import BusinessInfo

__all__ = [
    "BusinessInfo",
    "MarketingObjectionError",
    "MergeField",
    "RenderedTemplate",
    "TemplateError",
    "TemplateSyntaxError",
    "UnknownMergeFieldError",
    "check_template",
    "merge_fields",
    "render_for_contact",
    "render_template",
    "sanitize_html",
]
