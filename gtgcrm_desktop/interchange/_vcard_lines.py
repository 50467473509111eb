"""vCard content lines: unfolding, property parsing, value escaping and folding (RFC 2425/6350)."""

from __future__ import annotations

import functools
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from ._errors import DETAIL_BAD_ENCODING, DETAIL_CHARSET_GUESSED, DETAIL_NOT_PROPERTY, RowError

#: `group.NAME`: anything but separators, spaces and controls (KAddressBook writes names
#: such as `X-messaging/xmpp-All`; ez-vcard and KContacts read them).
_NAME_RE = re.compile(r'^(?:([^\s.;:,"]+)\.)?([^\s.;:,"=]+)$')
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"})
_QP_HEAD_RE = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)
#: A CR followed by something other than CR or LF: a line end in a file without LF.
_LONE_CR_RE = re.compile(rb"\r[^\r\n]")
#: An "=" that is not an escape ("=C3"): not quoted-printable, read as written.
_BAD_QP_RE = re.compile(rb"=(?![0-9A-Fa-f]{2})")
#: A logical line longer than this is not kept (a photo over the limit is dropped anyway).
LINE_LIMIT = 4 << 20
#: Tried when a value is not in the character set it names, or names none.
FALLBACK_CHARSET = "cp1252"


@dataclass(slots=True)
class Property:
    """One content line: `group.NAME;params:value`, the value still in its escaped form.

    `params` holds one (KEY, value) pair per parameter value: `TYPE=internet,work` is read as
    two TYPE pairs (a quoted `X-P="a,b"` as one), and consecutive pairs of a key are written
    back as one comma list. `problem` is a detail (an `errors` translation key) when the
    value was odd but read anyway: a character set guessed, or the value too long."""

    name: str
    value: str
    group: str = ""
    params: list[tuple[str, str]] = field(default_factory=list)
    line: int = 0
    problem: str = ""

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


def physical_lines(chunks: Iterable[bytes], limit: int = LINE_LIMIT) -> Iterator[bytes]:
    """The lines of a byte stream, without their ends, as ez-vcard and KContacts read them.

    LF ends a line, with any CRs before it (CR LF, and iOS's CR CR LF); a CR alone is a line
    end only in a file whose lines end so before any LF is seen (old Macintosh files), else
    it is part of the value (Thunderbird 4 writes one inside notes). A line longer than
    `limit` keeps its first `limit` + 1 bytes: the reader can tell it was cut, and memory
    stays bounded."""
    separator: bytes | None = None
    pending = b""
    rest, cut = b"", False
    for chunk in chunks:
        if separator is None:
            pending += chunk
            if b"\n" in pending or len(pending) > limit:
                separator = b"\n"
            elif _LONE_CR_RE.search(pending):
                separator = b"\r"
            else:
                continue
            chunk, pending = pending, b""
        parts = chunk.split(separator)
        tail = parts.pop()
        for part in parts:
            yield _grown(rest, part, cut, limit)[0].rstrip(b"\r")
            rest, cut = b"", False
        rest, cut = _grown(rest, tail, cut, limit)
    if pending:  # no LF, and no CR that is surely a line end: CRs end the lines
        *parts, rest = pending.split(b"\r")
        yield from (part[: limit + 1] for part in parts)
    if rest:
        yield rest.rstrip(b"\r")


def _grown(start: bytes, more: bytes, cut: bool, limit: int) -> tuple[bytes, bool]:
    """`start` + `more` kept to `limit` + 1 bytes, and whether it was cut."""
    if cut:
        return start, True
    line = start + more if start else more
    return (line[: limit + 1], True) if len(line) > limit else (line, False)


def _is_quoted_printable(line: bytes) -> bool:
    colon = line.find(b":")
    return colon > 0 and _QP_HEAD_RE.search(line, 0, colon) is not None


def logical_lines(lines: Iterable[bytes], limit: int = LINE_LIMIT) -> Iterator[tuple[int, bytes]]:
    """(first line number, unfolded line) pairs, joined as bytes before any decoding, so a
    character split by a fold survives.

    A quoted-printable value ending in "=" (a soft line break) goes on with the next line
    whatever it starts with (RFC 2045's own example continues with a space), unless that
    line is the card's END:VCARD (a value whose last soft break has nothing after it); other
    lines
    continue when the next line starts with a space or a tab (RFC 2425 folding); blank lines
    are skipped (a reader that took CR CR LF for two line ends leaves one inside a fold). A
    logical line over `limit` bytes is cut to about `limit` bytes: longer than any value we
    keep."""
    pieces: list[bytes] = []
    size = start = 0
    quoted_printable = False
    for number, line in enumerate(lines, 1):
        if quoted_printable and pieces and pieces[-1].endswith(b"="):
            pieces[-1] = pieces[-1][:-1]
            if line.rstrip().upper() == b"END:VCARD":  # the value ended the card
                yield start, b"".join(pieces)
                pieces, size, start, quoted_printable = [line], len(line), number, False
                continue
        elif not line:  # a blank line is nothing, not even the end of a fold (as ez-vcard)
            continue
        elif pieces and line[:1] in (b" ", b"\t"):
            line = line[1:]
        else:
            if pieces:
                yield start, b"".join(pieces)
            pieces, size, start = [line], len(line), number
            quoted_printable = _is_quoted_printable(line)
            continue
        if size <= limit:
            pieces.append(line)
            size += len(line)
    if pieces:
        yield start, b"".join(pieces)


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)
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


def _colon(line: bytes) -> int:
    """The index of the colon that ends the name and parameters, or -1."""
    colon = line.find(b":")
    if colon < 0 or b'"' not in line[:colon]:
        return colon
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return index
    return -1


class _Head(NamedTuple):
    """What the name and parameters of a content line say (shared by lines alike)."""

    name: str
    group: str
    #: The parameters left once the value is decoded (no ENCODING/CHARSET it used).
    params: tuple[tuple[str, str], ...]
    quoted_printable: bool
    charset: str  # the declared CHARSET, or ""


@functools.lru_cache(maxsize=4096)
def _head(raw_head: bytes) -> _Head | None:
    """The name and parameters before the colon (None when there is no usable name);
    cached: a file repeats a few dozen heads ("TEL;CELL", "N;CHARSET=UTF-8;...")."""
    try:
        head = raw_head.decode("utf-8")
    except UnicodeDecodeError:
        head = raw_head.decode("latin-1")
    pieces = _split_outside_quotes(head, ";") if ";" in head else [head]
    match = _NAME_RE.match(pieces[0].strip())
    if match is None:
        return None
    params: list[tuple[str, str]] = []
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        key, equals, value = piece.partition("=")
        if not equals:  # vCard 2.1: a bare type or encoding
            bare = key.upper()
            params.append(("ENCODING" if bare in _BARE_ENCODINGS else "TYPE", key))
            continue
        name = key.strip().upper()
        params.extend((name, _param_value(v.strip())) for v in _split_outside_quotes(value, ","))
    encoding = next((v.upper() for k, v in params if k == "ENCODING"), "")
    declared = next((v.strip() for k, v in params if k == "CHARSET"), "")
    quoted_printable = encoding == "QUOTED-PRINTABLE"
    used = ("ENCODING", "CHARSET") if quoted_printable else ("CHARSET",)
    kept = tuple((k, v) for k, v in params if k not in used)
    return _Head(match[2].upper(), match[1] or "", kept, quoted_printable, declared)


def parse_property(line: bytes, number: int, charset: str = "utf-8") -> Property:
    """The property of one unfolded line (RowError when it has no colon or no usable name).

    The name and parameters are read as UTF-8 (else Latin-1); the value is decoded with its
    CHARSET parameter, else with `charset` (the file's), quoted-printable first."""
    colon = _colon(line)
    head = _head(line[:colon]) if colon > 0 else None
    if head is None:
        raise RowError(DETAIL_NOT_PROPERTY)
    prop = Property(head.name, "", head.group, list(head.params), number)
    _decode(prop, line[colon + 1 :], head, charset)
    return prop


def _decode(prop: Property, raw: bytes, head: _Head, file_charset: str) -> None:
    """Set `prop.value` from the bytes `raw`: quoted-printable undone, character set applied.

    A declared charset that does not fit (or is unknown) falls back to the file's, then to
    Windows-1252; so does quoted-printable without a charset when it is not UTF-8. Either
    way the value is read and `prop.problem` says so; it never fails the card."""
    quoted_printable, declared = head.quoted_printable, head.charset
    if quoted_printable:
        if _BAD_QP_RE.search(raw):
            prop.problem = DETAIL_BAD_ENCODING
        raw = quopri.decodestring(raw)
    if raw.isascii():
        text = raw.decode("ascii")
    else:
        first = declared or ("utf-8" if quoted_printable else file_charset)
        text = ""
        for attempt, codec in enumerate(dict.fromkeys((first, file_charset, FALLBACK_CHARSET))):
            try:
                text = raw.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
            if attempt:
                prop.problem = DETAIL_CHARSET_GUESSED
            break
        else:
            text = raw.decode("latin-1")
            prop.problem = DETAIL_CHARSET_GUESSED
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in text:  # quoted-printable line breaks, or a lone CR inside a value (Thunderbird 4)
        text = text.replace("\n", "\\n")
    prop.value = text


# --- values ---------------------------------------------------------------------------------

_UNESCAPE = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
_ESCAPED_RE = re.compile(r"\\(.)", re.DOTALL)


def unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _ESCAPED_RE.sub(lambda m: _UNESCAPE.get(m[1], "\\" + m[1]), value)


def split_escaped(value: str, separator: str) -> list[str]:
    """Split at `separator` where it is not backslash-escaped; parts stay escaped."""
    if "\\" not in value:
        return value.split(separator)
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
