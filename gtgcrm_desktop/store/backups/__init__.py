"""Encrypted single-file backups of a workspace: create, list, verify, restore, prune."""

from gtgcrm_desktop.store.backups.archive import SUFFIX, BackupDamagedError, BackupInfo, Manifest
from gtgcrm_desktop.store.backups.create import backup_name, create_backup
from gtgcrm_desktop.store.backups.folder import backup_folder, latest, list_backups, prune
from gtgcrm_desktop.store.backups.restore import (
    RESTORED_AT_KEY,
    RestoreResult,
    move_aside,
    restore_backup,
)
from gtgcrm_desktop.store.backups.retention import Retention, to_keep
from gtgcrm_desktop.store.backups.verify import VerifiedBackup, verify_backup

__all__ = [
    "RESTORED_AT_KEY",
    "SUFFIX",
    "BackupDamagedError",
    "BackupInfo",
    "Manifest",
    "RestoreResult",
    "Retention",
    "VerifiedBackup",
    "backup_folder",
    "backup_name",
    "create_backup",
    "latest",
    "list_backups",
    "move_aside",
    "prune",
    "restore_backup",
    "to_keep",
    "verify_backup",
]
