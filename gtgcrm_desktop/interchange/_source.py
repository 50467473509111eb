"""Opening an import file: its encoding, its format, its header, and a row iterator."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

from ._csv_rows import CsvStream
from ._encoding import CountingReader, Encoding, detect_encoding, open_text
from ._errors import UnknownColumnsError, UnknownFormatError, UnreadableFileError
from ._google_csv import looks_like_google, read_google_csv
from ._json_io import read_json
from ._mapped_csv import ColumnMapping, mapped_plan, read_mapped_csv, suggest_mapping
from ._outlook_csv import looks_like_outlook, read_outlook_csv
from ._rows import SourceRow
from ._thunderbird_csv import looks_like_thunderbird, read_thunderbird_csv
from ._vcard_read import read_vcards

#: Formats an import can name; "auto" detects one of the others.
IMPORT_FORMATS = ("auto", "google-csv", "outlook-csv", "thunderbird-csv", "csv", "vcard", "json")
CSV_FORMATS = ("google-csv", "outlook-csv", "thunderbird-csv", "csv")

FORMAT_LABELS: dict[str, str] = {
    "google-csv": QT_TRANSLATE_NOOP("interchange", "Google Contacts CSV"),
    "outlook-csv": QT_TRANSLATE_NOOP("interchange", "Outlook CSV"),
    "thunderbird-csv": QT_TRANSLATE_NOOP("interchange", "Thunderbird CSV"),
    "csv": QT_TRANSLATE_NOOP("interchange", "CSV with a column mapping"),
    "vcard": QT_TRANSLATE_NOOP("interchange", "vCard"),
    "json": QT_TRANSLATE_NOOP("interchange", "GTG CRM JSON"),
}

_SNIFF_LIMIT = 1 << 16


def _first_line(path: Path, encoding: Encoding) -> str:
    text, _ = open_text(path, encoding)
    with text:
        while True:
            line = text.readline(_SNIFF_LIMIT)
            if not line or line.strip():
                return line.strip().lstrip("\ufeff")


def _csv_format(header: list[str]) -> str | None:
    if looks_like_google(header):
        return "google-csv"
    if looks_like_thunderbird(header):
        return "thunderbird-csv"
    if looks_like_outlook(header):
        return "outlook-csv"
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

    def rows(self) -> Iterator[SourceRow]:
        """The rows, parsed as they are read (the file is open only while iterating)."""
        text, self._counter = open_text(self.path, self.encoding)
        with text:
            if self.format == "vcard":
                yield from read_vcards(text, self.file_name)
            elif self.format == "json":
                yield from read_json(text, self.file_name)
            else:
                stream = CsvStream(text, self.file_name, self.delimiter)
                if self.format == "google-csv":
                    yield from read_google_csv(stream)
                elif self.format == "outlook-csv":
                    yield from read_outlook_csv(stream)
                elif self.format == "thunderbird-csv":
                    yield from read_thunderbird_csv(stream)
                else:
                    yield from read_mapped_csv(stream, self.mapping or ColumnMapping())


def open_source(
    path: Path, format: str = "auto", mapping: ColumnMapping | None = None
) -> ImportSource:
    """Detect the encoding and (for "auto") the format of `path`; reads only its start
    (and, for the encoding, scans it once without keeping it)."""
    if format not in IMPORT_FORMATS:
        raise UnknownFormatError(file=path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFileError(
            file=path.name, detail=exc.strerror or type(exc).__name__
        ) from exc
    encoding = detect_encoding(path)
    if mapping is not None and format == "auto":
        format = "csv"
    if format == "auto":
        first = _first_line(path, encoding)
        if first.upper().startswith("BEGIN:VCARD"):
            format = "vcard"
        elif first.startswith(("{", "[")):
            format = "json"
    source = ImportSource(path, format, encoding, size, mapping=mapping)
    if format in ("vcard", "json"):
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
