"""Contact files in and out: Google/Outlook/Thunderbird/mapped CSV, vCard 2.1-4.0 and JSON
readers; import with dry run, duplicate merging and undo; JSON, CSV and vCard writers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from gtgcrm_desktop.store.workspace import Workspace

from ._dedupe import merge, same_person
from ._duplicates import (
    CHOOSABLE,
    DuplicateGroup,
    find_duplicates,
    merge_contacts,
    undo_merge,
)
from ._encoding import COMMON_ENCODINGS, Encoding, detect_encoding
from ._errors import (
    BinaryFileError,
    BomMismatchError,
    EmptyFileError,
    EncodingError,
    ImportAlreadyUndoneError,
    ImportCancelledError,
    ImportNotFoundError,
    InterchangeError,
    MalformedFileError,
    MappingColumnError,
    MappingError,
    MappingTargetError,
    MergeAlreadyUndoneError,
    MergeNotFoundError,
    RowError,
    UncertainEncodingError,
    UnknownColumnsError,
    UnknownEncodingError,
    UnknownFormatError,
    UnknownRegionError,
    UnreadableFileError,
    UnwritableFileError,
    Utf16WithoutBomError,
    ValueWarning,
    WrongEncodingError,
    WrongFormatError,
)
from ._export import EXPORT_FORMATS, ExportProgress, export_contacts
from ._google_csv import ANNIVERSARY_KEY
from ._history import ImportLog, UndoReport, undo_import
from ._mapped_csv import TARGETS, ColumnMapping, load_mapping, suggest_mapping
from ._planner import ImportReport, MergeNote, Progress, RowProblem, run_import
from ._rows import SourceRow
from ._source import FORMAT_LABELS, IMPORT_FORMATS, ImportSource, open_source
from ._vcard_read import (
    EXTRA_NAME_PARTS,
    EXTRA_ORG_UNITS,
    EXTRA_PHOTO,
    EXTRA_PROPERTIES,
    PHOTO_LIMIT,
    read_vcard_text,
    read_vcards,
)
from ._vcard_write import write_card

#: Keys of Contact.extra that the vCard reader fills (unknown properties, name parts, ...).
VCARD_EXTRA_KEYS = frozenset(
    {EXTRA_PROPERTIES, EXTRA_NAME_PARTS, EXTRA_ORG_UNITS, EXTRA_PHOTO, ANNIVERSARY_KEY}
)
#: The Contact.extra key holding vCard properties we do not model (written back on export).
VCARD_KEPT_PROPERTIES = EXTRA_PROPERTIES


def inspect_file(
    path: Path,
    format: str = "auto",
    mapping: ColumnMapping | None = None,
    *,
    encoding: str | None = None,
    guess: bool = False,
) -> ImportSource:
    """What an import of `path` would read: detected format, encoding, CSV header (with
    `guess`, an 8-bit file of uncertain encoding is read with its best guess)."""
    return open_source(path, format, mapping, encoding=encoding, guess=guess)


def read_file(
    path: Path, format: str = "auto", mapping: ColumnMapping | None = None
) -> Iterator[SourceRow]:
    """The rows of `path`, unvalidated, as the readers produce them."""
    return open_source(path, format, mapping).rows()


def import_file(
    workspace: Workspace,
    path: Path,
    *,
    format: str = "auto",
    mapping: ColumnMapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    encoding: str | None = None,
    region: str | None = None,
) -> ImportReport:
    """Import `path` into `workspace`: all of it in one transaction, or (dry run) nothing.

    `encoding` names the file's character set instead of detecting it; a dry run of a file
    whose 8-bit encoding cannot be told for sure reads it with the best guess and says so.
    `region` reads phones without a country code (default: the workspace's region)."""
    source = open_source(path, format, mapping, encoding=encoding, guess=dry_run)
    return run_import(
        workspace,
        source,
        dry_run=dry_run,
        progress=progress,
        cancelled=cancelled,
        region=region,
    )


def list_imports(workspace: Workspace, limit: int = 100) -> list[dict[str, object]]:
    """The latest imports, newest first (ids, file names, counts, times; no personal data)."""
    return list(ImportLog(workspace.db).entries(limit))


__all__ = [
    "CHOOSABLE",
    "COMMON_ENCODINGS",
    "EXPORT_FORMATS",
    "FORMAT_LABELS",
    "IMPORT_FORMATS",
    "PHOTO_LIMIT",
    "TARGETS",
    "VCARD_EXTRA_KEYS",
    "VCARD_KEPT_PROPERTIES",
    "BinaryFileError",
    "BomMismatchError",
    "ColumnMapping",
    "DuplicateGroup",
    "EmptyFileError",
    "Encoding",
    "EncodingError",
    "ExportProgress",
    "ImportAlreadyUndoneError",
    "ImportCancelledError",
    "ImportNotFoundError",
    "ImportReport",
    "ImportSource",
    "InterchangeError",
    "MalformedFileError",
    "MappingColumnError",
    "MappingError",
    "MappingTargetError",
    "MergeAlreadyUndoneError",
    "MergeNotFoundError",
    "MergeNote",
    "Progress",
    "RowError",
    "RowProblem",
    "SourceRow",
    "UncertainEncodingError",
    "UndoReport",
    "UnknownColumnsError",
    "UnknownEncodingError",
    "UnknownFormatError",
    "UnknownRegionError",
    "UnreadableFileError",
    "UnwritableFileError",
    "Utf16WithoutBomError",
    "ValueWarning",
    "WrongEncodingError",
    "WrongFormatError",
    "detect_encoding",
    "export_contacts",
    "find_duplicates",
    "import_file",
    "inspect_file",
    "list_imports",
    "load_mapping",
    "merge",
    "merge_contacts",
    "open_source",
    "read_file",
    "read_vcard_text",
    "read_vcards",
    "run_import",
    "same_person",
    "suggest_mapping",
    "undo_import",
    "undo_merge",
    "write_card",
]
