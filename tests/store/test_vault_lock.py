"""One writer: the workspace lock between processes (issue 10, point 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gtgcrm_desktop.core.errors import WorkspaceInUseError, WrongPassphraseError
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.lock import LOCK_DIR, WorkspaceLock
from tests.conftest import PASSPHRASE, ROOT, run_gtgcrm_subprocess

NEW_PASSPHRASE = "a brand new passphrase for the shop"

#: An app-like process: opens the workspace, keeps it open and obeys lines on stdin.
HOLDER = r"""
import sys
from pathlib import Path
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.core.errors import GtgError
folder, passphrase, holder = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
workspace = Workspace.open(folder, Secrets(passphrase=passphrase), holder=holder)
print("ready", flush=True)
for line in sys.stdin:
    command, _, argument = line.strip().partition(" ")
    try:
        if command == "change":
            workspace.change_passphrase(argument)
            print("changed", flush=True)
        elif command == "count":
            print("count", workspace.contacts.count(), flush=True)
        elif command == "write-and-wait":
            with workspace.db.transaction():  # BEGIN IMMEDIATE: the write lock, until "go"
                print("holding", flush=True)
                sys.stdin.readline()
            print("released", flush=True)
        elif command == "quit":
            break
    except GtgError as error:
        print("error", type(error).__name__, flush=True)
workspace.close()
print("closed", flush=True)
"""


class Holder:
    """A child process holding the workspace open, as the app does."""

    def __init__(self, folder: Path, passphrase: str = PASSPHRASE, holder: str = "app") -> None:
        env = {**os.environ, "GTGCRM_NO_KEYCHAIN": "1", "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(folder), passphrase, holder],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.read() == "ready"

    @property
    def pid(self) -> int:
        return self.process.pid

    def read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def send(self, line: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.read()

    def quit(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
        self.process.wait(timeout=30)


def _opens_with(folder: Path, **secrets: str) -> bool:
    try:
        Workspace.open(folder, Secrets(use_keychain=False, **secrets)).close()
    except WrongPassphraseError:
        return False
    return True


def _cli(folder: Path, *args: str, **env: str):  # type: ignore[no-untyped-def]
    return run_gtgcrm_subprocess("--data-dir", str(folder), *args, env=env)


def _popen_cli(folder: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    child_env = {
        **os.environ,
        "GTGCRM_NO_KEYCHAIN": "1",
        "PYTHONPATH": str(ROOT),
        "GTGCRM_PASSPHRASE": PASSPHRASE,
        **env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "gtgcrm_desktop", "--data-dir", str(folder), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env,
    )


def test_key_rotate_beside_an_open_app_is_refused_and_nothing_is_lost(data_dir: Path) -> None:
    """Seen: the app kept the workspace open, `key rotate` ran, then the app changed the
    passphrase: no passphrase or recovery code opened the workspace afterwards."""
    app = Holder(data_dir)
    try:
        rotate = _cli(data_dir, "key", "rotate", GTGCRM_PASSPHRASE=PASSPHRASE)
        assert rotate.code == 1, rotate.stderr
        assert f"GTG CRM app (process {app.pid})" in rotate.stderr
        assert "Traceback" not in rotate.stderr
        assert len(rotate.stderr.strip().splitlines()) == 1
        assert app.send(f"change {NEW_PASSPHRASE}") == "changed"
        assert app.send("count") == "count 0"  # the app's window still reads its data
    finally:
        app.quit()
    assert _opens_with(data_dir, passphrase=NEW_PASSPHRASE)
    assert not _opens_with(data_dir, passphrase=PASSPHRASE)


def test_recovery_code_still_opens_after_the_refused_rotation(
    data_dir: Path, recovery_code: str
) -> None:
    app = Holder(data_dir)
    try:
        assert _cli(data_dir, "key", "rotate", GTGCRM_PASSPHRASE=PASSPHRASE).code == 1
    finally:
        app.quit()
    assert _opens_with(data_dir, recovery_code=recovery_code)


def test_rotate_and_passphrase_change_a_quarter_second_apart(data_dir: Path) -> None:
    """Seen: both succeeded and the workspace was lost. Now the second waits for the first
    and works on the key file the first left; whatever each reports holds afterwards."""
    rotate = _popen_cli(data_dir, "key", "rotate")
    time.sleep(0.25)
    change = _popen_cli(data_dir, "passphrase", "change", GTGCRM_NEW_PASSPHRASE=NEW_PASSPHRASE)
    rotate_out, rotate_err = rotate.communicate(timeout=60)
    _change_out, change_err = change.communicate(timeout=60)
    assert rotate.returncode in (0, 1, 2) and change.returncode in (0, 1, 2)
    for err in (rotate_err, change_err):
        assert "Traceback" not in err and "Internal error" not in err
    assert rotate.returncode == 0 or change.returncode == 0
    in_effect = NEW_PASSPHRASE if change.returncode == 0 else PASSPHRASE
    assert _opens_with(data_dir, passphrase=in_effect)
    if rotate.returncode == 0:
        newest_code = rotate_out.strip().splitlines()[-1]
        assert _opens_with(data_dir, recovery_code=newest_code)


def test_several_passphrase_changes_at_once(data_dir: Path, recovery_code: str) -> None:
    """Seen: some printed "Passphrase changed." though their passphrase did not work, others
    exited 70 (FileNotFoundError on the shared temporary file)."""
    wanted = [f"shop passphrase number {n} is long" for n in range(4)]
    children = [
        _popen_cli(data_dir, "passphrase", "change", GTGCRM_NEW_PASSPHRASE=p) for p in wanted
    ]
    outcomes = [
        (p, *child.communicate(timeout=90), child.returncode)
        for p, child in zip(wanted, children, strict=True)
    ]
    reported = [p for p, out, _err, code in outcomes if code == 0 and "Passphrase changed." in out]
    for _p, _out, err, code in outcomes:
        assert code in (0, 1, 2), err
        assert "Traceback" not in err and "FileNotFoundError" not in err
    # Each change needs the passphrase in effect when it starts: only the first can succeed.
    assert len(reported) == 1
    assert _opens_with(data_dir, passphrase=reported[0])
    assert not _opens_with(data_dir, passphrase=PASSPHRASE)
    assert _opens_with(data_dir, recovery_code=recovery_code)
    leftovers = [p.name for p in data_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_the_lock_dies_with_its_process(data_dir: Path) -> None:
    app = Holder(data_dir)
    app.process.kill()
    app.process.wait(timeout=30)
    result = _cli(data_dir, "key", "rotate", GTGCRM_PASSPHRASE=PASSPHRASE)
    assert result.code == 0, result.stderr
    records = list((data_dir / LOCK_DIR).glob("*.holder"))
    assert records == []  # the dead process's record was cleared


def test_ordinary_commands_work_beside_the_open_app(data_dir: Path) -> None:
    app = Holder(data_dir)
    try:
        added = _cli(data_dir, "contacts", "add", "--given", "Huda", GTGCRM_PASSPHRASE=PASSPHRASE)
        assert added.code == 0, added.stderr
        assert app.send("count") == "count 1"
        listed = _cli(data_dir, "contacts", "list", GTGCRM_PASSPHRASE=PASSPHRASE)
        assert listed.code == 0 and "Huda" in listed.stdout
    finally:
        app.quit()


def test_a_write_waits_for_the_apps_short_transaction(data_dir: Path) -> None:
    app = Holder(data_dir)
    try:
        assert app.send("write-and-wait") == "holding"
        child = _popen_cli(data_dir, "contacts", "add", "--given", "Amal")
        assert child.stderr is not None
        waiting = child.stderr.readline()
        assert "The database is busy" in waiting and "waiting up to 10 seconds" in waiting
        assert app.send("go") == "released"
        _out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        assert app.send("count") == "count 1"
    finally:
        app.quit()


def test_a_database_busy_for_over_ten_seconds_ends_with_exit_1(data_dir: Path) -> None:
    """Seen: exit 70 after a write waited more than 10 s."""
    app = Holder(data_dir)
    try:
        assert app.send("write-and-wait") == "holding"
        added = _cli(data_dir, "contacts", "add", "--given", "Amal", GTGCRM_PASSPHRASE=PASSPHRASE)
        assert app.send("go") == "released"
        assert added.code == 1, added.stderr
        waited, refused = added.stderr.strip().splitlines()
        assert "The database is busy" in waited and "waiting up to 10 seconds" in waited
        assert "busy for more than 10 seconds" in refused
        assert "Traceback" not in added.stderr
        assert app.send("count") == "count 0"
    finally:
        app.quit()


def test_a_command_waits_for_a_key_operation_and_says_so(data_dir: Path) -> None:
    lock = WorkspaceLock(data_dir, "cli", "gtgcrm key rotate").acquire(exclusive=True)
    try:
        child = _popen_cli(data_dir, "contacts", "list")
        time.sleep(1.5)
        assert child.poll() is None  # still waiting
    finally:
        lock.release()
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert f"Waiting for 'gtgcrm key rotate' (process {os.getpid()})" in err


def test_a_key_operation_waits_for_a_short_command(data_dir: Path) -> None:
    lock = WorkspaceLock(data_dir, "cli", "gtgcrm contacts list").acquire()
    child = _popen_cli(data_dir, "key", "recovery-code")
    time.sleep(1.0)
    lock.release()
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert _opens_with(data_dir, recovery_code=out.strip().splitlines()[-1])


def test_waiting_gives_up_after_the_limit_naming_the_holder(data_dir: Path) -> None:
    lock = WorkspaceLock(data_dir, "cli", "gtgcrm key rotate").acquire(exclusive=True)
    try:
        with pytest.raises(WorkspaceInUseError) as refused:
            Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE), wait=0.5)
    finally:
        lock.release()
    assert f"'gtgcrm key rotate' (process {os.getpid()})" in str(refused.value)


# -- the lock object itself (two holders in one process: each has its own OS lock) --------


def test_shared_holders_coexist_and_block_an_exclusive_one(tmp_path: Path) -> None:
    first = WorkspaceLock(tmp_path, "app").acquire()
    second = WorkspaceLock(tmp_path, "cli", "gtgcrm contacts list").acquire()
    with pytest.raises(WorkspaceInUseError) as refused:
        WorkspaceLock(tmp_path, "cli", "gtgcrm key rotate").acquire(exclusive=True, wait=5)
    assert "GTG CRM app" in str(refused.value)
    first.release()
    second.release()
    exclusive = WorkspaceLock(tmp_path, "cli").acquire(exclusive=True, wait=0)
    with pytest.raises(WorkspaceInUseError):
        WorkspaceLock(tmp_path, "cli").acquire(wait=0.2)
    exclusive.release()


def test_an_upgrade_is_exclusive_for_its_block_then_shared_again(tmp_path: Path) -> None:
    app = WorkspaceLock(tmp_path, "app").acquire()
    with app.exclusive():
        assert app.is_exclusive
        with pytest.raises(WorkspaceInUseError):
            WorkspaceLock(tmp_path, "cli").acquire(wait=0.2)
    assert not app.is_exclusive
    other = WorkspaceLock(tmp_path, "cli").acquire(wait=0.2)
    # The other holder is a short one: the upgrade waits for it, then gives up.
    with pytest.raises(WorkspaceInUseError), app.exclusive(wait=0.3):
        pass
    assert app.held and not app.is_exclusive
    other.release()
    app.release()


def test_records_of_dead_processes_are_ignored_and_removed(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    folder = tmp_path / LOCK_DIR
    folder.mkdir()
    stale = folder / f"{dead.stdout.strip()}-0000.holder"
    stale.write_text(json.dumps({"holder": "app", "pid": int(dead.stdout), "token": "0000"}))
    lock = WorkspaceLock(tmp_path, "cli").acquire(exclusive=True, wait=0)
    assert lock.holders() == []
    assert not stale.exists()
    lock.release()


def test_records_of_killed_processes_do_not_pile_up_under_shared_opens(tmp_path: Path) -> None:
    """An app killed (or crashed) leaves its record; the next ordinary (shared) open removes
    it, so the folder does not grow with every such start (every open walks it)."""
    for _ in range(3):
        killed = subprocess.run(
            [
                sys.executable,
                "-c",
                "import os, sys; from pathlib import Path\n"
                "from gtgcrm_desktop.store.lock import WorkspaceLock\n"
                "WorkspaceLock(Path(sys.argv[1]), 'app').acquire()\n"
                "os._exit(0)",
                str(tmp_path),
            ],
            cwd=ROOT,
            check=True,
        )
        assert killed.returncode == 0
    # Each start removed the record of the one killed before it: only the last is left.
    assert len(list((tmp_path / LOCK_DIR).glob("*.holder"))) == 1
    lock = WorkspaceLock(tmp_path, "cli").acquire()
    records = list((tmp_path / LOCK_DIR).glob("*.holder"))
    assert records == [lock._record_path]
    lock.release()


def test_holder_records_carry_no_personal_data(data_dir: Path) -> None:
    workspace = Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE), holder="app")
    try:
        (record,) = (data_dir / LOCK_DIR).glob("*.holder")
        assert set(json.loads(record.read_text())) == {
            "holder",
            "pid",
            "command",
            "since",
            "exclusive",
            "token",
        }
    finally:
        workspace.close()
    assert list((data_dir / LOCK_DIR).glob("*.holder")) == []


def test_a_suspended_workspace_keeps_its_lock_and_resumes_with_the_passphrase(
    data_dir: Path,
) -> None:
    """The app's lock screen: database closed and key dropped, the OS lock kept, so no key
    operation can run meanwhile; unlocking again re-reads the key file."""
    workspace = Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE), holder="app")
    try:
        workspace.contacts.add(Contact(given_name="Sara"))
        workspace.suspend()
        assert workspace.suspended and workspace.lock.held
        rotate = _cli(data_dir, "key", "rotate", GTGCRM_PASSPHRASE=PASSPHRASE)
        assert rotate.code == 1 and "GTG CRM app" in rotate.stderr
        with pytest.raises(WrongPassphraseError):
            workspace.resume(Secrets(passphrase="not it", use_keychain=False))
        assert workspace.suspended
        workspace.resume(Secrets(passphrase=PASSPHRASE, use_keychain=False))
        assert not workspace.suspended
        assert workspace.contacts.count() == 1  # the same repositories work again
    finally:
        workspace.close()
    assert not workspace.lock.held
