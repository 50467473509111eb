"""The workspace: create, unlock and close the encrypted database and its key slots."""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
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
from gtgcrm_desktop.core.paths import DATABASE_FILE, KEY_FILE
from gtgcrm_desktop.store import keys, migrations
from gtgcrm_desktop.store.audit import AuditLog
from gtgcrm_desktop.store.changelog import ChangeLog
from gtgcrm_desktop.store.contacts import ContactRepository
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.store.settings import WorkspaceSettings
from gtgcrm_desktop.store.suppression import SuppressionList
from gtgcrm_desktop.store.templates import TemplateRepository

_log = logging.getLogger(__name__)

DETAIL_NO_DATABASE = QT_TRANSLATE_NOOP("errors", "its database file is missing")
DETAIL_NO_KEY_FILE = QT_TRANSLATE_NOOP("errors", "its key file is missing")
TARGET_EXISTS = QT_TRANSLATE_NOOP("errors", "{path} already exists; choose a new file name.")
EMPTY_PASSPHRASE = QT_TRANSLATE_NOOP("errors", "The passphrase must not be empty.")

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
    ) -> None:
        self.data_dir = data_dir
        self.db = database
        self.key_file = key_file
        self._data_key = data_key
        self._keychain = keychain
        self.unlocked_with = unlocked_with
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
        self.suppression = SuppressionList(database, self.settings)

    @property
    def workspace_id(self) -> str:
        return self.key_file.workspace_id

    # -- lifecycle -----------------------------------------------------------------------

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (data_dir / KEY_FILE).exists() or (data_dir / DATABASE_FILE).exists()

    @classmethod
    def create(
        cls, data_dir: Path, passphrase: str, keychain: Keychain | None = None
    ) -> tuple[Workspace, str]:
        """A new workspace protected by `passphrase`; returns it and the one-time recovery code."""
        if not passphrase:
            raise InputError(EMPTY_PASSPHRASE)
        if cls.exists(data_dir):
            raise AlreadyExistsError(path=str(data_dir))
        keychain = keychain or Keychain()
        data_dir.mkdir(parents=True, exist_ok=True)
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
        return cls(data_dir, database, key_file, data_key, keychain, "passphrase"), recovery_code

    @classmethod
    def open(
        cls, data_dir: Path, offered: keys.Secrets, keychain: Keychain | None = None
    ) -> Workspace:
        """Unlock the workspace in `data_dir`; on any failure the files are left untouched."""
        keychain = keychain or Keychain()
        key_path, database_path = data_dir / KEY_FILE, data_dir / DATABASE_FILE
        if not key_path.exists() and not database_path.exists():
            raise NoWorkspaceError(path=str(data_dir))
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
            # A key rotation stopped after the rekey but before the key file was replaced.
            key_file = keys.KeyFile.load(pending_path)
            data_key, slot = keys.unlock(key_file, offered, keychain)
            database = Database.open(database_path, data_key)
            os.replace(pending_path, key_path)
        try:
            migrations.migrate(database)
            workspace = cls(data_dir, database, key_file, data_key, keychain, slot)
        except BaseException:
            database.close()
            raise
        with contextlib.suppress(FileNotFoundError):
            pending_path.unlink()
        _log.info("workspace unlocked with the %s slot", slot)
        return workspace

    def close(self) -> None:
        self.db.close()

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

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase (the other slots stay as they are)."""
        if not new_passphrase:
            raise InputError(EMPTY_PASSPHRASE)
        new_slot = keys.passphrase_slot(new_passphrase, self._data_key, self.workspace_id)
        slots = [s for s in self.key_file.slots if s.kind != "passphrase"] + [new_slot]
        updated = keys.KeyFile(self.workspace_id, slots)
        updated.save(self.data_dir / KEY_FILE)
        self.key_file = updated
        _log.info("passphrase changed")

    def rotate_key(self, passphrase: str) -> str:
        """A new data key (PRAGMA rekey), wrapped for the keychain, `passphrase` and a new
        recovery code, which is returned. The old recovery code stops working."""
        keys.check_passphrase(self.key_file, passphrase)
        new_key = keys.new_data_key()
        recovery_code = keys.new_recovery_code()
        slots = [
            keys.passphrase_slot(passphrase, new_key, self.workspace_id),
            keys.recovery_slot(recovery_code, new_key, self.workspace_id),
        ]
        chain_slot = keys.keychain_slot(self._keychain, new_key, self.workspace_id)
        if chain_slot is not None:
            slots.insert(0, chain_slot)
        new_file = keys.KeyFile(self.workspace_id, slots)
        key_path = self.data_dir / KEY_FILE
        pending_path = key_path.with_name(key_path.name + PENDING_SUFFIX)
        new_file.save(pending_path)
        self.db.rekey(new_key)
        os.replace(pending_path, key_path)
        old_chain = self.key_file.slot("keychain")
        if old_chain is not None:
            self._keychain.delete(old_chain.account)
        self.key_file, self._data_key = new_file, new_key
        _log.info("data key rotated")
        return recovery_code

    def forget_keychain(self) -> None:
        """Remove this workspace's key from the OS keychain (the passphrase still opens it)."""
        slot = self.key_file.slot("keychain")
        if slot is None:
            return
        self._keychain.delete(slot.account)
        updated = keys.KeyFile(self.workspace_id, [s for s in self.key_file.slots if s is not slot])
        updated.save(self.data_dir / KEY_FILE)
        self.key_file = updated

    def remember_in_keychain(self) -> bool:
        """Add a keychain slot so later unlocks need no passphrase; False if there is no keychain."""
        if self.key_file.slot("keychain") is not None:
            return True
        slot = keys.keychain_slot(self._keychain, self._data_key, self.workspace_id)
        if slot is None:
            return False
        updated = keys.KeyFile(self.workspace_id, [slot, *self.key_file.slots])
        updated.save(self.data_dir / KEY_FILE)
        self.key_file = updated
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
