"""Every way of failing to open a workspace: one line, exit 2, files unchanged (issue 2, point 5)."""

import hashlib
from pathlib import Path

import pytest

from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.migrations import latest_version


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _without_logs(snapshot: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in snapshot.items() if not k.startswith("logs")}


@pytest.fixture
def filled(data_dir: Path, run_cli) -> Path:
    assert run_cli("contacts", "add", "--given", "سارة", "--email", "sara@example.com").code == 0
    return data_dir


def _assert_refused(result, before: dict[str, str], folder: Path, words: str) -> None:
    assert result.code == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert words.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr
    assert _without_logs(_snapshot(folder)) == _without_logs(before)


def test_wrong_passphrase(filled: Path, run_cli, test_keyring) -> None:
    test_keyring.secrets.clear()  # no keychain entry: the passphrase is all there is
    before = _snapshot(filled)
    result = run_cli("contacts", "list", env={"GTGCRM_PASSPHRASE": "not the passphrase"})
    _assert_refused(result, before, filled, "wrong passphrase")


def test_no_keychain_entry_and_no_passphrase(filled: Path, run_cli, test_keyring) -> None:
    test_keyring.secrets.clear()
    before = _snapshot(filled)
    result = run_cli("contacts", "list", env={"GTGCRM_PASSPHRASE": None})
    _assert_refused(result, before, filled, "passphrase")


def test_unknown_recovery_code(filled: Path, run_cli, test_keyring, tmp_path: Path) -> None:
    test_keyring.secrets.clear()
    code_file = tmp_path / "code.txt"
    code_file.write_text("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    before = _snapshot(filled)
    result = run_cli(
        "contacts", "list", "--recovery-code-file", str(code_file), env={"GTGCRM_PASSPHRASE": None}
    )
    _assert_refused(result, before, filled, "unknown recovery code")


def test_recovery_code_opens_it(
    filled: Path, run_cli, test_keyring, tmp_path: Path, recovery_code
) -> None:
    test_keyring.secrets.clear()
    code_file = tmp_path / "code.txt"
    code_file.write_text(recovery_code.lower().replace("-", " "))  # as someone might retype it
    result = run_cli(
        "contacts", "list", "--recovery-code-file", str(code_file), env={"GTGCRM_PASSPHRASE": None}
    )
    assert result.code == 0 and "سارة" in result.stdout


def test_missing_workspace(tmp_path: Path, run_cli) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    result = run_cli("contacts", "list", data=empty)
    _assert_refused(result, {}, empty, "no workspace")


def test_corrupt_database_header(filled: Path, run_cli) -> None:
    database = filled / "workspace.db"
    data = bytearray(database.read_bytes())
    data[100:164] = bytes(64)  # inside page 1: its authentication code no longer matches
    database.write_bytes(bytes(data))
    before = _snapshot(filled)
    result = run_cli("contacts", "list")
    _assert_refused(result, before, filled, "damaged")


def test_truncated_database(filled: Path, run_cli) -> None:
    database = filled / "workspace.db"
    database.write_bytes(database.read_bytes()[:1000])
    before = _snapshot(filled)
    _assert_refused(run_cli("contacts", "list"), before, filled, "damaged")


def test_corrupt_key_file(filled: Path, run_cli) -> None:
    (filled / "workspace.keys").write_text("{not json")
    before = _snapshot(filled)
    _assert_refused(run_cli("contacts", "list"), before, filled, "damaged")


def test_database_from_a_newer_version(filled: Path, run_cli) -> None:
    workspace = Workspace.open(filled, Secrets())
    workspace.db.execute(f"PRAGMA user_version = {latest_version() + 1}")
    workspace.close()
    before = _snapshot(filled)
    result = run_cli("contacts", "list")
    _assert_refused(result, before, filled, "newer version")


def test_arabic_message_when_asked(filled: Path, run_cli, test_keyring) -> None:
    test_keyring.secrets.clear()
    result = run_cli("contacts", "list", "--lang", "ar", env={"GTGCRM_PASSPHRASE": "wrong"})
    assert result.code == 2
    assert any("\u0600" <= ch <= "\u06ff" for ch in result.stderr), result.stderr


def test_init_refuses_an_existing_workspace(filled: Path, run_cli) -> None:
    before = _snapshot(filled)
    result = run_cli("init")
    assert result.code == 1 and "already exists" in result.stderr
    assert _without_logs(_snapshot(filled)) == _without_logs(before)
