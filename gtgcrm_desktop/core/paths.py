"""Where the workspace lives: --data-dir, then GTGCRM_DATA_DIR, then the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "GTG CRM"
APP_AUTHOR = "GTG"
DATABASE_FILE = "workspace.db"
KEY_FILE = "workspace.keys"
MACHINE_SETTINGS_FILE = "settings.json"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get("GTGCRM_DATA_DIR")
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


#: Files the app writes are readable by their owner only (POSIX; Windows keeps the profile's ACL).
PRIVATE_UMASK = 0o077
#: Folders inside a data dir whose files are all ours.
OWN_FOLDERS = ("logs", "locks", "backups")


def use_private_files() -> None:
    """Make every file and folder this process creates from now on private (0600 / 0700)."""
    os.umask(PRIVATE_UMASK)


def tighten_permissions(folder: Path) -> None:
    """Make an existing workspace private: the folder 0700, our files in it 0600, and the same
    inside its own sub-folders (logs, locks, backups). Best effort: never fails an open."""
    if os.name != "posix":
        return
    _chmod(folder, 0o700)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_symlink():
            continue
        if entry.is_file() and _is_ours(entry.name):
            _chmod(Path(entry.path), 0o600)
        elif entry.is_dir() and entry.name in OWN_FOLDERS:
            _chmod(Path(entry.path), 0o700)
            for root, dirs, files in os.walk(entry.path):
                for name in dirs:
                    _chmod(Path(root, name), 0o700)
                for name in files:
                    _chmod(Path(root, name), 0o600)


def _is_ours(name: str) -> bool:
    """Files of ours directly in a data dir (a folder chosen with --data-dir may hold others)."""
    stem = name.lstrip(".")
    return stem.startswith(("workspace.", "gtgcrm")) or name == MACHINE_SETTINGS_FILE


def _chmod(path: Path, mode: int) -> None:
    try:
        if path.is_symlink() or (path.stat().st_mode & 0o777) == mode:
            return
        path.chmod(mode)
    except OSError:
        pass
