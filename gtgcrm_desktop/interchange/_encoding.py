"""Encoding detection: byte order mark, then strict UTF-8, then Arabic Windows-1256, else refuse."""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

from ._errors import (
    BinaryFileError,
    BomMismatchError,
    EmptyFileError,
    EncodingError,
    UnreadableFileError,
    Utf16WithoutBomError,
)

_CHUNK = 1 << 20

LABEL_UTF8 = QT_TRANSLATE_NOOP("interchange", "UTF-8")
LABEL_UTF8_BOM = QT_TRANSLATE_NOOP("interchange", "UTF-8 with BOM")
LABEL_UTF16LE = QT_TRANSLATE_NOOP("interchange", "UTF-16 LE")
LABEL_UTF16BE = QT_TRANSLATE_NOOP("interchange", "UTF-16 BE")
LABEL_UTF32LE = QT_TRANSLATE_NOOP("interchange", "UTF-32 LE")
LABEL_UTF32BE = QT_TRANSLATE_NOOP("interchange", "UTF-32 BE")
LABEL_CP1256 = QT_TRANSLATE_NOOP("interchange", "Windows-1256 (Arabic)")

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", LABEL_UTF32LE),
    (codecs.BOM_UTF32_BE, "utf-32-be", LABEL_UTF32BE),
    (codecs.BOM_UTF8, "utf-8", LABEL_UTF8_BOM),
    (codecs.BOM_UTF16_LE, "utf-16-le", LABEL_UTF16LE),
    (codecs.BOM_UTF16_BE, "utf-16-be", LABEL_UTF16BE),
)

#: Share of the non-ASCII characters that must be Arabic for Windows-1256 to be believed.
_ARABIC_SHARE = 0.6
_ARABIC_RE = re.compile("[\u0621-\u064a\u0660-\u0669]+")


@dataclass(frozen=True, slots=True)
class Encoding:
    """How a file is decoded: the codec, the byte order mark to skip, and a label to show."""

    codec: str
    bom_length: int
    label: str


def _name(path: Path) -> str:
    return path.name


def _read_chunks(path: Path, skip: int = 0) -> BinaryIO:
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise UnreadableFileError(
            file=_name(path), detail=exc.strerror or type(exc).__name__
        ) from exc
    stream.seek(skip)
    return stream


def _scan(
    path: Path, codec: str, skip: int, *, count: bool = False
) -> tuple[int | None, int, int, int]:
    """Decode the whole file as `codec`, a chunk at a time (memory stays flat).

    Returns (offset of the first undecodable byte or None, non-ASCII characters, Arabic
    letters and digits, NUL characters); the two counts only when `count` is set.
    """
    decoder = codecs.getincrementaldecoder(codec)("strict")
    offset = skip
    non_ascii = arabic = controls = 0
    with _read_chunks(path, skip) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            final = not chunk
            try:
                text = decoder.decode(chunk, final)
            except UnicodeDecodeError as exc:
                return offset + max(exc.start, 0), non_ascii, arabic, controls
            if count and text and not text.isascii():
                non_ascii += len(text) - len(text.encode("ascii", "ignore"))
                arabic += sum(map(len, _ARABIC_RE.findall(text)))
            controls += text.count("\x00")
            offset += len(chunk)
            if final:
                return None, non_ascii, arabic, controls


def detect_encoding(path: Path) -> Encoding:
    """The encoding of the file at `path`, or an EncodingError naming what is wrong with it."""
    with _read_chunks(path) as stream:
        head = stream.read(4096)
    if not head:
        raise EmptyFileError(file=_name(path))
    for bom, codec, label in _BOMS:
        if head.startswith(bom):
            bad, _, _, nuls = _scan(path, codec, len(bom))
            if bad is not None:
                raise BomMismatchError(file=_name(path), encoding=label, offset=bad)
            if nuls:
                raise BinaryFileError(file=_name(path))
            return Encoding(codec, len(bom), label)
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > len(head) // 4 and min(even, odd) < max(even, odd) // 8:
            raise Utf16WithoutBomError(file=_name(path))
        raise BinaryFileError(file=_name(path))
    bad, _, _, nuls = _scan(path, "utf-8", 0)
    if bad is None:
        if nuls:
            raise BinaryFileError(file=_name(path))
        return Encoding("utf-8", 0, LABEL_UTF8)
    first_bad = bad
    bad, non_ascii, arabic, nuls = _scan(path, "cp1256", 0, count=True)
    if bad is None and not nuls and arabic and arabic >= _ARABIC_SHARE * non_ascii:
        return Encoding("cp1256", 0, LABEL_CP1256)
    raise EncodingError(file=_name(path), offset=first_bad)


class CountingReader(io.RawIOBase):
    """A read-only binary stream that counts the bytes handed out (for progress)."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_text(path: Path, encoding: Encoding) -> tuple[TextIO, CountingReader]:
    """The file as text with universal newlines off (CSV needs them), and its byte counter."""
    raw = _read_chunks(path, encoding.bom_length)
    counter = CountingReader(raw)
    text = io.TextIOWrapper(
        io.BufferedReader(counter, _CHUNK), encoding=encoding.codec, errors="strict", newline=""
    )
    return text, counter
