"""The backup folder: where backups go by default, listing them, and pruning old automatic ones."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from gtgcrm_desktop.core.errors import GtgError
from gtgcrm_desktop.store.backups.archive import SUFFIX, BackupInfo, read_info
from gtgcrm_desktop.store.backups.create import time_from_name
from gtgcrm_desktop.store.backups.retention import Retention, to_keep
from gtgcrm_desktop.store.backups.retired import retired_devices

_log = logging.getLogger(__name__)

DEFAULT_FOLDER_NAME = "backups"


def backup_folder(data_dir: Path, configured: str = "") -> Path:
    """The setting `backups.folder` when set, else `<data dir>/backups`."""
    return Path(configured).expanduser() if configured.strip() else data_dir / DEFAULT_FOLDER_NAME


@dataclass(frozen=True, slots=True)
class Listed:
    """A file of the backup folder: its info, or None with the reason it cannot be read."""

    path: Path
    info: BackupInfo | None
    problem: str = ""

    def to_json(self) -> dict[str, Any]:
        if self.info is not None:
            return {**self.info.to_json(), "damaged": False}
        size = self.path.stat().st_size if self.path.exists() else 0
        return {
            "path": str(self.path),
            "created_at": None,
            "contacts": None,
            "size": size,
            "damaged": True,
        }


def list_backups(folder: Path, language: str = "en") -> list[Listed]:
    """Every `*.gtgbackup` file in `folder`, newest first; unreadable ones are listed as
    damaged (flagged, never hidden)."""
    if not folder.is_dir():
        return []
    found: list[Listed] = []
    for path in folder.glob(f"*{SUFFIX}"):
        if not path.is_file():
            continue
        try:
            found.append(Listed(path, read_info(path)))
        except GtgError as error:
            found.append(Listed(path, None, error.localized(language)))
    found.sort(key=lambda item: (item.info.created_at if item.info else "", item.path.name))
    found.reverse()
    return found


def latest(folder: Path) -> BackupInfo | None:
    """The newest readable backup in `folder`."""
    return next((item.info for item in list_backups(folder) if item.info is not None), None)


def prune(
    folder: Path, retention: Retention, device_id: str, retired: Iterable[str] = ()
) -> list[Path]:
    """Delete the automatic backups of `device_id` (named by time and device) that `retention`
    does not keep. Those of the `retired` devices (workspaces a restore replaced here) belong
    to the same series: the rule runs over all of them together. Files named otherwise (made
    with `-o`, or by another device or workspace sharing the folder) are never touched.
    Returns the deleted paths."""
    if not folder.is_dir():
        return []
    series = [device_id, *(d for d in retired if d != device_id)]
    automatic: dict[Path, datetime] = {}
    for path in folder.glob(f"*{SUFFIX}"):
        moment = next((m for d in series if (m := time_from_name(path.name, d))), None)
        if moment is not None and path.is_file():
            automatic[path] = moment
    kept = to_keep(automatic.values(), retention)
    deleted = []
    for path, moment in automatic.items():
        if moment not in kept:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                deleted.append(path)
    if deleted:
        _log.info("pruned %d old backups", len(deleted))
    return deleted


def back_up_and_prune(workspace: Any, folder: Path, retention: Retention) -> BackupInfo:
    """An automatic backup: a new time-named file in `folder`, then old ones pruned (with
    those of the devices it retired)."""
    from gtgcrm_desktop.store.backups.create import create_backup

    info = create_backup(workspace, folder=folder)
    prune(folder, retention, workspace.device_id, retired_devices(workspace.settings))
    return info
