"""Taking a backup: a consistent encrypted snapshot (`VACUUM INTO`) packed with its key slots."""

from __future__ import annotations

import contextlib
import errno
import logging
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from gtgcrm_desktop import __version__
from gtgcrm_desktop.core.errors import FileAccessError, InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.store.backups.archive import (
    SUFFIX,
    BackupInfo,
    Manifest,
    file_sha256,
    portable_key_file,
    read_info,
    write_archive,
)
from gtgcrm_desktop.store.backups.verify import read_only
from gtgcrm_desktop.store.database import typed_error
from gtgcrm_desktop.store.workspace import Workspace

_log = logging.getLogger(__name__)

TARGET_EXISTS = QT_TRANSLATE_NOOP("errors", "{path} already exists; choose a new file name.")
LOCKED = QT_TRANSLATE_NOOP("errors", "The window is locked; unlock it to back up.")
NAME_PREFIX = "gtgcrm-"
_NAME_FORMAT = "%Y-%m-%dT%H-%M-%SZ"


def backup_name(moment: datetime, device_id: str, number: int = 1) -> str:
    """`gtgcrm-2026-12-04T23-15-00Z-<device id>.gtgbackup`: sorts by time, valid on every
    file system; the device id keeps apart the backups of several devices or workspaces that
    share one folder (a USB drive, a synced folder), so each prunes only its own. A second
    backup in the same second is `...Z-2-<device id>...`."""
    stamp = moment.astimezone(UTC).strftime(_NAME_FORMAT)
    if number > 1:
        stamp = f"{stamp}-{number}"
    return f"{NAME_PREFIX}{stamp}-{device_id}{SUFFIX}"


def time_from_name(name: str, device_id: str) -> datetime | None:
    """The moment in the name of an automatic backup of `device_id`, else None."""
    ending = f"-{device_id}{SUFFIX}"
    if not (name.startswith(NAME_PREFIX) and name.endswith(ending)):
        return None
    stamp, dash, number = name[len(NAME_PREFIX) : -len(ending)].partition("Z-")
    if dash and not (number.isascii() and number.isdigit()):
        return None
    try:
        return datetime.strptime(stamp + "Z" * bool(dash), _NAME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _free_name(folder: Path, moment: datetime, device_id: str) -> Path:
    number = 1
    while (target := folder / backup_name(moment, device_id, number)).exists():
        number += 1
    return target


def _snapshot(source: Path, data_key: bytes, target: Path) -> None:
    """`VACUUM INTO` on a connection of its own: one read transaction, so the copy holds
    exactly the transactions committed before it started, while others go on writing (WAL).
    The copy is encrypted with the same key; the app's own connection is not held up. It
    reads (and so checks the HMAC of) every table page and rebuilds every index, so a damaged
    workspace fails here instead of giving a damaged backup that would prune good ones."""
    connection = sqlcipher3.connect(str(source), isolation_level=None, timeout=30.0)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()


def _snapshot_error(exc: Exception, source: Path, folder: Path) -> Exception:
    """A snapshot that failed as the error a person can act on (a full disk names the backup
    folder; damage or a busy database the workspace), else `exc` itself."""
    if "full" in str(exc).lower():
        return FileAccessError(path=str(folder), reason=FileAccessError.REASONS[errno.ENOSPC])
    return typed_error(exc, source) or exc


def _count(path: Path, key: bytes) -> tuple[int, int]:
    """Contacts and schema version of the snapshot (read from the copy itself)."""
    with read_only(path, key) as connection:
        contacts = int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
        schema = int(connection.execute("PRAGMA user_version").fetchone()[0])
    return contacts, schema


def create_backup(
    workspace: Workspace, target: Path | None = None, *, folder: Path | None = None
) -> BackupInfo:
    """Back up `workspace` to `target`, or to a new time-stamped file in `folder`."""
    now = datetime.now(UTC)
    if target is None:
        if folder is None:
            raise ValueError("a target file or a folder is needed")
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = _free_name(folder, now, workspace.device_id)
    if target.exists():
        raise InputError(TARGET_EXISTS, path=str(target))
    if workspace.suspended:
        raise InputError(LOCKED)
    # Taken together: the key the snapshot is encrypted with and the slots that wrap it. Other
    # processes cannot change either meanwhile (key changes need the workspace lock exclusively,
    # and this workspace holds it shared).
    data_key: bytes = workspace._data_key  # the store package's own secret, never exported
    key_file = portable_key_file(workspace.key_file)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".gtgcrm-backup-", dir=target.parent))
    try:
        snapshot = staging / "workspace.db"
        try:
            _snapshot(workspace.db.path, data_key, snapshot)
        except sqlcipher3.DatabaseError as exc:
            raise _snapshot_error(exc, workspace.db.path, target.parent) from exc
        snapshot.chmod(0o600)
        contacts, schema = _count(snapshot, data_key)
        manifest = Manifest(
            workspace_id=workspace.workspace_id,
            created_at=now.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            contacts=contacts,
            schema_version=schema,
            app_version=__version__,
            database_size=snapshot.stat().st_size,
            database_sha256=file_sha256(snapshot),
        )
        write_archive(target, manifest, key_file, snapshot)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
    _log.info("backup created (%d contacts)", contacts)
    return read_info(target)
