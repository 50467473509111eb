"""Unpacks a decrypted export (which may come from someone else): safe names, bounded sizes,
private files, and all or nothing."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.privacy.errors import ExportTooLargeError, UnsafeExportEntryError
from gtgcrm_desktop.privacy.sealed import private_new_file

BAD_ZIP = QT_TRANSLATE_NOOP("errors", "The decrypted export is not a valid zip file.")

#: The app writes five files; a few times that is the most an export may hold.
MAX_ENTRIES = 20
#: What an export may unpack to: its zip's size times this (the app's own exports compress
#: about ten times), but at least `MIN_UNPACKED`.
MAX_RATIO = 100
MIN_UNPACKED = 64 << 20
READ_SIZE = 1 << 20

_DRIVE_RE = re.compile(r"^[A-Za-z]:")
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


def unpacked_limit(zip_size: int) -> int:
    """The most bytes a zip of `zip_size` bytes may unpack to."""
    return max(MIN_UNPACKED, zip_size * MAX_RATIO)


def _shown(name: str) -> str:
    return repr(name)


def check_name(name: str, raw: str, seen: set[str], path: str) -> None:
    """Refuse an entry name that is not a plain, new file name on every system."""
    stem = name.split(".", 1)[0].strip().casefold()
    if (
        not name
        or name != raw  # zipfile cut it at a NUL
        or any(ord(ch) < 32 for ch in name)
        or any(ch in name for ch in '/\\:*?"<>|')
        or _DRIVE_RE.match(name)
        or name.startswith(".")
        or name.endswith((".", " "))
        or stem in _WINDOWS_DEVICES
        or len(name.encode("utf-8")) > 255
    ):
        raise UnsafeExportEntryError(path=path, name=_shown(raw))
    key = unicodedata.normalize("NFC", name).casefold()
    if key in seen:
        raise UnsafeExportEntryError(path=path, name=_shown(raw))
    seen.add(key)


def checked_entries(archive: zipfile.ZipFile, zip_size: int, path: str) -> list[zipfile.ZipInfo]:
    """The archive's entries once their count, names, methods and declared sizes are fine."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise ExportTooLargeError(path=path)
    limit, total = unpacked_limit(zip_size), 0
    seen: set[str] = set()
    for info in entries:
        check_name(info.filename, info.orig_filename, seen, path)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InputError(BAD_ZIP)
        total += info.file_size
        if info.file_size > limit or total > limit:
            raise ExportTooLargeError(path=path)
    return entries


def _copy(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int, path: str
) -> int:
    """Write one entry to a new private file, reading bounded chunks; returns its size."""
    written = 0
    with private_new_file(target) as out, archive.open(info) as entry:
        while chunk := entry.read(READ_SIZE):
            written += len(chunk)
            if written > info.file_size or written > budget:
                raise ExportTooLargeError(path=path)
            out.write(chunk)
    return written


@contextlib.contextmanager
def _staging(target: Path) -> Iterator[Path]:
    """A private folder beside `target`, removed unless the block moved it into place."""
    staging = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    )
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def unpack(data: bytes, target: Path, path: str) -> list[str]:
    """Unpack the zip `data` into the new (or empty) folder `target`, all or nothing; returns
    the file names. Refuses unsafe names and anything bigger than the app ever writes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = checked_entries(archive, len(data), path)
            with _staging(target) as staging:
                budget = unpacked_limit(len(data))
                for info in entries:
                    budget -= _copy(archive, info, staging / info.filename, budget, path)
                if target.exists():
                    target.rmdir()  # empty, checked by the caller
                os.replace(staging, target)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise InputError(BAD_ZIP) from exc
    return [info.filename for info in entries]


def check_archive(data: bytes, path: str) -> None:
    """Refuse the zip `data` as `unpack` would, without unpacking it (for a `.zip` output, so
    a tool that unzips it later meets no unsafe name either)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            checked_entries(archive, len(data), path)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise InputError(BAD_ZIP) from exc


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to the new file `path`, readable by its owner only."""
    out = private_new_file(path)
    try:
        with out:
            out.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
