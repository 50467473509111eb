"""Backups (issue 11, points 1 and 3): one encrypted file with the portable key slots, checked
by SQLCipher and SQLite, restored as a new device that pulls first, with erasure re-applied."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from gtgcrm_desktop.core.errors import (
    InputError,
    UnknownRecoveryCodeError,
    WrongPassphraseError,
)
from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber
from gtgcrm_desktop.privacy.backup_restore import restore_with_erasure, suppression_entries
from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.backups import (
    RESTORED_AT_KEY,
    BackupDamagedError,
    create_backup,
    list_backups,
    restore_backup,
    verify_backup,
)
from gtgcrm_desktop.store.backups.archive import DATABASE_ENTRY, KEYS_ENTRY, MANIFEST_ENTRY
from gtgcrm_desktop.store.sync_state import SyncStore
from tests.conftest import PASSPHRASE

NAME, EMAIL, PHONE = "Zubair", "zubair.qassem@example.com", "+966501234567"
ARABIC = "زبير القاسم"
SECRET = Secrets(passphrase=PASSPHRASE, use_keychain=False)


def _fill(workspace: Workspace) -> Contact:
    for i in range(20):
        workspace.contacts.add(Contact(given_name=f"Other{i}", emails=[EmailAddress(f"o{i}@x.sa")]))
    return workspace.contacts.add(
        Contact(
            given_name=NAME,
            family_name="Qassem",
            display_name=ARABIC,
            emails=[EmailAddress(EMAIL)],
            phones=[PhoneNumber("0501234567", PHONE)],
            notes="owes us 300 riyals",
        )
    )


def _names(folder: Path) -> list[str]:
    with Workspace.open(folder, SECRET) as restored:
        return sorted(c.given_name for c in restored.contacts.iter_all())


def test_backup_is_one_encrypted_file_with_portable_slots_only(workspace, tmp_path: Path) -> None:
    _fill(workspace)
    assert workspace.key_file.slot("keychain") is not None  # the test keychain holds one
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    raw = info.path.read_bytes()
    for plain in (NAME, EMAIL, PHONE, "0501234567", ARABIC, "riyals"):
        assert plain.encode() not in raw, plain
        assert plain.encode("utf-16-le") not in raw, plain
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    with zipfile.ZipFile(info.path) as archive:
        assert sorted(archive.namelist()) == sorted([MANIFEST_ENTRY, KEYS_ENTRY, DATABASE_ENTRY])
        slots = json.loads(archive.read(KEYS_ENTRY))["slots"]
        manifest = json.loads(archive.read(MANIFEST_ENTRY))
    assert sorted(s["kind"] for s in slots) == ["passphrase", "recovery"]
    assert manifest["contacts"] == 21 == info.contacts
    assert info.created_at == manifest["created_at"]
    assert not list(tmp_path.glob(".*"))  # no staging or partial files left behind


def test_backup_refuses_an_existing_file(workspace, tmp_path: Path) -> None:
    target = tmp_path / "b.gtgbackup"
    target.write_bytes(b"keep me")
    with pytest.raises(InputError):
        create_backup(workspace, target)
    assert target.read_bytes() == b"keep me"


def test_backups_go_to_the_folder_and_are_listed(workspace, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    info = create_backup(workspace, folder=folder)
    (folder / "junk.gtgbackup").write_bytes(b"not a zip")
    listed = list_backups(folder)
    assert [item.path for item in listed if item.info] == [info.path]
    damaged = [item for item in listed if item.info is None]
    assert [d.path.name for d in damaged] == ["junk.gtgbackup"] and damaged[0].problem
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_verify_with_passphrase_or_recovery_code(workspace, tmp_path, recovery_code) -> None:
    _fill(workspace)
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    assert verify_backup(info.path, SECRET).contacts == 21
    by_code = verify_backup(info.path, Secrets(recovery_code=recovery_code))
    assert by_code.unlocked_with == "recovery"
    with pytest.raises(WrongPassphraseError):
        verify_backup(info.path, Secrets(passphrase="wrong"))
    with pytest.raises(UnknownRecoveryCodeError):
        verify_backup(info.path, Secrets(recovery_code="AAAA-BBBB"))


def _rewrite_entry(path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    entries = damage(entries)
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def test_damaged_backups_are_refused(workspace, tmp_path: Path) -> None:
    _fill(workspace)
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    original = info.path.read_bytes()

    flipped = tmp_path / "flipped.gtgbackup"
    data = bytearray(original)
    middle = original.index(b"workspace.db") + 40_000  # inside the database entry
    data[middle] ^= 0xFF
    flipped.write_bytes(bytes(data))
    with pytest.raises(BackupDamagedError):
        verify_backup(flipped, SECRET)

    cut = tmp_path / "cut.gtgbackup"
    cut.write_bytes(original[: len(original) // 2])
    with pytest.raises(BackupDamagedError):
        verify_backup(cut, SECRET)

    # A page altered and the manifest's checksum forged to match: SQLCipher's HMAC finds it.
    forged = tmp_path / "forged.gtgbackup"
    forged.write_bytes(original)

    def alter(entries: dict[str, bytes]) -> dict[str, bytes]:
        import hashlib

        database = bytearray(entries[DATABASE_ENTRY])
        database[4096 * 3 + 100] ^= 0x01
        manifest = json.loads(entries[MANIFEST_ENTRY])
        manifest["database_sha256"] = hashlib.sha256(database).hexdigest()
        return {**entries, DATABASE_ENTRY: bytes(database), MANIFEST_ENTRY: json.dumps(manifest)}

    _rewrite_entry(forged, alter)
    with pytest.raises(BackupDamagedError):
        verify_backup(forged, SECRET)

    other = tmp_path / "other.gtgbackup"
    other.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(BackupDamagedError):
        verify_backup(other, SECRET)


def test_restore_into_a_new_folder_is_a_new_device_that_pulls_first(
    workspace, tmp_path: Path, test_keyring
) -> None:
    _fill(workspace)
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    test_keyring.secrets.clear()  # another computer: no keychain entry
    result = restore_backup(info.path, tmp_path / "elsewhere" / "ws", SECRET)
    assert result.moved_aside is None
    with Workspace.open(result.target, SECRET) as restored:
        assert restored.contacts.count() == 21
        assert restored.device_id == result.device_id != workspace.device_id
        assert result.previous_device_id == workspace.device_id
        assert SyncStore(restored.db).get(RESTORED_AT_KEY)
        assert restored.audit.entries(action="workspace.restored")
        assert restored.key_file.slot("keychain") is None
        # The new device's clock runs on from the backup's last stamp, under its own id.
        stamp = restored.clock.tick()
        assert stamp > workspace.changes.latest_hlc() and stamp.endswith(result.device_id)
    assert stat.S_IMODE(result.target.stat().st_mode) == 0o700
    for name in ("workspace.db", "workspace.keys"):
        assert stat.S_IMODE((result.target / name).stat().st_mode) == 0o600
    assert sorted(p.name for p in result.target.parent.iterdir()) == ["ws"]  # no staging left


def test_restore_refuses_a_folder_that_is_not_empty(workspace, tmp_path: Path) -> None:
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    target = tmp_path / "full"
    target.mkdir()
    (target / "mine.txt").write_text("keep")
    with pytest.raises(InputError):
        restore_backup(info.path, target, SECRET)
    assert [p.name for p in target.iterdir()] == ["mine.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    restore_backup(info.path, empty, SECRET)
    assert (empty / "workspace.db").exists()


def test_wrong_secret_or_damage_leaves_no_folder(workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    info = create_backup(workspace, out / "b.gtgbackup")
    with pytest.raises(WrongPassphraseError):
        restore_backup(info.path, out / "new", Secrets(passphrase="nope"))
    cut = out / "cut.gtgbackup"
    cut.write_bytes(info.path.read_bytes()[:-5000])
    with pytest.raises(BackupDamagedError):
        restore_backup(cut, out / "new", SECRET)
    assert sorted(p.name for p in out.iterdir()) == ["b.gtgbackup", "cut.gtgbackup"]


def test_restore_into_the_live_folder_moves_the_workspace_aside(
    workspace, data_dir: Path, tmp_path: Path
) -> None:
    workspace.contacts.add(Contact(given_name="Before"))
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    workspace.contacts.add(Contact(given_name="After"))
    workspace.close()
    before = {p.name: p.read_bytes() for p in data_dir.glob("workspace.*")}
    result = restore_backup(info.path, data_dir, SECRET, live=True)
    assert result.moved_aside is not None and result.moved_aside.parent == data_dir
    assert {p.name: p.read_bytes() for p in result.moved_aside.glob("workspace.*")} == before
    assert _names(data_dir) == ["Before"]
    assert _names(result.moved_aside) == ["After", "Before"]


def test_erasure_after_the_backup_sticks_through_restore(workspace, tmp_path: Path) -> None:
    person = _fill(workspace)
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    erase_contact(workspace, person.id)
    restored = restore_with_erasure(
        info.path, tmp_path / "restored", SECRET, suppression_entries(workspace)
    )
    assert restored.erased_again == 1
    with Workspace.open(restored.result.target, SECRET) as copy:
        assert not copy.contacts.exists(person.id)
        assert copy.contacts.count() == 20
        erased = copy.audit.entries(action="contact.erased", subject_id=person.id)
        assert erased and erased[0].details["reason"] == "suppression"
        assert copy.audit.entries(action="suppression.reapplied")
        assert copy.audit.verify() == []
        # ...and it stays erased: an import of the same person is recognised.
        assert copy.suppression.matches(Contact(emails=[EmailAddress(EMAIL.upper())]))
    raw = b"".join(p.read_bytes() for p in restored.result.target.rglob("*") if p.is_file())
    assert EMAIL.encode() not in raw and NAME.encode() not in raw


def test_without_the_erasure_the_person_comes_back(workspace, tmp_path: Path) -> None:
    """The control of the test above: restoring without the running workspace's entries."""
    person = _fill(workspace)
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    erase_contact(workspace, person.id)
    restored = restore_with_erasure(info.path, tmp_path / "restored", SECRET, None)
    assert restored.erased_again == 0
    with Workspace.open(restored.result.target, SECRET) as copy:
        assert copy.contacts.exists(person.id)


def test_no_backup_while_the_window_is_locked(workspace, tmp_path: Path) -> None:
    workspace.suspend()
    try:
        with pytest.raises(InputError):
            create_backup(workspace, tmp_path / "b.gtgbackup")
    finally:
        workspace.resume(SECRET)
    assert not (tmp_path / "b.gtgbackup").exists()


def test_an_erasure_synced_from_another_device_sticks_through_restore(
    workspace, tmp_path: Path
) -> None:
    """The running workspace learnt of the erasure from the cloud (another device's salt and
    entry), not by erasing here: the restored copy still erases the person."""
    import secrets as random_bytes

    from gtgcrm_desktop.core.validation import email_match_key
    from gtgcrm_desktop.store.suppression import entry_hash, salt_id

    person = _fill(workspace)
    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    salt = random_bytes.token_bytes(32)
    workspace.suppression.apply_remote(
        {"entity": "suppression_salt", "entity_id": salt_id(salt), "operation": "create",
         "fields": {"salt": salt.hex()}, "seq": 1}
    )  # fmt: skip
    digest = entry_hash(salt, "email", email_match_key(EMAIL))
    workspace.suppression.apply_remote(
        {"entity": "suppression", "entity_id": digest, "operation": "create",
         "fields": {"kind": "email", "salt_id": salt_id(salt)}, "seq": 2}
    )  # fmt: skip
    assert workspace.suppression.matches(person)
    restored = restore_with_erasure(
        info.path, tmp_path / "restored", SECRET, suppression_entries(workspace)
    )
    assert restored.erased_again == 1
    with Workspace.open(restored.result.target, SECRET) as copy:
        assert not copy.contacts.exists(person.id)


def test_a_restore_on_this_computer_gets_a_keychain_slot_of_its_own(
    workspace, tmp_path: Path, test_keyring
) -> None:
    from gtgcrm_desktop.store.keychain import Keychain

    info = create_backup(workspace, tmp_path / "b.gtgbackup")
    restored = restore_with_erasure(
        info.path, tmp_path / "restored", SECRET, None, keychain=Keychain(test_keyring)
    )
    with Workspace.open(restored.result.target, Secrets()) as copy:  # no passphrase given
        assert copy.unlocked_with == "keychain"
        assert copy.key_file.slot("keychain").account != workspace.key_file.slot("keychain").account
    with zipfile.ZipFile(info.path) as archive:  # the backup itself still has none
        assert "keychain" not in archive.read(KEYS_ENTRY).decode()


def test_a_damaged_workspace_gives_an_error_not_a_damaged_backup(data_dir, tmp_path) -> None:
    from gtgcrm_desktop.core.errors import UnlockError

    with Workspace.open(data_dir, SECRET) as workspace:
        for i in range(300):
            workspace.contacts.add(Contact(given_name=f"P{i}", notes="x" * 400))
        workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = data_dir / "workspace.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x20  # one bit of one page in the middle
    database.write_bytes(bytes(data))
    # DamagedDatabaseError: exit 2, "restore your latest backup".
    with Workspace.open(data_dir, SECRET) as workspace, pytest.raises(UnlockError):
        create_backup(workspace, tmp_path / "b.gtgbackup")
    assert not (tmp_path / "b.gtgbackup").exists()


def test_a_failed_restore_leaves_nothing_behind(workspace, tmp_path: Path, test_keyring) -> None:
    from gtgcrm_desktop.store.keychain import Keychain

    info = create_backup(workspace, tmp_path / "out" / "b.gtgbackup")
    before = dict(test_keyring.secrets)

    def fail(_: Workspace) -> None:
        raise RuntimeError("re-applying erasures failed")

    with pytest.raises(RuntimeError):
        restore_backup(
            info.path,
            tmp_path / "out" / "new",
            SECRET,
            prepare=fail,
            keychain=Keychain(test_keyring),
        )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["b.gtgbackup"]
    assert test_keyring.secrets == before
