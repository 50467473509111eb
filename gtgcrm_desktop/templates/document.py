"""Turns a sanitised fragment into a full document marked with its direction and language."""

from __future__ import annotations

import base64
import html as html_lib
import re
from collections.abc import Iterable
from html.parser import HTMLParser

from gtgcrm_desktop.core.models import TemplateImage

_CID_RE = re.compile(r"""(\bsrc\s*=\s*["'])cid:([^"']+)(["'])""", re.IGNORECASE)
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl"),
        *("dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary"),
        *("table", "tr", "ul"),
    }
)


def wrap_document(fragment: str, *, title: str, direction: str, language: str) -> str:
    """A complete HTML document around `fragment`, with `dir` and `lang` on `html`, `body` and
    an outer `div` (some mail clients drop the `html` and `body` attributes)."""
    marks = f'dir="{html_lib.escape(direction)}" lang="{html_lib.escape(language)}"'
    return (
        "<!DOCTYPE html>\n"
        f"<html {marks}>\n"
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html_lib.escape(title)}</title>\n"
        "</head>\n"
        f"<body {marks}>\n"
        f'<div {marks} style="direction: {direction}">\n'
        f"{fragment}\n"
        "</div>\n"
        "</body>\n"
        "</html>\n"
    )


def referenced_images(html: str) -> list[str]:
    """The names of the `cid:` images `html` shows, in order, without repeats."""
    names = dict.fromkeys(html_lib.unescape(match.group(2)) for match in _CID_RE.finditer(html))
    return list(names)


def data_uri(image: TemplateImage) -> str:
    """`image` as a `data:` URI (for landing pages, which cannot use `cid:`)."""
    return f"data:{image.mime_type};base64,{base64.b64encode(image.data).decode('ascii')}"


def inline_images(html: str, images: Iterable[TemplateImage]) -> str:
    """`html` with each `cid:NAME` image source replaced by the image's data URI."""
    by_name = {image.name: image for image in images}

    def replace(match: re.Match[str]) -> str:
        image = by_name.get(html_lib.unescape(match.group(2)))
        if image is None:
            return match.group(0)
        return f"{match.group(1)}{data_uri(image)}{match.group(3)}"

    return _CID_RE.sub(replace, html)


class _TextExtractor(HTMLParser):
    """Collects the readable text of HTML, with line breaks for blocks and link targets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag in ("p", "table", "h1", "h2", "h3") else "\n")
        if tag == "li":
            self.parts.append("• ")
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)
        if tag == "a":
            href = dict(attrs).get("href")
            self._links.append(href if href and not href.startswith(("cid:", "#")) else None)
        if tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._links:
            href = self._links.pop()
            text = self.parts[-1].strip() if self.parts else ""
            if href and text != href.removeprefix("mailto:").removeprefix("tel:"):
                self.parts.append(f" ({href.removeprefix('mailto:')})")
        elif tag in _BLOCKS and tag != "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """A plain-text rendering of an HTML fragment (the text part when none was written)."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    lines = [line.strip() for line in "".join(extractor.parts).splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
