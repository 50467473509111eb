"""Checking a backup: unlock its own key slots, then SQLCipher's and SQLite's integrity checks."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from gtgcrm_desktop.core.errors import NewerSchemaError, NoSecretError, UnlockError
from gtgcrm_desktop.store import keys, migrations
from gtgcrm_desktop.store.backups.archive import (
    DATABASE_ENTRY,
    DETAIL_CHECK_FAILED,
    DETAIL_NOT_BACKUP,
    BackupDamagedError,
    BackupInfo,
    extract_database,
    read_info,
    read_key_file,
)


@dataclass(frozen=True, slots=True)
class VerifiedBackup:
    """A backup that opened and passed both checks."""

    info: BackupInfo
    contacts: int
    schema_version: int
    unlocked_with: str

    def to_json(self) -> dict[str, Any]:
        return {
            **self.info.to_json(),
            "healthy": True,
            "contacts": self.contacts,
            "unlocked_with": self.unlocked_with,
        }


def unlock_backup(key_file: keys.KeyFile, offered: keys.Secrets) -> tuple[bytes, str]:
    """The data key through the backup's passphrase slot, else its recovery slot (no keychain:
    the backup has no keychain slot). Wrong secrets raise the UnlockError of the last tried."""
    failure: UnlockError = NoSecretError()
    if offered.passphrase is not None:
        try:
            return keys.check_passphrase(key_file, offered.passphrase), "passphrase"
        except UnlockError as exc:
            failure = exc
    if offered.recovery_code is not None:
        try:
            return keys.check_recovery_code(key_file, offered.recovery_code), "recovery"
        except UnlockError as exc:
            failure = exc
    raise failure


@contextlib.contextmanager
def read_only(path: Path, key: bytes) -> Iterator[Any]:
    """A read-only SQLCipher connection to `path` (nothing is written, not even a WAL)."""
    connection = sqlcipher3.connect(
        f"file:{quote(path.as_posix())}?mode=ro", uri=True, isolation_level=None, timeout=10.0
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("PRAGMA temp_store = MEMORY")
        yield connection
    finally:
        connection.close()


def check_database(backup: Path, database: Path, key: bytes) -> tuple[int, int]:
    """Run cipher_integrity_check and integrity_check on `database`; (contacts, schema)."""
    try:
        with read_only(database, key) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            result = connection.execute("PRAGMA integrity_check").fetchall()
            if problems or [tuple(r) for r in result] != [("ok",)]:
                raise BackupDamagedError(path=str(backup), detail=DETAIL_CHECK_FAILED)
            schema = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if schema > migrations.latest_version():
                raise NewerSchemaError(found=schema, known=migrations.latest_version())
            contacts = int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
    except sqlcipher3.DatabaseError as exc:
        raise BackupDamagedError(path=str(backup), detail=DETAIL_CHECK_FAILED) from exc
    return contacts, schema


def open_backup(path: Path, offered: keys.Secrets, into: Path) -> tuple[VerifiedBackup, bytes]:
    """Unlock the backup at `path`, extract its database into the folder `into` and check it;
    returns the result and the data key. Wrong secrets and damage raise UnlockErrors."""
    info = read_info(path)
    key_file = read_key_file(path)
    if key_file.workspace_id != info.manifest.workspace_id:
        raise BackupDamagedError(path=str(path), detail=DETAIL_NOT_BACKUP)
    data_key, slot = unlock_backup(key_file, offered)
    extract_database(path, info.manifest, into / DATABASE_ENTRY)
    contacts, schema = check_database(path, into / DATABASE_ENTRY, data_key)
    return VerifiedBackup(info, contacts, schema, slot), data_key


def verify_backup(path: Path, offered: keys.Secrets) -> VerifiedBackup:
    """Check the backup at `path` in a temporary folder (the database stays encrypted there);
    the live workspace is never opened."""
    with tempfile.TemporaryDirectory(prefix="gtgcrm-verify-") as folder:
        verified, _ = open_backup(path, offered, Path(folder))
    return verified
