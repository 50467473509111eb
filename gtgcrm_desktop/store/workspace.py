"""The workspace: create, unlock and close the encrypted database and its key slots."""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from gtgcrm_desktop.core.errors import (
    AlreadyExistsError,
    CorruptWorkspaceError,
    InputError,
    NoWorkspaceError,
    UnlockError,
)
from gtgcrm_desktop.core.hlc import HybridLogicalClock
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.paths import DATABASE_FILE, KEY_FILE, tighten_permissions
from gtgcrm_desktop.store import keys, migrations
from gtgcrm_desktop.store.audit import AuditLog
from gtgcrm_desktop.store.changelog import ChangeLog
from gtgcrm_desktop.store.contacts import ContactRepository
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.store.lock import DEFAULT_WAIT, OnWait, WorkspaceLock
from gtgcrm_desktop.store.settings import WorkspaceSettings
from gtgcrm_desktop.store.suppression import SuppressionList
from gtgcrm_desktop.store.templates import TemplateRepository

_log = logging.getLogger(__name__)

DETAIL_NO_DATABASE = QT_TRANSLATE_NOOP("errors", "its database file is missing")
DETAIL_NO_KEY_FILE = QT_TRANSLATE_NOOP("errors", "its key file is missing")
TARGET_EXISTS = QT_TRANSLATE_NOOP("errors", "{path} already exists; choose a new file name.")
EMPTY_PASSPHRASE = QT_TRANSLATE_NOOP("errors", "The passphrase must not be empty.")
DETAIL_STALE_KEY = QT_TRANSLATE_NOOP(
    "errors", "its key file no longer matches the key this window holds; open it again"
)
#: Shown at open (CLI: on stderr; app: Workspace.pending_notice) until a new code is shown.
RECOVERY_CODE_UNSHOWN = QT_TRANSLATE_NOOP(
    "errors",
    "Warning: a key rotation was cut short before its new recovery code was shown, so the old recovery code no longer works. Get a new one now with 'gtgcrm key recovery-code'.",
)

PENDING_SUFFIX = ".pending"
DEVICE_ID_KEY = "device_id"


class Workspace:
    """An unlocked workspace: the database, its repositories and its key slots."""

    def __init__(
        self,
        data_dir: Path,
        database: Database,
        key_file: keys.KeyFile,
        data_key: bytes,
        keychain: Keychain,
        unlocked_with: str,
        lock: WorkspaceLock | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.db = database
        self.key_file = key_file
        self._data_key = data_key
        self._keychain = keychain
        self.unlocked_with = unlocked_with
        self._lock = lock or WorkspaceLock(data_dir)
        self.settings = WorkspaceSettings(database)
        device_id = self.settings.raw(DEVICE_ID_KEY)
        if device_id is None:
            raise CorruptWorkspaceError(path=str(data_dir), detail=DETAIL_NO_DATABASE)
        self.device_id = device_id
        self.clock = HybridLogicalClock(device_id)
        self.changes = ChangeLog(database, self.clock)
        last = self.changes.latest_hlc()
        if last:
            self.clock.observe(last)
        self.contacts = ContactRepository(database, self.changes)
        self.templates = TemplateRepository(database, self.changes)
        self.audit = AuditLog(database)
        self.suppression = SuppressionList(database, self.settings, self.changes)

    @property
    def workspace_id(self) -> str:
        return self.key_file.workspace_id

    @property
    def lock(self) -> WorkspaceLock:
        """This process's hold on the workspace (shared; exclusive during key operations)."""
        return self._lock

    @property
    def pending_notice(self) -> str | None:
        """An English source text (context "errors") to show the person, or None."""
        return RECOVERY_CODE_UNSHOWN if self.key_file.recovery_code_unshown else None

    # -- lifecycle -----------------------------------------------------------------------

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (data_dir / KEY_FILE).exists() or (data_dir / DATABASE_FILE).exists()

    @classmethod
    def create(
        cls,
        data_dir: Path,
        passphrase: str,
        keychain: Keychain | None = None,
        *,
        holder: str = "app",
        command: str = "",
    ) -> tuple[Workspace, str]:
        """A new workspace protected by `passphrase`; returns it and the one-time recovery code.
        The workspace lock is held exclusively while creating, shared afterwards."""
        if not passphrase:
            raise InputError(EMPTY_PASSPHRASE)
        if cls.exists(data_dir):
            raise AlreadyExistsError(path=str(data_dir))
        keychain = keychain or Keychain()
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        tighten_permissions(data_dir)
        lock = WorkspaceLock(data_dir, holder, command).acquire(exclusive=True, wait=0)
        try:
            if cls.exists(data_dir):  # another process created it meanwhile
                raise AlreadyExistsError(path=str(data_dir))
            workspace, recovery_code = cls._create_locked(data_dir, passphrase, keychain, lock)
        except BaseException:
            lock.release()
            raise
        lock.downgrade()
        return workspace, recovery_code

    @classmethod
    def _create_locked(
        cls, data_dir: Path, passphrase: str, keychain: Keychain, lock: WorkspaceLock
    ) -> tuple[Workspace, str]:
        workspace_id = str(uuid.uuid4())
        data_key = keys.new_data_key()
        recovery_code = keys.new_recovery_code()
        slots = [
            keys.passphrase_slot(passphrase, data_key, workspace_id),
            keys.recovery_slot(recovery_code, data_key, workspace_id),
        ]
        chain_slot = keys.keychain_slot(keychain, data_key, workspace_id)
        if chain_slot is not None:
            slots.insert(0, chain_slot)
        key_file = keys.KeyFile(workspace_id, slots)
        database_path = data_dir / DATABASE_FILE
        try:
            database = Database.open(database_path, data_key)
            migrations.migrate(database)
            WorkspaceSettings(database).set_raw(DEVICE_ID_KEY, uuid.uuid4().hex[:12])
            key_file.save(data_dir / KEY_FILE)
        except BaseException:
            with contextlib.suppress(Exception):
                database.close()
            for leftover in (database_path, *_sidecars(database_path), data_dir / KEY_FILE):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        _log.info("workspace created")
        workspace = cls(data_dir, database, key_file, data_key, keychain, "passphrase", lock)
        return workspace, recovery_code

    @classmethod
    def open(
        cls,
        data_dir: Path,
        offered: keys.Secrets,
        keychain: Keychain | None = None,
        *,
        holder: str = "app",
        command: str = "",
        exclusive: bool = False,
        wait: float = DEFAULT_WAIT,
        on_wait: OnWait | None = None,
    ) -> Workspace:
        """Unlock the workspace in `data_dir`; on any failure the files are left untouched.

        The workspace lock is taken first (shared, or `exclusive` for key operations) and
        kept until `close()`; `holder` and `command` name this process in others' refusals.
        WorkspaceInUseError when it cannot be had within `wait` seconds."""
        keychain = keychain or Keychain()
        key_path, database_path = data_dir / KEY_FILE, data_dir / DATABASE_FILE
        if not key_path.exists() and not database_path.exists():
            raise NoWorkspaceError(path=str(data_dir))
        tighten_permissions(data_dir)
        lock = WorkspaceLock(data_dir, holder, command)
        lock.acquire(exclusive=exclusive, wait=wait, on_wait=on_wait)
        try:
            workspace = cls._open_locked(data_dir, offered, keychain, lock)
        except BaseException:
            lock.release()
            raise
        _log.info("workspace unlocked with the %s slot", workspace.unlocked_with)
        return workspace

    @classmethod
    def _open_locked(
        cls, data_dir: Path, offered: keys.Secrets, keychain: Keychain, lock: WorkspaceLock
    ) -> Workspace:
        key_path, database_path = data_dir / KEY_FILE, data_dir / DATABASE_FILE
        if not database_path.exists():
            raise CorruptWorkspaceError(path=str(data_dir), detail=DETAIL_NO_DATABASE)
        if not key_path.exists():
            raise CorruptWorkspaceError(path=str(data_dir), detail=DETAIL_NO_KEY_FILE)
        pending_path = key_path.with_name(key_path.name + PENDING_SUFFIX)
        key_file = keys.KeyFile.load(key_path)
        data_key, slot = keys.unlock(key_file, offered, keychain)
        try:
            database = Database.open(database_path, data_key)
        except CorruptWorkspaceError:
            if not pending_path.exists():
                raise
            # A key rotation stopped after the rekey but before the key file was replaced
            # (its holder died: we hold the lock, so no rotation is running now).
            key_file = keys.KeyFile.load(pending_path)
            data_key, slot = keys.unlock(key_file, offered, keychain)
            database = Database.open(database_path, data_key)
            with contextlib.suppress(FileNotFoundError):  # another opener finished it
                os.replace(pending_path, key_path)
            _log.warning("finished an interrupted key rotation")
        try:
            migrations.migrate(database)
            workspace = cls(data_dir, database, key_file, data_key, keychain, slot, lock)
        except BaseException:
            database.close()
            raise
        with contextlib.suppress(FileNotFoundError):
            pending_path.unlink()
        return workspace

    def close(self) -> None:
        """Close the database and give the workspace lock back (idempotent)."""
        try:
            self.db.close()
        finally:
            self._lock.release()

    # -- the app's lock screen -----------------------------------------------------------

    @property
    def suspended(self) -> bool:
        return self.db.closed

    def suspend(self) -> None:
        """Close the database and drop the key, keeping the workspace lock (the app's "Lock"):
        no other process can change the key meanwhile. `resume` opens it again."""
        self.db.close()
        self._data_key = b""

    def resume(self, offered: keys.Secrets) -> None:
        """Unlock again after `suspend` (re-reading the key file); the repositories work again.
        Raises the same UnlockErrors as `open` and leaves the workspace suspended then."""
        if not self.suspended:
            return
        key_file = keys.KeyFile.load(self.data_dir / KEY_FILE)
        data_key, slot = keys.unlock(key_file, offered, self._keychain)
        self.db.reopen(data_key)
        self.key_file, self._data_key, self.unlocked_with = key_file, data_key, slot

    # -- health ---------------------------------------------------------------------------

    def check(self, *, quick: bool = False) -> list[str]:
        """Problems in the database file ([] when healthy): SQLCipher's page check and SQLite's
        integrity_check (quick_check when `quick`). Runs on its own connection, so it can run
        on a worker thread without holding up this workspace's other calls."""
        if self.suspended:
            return []
        database = Database.open(self.db.path, self._data_key)
        try:
            return database.integrity_problems(quick=quick)
        finally:
            database.close()

    def quick_check(self) -> list[str]:
        """The check the app runs in the background after start (for its damage banner)."""
        return self.check(quick=True)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- keys -----------------------------------------------------------------------------

    def derive_key(self, purpose: str) -> bytes:
        """A 256-bit key for `purpose` (e.g. sealing sync tokens), derived from the data key.

        It changes when the data key is rotated; what it sealed must then be sealed again."""
        return HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=f"gtgcrm:{purpose}".encode()
        ).derive(self._data_key)

    @contextlib.contextmanager
    def _changing_keys(self) -> Iterator[None]:
        """Hold the lock exclusively and work on the key file as it is on disk now, after
        checking that the data key we hold still opens the database."""
        with self._lock.exclusive():
            current = keys.KeyFile.load(self.data_dir / KEY_FILE)
            if current.workspace_id != self.workspace_id:
                raise CorruptWorkspaceError(path=str(self.data_dir), detail=DETAIL_STALE_KEY)
            try:
                Database.open(self.db.path, self._data_key).close()
            except CorruptWorkspaceError as exc:
                raise CorruptWorkspaceError(
                    path=str(self.data_dir), detail=DETAIL_STALE_KEY
                ) from exc
            self.key_file = current
            yield

    def _save_key_file(self, updated: keys.KeyFile) -> None:
        updated.save(self.data_dir / KEY_FILE)
        self.key_file = updated

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase (the other slots stay as they are)."""
        if not new_passphrase:
            raise InputError(EMPTY_PASSPHRASE)
        with self._changing_keys():
            new_slot = keys.passphrase_slot(new_passphrase, self._data_key, self.workspace_id)
            slots = [s for s in self.key_file.slots if s.kind != "passphrase"] + [new_slot]
            self._save_key_file(
                keys.KeyFile(self.workspace_id, slots, self.key_file.recovery_code_unshown)
            )
        _log.info("passphrase changed")

    def rotate_key(self, passphrase: str) -> str:
        """A new data key (PRAGMA rekey), wrapped for the keychain, `passphrase` and a new
        recovery code, which is returned. The old recovery code stops working. Until
        `recovery_code_shown()` is called, the next open warns that the code was not shown."""
        with self._changing_keys():
            if keys.check_passphrase(self.key_file, passphrase) != self._data_key:
                raise CorruptWorkspaceError(path=str(self.data_dir), detail=DETAIL_STALE_KEY)
            new_key = keys.new_data_key()
            recovery_code = keys.new_recovery_code()
            slots = [
                keys.passphrase_slot(passphrase, new_key, self.workspace_id),
                keys.recovery_slot(recovery_code, new_key, self.workspace_id),
            ]
            chain_slot = keys.keychain_slot(self._keychain, new_key, self.workspace_id)
            if chain_slot is not None:
                slots.insert(0, chain_slot)
            new_file = keys.KeyFile(self.workspace_id, slots, recovery_code_unshown=True)
            key_path = self.data_dir / KEY_FILE
            pending_path = key_path.with_name(key_path.name + PENDING_SUFFIX)
            new_file.save(pending_path)
            self.db.rekey(new_key)
            os.replace(pending_path, key_path)
            keys.fsync_folder(self.data_dir)
            old_chain = self.key_file.slot("keychain")
            if old_chain is not None:
                self._keychain.delete(old_chain.account)
            self.key_file, self._data_key = new_file, new_key
        _log.info("data key rotated")
        return recovery_code

    def new_recovery_code(self) -> str:
        """A new recovery code (the old one stops working at once), returned to be shown.
        Call `recovery_code_shown()` once the person has seen it."""
        with self._changing_keys():
            code = keys.new_recovery_code()
            slot = keys.recovery_slot(code, self._data_key, self.workspace_id)
            slots = [s for s in self.key_file.slots if s.kind != "recovery"] + [slot]
            self._save_key_file(keys.KeyFile(self.workspace_id, slots, recovery_code_unshown=True))
        _log.info("new recovery code issued")
        return code

    def recovery_code_shown(self) -> None:
        """The newest recovery code reached the person: stop warning at open."""
        if not self.key_file.recovery_code_unshown:
            return
        with self._changing_keys():
            self._save_key_file(keys.KeyFile(self.workspace_id, list(self.key_file.slots)))

    def forget_keychain(self) -> None:
        """Remove this workspace's key from the OS keychain (the passphrase still opens it)."""
        if self.key_file.slot("keychain") is None:
            return
        with self._changing_keys():
            slot = self.key_file.slot("keychain")
            if slot is None:
                return
            self._keychain.delete(slot.account)
            others = [s for s in self.key_file.slots if s is not slot]
            self._save_key_file(
                keys.KeyFile(self.workspace_id, others, self.key_file.recovery_code_unshown)
            )

    def remember_in_keychain(self) -> bool:
        """Add a keychain slot so later unlocks need no passphrase; False if there is no keychain."""
        if self.key_file.slot("keychain") is not None:
            return True
        with self._changing_keys():
            if self.key_file.slot("keychain") is not None:
                return True
            slot = keys.keychain_slot(self._keychain, self._data_key, self.workspace_id)
            if slot is None:
                return False
            self._save_key_file(
                keys.KeyFile(
                    self.workspace_id,
                    [slot, *self.key_file.slots],
                    self.key_file.recovery_code_unshown,
                )
            )
        return True

    def decrypt_to(self, target: Path) -> None:
        """A plaintext copy of the database at `target`, which must not exist yet."""
        if target.exists():
            raise InputError(TARGET_EXISTS, path=str(target))
        try:
            self.db.export_plaintext(target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            raise


def _sidecars(database_path: Path) -> list[Path]:
    return [database_path.with_name(database_path.name + s) for s in ("-wal", "-shm")]


__all__ = ["UnlockError", "Workspace"]
