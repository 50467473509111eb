"""CSV streaming: delimiter sniffing, the header, and each record with the line it starts on."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from ._errors import DETAIL_CSV, DETAIL_NO_HEADER, MalformedFileError, WrongFormatError

_DELIMITERS = (",", ";", "\t", "|")
FIELD_LIMIT = 1 << 20  # a megabyte per cell; notes can be long, nothing legitimate is longer


def sniff_delimiter(first_line: str) -> str:
    """The most frequent of comma, semicolon, tab and bar (|) outside quotes in the header."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass(frozen=True, slots=True)
class CsvRecord:
    line: int
    cells: list[str]


class CsvStream:
    """The header and then the records of a CSV text stream, with their starting lines."""

    def __init__(self, text: TextIO, file_name: str, delimiter: str | None = None) -> None:
        self.file_name = file_name
        self._text = text
        first = text.readline()
        if first.startswith("\ufeff"):
            first = first[1:]
        self.delimiter = delimiter or sniff_delimiter(first)
        self._lines = _chain_first(first, text)
        csv.field_size_limit(FIELD_LIMIT)
        self._reader = csv.reader(self._lines, delimiter=self.delimiter, strict=False)
        header = self._next()
        if header is None or not any(cell.strip() for cell in header.cells):
            raise WrongFormatError(file=file_name, format="CSV", detail=DETAIL_NO_HEADER)
        self.header = [cell.strip() for cell in header.cells]

    def _next(self) -> CsvRecord | None:
        start = self._reader.line_num + 1
        try:
            cells = next(self._reader)
        except StopIteration:
            return None
        except csv.Error as exc:
            raise MalformedFileError(
                file=self.file_name, line=self._reader.line_num, detail=DETAIL_CSV
            ) from exc
        return CsvRecord(start, cells)

    def __iter__(self) -> Iterator[CsvRecord]:
        while (record := self._next()) is not None:
            if has_text(record.cells):
                yield record


def has_text(cells: list[str]) -> bool:
    """Whether some cell holds more than whitespace (one join instead of a strip per cell)."""
    joined = "".join(cells)
    return bool(joined) and not joined.isspace()


def _chain_first(first: str, rest: TextIO) -> Iterator[str]:
    yield first
    yield from rest
