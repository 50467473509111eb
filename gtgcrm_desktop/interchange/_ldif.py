"""LDIF address books (Thunderbird's default export, also Netscape and Outlook Express)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable, Iterator

from ._errors import DETAIL_BAD_ENCODING, ValueWarning
from ._fields import ContactBuilder
from ._rows import SourceRow
from ._vcard_lines import LINE_LIMIT

#: Attributes that say how the entry is stored, not who it is.
_IGNORED = frozenset({"dn", "objectclass", "modifytimestamp", "changetype", "version", "member"})
_LISTS = frozenset({"groupofnames", "groupofuniquenames"})

_Handler = Callable[[ContactBuilder, str], None]


def _set(attribute: str) -> _Handler:
    def handle(builder: ContactBuilder, value: str) -> None:
        setattr(builder, attribute, value)

    return handle


def _email(label: str) -> _Handler:
    def handle(builder: ContactBuilder, value: str) -> None:
        builder.add_email(value, label)

    return handle


def _phone(label: str) -> _Handler:
    def handle(builder: ContactBuilder, value: str) -> None:
        builder.add_phone(value, label)

    return handle


def _address(label: str, part: str) -> _Handler:
    def handle(builder: ContactBuilder, value: str) -> None:
        builder.set_address_part(label, part, value, label)

    return handle


def _note(builder: ContactBuilder, value: str) -> None:
    builder.add_note(value)


def _department(builder: ContactBuilder, value: str) -> None:
    builder.add_department(value)


_HANDLERS: dict[str, _Handler] = {
    "givenname": _set("given_name"),
    "sn": _set("family_name"),
    "cn": _set("display_name"),
    "o": _set("organization"),
    "title": _set("title"),
    "ou": _department,
    "department": _department,
    "description": _note,
    "mail": _email(""),
    "mozillasecondemail": _email("other"),
    "xmozillasecondemail": _email("other"),
    "telephonenumber": _phone("work"),
    "homephone": _phone("home"),
    "mobile": _phone("mobile"),
    "cellphone": _phone("mobile"),
    "facsimiletelephonenumber": _phone("fax"),
    "fax": _phone("fax"),
    "pager": _phone("pager"),
    "street": _address("work", "street"),
    "mozillaworkstreet2": _address("work", "street"),
    "l": _address("work", "city"),
    "st": _address("work", "region"),
    "postalcode": _address("work", "postal_code"),
    "c": _address("work", "country"),
    "mozillahomestreet": _address("home", "street"),
    "mozillahomestreet2": _address("home", "street"),
    "mozillahomelocalityname": _address("home", "city"),
    "mozillahomestate": _address("home", "region"),
    "mozillahomepostalcode": _address("home", "postal_code"),
    "mozillahomecountryname": _address("home", "country"),
}
_BIRTH = ("birthyear", "birthmonth", "birthday")


def looks_like_ldif(first_line: str) -> bool:
    name = first_line.split(":", 1)[0].strip().casefold()
    return ":" in first_line and name in ("dn", "version")


def _logical(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(line number, unfolded line); a blank line is ("" at its number), ending an entry."""
    current: list[str] = []
    start = size = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if current and line[:1] == " ":
            if size <= LINE_LIMIT:
                current.append(line[1:])
                size += len(line)
            continue
        if current:
            yield start, "".join(current)
        current, start, size = ([line], number, len(line)) if line.strip() else ([], 0, 0)
        if not line.strip():
            yield number, ""
    if current:
        yield start, "".join(current)


def read_ldif(text: Iterable[str], file_name: str) -> Iterator[SourceRow]:
    """A SourceRow per person entry; mailing lists (groupOfNames) are not people and are
    left out; attributes we do not model are kept as custom fields."""
    entry: list[tuple[int, str, str]] = []
    warnings: list[tuple[int, ValueWarning]] = []
    for number, line in _logical(text):
        if not line:
            if entry:
                row = _row(entry, warnings)
                if row is not None:
                    yield row
            entry, warnings = [], []
            continue
        if line.startswith("#") or ":" not in line:
            continue
        name, _, value = line.partition(":")
        name = name.split(";", 1)[0].strip()
        if value.startswith(":"):
            try:
                value = base64.b64decode(value[1:].strip(), validate=True).decode("utf-8")
            except (binascii.Error, ValueError):
                warnings.append((number, ValueWarning(name, DETAIL_BAD_ENCODING)))
                continue
        elif value.startswith("<"):
            value = value[1:]
        entry.append((number, name, value.strip()))
    if entry:
        row = _row(entry, warnings)
        if row is not None:
            yield row


def _row(
    entry: list[tuple[int, str, str]], warnings: list[tuple[int, ValueWarning]]
) -> SourceRow | None:
    keys = [(n, name.casefold(), value) for n, name, value in entry]
    if any(k == "objectclass" and v.casefold() in _LISTS for _, k, v in keys):
        return None
    builder = ContactBuilder()
    birth: dict[str, tuple[int, str]] = {}
    for number, key, value in keys:
        if not value or key in _IGNORED:
            continue
        if key in _BIRTH:
            birth[key] = (number, value)
            continue
        handler = _HANDLERS.get(key)
        if handler is None:
            original = next(name for n, name, _ in entry if n == number)
            builder.add_custom(original, value)
            continue
        handler(builder, value)
        builder.value_lines.setdefault(value, number)
    if birth:
        year, month, day = (birth.get(k, (0, ""))[1] for k in _BIRTH)
        if month and day:
            date = (
                f"{year}-{month.zfill(2)}-{day.zfill(2)}"
                if year
                else f"--{month.zfill(2)}-{day.zfill(2)}"
            )
            builder.birthday = date
            builder.value_lines[date] = min(n for n, _ in birth.values())
        else:
            builder.add_custom("Birthday", "/".join(p or "?" for p in (year, month, day)))
    builder.warnings.extend(warnings)
    return SourceRow(
        entry[0][0],
        contact=builder.build(),
        warnings=tuple(builder.warnings),
        value_lines=builder.value_lines or None,
    )
