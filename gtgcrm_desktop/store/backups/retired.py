"""Retired devices: workspaces replaced by a restore, whose automatic backups this one prunes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from gtgcrm_desktop.store.settings import WorkspaceSettings

#: Workspace setting (kept in the database): a JSON list of the device ids of the workspaces
#: that restores into the live folder replaced, newest last.
RETIRED_DEVICES_KEY = "backups.retired_devices"
#: Enough for years of restores; the oldest are dropped first (their backups are long gone).
MAX_RETIRED = 64
_DEVICE_ID = re.compile(r"[0-9A-Za-z]{1,64}")


def clean(device_ids: Iterable[object], own: str = "") -> list[str]:
    """Well-formed ids, each once, in order, without `own`, at most MAX_RETIRED (newest)."""
    seen: list[str] = []
    for device_id in device_ids:
        if (
            isinstance(device_id, str)
            and _DEVICE_ID.fullmatch(device_id)
            and device_id != own
            and device_id not in seen
        ):
            seen.append(device_id)
    return seen[-MAX_RETIRED:]


def retired_devices(settings: WorkspaceSettings) -> list[str]:
    """The retired device ids recorded in a workspace; a damaged value counts as none."""
    raw = settings.raw(RETIRED_DEVICES_KEY)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return clean(value) if isinstance(value, list) else []


def set_retired_devices(settings: WorkspaceSettings, device_ids: Iterable[str]) -> None:
    settings.set_raw(RETIRED_DEVICES_KEY, json.dumps(clean(device_ids)))
