"""Encoding detection: byte order mark, UTF-16 by its zero bytes, strict UTF-8, Arabic
Windows-1256; else a best guess that is named, never used without the person's choice."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

from ._errors import (
    BinaryFileError,
    BomMismatchError,
    EmptyFileError,
    EncodingError,
    UnknownEncodingError,
    UnreadableFileError,
    Utf16WithoutBomError,
    WrongEncodingError,
)

_CHUNK = 1 << 20

LABEL_UTF8 = QT_TRANSLATE_NOOP("interchange", "UTF-8")
LABEL_UTF8_BOM = QT_TRANSLATE_NOOP("interchange", "UTF-8 with BOM")
LABEL_UTF16LE = QT_TRANSLATE_NOOP("interchange", "UTF-16 LE")
LABEL_UTF16BE = QT_TRANSLATE_NOOP("interchange", "UTF-16 BE")
LABEL_UTF32LE = QT_TRANSLATE_NOOP("interchange", "UTF-32 LE")
LABEL_UTF32BE = QT_TRANSLATE_NOOP("interchange", "UTF-32 BE")
LABEL_CP1256 = QT_TRANSLATE_NOOP("interchange", "Windows-1256 (Arabic)")
LABEL_DECLARED = QT_TRANSLATE_NOOP("interchange", "character sets named in the file")
#: Character sets the import window offers when a file's cannot be told for sure.
COMMON_ENCODINGS: tuple[str, ...] = (
    "utf-8",
    "cp1256",
    "cp1252",
    "iso8859-1",
    "iso8859-6",
    "iso8859-15",
    "cp1250",
    "cp1251",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "koi8-r",
    "mac-roman",
    "cp437",
)
#: How much of a file the best guess of its 8-bit encoding looks at.
_GUESS_SAMPLE = 1 << 20

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
# An Arabic letter or mark touching a Latin letter: Latin text read as Windows-1256
# ("Weiß" -> "Weiك"); real Arabic text almost never has one.
_MIXED_RE = re.compile("[A-Za-z\u00c0-\u00ff][\u0600-\u06ff]|[\u0600-\u06ff][A-Za-z\u00c0-\u00ff]")
#: Share of the Arabic letters that may touch a Latin letter in a believed Windows-1256 file.
_MIXED_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Encoding:
    """How a file is decoded: the codec, the byte order mark to skip, and a label to show."""

    codec: str
    bom_length: int
    label: str
    #: A best guess, not a certainty: only a dry run or a preview reads with it.
    guessed: bool = False


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


def _believably_arabic(non_ascii: int, arabic: int, mixed: int) -> bool:
    """Whether text with these counts is Arabic: most non-ASCII characters Arabic letters or
    digits, and almost none of them glued to a Latin letter."""
    return bool(arabic) and arabic >= _ARABIC_SHARE * non_ascii and mixed <= _MIXED_SHARE * arabic


def _scan(
    path: Path, codec: str, skip: int, *, count: bool = False
) -> tuple[int | None, int, int, int]:
    """Decode the whole file as `codec`, a chunk at a time (memory stays flat).

    Returns (offset of the first undecodable byte or None, non-ASCII characters, Arabic
    letters and digits not glued to a Latin letter, NUL characters); the two counts only
    when `count` is set.
    """
    decoder = codecs.getincrementaldecoder(codec)("strict")
    offset = skip
    non_ascii = arabic = controls = mixed = 0
    with _read_chunks(path, skip) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            final = not chunk
            try:
                text = decoder.decode(chunk, final)
            except UnicodeError as exc:  # UTF-16 without its BOM is a plain UnicodeError
                return offset + max(getattr(exc, "start", 0), 0), non_ascii, arabic, controls
            if count and text and not text.isascii():
                non_ascii += len(text) - len(text.encode("ascii", "ignore"))
                arabic += sum(map(len, _ARABIC_RE.findall(text)))
                mixed += len(_MIXED_RE.findall(text))
            controls += text.count("\x00")
            offset += len(chunk)
            if final:
                believed = _believably_arabic(non_ascii, arabic, mixed)
                return None, non_ascii, arabic if believed else 0, controls


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
            return _utf16_without_bom(path, "utf-16-le" if odd > even else "utf-16-be")
        raise BinaryFileError(file=_name(path))
    bad, _, _, nuls = _scan(path, "utf-8", 0)
    if bad is None:
        if nuls:
            raise BinaryFileError(file=_name(path))
        return Encoding("utf-8", 0, LABEL_UTF8)
    first_bad = bad
    bad, non_ascii, arabic, nuls = _scan(path, "cp1256", 0, count=True)
    if bad is None and not nuls and _believably_arabic(non_ascii, arabic, 0):
        return Encoding("cp1256", 0, LABEL_CP1256)
    raise EncodingError(file=_name(path), offset=first_bad)


def looks_arabic(sample: bytes) -> bool:
    """Whether `sample` reads as Windows-1256 text that is mostly Arabic."""
    try:
        text = sample.decode("cp1256")
    except UnicodeDecodeError:
        return False
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    arabic = sum(map(len, _ARABIC_RE.findall(text)))
    return _believably_arabic(non_ascii, arabic, len(_MIXED_RE.findall(text)))


def _utf16_without_bom(path: Path, codec: str) -> Encoding:
    """UTF-16 without a byte order mark, when the whole file decodes as `codec` into text
    without control characters; else Utf16WithoutBomError."""
    bad, _, _, nuls = _scan(path, codec, 0)
    if bad is None and not nuls:
        with _read_chunks(path) as stream:
            head = stream.read(8192)
        text = head[: len(head) // 2 * 2].decode(codec, "replace")
        if not any(ch < " " and ch not in "\r\n\t" for ch in text):
            label = LABEL_UTF16LE if codec == "utf-16-le" else LABEL_UTF16BE
            return Encoding(codec, 0, label)
    raise Utf16WithoutBomError(file=_name(path))


def chosen_encoding(path: Path, name: str) -> Encoding:
    """The encoding called `name` (any Python codec name: "windows-1252", "shift_jis"...)
    chosen by the person; a byte order mark of that encoding is skipped."""
    try:
        info = codecs.lookup(name.strip())
    except LookupError as exc:
        raise UnknownEncodingError(encoding=name) from exc
    codec = info.name
    if not _is_character_set(info):
        raise UnknownEncodingError(encoding=name)
    with _read_chunks(path) as stream:
        head = stream.read(4)
    if not head:
        raise EmptyFileError(file=_name(path))
    bom = next((b for b, c, _ in _BOMS if c == codec and head.startswith(b)), b"")
    return Encoding(codec, len(bom), codec)


def is_wide(codec: str) -> bool:
    """Whether `codec` writes ASCII in more than one byte (UTF-16, UTF-32)."""
    return codec.startswith(("utf-16", "utf-32"))


def _is_character_set(info: codecs.CodecInfo) -> bool:
    """A text encoding that reads ASCII as ASCII, or UTF-16/32 (not base64, rot13, idna...)."""
    if not getattr(info, "_is_text_encoding", True):
        return False
    if is_wide(info.name):
        return True
    sample = b'BEGIN:VCARD\r\nN:Doe;Jane;;;\r\nEMAIL:jane@example.com, "="\t'
    try:
        text = sample.decode("ascii")
        decoder = codecs.getincrementaldecoder(info.name)("strict")
        # Values that do not decode are read with "replace": idna cannot.
        return decoder.decode(sample, True) == text == sample.decode(info.name, "replace")
    except (UnicodeError, LookupError, TypeError, ValueError):
        return False


def check_decodes(path: Path, encoding: Encoding) -> None:
    """WrongEncodingError when the file (a chosen encoding) does not decode as `encoding`."""
    bad, _, _, _ = _scan(path, encoding.codec, encoding.bom_length)
    if bad is not None:
        raise WrongEncodingError(file=_name(path), encoding=encoding.codec, offset=bad)


def guess_encoding(sample: bytes) -> str:
    """The most likely 8-bit encoding of `sample` (a codec name such as "cp1252")."""
    import charset_normalizer  # imported when first needed: only undecided files guess

    results = charset_normalizer.from_bytes(sample[:_GUESS_SAMPLE])
    best = results.best()
    if best is None:
        return "cp1252"
    # Equally likely candidates (cp1250 and cp1252 read "Café" alike), or one that reads the
    # sample as the best one does: the common one wins (not Windows-1256, which reads "é" too
    # and is believed only for Arabic text).
    tied = {
        _codec_name(r.encoding)
        for r in results
        if (r.chaos, r.coherence) == (best.chaos, best.coherence)
    }
    sample = sample[:_GUESS_SAMPLE]
    text = str(best)
    for codec in COMMON_ENCODINGS:
        if codec in tied or (codec != "cp1256" and _reads_as(sample, codec, text)):
            return codec
    return _codec_name(best.encoding)


def _reads_as(sample: bytes, codec: str, text: str) -> bool:
    try:
        return sample.decode(codec) == text
    except UnicodeDecodeError:
        return False


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


def file_sample(path: Path) -> bytes:
    """The start of the file, for `guess_encoding`."""
    with _read_chunks(path) as stream:
        return stream.read(_GUESS_SAMPLE)


def guessed_encoding(codec: str) -> Encoding:
    return Encoding(codec, 0, codec, guessed=True)


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


def open_bytes(path: Path, encoding: Encoding) -> tuple[Iterator[bytes], CountingReader]:
    """The file's bytes in chunks after its byte order mark (UTF-8 for UTF-16 and UTF-32
    files, transcoded as read), and its byte counter."""
    raw = _read_chunks(path, encoding.bom_length)
    counter = CountingReader(raw)
    return _chunks(counter, encoding), counter


def _chunks(counter: CountingReader, encoding: Encoding) -> Iterator[bytes]:
    with counter:
        wide = encoding.codec.startswith(("utf-16", "utf-32"))
        decoder = codecs.getincrementaldecoder(encoding.codec)("strict") if wide else None
        while chunk := counter.read(_CHUNK):
            yield decoder.decode(chunk).encode("utf-8") if decoder else chunk
        if decoder:
            yield decoder.decode(b"", True).encode("utf-8")


def open_text(path: Path, encoding: Encoding) -> tuple[TextIO, CountingReader]:
    """The file as text with universal newlines off (CSV needs them), and its byte counter."""
    raw = _read_chunks(path, encoding.bom_length)
    counter = CountingReader(raw)
    text = io.TextIOWrapper(
        io.BufferedReader(counter, _CHUNK), encoding=encoding.codec, errors="strict", newline=""
    )
    return text, counter
