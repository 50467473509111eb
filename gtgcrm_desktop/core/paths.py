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
