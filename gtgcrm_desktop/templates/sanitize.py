"""HTML sanitising with nh3: no scripts, no event handlers, no `javascript:` URLs."""

from __future__ import annotations

import re
from functools import cache

import nh3

from gtgcrm_desktop.core.bidi import strip_isolates

TAGS = frozenset(
    {
        *("a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br"),
        *("caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details"),
        *("dfn", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer", "h1"),
        *("h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li"),
        *("main", "mark", "nav", "ol", "p", "pre", "q", "s", "section", "small", "span"),
        *("strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot"),
        *("th", "thead", "time", "tr", "u", "ul", "wbr"),
    }
)

#: Tags removed together with everything inside them.
CONTENT_TAGS = frozenset(
    {
        *("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet"),
        *("noscript", "noembed", "noframes", "template", "svg", "math", "title", "textarea"),
        *("select", "xmp", "plaintext"),
    }
)

_GENERIC = {
    *("dir", "lang", "title", "style", "class", "id", "align", "valign", "width", "height"),
    *("bgcolor", "role", "translate"),
}
ATTRIBUTES: dict[str, set[str]] = {
    "*": _GENERIC,
    "a": {"href", "target", "name"},
    "img": {"src", "alt", "border", "loading"},
    "table": {"border", "cellpadding", "cellspacing", "summary"},
    "td": {"colspan", "rowspan", "nowrap"},
    "th": {"colspan", "rowspan", "scope", "nowrap"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "time": {"datetime"},
    "font": {"color", "face", "size"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "details": {"open"},
}

URL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "cid", "data"})
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})

_DATA_IMAGE_RE = re.compile(r"^data:image/(png|jpe?g|gif|webp|bmp|avif);base64,[a-z0-9+/=\s]*$")
# Spaces and controls browsers drop from URLs before reading the scheme.
_LANG_RE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_URL_NOISE_RE = re.compile(
    r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]"
)
_STYLE_BLOCKLIST = (
    "url(",
    "expression",
    "javascript",
    "vbscript",
    "behavior",
    "binding",
    "@import",
    "\\",
    "<",
    "image(",
    "image-set(",
)


def _filter_url(tag: str, attribute: str, value: str) -> str | None:
    value = strip_isolates(value).strip()
    compact = _URL_NOISE_RE.sub("", value).lower()
    if compact.startswith("data:"):
        if tag == "img" and attribute == "src" and _DATA_IMAGE_RE.match(compact):
            return value
        return None
    scheme = compact.split(":", 1)[0] if ":" in compact.split("/", 1)[0] else ""
    if scheme and scheme not in URL_SCHEMES:
        return None
    return value


def _filter_style(value: str) -> str | None:
    declarations = []
    for declaration in value.split(";"):
        lowered = _URL_NOISE_RE.sub("", declaration).lower()
        if ":" in declaration and not any(bad in lowered for bad in _STYLE_BLOCKLIST):
            declarations.append(declaration.strip())
    return "; ".join(d for d in declarations if d) or None


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Second line of defence after nh3's own lists; never raises."""
    if attribute.lower().startswith("on"):
        return None
    if attribute in URL_ATTRIBUTES:
        return _filter_url(tag, attribute, value)
    if attribute == "style":
        return _filter_style(value)
    if attribute == "dir":
        return value.lower() if value.lower() in ("rtl", "ltr", "auto") else None
    if attribute == "lang":
        return value if _LANG_RE.match(value) else None
    if attribute == "target":
        return "_blank" if value.lower() == "_blank" else None
    return value


@cache
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(TAGS),
        clean_content_tags=set(CONTENT_TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        generic_attribute_prefixes={"aria-"},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def sanitize_html(html: str) -> str:
    """A safe HTML fragment: only formatting tags, images, links and tables survive."""
    return _cleaner().clean(html)
