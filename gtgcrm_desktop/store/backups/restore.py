"""Restoring a backup into a folder: checked first, staged beside it, then moved into place.

A restored workspace is a new device of the same workspace: it gets a fresh device id (its
change-log clock continues from the backup's last stamp under the new id, so it never poses as
the device that made the backup with an older clock), and the sync state key `restored_at`
(`RESTORED_AT_KEY`) tells the sync engine to pull everything since the backup's cursor before
it pushes anything; the engine clears it after that first pull. A restore into the live
folder also records the device ids of the workspace it replaces (given as `retire`) as retired
devices, whose automatic backups the restored workspace then prunes as its own series.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.paths import DATABASE_FILE, KEY_FILE
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store import keys, migrations
from gtgcrm_desktop.store.backups.archive import read_key_file
from gtgcrm_desktop.store.backups.retired import clean, retired_devices, set_retired_devices
from gtgcrm_desktop.store.backups.verify import VerifiedBackup, open_backup
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.store.settings import WorkspaceSettings
from gtgcrm_desktop.store.sync_state import SyncStore
from gtgcrm_desktop.store.workspace import DEVICE_ID_KEY, Workspace

_log = logging.getLogger(__name__)

TARGET_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "errors", "{path} is not empty; restore into a new or empty folder."
)
#: Sync state key set on restore; the sync engine pulls before it pushes while it is set.
RESTORED_AT_KEY = "restored_at"
#: Files that make up a workspace inside its data folder.
WORKSPACE_FILES = (
    DATABASE_FILE,
    f"{DATABASE_FILE}-wal",
    f"{DATABASE_FILE}-shm",
    KEY_FILE,
    f"{KEY_FILE}.pending",
)
ASIDE_PREFIX = "before-restore-"

#: Called with the restored workspace (still in its staging folder) before it is moved into
#: place, e.g. to re-apply erasures; an exception cancels the restore.
PrepareHook = Callable[[Workspace], None]


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """Where the backup went and what was moved aside to make room."""

    target: Path
    backup: VerifiedBackup
    device_id: str
    previous_device_id: str
    moved_aside: Path | None
    #: Devices whose automatic backups the restored workspace prunes as its own.
    retired_devices: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.target),
            "backup": str(self.backup.info.path),
            "created_at": self.backup.info.created_at,
            "contacts": self.backup.contacts,
            "device_id": self.device_id,
            "moved_aside": None if self.moved_aside is None else str(self.moved_aside),
            "retired_devices": list(self.retired_devices),
        }


def is_empty_or_missing(folder: Path) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def move_aside(data_dir: Path) -> Path:
    """Move the workspace files of `data_dir` into a new `before-restore-<time>` folder inside
    it (settings, logs and backups stay); nothing is deleted. Returns that folder."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
    aside = data_dir / f"{ASIDE_PREFIX}{stamp}"
    suffix = 1
    while aside.exists():
        suffix += 1
        aside = data_dir / f"{ASIDE_PREFIX}{stamp}-{suffix}"
    aside.mkdir(mode=0o700)
    for name in WORKSPACE_FILES:
        if (data_dir / name).exists():
            os.replace(data_dir / name, aside / name)
    return aside


def _move_back(aside: Path, data_dir: Path) -> None:
    for name in WORKSPACE_FILES:
        if (aside / name).exists():
            os.replace(aside / name, data_dir / name)
    with contextlib.suppress(OSError):
        aside.rmdir()


def _prepare(
    staging: Path,
    key_file: keys.KeyFile,
    data_key: bytes,
    slot: str,
    hook: PrepareHook | None,
    retire: Sequence[str],
) -> tuple[str, str, list[str]]:
    """Give the staged copy its new device identity, mark it restored, add `retire` to its
    retired devices, run `hook`, audit. Returns (previous device id, new device id, retired
    devices)."""
    database = Database.open(staging / DATABASE_FILE, data_key)
    try:
        migrations.migrate(database)
        settings = WorkspaceSettings(database)
        previous = settings.raw(DEVICE_ID_KEY) or ""
        device_id = uuid.uuid4().hex[:12]
        retired = clean([*retired_devices(settings), *retire], own=device_id)
        with database.transaction():
            settings.set_raw(DEVICE_ID_KEY, device_id)
            set_retired_devices(settings, retired)
            SyncStore(database).put(RESTORED_AT_KEY, now_iso())
        workspace = Workspace(staging, database, key_file, data_key, Keychain(), slot)
        workspace.audit.append(
            "workspace.restored",
            subject_type="workspace",
            subject_id=key_file.workspace_id,
            details={"device_id": device_id, "previous_device_id": previous},
        )
        if hook is not None:
            hook(workspace)
        database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return previous, device_id, retired


def restore_backup(
    path: Path,
    target: Path,
    offered: keys.Secrets,
    *,
    live: bool = False,
    prepare: PrepareHook | None = None,
    keychain: Keychain | None = None,
    retire: Sequence[str] = (),
) -> RestoreResult:
    """Restore the backup at `path` into the folder `target`.

    `target` must be new or empty (else InputError, nothing changed), unless `live` is set:
    then it is the app's data folder and its current workspace files are moved aside first
    (see `move_aside`) — the caller holds the workspace lock exclusively. Everything is
    checked and prepared in a staging folder first, so a wrong secret or a damaged backup
    changes nothing. With `keychain` (this computer's), the restored copy also gets a keychain
    slot there, as a new workspace does, so it opens without the passphrase on this computer.
    `retire`: the device ids of the workspace a live restore replaces (its own and those it
    had retired), so the restored one prunes their automatic backups; kept only when `live`."""
    target = target.expanduser().absolute()
    if not live and not is_empty_or_missing(target):
        raise InputError(TARGET_NOT_EMPTY, path=str(target))
    if live:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".restoring-", dir=target))
    else:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.restoring-", dir=target.parent))
    chain_slot: keys.KeySlot | None = None
    try:
        verified, data_key = open_backup(path, offered, staging)
        key_file = read_key_file(path)
        chain_slot = (
            None
            if keychain is None
            else keys.keychain_slot(keychain, data_key, key_file.workspace_id)
        )
        if chain_slot is not None:
            key_file.slots.insert(0, chain_slot)
        key_file.save(staging / KEY_FILE)
        (staging / KEY_FILE).chmod(0o600)
        previous, device_id, retired = _prepare(
            staging, key_file, data_key, verified.unlocked_with, prepare, retire if live else ()
        )
        aside = _place(staging, target, live)
    except BaseException:
        if keychain is not None and chain_slot is not None:
            keychain.delete(chain_slot.account)  # the restore did not happen: nothing to open
        raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    _log.info("backup restored (new device id %s)", device_id)
    return RestoreResult(target, verified, device_id, previous, aside, tuple(retired))


def _place(staging: Path, target: Path, live: bool) -> Path | None:
    """Move the staged workspace into `target`; on a live folder, the old one goes aside."""
    if not live and not target.exists():
        os.replace(staging, target)
        target.chmod(0o700)
        return None
    if not live and not is_empty_or_missing(target):  # something appeared meanwhile
        raise InputError(TARGET_NOT_EMPTY, path=str(target))
    aside = move_aside(target) if live and Workspace.exists(target) else None
    # The database first (with its WAL, if a checkpoint left one), the key file last.
    names = [n for n in (*WORKSPACE_FILES[:3], KEY_FILE) if (staging / n).exists()]
    try:
        for name in names:
            os.replace(staging / name, target / name)
    except BaseException:
        for name in names:
            with contextlib.suppress(FileNotFoundError):
                (target / name).unlink()
        if aside is not None:
            _move_back(aside, target)
        raise
    return aside
