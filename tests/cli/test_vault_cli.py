"""Private files, ordinary faults without exit 70, weak passphrases refused (issue 10, points 3, 7, 8)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from gtgcrm_desktop.core.passphrase_strength import Strength, strength
from gtgcrm_desktop.store import Secrets, Workspace
from tests.conftest import PASSPHRASE, ROOT, run_gtgcrm_subprocess

STRONG = "a long passphrase for the flower shop"
NOBODY = 65534


def _cli(folder: Path, *args: str, **env: str):  # type: ignore[no-untyped-def]
    return run_gtgcrm_subprocess(
        "--data-dir", str(folder), *args, env={"GTGCRM_PASSPHRASE": STRONG, **env}
    )


def _modes(folder: Path) -> dict[str, str]:
    """Every folder and file under `folder` (and itself) with its permission bits."""
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def _only_private(modes: dict[str, str], folder: Path) -> list[str]:
    wrong = []
    for name, mode in modes.items():
        expected = "0o700" if (folder / name).is_dir() else "0o600"
        if mode != expected:
            wrong.append(f"{name} {mode}")
    return wrong


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_every_file_written_is_private(tmp_path: Path) -> None:
    """Seen: the data dir and logs/ 0755; database, key file, log, settings.json, exports and
    db decrypt output 0644."""
    folder = tmp_path / "data"
    out = tmp_path / "out"
    out.mkdir()
    assert _cli(folder, "init").code == 0
    added = _cli(folder, "contacts", "add", "--given", "Sara", "--email", "sara@example.com")
    assert added.code == 0, added.stderr
    steps = [
        ("settings", "set", "ui.language", "en"),
        ("export", "--format", "json", "-o", str(out / "contacts.json")),
        ("export", "--format", "csv", "-o", str(out / "contacts.csv")),
        ("db", "decrypt", "-o", str(out / "plain.db")),
        ("privacy", "export", "-o", str(out / "request.zip"), "--encrypt"),
        ("privacy", "open", str(out / "request.zip"), "-o", str(out / "opened")),
    ]
    for args in steps:
        result = _cli(folder, *args, GTGCRM_EXPORT_PASSPHRASE=STRONG)
        assert result.code == 0, (args, result.stderr)
    data_modes = _modes(folder)
    for expected in ("workspace.db", "workspace.keys", "settings.json", "logs/gtgcrm.log"):
        assert expected in data_modes
    assert _only_private(data_modes, folder) == []
    out_modes = {k: v for k, v in _modes(out).items() if k != "."}
    assert {"contacts.json", "plain.db", "request.zip", "opened"} <= set(out_modes)
    assert _only_private(out_modes, out) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_existing_workspace_is_tightened_when_opened(data_dir: Path, run_cli) -> None:
    assert run_cli("contacts", "add", "--given", "Sara").code == 0
    for path in [data_dir, *data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    foreign = data_dir / "my notes.txt"  # a folder given with --data-dir may hold others' files
    foreign.write_text("not ours")
    foreign.chmod(0o644)
    assert run_cli("contacts", "list").code == 0
    modes = _modes(data_dir)
    assert modes.pop("my notes.txt") == "0o644"
    assert _only_private(modes, data_dir) == []


# -- exit 70 for ordinary faults -----------------------------------------------------------


def test_a_closed_pipe_ends_quietly(data_dir: Path, run_cli) -> None:
    """Seen: `contacts show ID --json | head` ended with exit 70 and a traceback."""
    contact_id = run_cli("contacts", "add", "--given", "Sara", "--note", "x" * 5000).stdout.strip()
    show = ["contacts", "show", contact_id.split()[-1], "--json"]
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before the first byte, as `head -c 10` soon is
    env = {
        **os.environ,
        "GTGCRM_NO_KEYCHAIN": "1",
        "PYTHONPATH": str(ROOT),
        "GTGCRM_PASSPHRASE": PASSPHRASE,
    }
    try:
        done = subprocess.run(
            [sys.executable, "-m", "gtgcrm_desktop", "--data-dir", str(data_dir), *show],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    finally:
        os.close(writer)
    assert done.returncode == 1
    assert done.stderr == ""


@pytest.mark.parametrize(
    "content",
    [
        "[]",
        '"a key file"',
        "null",
        '{"format": "gtgcrm-keys", "version": 1, "workspace_id": "x", "slots": "none"}',
        '{"format": "gtgcrm-keys", "version": 1, "workspace_id": "x", "slots": [1, 2]}',
        '{"format": "gtgcrm-keys", "version": 1, "workspace_id": "x",'
        ' "slots": [{"kind": "passphrase", "nonce": 5, "wrapped": []}]}',
    ],
)
def test_a_key_file_of_the_wrong_shape_is_damaged_not_internal(
    data_dir: Path, run_cli, content: str
) -> None:
    """Seen: a key file holding a JSON list ended with exit 70."""
    (data_dir / "workspace.keys").write_text(content)
    result = run_cli("contacts", "list")
    assert result.code == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"The workspace in {data_dir} is damaged: its key file is unreadable."
    ]


SETPRIV = shutil.which("setpriv")


def _without_root_powers(*args: str) -> subprocess.CompletedProcess[str]:
    """Run gtgcrm as root without capabilities: file permissions bind it like anyone else."""
    env = {
        **os.environ,
        "GTGCRM_NO_KEYCHAIN": "1",
        "GTGCRM_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    command = [SETPRIV or "setpriv", "--bounding-set=-all", "--inh-caps=-all"]
    return subprocess.run(
        [*command, sys.executable, "-m", "gtgcrm_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or SETPRIV is None,
    reason="root with setpriv, to take away its power over file permissions",
)
def test_an_unwritable_data_dir_is_one_line_not_a_traceback(data_dir: Path, tmp_path: Path):
    """Seen: exit 70 with a traceback (creating logs/ failed before anything else)."""
    folder = data_dir
    shutil.rmtree(folder / "logs", ignore_errors=True)
    for path in [tmp_path, folder, *folder.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)  # someone else's: readable, not writable, for us
        path.chmod(0o755 if path.is_dir() else 0o644)
    for args in (("contacts", "list"), ("contacts", "add", "--given", "Sara")):
        done = _without_root_powers("--data-dir", str(folder), *args)
        assert done.returncode == 1, done.stderr
        assert done.stderr.strip().splitlines() == [f"Cannot use {folder}: permission denied."]
    created = _without_root_powers("--data-dir", str(folder / "inner" / "new"), "init")
    assert created.returncode == 1, created.stderr
    assert created.stderr.strip().splitlines() == [
        f"Cannot use {folder / 'inner'}: permission denied."
    ]


def test_an_output_that_is_not_an_ordinary_file_of_ours_is_refused(
    data_dir: Path, run_cli, tmp_path: Path
) -> None:
    assert run_cli("contacts", "add", "--given", "Sara").code == 0
    folder = tmp_path / "a folder"
    folder.mkdir()
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    for target in (os.devnull, str(folder), str(link)):
        for args in (("export", "--format", "json", "-o", target), ("db", "decrypt", "-o", target)):
            result = run_cli(*args)
            assert result.code == 1, (args, result.stderr)
            assert result.stderr.strip().splitlines() == [
                f"{target} exists and is not a file of yours that can be replaced; choose another name."
            ]
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    assert not (tmp_path / "elsewhere.json").exists()
    existing = tmp_path / "plain.db"
    existing.write_text("mine")
    refused = run_cli("db", "decrypt", "-o", str(existing))
    assert refused.code == 1 and existing.read_text() == "mine"


# -- weak passphrases ----------------------------------------------------------------------


def test_init_refuses_a_weak_passphrase(run_cli, tmp_path: Path) -> None:
    """Seen: `GTGCRM_PASSPHRASE=a gtgcrm init` was accepted."""
    folder = tmp_path / "new"
    for weak in ("a", "password1", "12345678", "qwertyuiop"):
        result = run_cli("init", env={"GTGCRM_PASSPHRASE": weak}, data=folder)
        assert result.code == 1, weak
        assert "too easy to guess" in result.stderr and "--allow-weak" in result.stderr
        assert not Workspace.exists(folder)
    allowed = run_cli("init", "--allow-weak", env={"GTGCRM_PASSPHRASE": "a"}, data=folder)
    assert allowed.code == 0, allowed.stderr
    Workspace.open(folder, Secrets(passphrase="a", use_keychain=False)).close()


#: Among the most common passwords in breaches: mixed case, digits and a symbol fooled a count
#: of character kinds ("Password123!" was "fair", "P@ssw0rd2024" "good").
COMMON_PASSWORDS = ("Password123!", "P@ssw0rd2024", "letmein12345", "iloveyou1234", "Qwerty123!")


def test_init_refuses_common_passwords_that_look_complex(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    for common in COMMON_PASSWORDS:
        result = run_cli("init", env={"GTGCRM_PASSPHRASE": common}, data=folder)
        assert result.code == 1, common
        assert "too easy to guess" in result.stderr
        assert not Workspace.exists(folder)
    for accepted in ("Tea at the souq 7pm", "قهوة الصباح في حديقة البيت", "x7#Lq9!vTz2@"):
        assert strength(accepted) > Strength.WEAK, accepted
    chosen = run_cli("init", env={"GTGCRM_PASSPHRASE": "Tea at the souq 7pm"}, data=folder)
    assert chosen.code == 0, chosen.stderr


def test_a_long_passphrase_is_rated_and_accepted(run_cli, tmp_path: Path) -> None:
    """zxcvbn refuses more than 72 characters; a longer passphrase is rated, not an error."""
    long_passphrase = "قهوة الصباح في حديقة البيت مع الأصدقاء " * 6
    assert len(long_passphrase) > 200 and strength(long_passphrase) == Strength.STRONG
    assert strength("a" * 300) == Strength.WEAK
    made = run_cli("init", env={"GTGCRM_PASSPHRASE": long_passphrase}, data=tmp_path / "new")
    assert made.code == 0, made.stderr


def test_passphrase_change_refuses_a_weak_passphrase(data_dir: Path, run_cli) -> None:
    refused = run_cli("passphrase", "change", env={"GTGCRM_NEW_PASSPHRASE": "password1"})
    assert refused.code == 1 and "too easy to guess" in refused.stderr
    Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE, use_keychain=False)).close()
    allowed = run_cli(
        "passphrase", "change", "--allow-weak", env={"GTGCRM_NEW_PASSPHRASE": "password1"}
    )
    assert allowed.code == 0, allowed.stderr
    Workspace.open(data_dir, Secrets(passphrase="password1", use_keychain=False)).close()


def test_db_check_json_on_a_healthy_workspace(run_cli) -> None:
    result = run_cli("db", "check", "--json")
    assert result.code == 0
    assert json.loads(result.stdout)["healthy"] is True
