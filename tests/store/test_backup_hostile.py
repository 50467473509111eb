"""Backups from someone else (issue 11, audit): key slots asking for absurd Argon2 costs, absurd
manifest numbers, and two backups in the same second are refused or handled at once."""

from __future__ import annotations

import json
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from gtgcrm_desktop.store import Secrets
from gtgcrm_desktop.store.backups import (
    BackupDamagedError,
    Retention,
    create_backup,
    list_backups,
    prune,
    verify_backup,
)
from gtgcrm_desktop.store.backups.archive import KEYS_ENTRY, MANIFEST_ENTRY
from gtgcrm_desktop.store.backups.create import time_from_name
from tests.conftest import PASSPHRASE

SECRET = Secrets(passphrase=PASSPHRASE, use_keychain=False)


def _rewrite(path: Path, entry: str, change: Any) -> Path:
    with zipfile.ZipFile(path) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    entries[entry] = json.dumps(change(json.loads(entries[entry]))).encode()
    target = path.with_name(f"hostile-{entry}.gtgbackup")
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


def _with_kdf(**kdf: Any) -> Any:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        for slot in data["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"].update(kdf)
        return data

    return change


@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_cost": 1024 * 1024, "iterations": 64},  # 1 GiB x 64 passes: minutes
        {"iterations": 10_000},
        {"lanes": 16_777_215},
        {"iterations": -1},  # an OverflowError inside the KDF
        {"memory_cost": "65536"},
        {"memory_cost": 8},  # below what Argon2 accepts
        {"salt": "AAAA" * 1000},
    ],
)
def test_key_slots_asking_for_absurd_costs_are_refused_at_once(
    workspace, tmp_path: Path, kdf: dict[str, Any]
) -> None:
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    hostile = _rewrite(info.path, KEYS_ENTRY, _with_kdf(**kdf))
    started = time.monotonic()
    with pytest.raises(BackupDamagedError):
        verify_backup(hostile, SECRET)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize(
    "field, value",
    [("contacts", 10**400), ("contacts", -5), ("database_size", -1), ("schema_version", 2**70)],
)
def test_manifests_with_absurd_numbers_are_not_backups(
    workspace, tmp_path: Path, field: str, value: int
) -> None:
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    hostile = _rewrite(info.path, MANIFEST_ENTRY, lambda data: {**data, field: value})
    with pytest.raises(BackupDamagedError):
        verify_backup(hostile, SECRET)
    assert [item.info for item in list_backups(tmp_path) if item.path == hostile] == [None]


def test_two_backups_in_the_same_second_both_land_and_are_pruned_as_automatic(
    workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    first = create_backup(workspace, folder=folder)
    second = create_backup(workspace, folder=folder)  # no "already exists": a name of its own
    assert first.path != second.path and second.path.exists() and first.path.exists()
    moments = {time_from_name(p.name, workspace.device_id) for p in (first.path, second.path)}
    assert None not in moments
    old = datetime(2020, 1, 1, tzinfo=UTC)
    stamp = old.strftime("%Y-%m-%dT%H-%M-%SZ")
    stale = folder / f"gtgcrm-{stamp}-{workspace.device_id}.gtgbackup"
    stale.write_bytes(first.path.read_bytes())
    deleted = prune(folder, Retention(1, 0, 0), workspace.device_id)
    assert deleted and stale not in folder.iterdir() and second.path.exists()


def test_a_file_with_a_huge_central_directory_is_refused_before_it_is_read(
    workspace, tmp_path: Path
) -> None:
    """600,000 empty entries (50 MB) took 3 s and 350 MB to list; one such file in a shared
    backup folder would stall the backup list, and a bigger one exhaust memory."""
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    hostile = tmp_path / "many.gtgbackup"
    with zipfile.ZipFile(info.path) as source, zipfile.ZipFile(hostile, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, source.read(name))
        for i in range(100_000):
            archive.writestr(zipfile.ZipInfo(f"{i}"), b"")
    started = time.monotonic()
    assert [item.info for item in list_backups(tmp_path) if item.path == hostile] == [None]
    with pytest.raises(BackupDamagedError):
        verify_backup(hostile, SECRET)
    assert time.monotonic() - started < 0.5
