"""`gtgcrm backup create | list | verify | restore` (issue 11, point 1)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from gtgcrm_desktop.store import Secrets
from gtgcrm_desktop.store.backups.verify import open_backup, read_only
from gtgcrm_desktop.store.lock import WorkspaceLock
from tests.conftest import PASSPHRASE, ROOT

EMAIL = "layla.haddad@example.com"


def _files(folder: Path) -> dict[str, str]:
    """Every file below `folder` but the log (which each command appends to)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


def _add(run_cli, given: str, email: str = "") -> str:
    extra = ["--email", email] if email else []
    return run_cli("contacts", "add", "--given", given, *extra).stdout.strip()


def test_create_prints_json_and_goes_to_the_backup_folder(run_cli, data_dir: Path) -> None:
    _add(run_cli, "Layla", EMAIL)
    done = run_cli("backup", "create", "--json")
    assert done.code == 0, done.stderr
    made = json.loads(done.stdout)
    assert made["contacts"] == 1 and made["created_at"].endswith("Z")
    assert Path(made["path"]).parent == data_dir / "backups"
    assert EMAIL.encode() not in Path(made["path"]).read_bytes()
    listed = json.loads(run_cli("backup", "list", "--json").stdout)
    assert [(b["path"], b["contacts"]) for b in listed] == [(made["path"], 1)]
    assert listed[0]["size"] == Path(made["path"]).stat().st_size and listed[0]["created_at"]


def test_the_backup_folder_setting_and_an_explicit_file(run_cli, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    assert run_cli("settings", "set", "backups.folder", str(usb)).code == 0
    made = json.loads(run_cli("backup", "create", "--json").stdout)
    assert Path(made["path"]).parent == usb
    explicit = tmp_path / "mine.gtgbackup"
    plain = run_cli("backup", "create", "-o", str(explicit))
    assert plain.code == 0 and str(explicit) in plain.stdout
    again = run_cli("backup", "create", "-o", str(explicit))
    assert again.code == 1 and "already exists" in again.stderr
    assert len(json.loads(run_cli("backup", "list", "--json").stdout)) == 1  # the folder's


def test_verify_leaves_the_live_workspace_untouched(
    run_cli, data_dir: Path, tmp_path: Path, recovery_code: str
) -> None:
    _add(run_cli, "Layla", EMAIL)
    path = tmp_path / "b.gtgbackup"
    assert run_cli("backup", "create", "-o", str(path)).code == 0
    before = _files(data_dir)
    healthy = run_cli("backup", "verify", str(path))
    assert healthy.code == 0 and "healthy" in healthy.stdout
    code_file = tmp_path / "code.txt"
    code_file.write_text(recovery_code)
    by_code = run_cli(
        "backup",
        "verify",
        str(path),
        "--recovery-code-file",
        str(code_file),
        "--json",
        env={"GTGCRM_PASSPHRASE": None},
    )
    assert by_code.code == 0 and json.loads(by_code.stdout)["unlocked_with"] == "recovery"
    wrong = run_cli("backup", "verify", str(path), env={"GTGCRM_PASSPHRASE": "wrong"})
    assert wrong.code == 2 and "Wrong passphrase" in wrong.stderr
    damaged = tmp_path / "damaged.gtgbackup"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    damaged.write_bytes(bytes(data))
    broken = run_cli("backup", "verify", str(damaged))
    assert broken.code == 2 and "damaged" in broken.stderr and "Traceback" not in broken.stderr
    assert run_cli("backup", "verify", str(tmp_path / "none.gtgbackup")).code == 1
    assert _files(data_dir) == before


def test_restore_refuses_a_folder_in_use_and_moves_the_live_workspace_aside(
    run_cli, data_dir: Path, tmp_path: Path
) -> None:
    _add(run_cli, "Kept")
    path = tmp_path / "b.gtgbackup"
    assert run_cli("backup", "create", "-o", str(path)).code == 0
    _add(run_cli, "Later")

    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    refused = run_cli("backup", "restore", str(path), "--to", str(busy))
    assert refused.code == 1 and "not empty" in refused.stderr
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]

    before = _files(data_dir)
    app = WorkspaceLock(data_dir, "app").acquire()  # the app has the workspace open
    try:
        in_use = run_cli("backup", "restore", str(path), "--to", str(data_dir))
    finally:
        app.release()
    assert in_use.code == 1 and "app" in in_use.stderr
    assert _files(data_dir) == before

    done = run_cli("backup", "restore", str(path), "--to", str(data_dir))
    assert done.code == 0, done.stderr
    aside = next(data_dir.glob("before-restore-*"))
    assert str(aside) in done.stdout
    names = json.loads(run_cli("contacts", "list", "--json").stdout)
    assert [c["given_name"] for c in names] == ["Kept"]
    old = run_cli("contacts", "list", "--json", data=aside)
    assert sorted(c["given_name"] for c in json.loads(old.stdout)) == ["Kept", "Later"]


def test_restore_elsewhere_and_erasure_sticks(run_cli, data_dir: Path, tmp_path: Path) -> None:
    gone = _add(run_cli, "Gone", EMAIL)
    _add(run_cli, "Stays")
    path = tmp_path / "b.gtgbackup"
    assert run_cli("backup", "create", "-o", str(path)).code == 0
    assert run_cli("privacy", "erase", "--contact", gone, "--yes").code == 0
    target = tmp_path / "restored"
    done = run_cli("backup", "restore", str(path), "--to", str(target), "--json")
    assert done.code == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["erased_again"] == 1 and report["moved_aside"] is None
    names = json.loads(run_cli("contacts", "list", "--json", data=target).stdout)
    assert [c["given_name"] for c in names] == ["Stays"]


_WRITER = """
import os, sys
from pathlib import Path
from gtgcrm_desktop.core.models import Contact, EmailAddress
from gtgcrm_desktop.store import Secrets, Workspace

folder, log, stop = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
workspace = Workspace.open(folder, Secrets(passphrase=os.environ["GTGCRM_PASSPHRASE"]),
                           holder="cli", command="writer")
with open(log, "a", encoding="utf-8") as out:
    i = 0
    while not os.path.exists(stop):
        contact = workspace.contacts.add(
            Contact(given_name=f"Writer{i}", emails=[EmailAddress(f"w{i}@example.com")]))
        out.write(contact.id + "\\n")
        out.flush()
        i += 1
workspace.close()
"""


def test_backups_taken_while_another_process_writes(run_cli, data_dir: Path, tmp_path) -> None:
    """Each backup verifies and holds every contact committed before it started."""
    log, stop = tmp_path / "ids.txt", tmp_path / "stop"
    env = {**os.environ, "GTGCRM_PASSPHRASE": PASSPHRASE, "GTGCRM_NO_KEYCHAIN": "1"}
    env["PYTHONPATH"] = str(ROOT)
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(data_dir), str(log), str(stop)], env=env
    )
    try:
        deadline = time.monotonic() + 60
        while (not log.exists() or len(log.read_text().split()) < 200) and writer.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        for round_ in range(6):
            committed = set(log.read_text().split())
            target = tmp_path / f"b{round_}.gtgbackup"
            done = run_cli("backup", "create", "-o", str(target), "--json")
            assert done.code == 0, done.stderr
            verified = tmp_path / f"v{round_}"
            verified.mkdir()
            result, key = open_backup(target, Secrets(passphrase=PASSPHRASE), verified)
            with read_only(verified / "workspace.db", key) as connection:
                ids = {r[0] for r in connection.execute("SELECT id FROM contacts")}
            assert committed <= ids, len(committed - ids)
            assert result.contacts == len(ids) == json.loads(done.stdout)["contacts"]
        assert writer.poll() is None  # it was writing the whole time
    finally:
        stop.touch()
        writer.wait(timeout=60)
    assert len(ids) > 200


def test_a_folder_that_cannot_be_used_is_exit_1(run_cli, tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    refused = run_cli("backup", "create", "-o", str(blocker / "b.gtgbackup"))
    assert refused.code == 1 and "Cannot use" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_restore_run_where_the_current_workspace_does_not_unlock_is_refused(
    run_cli, data_dir: Path, tmp_path: Path, recovery_code: str
) -> None:
    """The passphrase was changed after the backup: the backup's passphrase does not open the
    current workspace, whose erasures would then not be re-applied. Refused (exit 2, nothing
    made) until its passphrase or the shared recovery code is given (audit of issue 11)."""
    gone = _add(run_cli, "Gone", EMAIL)
    _add(run_cli, "Stays")
    backup = tmp_path / "b.gtgbackup"
    assert run_cli("backup", "create", "-o", str(backup)).code == 0
    assert run_cli("privacy", "erase", "--contact", gone, "--yes").code == 0
    new = "another strong passphrase 2025?"
    changed = run_cli("passphrase", "change", env={"GTGCRM_NEW_PASSPHRASE": new})
    assert changed.code == 0, changed.stderr
    no_keychain = {"GTGCRM_NO_KEYCHAIN": "1"}
    target = tmp_path / "restored"

    refused = run_cli("backup", "restore", str(backup), "--to", str(target), env=no_keychain)
    assert refused.code == 2 and "--current-passphrase-file" in refused.stderr
    assert not target.exists()

    current = tmp_path / "current.txt"
    current.write_text(new)
    done = run_cli(
        "backup", "restore", str(backup), "--to", str(target),
        "--current-passphrase-file", str(current), "--json", env=no_keychain,
    )  # fmt: skip
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["erased_again"] == 1
    listed = run_cli("contacts", "list", data=target, env=no_keychain).stdout
    assert "Stays" in listed and "Gone" not in listed

    code_file = tmp_path / "code.txt"
    code_file.write_text(recovery_code)
    by_code = run_cli(
        "backup", "restore", str(backup), "--to", str(tmp_path / "again"),
        "--recovery-code-file", str(code_file), "--json",
        env={**no_keychain, "GTGCRM_PASSPHRASE": None},
    )  # fmt: skip
    assert by_code.code == 0, by_code.stderr
    assert json.loads(by_code.stdout)["erased_again"] == 1


def test_a_damaged_current_workspace_does_not_block_its_restore(
    run_cli, data_dir: Path, tmp_path: Path
) -> None:
    _add(run_cli, "Layla", EMAIL)
    backup = tmp_path / "b.gtgbackup"
    assert run_cli("backup", "create", "-o", str(backup)).code == 0
    (data_dir / "workspace.keys").write_text("{ not json")
    done = run_cli("backup", "restore", str(backup), "--to", str(tmp_path / "restored"))
    assert done.code == 0, done.stderr
    assert "could not be opened" in done.stderr


def test_on_a_terminal_the_passphrase_here_is_asked_only_when_it_differs(
    run_cli, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from gtgcrm_desktop.commands.context import CommandContext

    gone = _add(run_cli, "Gone", EMAIL)
    backup = tmp_path / "b.gtgbackup"
    assert run_cli("backup", "create", "-o", str(backup)).code == 0
    assert run_cli("privacy", "erase", "--contact", gone, "--yes").code == 0
    answers: list[str] = []
    monkeypatch.setattr(CommandContext, "interactive", property(lambda self: True))
    monkeypatch.setattr(CommandContext, "_prompt", lambda self, text: answers.pop(0))
    quiet = {"GTGCRM_NO_KEYCHAIN": "1", "GTGCRM_PASSPHRASE": None}

    answers[:] = [PASSPHRASE]  # the backup's passphrase opens the workspace here too
    same = run_cli(
        "backup", "restore", str(backup), "--to", str(tmp_path / "one"), "--json", env=quiet
    )
    assert same.code == 0, same.stderr
    assert json.loads(same.stdout)["erased_again"] == 1 and answers == []

    new = "another strong passphrase 2025?"
    assert run_cli("passphrase", "change", env={"GTGCRM_NEW_PASSPHRASE": new}).code == 0
    answers[:] = [PASSPHRASE, new]  # the backup's, then the one here
    other = run_cli(
        "backup", "restore", str(backup), "--to", str(tmp_path / "two"), "--json", env=quiet
    )
    assert other.code == 0, other.stderr
    assert json.loads(other.stdout)["erased_again"] == 1 and answers == []


def test_after_a_live_restore_backup_create_prunes_the_replaced_workspace_backups(
    run_cli, data_dir: Path, tmp_path: Path
) -> None:
    """The replaced workspace (a device that no longer exists) has its automatic backups
    pruned by the restored one: its stale ones go, its recent ones stay within 7/4/12."""
    from datetime import UTC, datetime, timedelta

    from gtgcrm_desktop.store.backups import Retention, backup_name, to_keep
    from gtgcrm_desktop.store.backups.create import time_from_name

    _add(run_cli, "Layla", EMAIL)
    first = json.loads(run_cli("backup", "create", "--json").stdout)
    replaced = Path(first["path"]).name.removesuffix(".gtgbackup").rsplit("-", 1)[1]
    folder = data_dir / "backups"
    now = datetime.now(UTC).replace(microsecond=0)
    stale = [now - timedelta(days=d) for d in range(1, 600, 4)]
    for moment in stale:
        (folder / backup_name(moment, replaced)).write_bytes(b"x")
    (folder / backup_name(now - timedelta(days=599), "0123456789ab")).write_bytes(b"theirs")
    backup = tmp_path / "b.gtgbackup"
    assert run_cli("backup", "create", "-o", str(backup)).code == 0

    done = run_cli("backup", "restore", str(backup), "--to", str(data_dir))
    assert done.code == 0, done.stderr
    made = json.loads(run_cli("backup", "create", "--json").stdout)
    assert replaced not in made["path"]  # the restored workspace is a new device

    created = datetime.fromisoformat(first["created_at"].replace("Z", "+00:00"))
    old = [*stale, created.replace(microsecond=0)]
    mine = datetime.fromisoformat(made["created_at"].replace("Z", "+00:00")).replace(microsecond=0)
    kept = to_keep([*old, mine], Retention(7, 4, 12))
    left = sorted(m for p in folder.iterdir() if (m := time_from_name(p.name, replaced)))
    assert left == sorted(set(old) & kept)
    assert 10 < len(left) < len(old)
    assert min(left) > now - timedelta(days=14 * 31)  # nothing older than about 13 months
    assert (folder / backup_name(now - timedelta(days=599), "0123456789ab")).exists()


def test_a_live_restore_over_a_damaged_workspace_says_where_its_backups_stay(
    run_cli, data_dir: Path, tmp_path: Path
) -> None:
    _add(run_cli, "Layla", EMAIL)
    backup = tmp_path / "b.gtgbackup"
    assert run_cli("backup", "create", "-o", str(backup)).code == 0
    (data_dir / "workspace.keys").write_text("{ not json")
    done = run_cli("backup", "restore", str(backup), "--to", str(data_dir))
    assert done.code == 0, done.stderr
    assert "could not be opened" in done.stderr
    assert f"left in {data_dir / 'backups'}; delete them by hand" in done.stderr
