"""A rotation cut short is told at the next open; a new recovery code at any time (issue 10, point 2)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gtgcrm_desktop.core.errors import UnknownRecoveryCodeError, WorkspaceInUseError
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.workspace import RECOVERY_CODE_UNSHOWN
from tests.conftest import PASSPHRASE

WARNING_WORDS = "cut short before its new recovery code was shown"


def _open(folder: Path, **secrets: str) -> Workspace:
    return Workspace.open(folder, Secrets(use_keychain=False, **secrets))


def _crash_after_rekey(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rotate, and die right after the rekey: the new key file is still '.pending'."""
    workspace = _open(folder, passphrase=PASSPHRASE)
    real_rekey = Database.rekey

    def rekey_then_die(self: Database, key: bytes) -> None:
        real_rekey(self, key)
        raise SystemExit("killed")

    with monkeypatch.context() as patch:
        patch.setattr(Database, "rekey", rekey_then_die)
        with pytest.raises(SystemExit):
            workspace.rotate_key(PASSPHRASE)
    workspace.close()
    assert (folder / "workspace.keys.pending").exists()


def test_a_rotation_cut_after_the_rekey_is_told_at_the_next_open(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, run_cli, recovery_code: str
) -> None:
    _crash_after_rekey(data_dir, monkeypatch)
    result = run_cli("contacts", "list")
    assert result.code == 0, result.stderr
    assert WARNING_WORDS in result.stderr
    assert "gtgcrm key recovery-code" in result.stderr
    with _open(data_dir, passphrase=PASSPHRASE) as workspace:
        assert workspace.pending_notice == RECOVERY_CODE_UNSHOWN
    with pytest.raises(UnknownRecoveryCodeError):
        _open(data_dir, recovery_code=recovery_code)


def test_a_rotation_whose_code_was_never_printed_is_told_too(data_dir: Path, run_cli) -> None:
    with _open(data_dir, passphrase=PASSPHRASE) as workspace:
        workspace.rotate_key(PASSPHRASE)  # the process ends before showing the code
    assert WARNING_WORDS in run_cli("contacts", "list").stderr


def test_a_completed_rotation_leaves_no_warning(data_dir: Path, run_cli) -> None:
    rotated = run_cli("key", "rotate")
    assert rotated.code == 0, rotated.stderr
    code = rotated.stdout.strip().splitlines()[-1]
    listed = run_cli("contacts", "list")
    assert listed.code == 0 and WARNING_WORDS not in listed.stderr
    _open(data_dir, recovery_code=code).close()


def test_key_recovery_code_issues_a_new_code_and_ends_the_warning(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    _crash_after_rekey(data_dir, monkeypatch)
    issued = run_cli("key", "recovery-code")
    assert issued.code == 0, issued.stderr
    new_code = issued.stdout.strip().splitlines()[-1]
    _open(data_dir, recovery_code=new_code).close()
    assert WARNING_WORDS not in run_cli("contacts", "list").stderr


def test_a_new_recovery_code_invalidates_the_old_one(
    data_dir: Path, run_cli, recovery_code: str
) -> None:
    first = run_cli("key", "recovery-code").stdout.strip().splitlines()[-1]
    second = run_cli("key", "recovery-code").stdout.strip().splitlines()[-1]
    assert first != second
    for old in (recovery_code, first):
        with pytest.raises(UnknownRecoveryCodeError):
            _open(data_dir, recovery_code=old)
    with _open(data_dir, recovery_code=second) as workspace:
        assert workspace.unlocked_with == "recovery"
    _open(data_dir, passphrase=PASSPHRASE).close()  # the passphrase is untouched


def test_the_app_issues_a_recovery_code_while_it_holds_the_workspace(data_dir: Path) -> None:
    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE), holder="app") as app:
        code = app.new_recovery_code()
        assert app.pending_notice is not None  # until the app says the code was shown
        app.recovery_code_shown()
        assert app.pending_notice is None
        assert app.contacts.count() == 0  # still open and usable
    _open(data_dir, recovery_code=code).close()


def test_key_recovery_code_is_refused_while_the_app_has_the_workspace(
    data_dir: Path, run_cli, recovery_code: str
) -> None:
    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE), holder="app"):
        result = run_cli("key", "recovery-code")
    assert result.code == 1
    assert f"GTG CRM app (process {os.getpid()})" in result.stderr
    _open(data_dir, recovery_code=recovery_code).close()


def test_an_upgrade_refuses_while_another_app_holds_it(data_dir: Path) -> None:
    with (
        Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE), holder="app") as first,
        Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE), holder="app"),
        pytest.raises(WorkspaceInUseError),
    ):
        first.change_passphrase("another long passphrase of the shop")
