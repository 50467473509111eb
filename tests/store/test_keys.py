"""Key slots: keychain, passphrase, recovery code; passphrase change and key rotation (point 3)."""

from pathlib import Path

import pytest

from gtgcrm_desktop.core.errors import (
    CorruptWorkspaceError,
    NoSecretError,
    UnknownRecoveryCodeError,
    WrongPassphraseError,
)
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.keychain import Keychain, usable_backend
from tests.conftest import PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring


def _names(workspace: Workspace) -> list[str]:
    return [s.display_name for s in workspace.contacts.list_summaries()]


def test_create_uses_raw_key_wal_and_three_slots(tmp_path: Path) -> None:
    chain = MemoryKeyring()
    secret = "Quokka-Zebra-passphrase-7431"
    workspace, code = Workspace.create(tmp_path / "w", secret, Keychain(chain))
    with workspace:
        assert workspace.db.scalar("PRAGMA journal_mode") == "wal"
        assert sorted(s.kind for s in workspace.key_file.slots) == [
            "keychain",
            "passphrase",
            "recovery",
        ]
        assert len(code.replace("-", "")) == 32
    assert len(chain.secrets) == 1
    text = (tmp_path / "w" / "workspace.keys").read_text()
    assert secret not in text and code not in text  # no secret in clear in the sidecar
    assert code.replace("-", "") not in text


def test_unlock_order_keychain_first(data_dir: Path) -> None:
    with Workspace.open(data_dir, Secrets(passphrase="wrong, but never tried")) as workspace:
        assert workspace.unlocked_with == "keychain"


def test_without_keychain_the_passphrase_opens_it(data_dir: Path, test_keyring) -> None:
    test_keyring.secrets.clear()
    with pytest.raises(NoSecretError):
        Workspace.open(data_dir, Secrets())
    with pytest.raises(WrongPassphraseError):
        Workspace.open(data_dir, Secrets(passphrase="nope"))
    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE)) as workspace:
        assert workspace.unlocked_with == "passphrase"


def test_machine_with_no_keychain_creates_passphrase_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GTGCRM_NO_KEYCHAIN", "1")
    workspace, _ = Workspace.create(tmp_path / "w", "pw")
    with workspace:
        assert [s.kind for s in workspace.key_file.slots] == ["passphrase", "recovery"]
    with Workspace.open(tmp_path / "w", Secrets(passphrase="pw")) as reopened:
        assert reopened.unlocked_with == "passphrase"


@pytest.mark.parametrize(
    "module",
    ["keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file", "keyrings.alt.Windows"],
)
def test_plaintext_or_null_backends_count_as_no_keychain(module: str, monkeypatch) -> None:
    fake = type("FakeBackend", (MemoryKeyring,), {"__module__": module})()
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: fake)
    assert usable_backend() is None
    assert not Keychain().available


def test_passphrase_change(data_dir: Path, test_keyring, recovery_code: str) -> None:
    with Workspace.open(data_dir, Secrets()) as workspace:
        workspace.contacts.add(Contact(given_name="ليلى"))
        workspace.change_passphrase("new passphrase ٢٠٢٦")
    test_keyring.secrets.clear()
    with pytest.raises(WrongPassphraseError):
        Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE))
    with Workspace.open(data_dir, Secrets(passphrase="new passphrase ٢٠٢٦")) as workspace:
        assert _names(workspace) == ["ليلى"]
    with Workspace.open(data_dir, Secrets(recovery_code=recovery_code)) as workspace:
        assert workspace.unlocked_with == "recovery"


def test_key_rotation_rekeys_and_replaces_the_recovery_code(
    data_dir: Path, test_keyring, recovery_code: str
) -> None:
    database = data_dir / "workspace.db"
    with Workspace.open(data_dir, Secrets()) as workspace:
        workspace.contacts.add(Contact(given_name="Omar"))
        workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_before = database.read_bytes()[:4096]
        new_code = workspace.rotate_key(PASSPHRASE)
    assert new_code != recovery_code
    assert database.read_bytes()[:4096] != page_before
    # The keychain slot was rewrapped too: opening needs no passphrase.
    with Workspace.open(data_dir, Secrets()) as workspace:
        assert workspace.unlocked_with == "keychain" and _names(workspace) == ["Omar"]
    test_keyring.secrets.clear()
    with pytest.raises(UnknownRecoveryCodeError):
        Workspace.open(data_dir, Secrets(recovery_code=recovery_code))
    with Workspace.open(data_dir, Secrets(recovery_code=new_code)) as workspace:
        assert _names(workspace) == ["Omar"]


def test_rotation_interrupted_after_rekey_still_opens(data_dir: Path, monkeypatch) -> None:
    """A crash between the rekey and the key-file swap leaves the pending key file in charge."""
    import gtgcrm_desktop.store.workspace as module

    real_replace = module.os.replace

    def crash(source, target):  # the process dies just before the pending key file is swapped in
        if str(source).endswith(".pending"):
            raise KeyboardInterrupt
        real_replace(source, target)

    with Workspace.open(data_dir, Secrets()) as workspace:
        workspace.contacts.add(Contact(given_name="Huda"))
        monkeypatch.setattr(module.os, "replace", crash)
        with pytest.raises(KeyboardInterrupt):
            workspace.rotate_key(PASSPHRASE)
        monkeypatch.setattr(module.os, "replace", real_replace)
    assert (data_dir / "workspace.keys.pending").exists()
    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE)) as workspace:
        assert _names(workspace) == ["Huda"]
    assert not (data_dir / "workspace.keys.pending").exists()


def test_wrong_data_key_is_reported_as_damage_not_crash(data_dir: Path) -> None:
    import json

    key_file = data_dir / "workspace.keys"
    other = data_dir.parent / "other"
    Workspace.create(other, PASSPHRASE)[0].close()
    # A key file from another workspace: the slot opens but the database does not.
    data = json.loads((other / "workspace.keys").read_text())
    key_file.write_text(json.dumps(data))
    with pytest.raises(CorruptWorkspaceError):
        Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE, use_keychain=False))


def test_key_file_writes_never_share_a_temporary_file(tmp_path: Path) -> None:
    """Seen (issue 10): concurrent writers all used `workspace.keys.tmp`; some failed with
    FileNotFoundError. Each write now has its own temporary name and leaves none behind."""
    import threading

    from gtgcrm_desktop.store import keys

    target = tmp_path / "workspace.keys"
    failures: list[BaseException] = []

    def write(n: int) -> None:
        for i in range(20):
            try:
                keys.KeyFile(f"workspace-{n}-{i}", []).save(target)
            except BaseException as error:  # collected for the assertion
                failures.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert keys.KeyFile.load(target).workspace_id.startswith("workspace-")
    assert [p.name for p in tmp_path.iterdir()] == ["workspace.keys"]
    assert (target.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_cost": 1024 * 1024, "iterations": 64},  # 1 GiB x 64 passes: minutes
        {"iterations": 10_000},
        {"lanes": 16_777_215},
        {"iterations": -1},
        {"memory_cost": "65536"},
        {"memory_cost": 8},  # below what Argon2 accepts for 4 lanes
        {"salt": "AAAA" * 1000},
        {"name": "scrypt"},
    ],
)
def test_a_key_file_asking_for_absurd_unlock_costs_is_refused_at_once(
    data_dir: Path, test_keyring, kdf: dict
) -> None:
    """A key file from someone else (a backup, a copied folder) cannot make unlocking take
    minutes or gigabytes: costs above four times ours are refused as damage, before any work."""
    import json
    import time

    test_keyring.secrets.clear()
    path = data_dir / "workspace.keys"
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["kind"] == "passphrase":
            slot["kdf"].update(kdf)
    path.write_text(json.dumps(data))
    started = time.monotonic()
    with pytest.raises(CorruptWorkspaceError, match="far higher unlocking cost"):
        Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE))
    assert time.monotonic() - started < 2.0
