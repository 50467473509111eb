"""Automatic backups are kept as 7 daily, 4 weekly and 12 monthly (issue 11, point 2)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from gtgcrm_desktop.store.backups import Retention, backup_name, create_backup, prune, to_keep
from gtgcrm_desktop.store.backups.create import time_from_name
from gtgcrm_desktop.store.backups.folder import back_up_and_prune

NOW = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)
DEVICE = "a1b2c3d4e5f6"


def _every(hours: int, days: int) -> list[datetime]:
    return [NOW - timedelta(hours=h) for h in range(0, days * 24, hours)]


def test_a_year_of_backups_every_four_hours() -> None:
    moments = _every(4, 500)
    kept = sorted(to_keep(moments, Retention(7, 4, 12), UTC), reverse=True)
    assert len(kept) == 1 + 6 + 4 + 12
    assert kept[0] == NOW  # the newest always stays
    days = [k.date() for k in kept[:7]]
    assert days == [(NOW - timedelta(days=d)).date() for d in range(7)]  # one per day
    weeks = [k.isocalendar()[:2] for k in kept[7:11]]
    assert len(set(weeks)) == 4 and max(weeks) < min(k.isocalendar()[:2] for k in kept[:7])
    months = [(k.year, k.month) for k in kept[11:]]
    assert len(set(months)) == 12 and max(months) < min((k.year, k.month) for k in kept[:11])


def test_gaps_are_skipped_not_counted() -> None:
    """A laptop closed for two weeks: the daily slots go to the last seven days it was used."""
    used = [NOW - timedelta(days=d) for d in (0, 1, 15, 16, 17, 18, 19, 20, 21, 22)]
    kept = to_keep(used, Retention(7, 4, 12), UTC)
    assert sorted(kept, reverse=True)[:7] == used[:7]


def test_settings_change_the_counts() -> None:
    moments = _every(24, 400)
    assert len(to_keep(moments, Retention(2, 1, 1), UTC)) == 4
    assert to_keep(moments, Retention(0, 0, 0), UTC) == {NOW}
    assert to_keep([], Retention(), UTC) == set()


def test_names_sort_by_time_and_parse_back() -> None:
    name = backup_name(NOW, "a1b2c3d4e5f6")
    assert name == "gtgcrm-2026-12-04T18-00-00Z-a1b2c3d4e5f6.gtgbackup"
    assert time_from_name(name, "a1b2c3d4e5f6") == NOW
    assert time_from_name(name, "0123456789ab") is None  # another device's
    assert time_from_name("my copy.gtgbackup", "a1b2c3d4e5f6") is None


def test_prune_deletes_only_automatic_backups_out_of_retention(tmp_path: Path) -> None:
    moments = _every(24, 30)
    for moment in moments:
        (tmp_path / backup_name(moment, DEVICE)).write_bytes(b"x")
        (tmp_path / backup_name(moment, "0123456789ab")).write_bytes(b"another device's")
    (tmp_path / "before the move.gtgbackup").write_bytes(b"mine")
    (tmp_path / "notes.txt").write_text("mine")
    deleted = prune(tmp_path, Retention(7, 4, 12), DEVICE)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "before the move.gtgbackup" in left and "notes.txt" in left
    assert len(deleted) == 30 - len(to_keep(moments, Retention(7, 4, 12)))
    assert all(DEVICE in p.name for p in deleted)
    assert len(left) == 2 + 30 + len(to_keep(moments, Retention(7, 4, 12)))


def test_automatic_backup_prunes_after_a_successful_backup(workspace, tmp_path: Path) -> None:
    old = [NOW - timedelta(days=d) for d in range(1, 10)]
    for moment in old:
        (tmp_path / backup_name(moment, workspace.device_id)).write_bytes(b"x")
    made = back_up_and_prune(workspace, tmp_path, Retention(3, 0, 0))
    assert made.path.exists()
    assert len(list(tmp_path.glob("*.gtgbackup"))) == 3


OLD_DEVICE, OTHER = "0ld0ld0ld0ld", "0123456789ab"


def test_retired_devices_are_pruned_as_one_series_with_this_one(tmp_path: Path) -> None:
    """The replaced workspace's backups (days 10..400 back) and this device's (days 0..9) are
    one timeline: 7/4/12 over the union; another device's files are never touched."""
    mine = [NOW - timedelta(days=d) for d in range(10)]
    old = [NOW - timedelta(days=d) for d in range(10, 400)]
    for moment in mine:
        (tmp_path / backup_name(moment, DEVICE)).write_bytes(b"x")
    for moment in old:
        (tmp_path / backup_name(moment, OLD_DEVICE)).write_bytes(b"x")
        (tmp_path / backup_name(moment, OTHER)).write_bytes(b"another device's")
    retention = Retention(7, 4, 12)
    deleted = prune(tmp_path, retention, DEVICE, retired=[OLD_DEVICE])
    kept = to_keep(mine + old, retention)
    assert len(deleted) == len(mine) + len(old) - len(kept)
    left_old = [time_from_name(p.name, OLD_DEVICE) for p in tmp_path.iterdir()]
    left_old_moments = sorted(m for m in left_old if m is not None)
    assert left_old_moments == sorted(kept & set(old))
    assert min(left_old_moments) > NOW - timedelta(days=400)  # the oldest (13+ months) went
    assert len(list(tmp_path.glob(f"*{OTHER}.gtgbackup"))) == len(old)


def test_after_a_live_restore_the_replaced_workspace_backups_are_pruned(
    workspace, data_dir: Path, tmp_path: Path
) -> None:
    from gtgcrm_desktop.privacy.backup_restore import current_of, restore_with_erasure
    from gtgcrm_desktop.store import Secrets, Workspace
    from tests.conftest import PASSPHRASE

    secret = Secrets(passphrase=PASSPHRASE, use_keychain=False)
    folder = tmp_path / "backups"
    folder.mkdir()
    replaced = workspace.device_id
    dates = [NOW - timedelta(days=d) for d in range(0, 500, 3)]
    for moment in dates:
        (folder / backup_name(moment, replaced)).write_bytes(b"x")
        (folder / backup_name(moment, OTHER)).write_bytes(b"another device's")
    backup = create_backup(workspace, tmp_path / "b.gtgbackup")
    workspace.close()

    current = current_of(data_dir, [secret])
    assert current is not None and current.devices[0] == replaced
    restored = restore_with_erasure(
        backup.path, data_dir, secret, current.entries, live=True, retire=current.devices
    )
    assert restored.result.retired_devices == (replaced,)
    with Workspace.open(data_dir, secret) as copy:
        assert copy.device_id != replaced
        made = back_up_and_prune(copy, folder, Retention(7, 4, 12))
    assert made.path.exists()
    left = sorted(m for p in folder.iterdir() if (m := time_from_name(p.name, replaced)))
    assert left == sorted(to_keep([*dates, made_at(made.path)], Retention(7, 4, 12)) & set(dates))
    assert left and min(left) > NOW - timedelta(days=400)  # none older than the retention
    assert len(list(folder.glob(f"*{OTHER}.gtgbackup"))) == len(dates)  # not retired: untouched


def test_a_restore_elsewhere_retires_nothing(workspace, tmp_path: Path) -> None:
    """The device the backup came from may live on: its backups are never pruned by the copy."""
    from gtgcrm_desktop.privacy.backup_restore import restore_with_erasure
    from gtgcrm_desktop.store import Secrets
    from tests.conftest import PASSPHRASE

    secret = Secrets(passphrase=PASSPHRASE, use_keychain=False)
    backup = create_backup(workspace, tmp_path / "b.gtgbackup")
    restored = restore_with_erasure(
        backup.path, tmp_path / "elsewhere", secret, None, retire=[workspace.device_id]
    )
    assert restored.result.retired_devices == ()


def made_at(path: Path) -> datetime:
    name = path.name
    device = name.removesuffix(".gtgbackup").rsplit("-", 1)[1]
    moment = time_from_name(name, device)
    assert moment is not None
    return moment
