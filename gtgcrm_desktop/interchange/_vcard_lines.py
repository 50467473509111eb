"""vCard content lines: unfolding, property parsing, value escaping and folding (RFC 2425/6350)."""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ._errors import DETAIL_BAD_ENCODING, DETAIL_NOT_PROPERTY, RowError

_NAME_RE = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$")
#: An "=" that is neither an escape ("=C3") nor a soft line break: not quoted-printable.
_BAD_QP_RE = re.compile(r"=(?![0-9A-Fa-f]{2}|\r?\n|$)")
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"})


@dataclass(slots=True)
class Property:
    """One content line: `group.NAME;params:value`, the value still in its escaped form.

    `params` holds one (KEY, value) pair per parameter value: `TYPE=internet,work` is read as
    two TYPE pairs (a quoted `X-P="a,b"` as one), and consecutive pairs of a key are written
    back as one comma list."""

    name: str
    value: str
    group: str = ""
    params: list[tuple[str, str]] = field(default_factory=list)
    line: int = 0

    def param(self, key: str) -> str | None:
        """The values of parameter `key` joined with commas, or None when it is absent."""
        values = [v for k, v in self.params if k == key]
        return ",".join(values) if values else None

    def types(self) -> list[str]:
        """Every TYPE value, lower-cased, comma lists split."""
        return [
            t.strip().casefold()
            for k, v in self.params
            if k == "TYPE"
            for t in v.split(",")
            if t.strip()
        ]


def logical_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(first line number, unfolded line) pairs; quoted-printable soft breaks are joined too."""
    current: str | None = None
    start = 0
    quoted_printable = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if current is not None:
            if line[:1] in (" ", "\t"):
                current += line[1:]
                continue
            if quoted_printable and current.endswith("="):
                current += "\n" + line
                continue
            yield start, current
        current, start = line, number
        head = line.split(":", 1)[0].upper() if ":" in line else ""
        quoted_printable = "QUOTED-PRINTABLE" in head
    if current is not None:
        yield start, current


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    quoted = False
    begin = 0
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            parts.append(text[begin:index])
            begin = index + 1
    parts.append(text[begin:])
    return parts


def _param_value(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    if "^" in value:  # RFC 6868
        value = re.sub(
            r"\^(n|N|'|\^)", lambda m: {"n": "\n", "N": "\n", "'": '"'}.get(m[1], "^"), value
        )
    return value


def parse_property(line: str, number: int) -> Property:
    """The property of one unfolded line (raises RowError when it is not one)."""
    colon = -1
    quoted = False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            colon = index
            break
    if colon <= 0:
        raise RowError(DETAIL_NOT_PROPERTY)
    head, value = line[:colon], line[colon + 1 :]
    pieces = _split_outside_quotes(head, ";")
    match = _NAME_RE.match(pieces[0].strip())
    if match is None:
        raise RowError(DETAIL_NOT_PROPERTY)
    params: list[tuple[str, str]] = []
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        key, equals, raw = piece.partition("=")
        if not equals:  # vCard 2.1: a bare type or encoding
            bare = key.upper()
            params.append(("ENCODING" if bare in _BARE_ENCODINGS else "TYPE", key))
            continue
        name = key.strip().upper()
        params.extend((name, _param_value(v.strip())) for v in _split_outside_quotes(raw, ","))
    prop = Property(match[2].upper(), value, (match[1] or ""), params, number)
    return _decoded(prop)


def _decoded(prop: Property) -> Property:
    encoding = (prop.param("ENCODING") or "").upper()
    if encoding != "QUOTED-PRINTABLE":
        return prop
    charset = prop.param("CHARSET") or "utf-8"
    if _BAD_QP_RE.search(prop.value):
        raise RowError(DETAIL_BAD_ENCODING)
    try:
        data = quopri.decodestring(prop.value.encode("utf-8"))
        text = data.decode(charset)
    except (UnicodeError, LookupError, ValueError) as exc:
        raise RowError(DETAIL_BAD_ENCODING) from exc
    prop.params = [(k, v) for k, v in prop.params if k not in ("ENCODING", "CHARSET")]
    # Quoted-printable wraps the escaped text; only its encoded line breaks need escaping.
    prop.value = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return prop


# --- values ---------------------------------------------------------------------------------

_UNESCAPE = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
_ESCAPED_RE = re.compile(r"\\(.)", re.DOTALL)


def unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _ESCAPED_RE.sub(lambda m: _UNESCAPE.get(m[1], "\\" + m[1]), value)


def split_escaped(value: str, separator: str) -> list[str]:
    """Split at `separator` where it is not backslash-escaped; parts stay escaped."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in value:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def components(value: str, count: int) -> list[str]:
    """The unescaped `;` components of a structured value, padded to `count`."""
    parts = [unescape(p) for p in split_escaped(value, ";")] if ";" in value else [unescape(value)]
    return parts + [""] * (count - len(parts))


def escape_text(text: str) -> str:
    """A text value escaped for a content line (backslash, newline, comma, semicolon)."""
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    return text


# --- writing --------------------------------------------------------------------------------

_LIMIT = 75


def fold(line: str) -> str:
    """`line` folded at 75 octets (never inside a UTF-8 sequence), lines ended with CRLF."""
    if len(line) <= _LIMIT // 4 or len(line.encode("utf-8")) <= _LIMIT:
        return line + "\r\n"
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, _LIMIT
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, _LIMIT
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


def param_text(value: str) -> str:
    """One parameter value, quoted when it holds `:`, `;` or `,` as data (RFC 6868 escapes)."""
    value = value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    return f'"{value}"' if any(c in value for c in ":;,") else value


def content_line(prop: Property) -> str:
    """The folded line of `prop`; consecutive values of one parameter become `KEY=a,b`."""
    head = f"{prop.group}.{prop.name}" if prop.group else prop.name
    previous = None
    for key, value in prop.params:
        separator = "," if key == previous else f";{key}="
        head += separator + param_text(value)
        previous = key
    return fold(f"{head}:{prop.value}")
