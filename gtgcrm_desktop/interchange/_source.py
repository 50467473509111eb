"""Opening an import file: its encoding, its format, its header, and a row iterator."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

from ._csv_rows import CsvStream
from ._encoding import (
    LABEL_CP1256,
    LABEL_DECLARED,
    LABEL_UTF8,
    CountingReader,
    Encoding,
    check_decodes,
    chosen_encoding,
    detect_encoding,
    file_sample,
    guess_encoding,
    guessed_encoding,
    is_wide,
    looks_arabic,
    open_bytes,
    open_text,
)
from ._errors import (
    EncodingError,
    UncertainEncodingError,
    UnknownColumnsError,
    UnknownFormatError,
    UnreadableFileError,
)
from ._google_csv import looks_like_google, read_google_csv
from ._json_io import read_json
from ._ldif import looks_like_ldif, read_ldif
from ._mapped_csv import ColumnMapping, mapped_plan, read_mapped_csv, suggest_mapping
from ._outlook_csv import looks_like_outlook, read_outlook_csv
from ._rows import SourceRow
from ._thunderbird_csv import looks_like_thunderbird, read_thunderbird_csv
from ._vcard_read import read_vcard_chunks, undeclared_bytes
from ._yahoo_csv import looks_like_yahoo, read_yahoo_csv

#: Formats an import can name; "auto" detects one of the others.
IMPORT_FORMATS = (
    "auto",
    "google-csv",
    "outlook-csv",
    "thunderbird-csv",
    "yahoo-csv",
    "csv",
    "vcard",
    "ldif",
    "json",
)
CSV_FORMATS = ("google-csv", "outlook-csv", "thunderbird-csv", "yahoo-csv", "csv")

FORMAT_LABELS: dict[str, str] = {
    "google-csv": QT_TRANSLATE_NOOP("interchange", "Google Contacts CSV"),
    "outlook-csv": QT_TRANSLATE_NOOP("interchange", "Outlook CSV"),
    "thunderbird-csv": QT_TRANSLATE_NOOP("interchange", "Thunderbird CSV"),
    "yahoo-csv": QT_TRANSLATE_NOOP("interchange", "Yahoo Mail CSV"),
    "csv": QT_TRANSLATE_NOOP("interchange", "CSV with a column mapping"),
    "vcard": QT_TRANSLATE_NOOP("interchange", "vCard"),
    "ldif": QT_TRANSLATE_NOOP("interchange", "LDIF address book"),
    "json": QT_TRANSLATE_NOOP("interchange", "GTG CRM JSON"),
}

_SNIFF_LIMIT = 1 << 16


def _first_line(path: Path, encoding: Encoding) -> str:
    """The first non-blank line, for telling the format (bytes that do not decode replaced)."""
    chunks, counter = open_bytes(path, encoding)
    head = b""
    for chunk in chunks:
        head += chunk
        if head.strip() or len(head) > _SNIFF_LIMIT:
            break
    counter.close()
    codec = "utf-8" if encoding.codec.startswith(("utf-16", "utf-32")) else encoding.codec
    for line in head[:_SNIFF_LIMIT].splitlines():
        if line.strip():
            return line.decode(codec, "replace").strip().lstrip("\ufeff")
    return ""


def _csv_format(header: list[str]) -> str | None:
    if looks_like_google(header):
        return "google-csv"
    if looks_like_thunderbird(header):
        return "thunderbird-csv"
    if looks_like_outlook(header):
        return "outlook-csv"
    if looks_like_yahoo(header):
        return "yahoo-csv"
    return None


@dataclass
class ImportSource:
    """A file ready to import: what was detected, and its rows on demand."""

    path: Path
    format: str
    encoding: Encoding
    size: int
    header: list[str] = field(default_factory=list)
    mapping: ColumnMapping | None = None
    delimiter: str | None = None
    _counter: CountingReader | None = None

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def bytes_read(self) -> int:
        return self._counter.count if self._counter is not None else 0

    def _vcard_charset(self) -> str:
        """The charset of vCard values that name none (UTF-16 and UTF-32 reach the reader as
        UTF-8)."""
        codec = self.encoding.codec
        return "utf-8" if codec.startswith(("utf-16", "utf-32")) else codec

    def rows(self) -> Iterator[SourceRow]:
        """The rows, parsed as they are read (the file is open only while iterating)."""
        if self.format == "vcard":  # read as bytes: folds joined before decoding
            chunks, self._counter = open_bytes(self.path, self.encoding)
            with self._counter:
                yield from read_vcard_chunks(chunks, self.file_name, self._vcard_charset())
            return
        text, self._counter = open_text(self.path, self.encoding)
        with text:
            if self.format == "json":
                yield from read_json(text, self.file_name)
            elif self.format == "ldif":
                yield from read_ldif(text, self.file_name)
            else:
                stream = CsvStream(text, self.file_name, self.delimiter)
                if self.format == "google-csv":
                    yield from read_google_csv(stream)
                elif self.format == "outlook-csv":
                    yield from read_outlook_csv(stream)
                elif self.format == "thunderbird-csv":
                    yield from read_thunderbird_csv(stream)
                elif self.format == "yahoo-csv":
                    yield from read_yahoo_csv(stream)
                else:
                    yield from read_mapped_csv(stream, self.mapping or ColumnMapping())


def _is_vcard(path: Path) -> bool:
    """Whether the file starts (after blank lines) with BEGIN:VCARD, in any 8-bit encoding."""
    head = file_sample(path)[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:11].upper() == b"BEGIN:VCARD"


def _declared_reading(sample: bytes, declared: frozenset[str]) -> Encoding | None:
    """The one 8-bit character set a vCard names on its other values (a DoCoMo phone's
    Shift_JIS), when its values that name none decode in it too."""
    codecs = {_codec(name) for name in declared} - {None, "utf-8"}
    if len(codecs) != 1:
        return None
    [codec] = codecs
    assert codec is not None
    try:
        sample.decode(codec)
    except UnicodeDecodeError:
        return None
    return Encoding(codec, 0, LABEL_DECLARED)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _encoding(path: Path, format: str, guess: bool) -> Encoding:
    """The file's encoding; for an 8-bit file that cannot be told for sure, the best guess
    (`guess`: a dry run or a preview) or an UncertainEncodingError naming it.

    A vCard whose every 8-bit value names its CHARSET is read whatever else it holds."""
    try:
        return detect_encoding(path)
    except EncodingError as error:
        if type(error) is not EncodingError:  # a lying BOM, UTF-16, binary: no guessing
            raise
        offset = error.params.get("offset", 0)
    sample = file_sample(path)
    vcard = format in ("auto", "vcard") and _is_vcard(path)
    if vcard:
        text, _ = open_bytes(path, Encoding("latin-1", 0, ""))
        sample, declared = undeclared_bytes(text)
        if not sample:
            return Encoding("utf-8", 0, LABEL_DECLARED)
        try:
            sample.decode("utf-8")
            return Encoding("utf-8", 0, LABEL_UTF8)
        except UnicodeDecodeError:
            pass
        named = _declared_reading(sample, declared)
        if named is not None:
            return named
        if looks_arabic(sample):
            return Encoding("cp1256", 0, LABEL_CP1256)
    best = guess_encoding(sample)
    if guess:
        guessed = guessed_encoding(best)
        if not vcard:  # the guess read the start; a CSV must decode to its end
            try:
                check_decodes(path, guessed)
            except EncodingError:
                raise UncertainEncodingError(file=path.name, offset=offset, guess=best) from None
        return guessed
    raise UncertainEncodingError(file=path.name, offset=offset, guess=best)


def open_source(
    path: Path,
    format: str = "auto",
    mapping: ColumnMapping | None = None,
    *,
    encoding: str | None = None,
    guess: bool = False,
) -> ImportSource:
    """Detect the encoding (unless `encoding` names one) and (for "auto") the format of
    `path`; reads only its start (and, for the encoding, scans it once without keeping it).

    An 8-bit file whose encoding cannot be told for sure is refused naming the best guess,
    or (`guess`, for a dry run or a preview) read with it."""
    if format not in IMPORT_FORMATS:
        raise UnknownFormatError(file=path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFileError(
            file=path.name, detail=exc.strerror or type(exc).__name__
        ) from exc
    found = chosen_encoding(path, encoding) if encoding else _encoding(path, format, guess)
    vcard = format == "vcard" or (format == "auto" and mapping is None and _is_vcard(path))
    # A vCard's values fall back one by one; other files, and vCards read whole in UTF-16 or
    # UTF-32, must decode throughout.
    if encoding and (not vcard or is_wide(found.codec)):
        check_decodes(path, found)
    return _opened(path, format, mapping, found, size)


def _opened(
    path: Path, format: str, mapping: ColumnMapping | None, encoding: Encoding, size: int
) -> ImportSource:
    if mapping is not None and format == "auto":
        format = "csv"
    if format == "auto":
        first = _first_line(path, encoding)
        if first.upper().startswith("BEGIN:VCARD"):
            format = "vcard"
        elif first.startswith(("{", "[")):
            format = "json"
        elif looks_like_ldif(first):
            format = "ldif"
    source = ImportSource(path, format, encoding, size, mapping=mapping)
    if format in ("vcard", "json", "ldif"):
        return source
    if mapping is not None:
        source.delimiter = mapping.delimiter
    text, _ = open_text(path, encoding)
    with text:
        stream = CsvStream(text, path.name, source.delimiter)
        source.header, source.delimiter = stream.header, stream.delimiter
    if format == "auto":
        detected = _csv_format(source.header)
        if detected is None:
            raise UnknownColumnsError(file=path.name)
        source.format = detected
    if source.format == "csv":
        if source.mapping is None:
            source.mapping = suggest_mapping(source.header)
        mapped_plan(source.header, source.mapping)  # a column the file lacks is refused now
    return source
