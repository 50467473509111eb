"""The backup file: one zip with a manifest, the portable key slots and the encrypted database.

Layout (entries stored, not compressed: the database is ciphertext already):

- `manifest.json`: format, version, workspace id, creation time, contact count, schema
  version, app version, and the size and SHA-256 of the database entry. No personal data.
- `workspace.keys`: the key file with the passphrase and recovery-code slots only; the
  keychain slot belongs to one computer and is never copied.
- `workspace.db`: the SQLCipher snapshot, encrypted under the workspace's data key.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, ClassVar

from gtgcrm_desktop.core.errors import InputError, UnlockError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.paths import DATABASE_FILE, KEY_FILE
from gtgcrm_desktop.store import keys

FORMAT = "gtgcrm-backup"
VERSION = 1
SUFFIX = ".gtgbackup"
MANIFEST_ENTRY = "manifest.json"
KEYS_ENTRY = KEY_FILE
DATABASE_ENTRY = DATABASE_FILE
#: Key slots a backup carries: both open the data key on any computer.
PORTABLE_SLOTS = ("passphrase", "recovery")
#: Bounds for the small entries of a file that may come from anywhere.
_MAX_SMALL_ENTRY = 256 * 1024
_CHUNK = 1024 * 1024
#: Numbers a manifest may hold (SQLite's own integer range).
_MAX_NUMBER = 2**63 - 1
#: At most four times each default Argon2 cost: a slot asking for more (1 GiB x 64 passes
#: would take minutes and all memory) is not one this app wrote.
_ARGON2_BOUNDS = {name: 4 * value for name, value in keys.ARGON2_DEFAULTS.items()}
_SALT_BYTES = (8, 64)
#: A backup has three entries; its central directory is read only when it is about that small
#: (zipfile reads it whole: 600,000 empty entries took 3 s and 350 MB).
_MAX_ENTRIES = 16
_MAX_DIRECTORY = 64 * 1024

NO_SUCH_FILE = QT_TRANSLATE_NOOP("errors", "There is no file {path}.")
DETAIL_NOT_BACKUP = QT_TRANSLATE_NOOP("errors", "it is not a GTG CRM backup")
DETAIL_NEWER_FORMAT = QT_TRANSLATE_NOOP("errors", "it was made by a newer version of GTG CRM")
DETAIL_DATABASE_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "its database does not match its manifest (the file is truncated or altered)"
)
DETAIL_CHECK_FAILED = QT_TRANSLATE_NOOP("errors", "the integrity check found damaged pages")


class BackupDamagedError(UnlockError):
    """A backup file that cannot be read or fails its checks (exit 2)."""

    message = QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged: {detail}.")
    translated_params: ClassVar[dict[str, str]] = {"detail": "errors"}


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a backup says about itself; readable without any secret."""

    workspace_id: str
    created_at: str
    contacts: int
    schema_version: int
    app_version: str
    database_size: int
    database_sha256: str

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "workspace_id": self.workspace_id,
            "created_at": self.created_at,
            "contacts": self.contacts,
            "schema_version": self.schema_version,
            "app_version": self.app_version,
            "database_size": self.database_size,
            "database_sha256": self.database_sha256,
        }

    @classmethod
    def from_json(cls, data: Any) -> Manifest:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a backup manifest")
        if not isinstance(data.get("version"), int) or data["version"] > VERSION:
            raise _NewerFormat()
        return cls(
            workspace_id=str(data["workspace_id"]),
            created_at=str(data["created_at"]),
            contacts=_count(data["contacts"]),
            schema_version=_count(data["schema_version"]),
            app_version=str(data.get("app_version", "")),
            database_size=_count(data["database_size"]),
            database_sha256=str(data["database_sha256"]),
        )


def _count(value: Any, low: int = 0, high: int = _MAX_NUMBER) -> int:
    """`value` when it is an integer in [low, high], else ValueError."""
    if type(value) is not int or not low <= value <= high:
        raise ValueError("a number out of range")
    return value


class _NewerFormat(ValueError):
    """The manifest names a format version this app does not know."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file as listed: where, how big, and its manifest."""

    path: Path
    size: int
    manifest: Manifest

    @property
    def created_at(self) -> str:
        return self.manifest.created_at

    @property
    def contacts(self) -> int:
        return self.manifest.contacts

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "created_at": self.created_at,
            "contacts": self.contacts,
            "size": self.size,
            "workspace_id": self.manifest.workspace_id,
            "schema_version": self.manifest.schema_version,
        }


def portable_key_file(key_file: keys.KeyFile) -> keys.KeyFile:
    """The key file as a backup carries it: passphrase and recovery slots only."""
    return keys.KeyFile(
        key_file.workspace_id, [s for s in key_file.slots if s.kind in PORTABLE_SLOTS]
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_archive(target: Path, manifest: Manifest, key_file: keys.KeyFile, database: Path) -> None:
    """Write the backup to `target` (0600) through a temporary name, so a crash or a full disk
    never leaves a half-written file under the final name."""
    temporary = target.with_name(f".{target.name}.partial")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST_ENTRY, json.dumps(manifest.to_json(), indent=2))
                archive.writestr(KEYS_ENTRY, json.dumps(key_file.to_json(), indent=2))
                archive.write(database, DATABASE_ENTRY)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


def _damaged(path: Path, detail: str) -> BackupDamagedError:
    return BackupDamagedError(path=str(path), detail=detail)


def _open(path: Path) -> zipfile.ZipFile:
    """The zip at `path`, once its end record says it has a backup's few entries; else
    ValueError (or BadZipFile) before its central directory is read."""
    with path.open("rb") as handle:
        end = zipfile._EndRecData(handle)  # type: ignore[attr-defined]
    if end is None:
        raise zipfile.BadZipFile("no end of central directory")
    if end[zipfile._ECD_ENTRIES_TOTAL] > _MAX_ENTRIES or end[zipfile._ECD_SIZE] > _MAX_DIRECTORY:  # type: ignore[attr-defined]
        raise ValueError("too many entries for a backup")
    return zipfile.ZipFile(path)


def _small_entry(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > _MAX_SMALL_ENTRY:
        raise ValueError(f"{name} is too large")
    with archive.open(info) as handle:
        data = handle.read(_MAX_SMALL_ENTRY + 1)
    if len(data) > _MAX_SMALL_ENTRY:
        raise ValueError(f"{name} is too large")
    return data


def read_info(path: Path) -> BackupInfo:
    """The manifest of the backup at `path`; BackupDamagedError when it is not one."""
    if not path.is_file():
        raise InputError(NO_SUCH_FILE, path=str(path))
    try:
        with _open(path) as archive:
            manifest = Manifest.from_json(json.loads(_small_entry(archive, MANIFEST_ENTRY)))
        size = path.stat().st_size
    except _NewerFormat as exc:
        raise _damaged(path, DETAIL_NEWER_FORMAT) from exc
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise _damaged(path, DETAIL_NOT_BACKUP) from exc
    return BackupInfo(path, size, manifest)


def read_key_file(path: Path) -> keys.KeyFile:
    """The portable key slots stored in the backup."""
    try:
        with _open(path) as archive:
            data = json.loads(_small_entry(archive, KEYS_ENTRY))
        if data.get("format") != keys.KEY_FILE_FORMAT:
            raise ValueError("not a key file")
        slots = [
            keys.KeySlot.from_json(s) for s in data["slots"] if s.get("kind") in PORTABLE_SLOTS
        ]
        for slot in slots:
            _check_kdf(slot)
        return keys.KeyFile(workspace_id=str(data["workspace_id"]), slots=slots)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, zipfile.BadZipFile) as exc:
        raise _damaged(path, DETAIL_NOT_BACKUP) from exc


def _check_kdf(slot: keys.KeySlot) -> None:
    """ValueError unless the slot's key derivation is one this app writes, within bounds, so
    a hostile file cannot make an unlock take minutes, all memory, or fail inside the KDF."""
    kdf = slot.kdf
    salt = base64.b64decode(str(kdf.get("salt", "")).encode("ascii"), validate=True)
    _count(len(salt), *_SALT_BYTES)
    if slot.kind == "recovery":
        if kdf.get("name") != "hkdf-sha256":
            raise ValueError("unknown KDF")
        return
    if kdf.get("name") != "argon2id":
        raise ValueError("unknown KDF")
    lanes = _count(kdf.get("lanes"), 1, _ARGON2_BOUNDS["lanes"])
    _count(kdf.get("iterations"), 1, _ARGON2_BOUNDS["iterations"])
    _count(kdf.get("memory_cost"), 8 * lanes, _ARGON2_BOUNDS["memory_cost"])


def extract_database(path: Path, manifest: Manifest, target: Path) -> None:
    """Copy the database entry to `target` (0600), checking its size and SHA-256 against the
    manifest, so a truncated or altered file is named as such."""
    try:
        with _open(path) as archive:
            info = archive.getinfo(DATABASE_ENTRY)
            if info.compress_type != zipfile.ZIP_STORED or info.file_size != manifest.database_size:
                raise _damaged(path, DETAIL_DATABASE_CHANGED)
            digest = hashlib.sha256()
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with archive.open(info) as source, os.fdopen(descriptor, "wb") as sink:
                _copy(source, sink, digest, manifest.database_size)
    except (KeyError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise _damaged(path, DETAIL_DATABASE_CHANGED) from exc
    if digest.hexdigest() != manifest.database_sha256:
        raise _damaged(path, DETAIL_DATABASE_CHANGED)


def _copy(source: IO[bytes], sink: IO[bytes], digest: Any, limit: int) -> None:
    copied = 0
    while chunk := source.read(_CHUNK):
        copied += len(chunk)
        if copied > limit:
            raise ValueError("database entry longer than its manifest says")
        digest.update(chunk)
        sink.write(chunk)
