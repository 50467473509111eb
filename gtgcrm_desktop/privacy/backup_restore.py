"""Restoring a backup so that erasure sticks: the suppression entries of the workspace that
runs the restore are re-applied to the restored copy, audited, before it is moved into place."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gtgcrm_desktop.core.errors import (
    CorruptWorkspaceError,
    DamagedDatabaseError,
    NewerSchemaError,
    UnlockError,
)
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.privacy.erasure import reapply_suppressions
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.backups import RestoreResult, restore_backup
from gtgcrm_desktop.store.backups.retired import retired_devices
from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.store.suppression import SuppressionEntries

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Restored:
    """A finished restore and how many contacts in it were erased again."""

    result: RestoreResult
    erased_again: int

    def to_json(self) -> dict[str, Any]:
        return {**self.result.to_json(), "erased_again": self.erased_again}


def suppression_entries(workspace: Workspace) -> SuppressionEntries:
    """What `workspace` knows about erased people (salted hashes only)."""
    return workspace.suppression.export()


class CurrentWorkspaceLockedError(UnlockError):
    """The workspace that runs a restore did not unlock with what was given (exit 2)."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The workspace in {path} did not unlock with what was given, so the people erased in it would come back with the backup; nothing was changed. Give its passphrase with --current-passphrase-file FILE, or the recovery code with --recovery-code-file FILE.",
    )


#: Errors of a current workspace that cannot be read at all (the reason to restore): the
#: restore goes on without its erasures, and the caller says so.
_DAMAGED = (CorruptWorkspaceError, DamagedDatabaseError, NewerSchemaError)


@dataclass(frozen=True, slots=True)
class Current:
    """What a restore needs from the workspace it may replace: its erasures, and the devices
    whose automatic backups it prunes (its own id first, then those it had retired)."""

    entries: SuppressionEntries
    devices: tuple[str, ...]


def current_of(data_dir: Path, offers: Iterable[Secrets]) -> Current | None:
    """The suppression entries and devices of the workspace in `data_dir`, unlocked by the
    first of `offers` (tried in turn, so a prompt among them is asked only when needed) that
    opens it; None when there is none or it is damaged (the caller says so: erasures synced
    from the cloud still come back with the next sync). When none of `offers` unlocks it,
    CurrentWorkspaceLockedError: restoring without its erasures would bring back the people
    erased in it."""
    if not Workspace.exists(data_dir):
        return None
    for offered in offers:
        try:
            with Workspace.open(
                data_dir, offered, holder="cli", command="backup restore"
            ) as workspace:
                devices = (workspace.device_id, *retired_devices(workspace.settings))
                return Current(suppression_entries(workspace), devices)
        except _DAMAGED as error:
            _log.info("suppressions of the current workspace unreadable: %s", type(error).__name__)
            return None
        except UnlockError:
            continue
    raise CurrentWorkspaceLockedError(path=str(data_dir))


def entries_of(data_dir: Path, offers: Iterable[Secrets]) -> SuppressionEntries | None:
    """The suppression entries of the workspace in `data_dir` (see `current_of`)."""
    current = current_of(data_dir, offers)
    return None if current is None else current.entries


def restore_with_erasure(
    backup: Path,
    target: Path,
    offered: Secrets,
    entries: SuppressionEntries | None,
    *,
    live: bool = False,
    keychain: Keychain | None = None,
    retire: Sequence[str] = (),
) -> Restored:
    """Restore `backup` into `target` (see `store.backups.restore_backup`); every contact that
    the backup's own list or `entries` names is erased again (audited) before the restored
    workspace is moved into place. `keychain`, `retire`: see `restore_backup`."""
    erased: list[int] = []

    def reapply(workspace: Workspace) -> None:
        erased.append(reapply_suppressions(workspace, entries, source="restore"))

    result = restore_backup(
        backup, target, offered, live=live, prepare=reapply, keychain=keychain, retire=retire
    )
    return Restored(result, sum(erased))
