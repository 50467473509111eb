"""A `gtgcrm sync` process killed mid-push or mid-pull: the next sync loses and repeats nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.sync.service import SyncService
from tests.conftest import PASSPHRASE, ROOT
from tests.sync.conftest import FAST_RETRY, USERS, faults

COUNT = 3000  # six push batches of 500, three pull pages of 1,000


@pytest.fixture
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens sealed inside the workspace, so a child process can read them too."""
    monkeypatch.setenv("GTGCRM_NO_KEYCHAIN", "1")


def _signed_in_workspace(path: Path, server) -> None:
    workspace, _ = Workspace.create(path, PASSPHRASE)
    with workspace:
        SyncService(workspace, retry=FAST_RETRY).login(server.url, *USERS[0])


def _start_sync(path: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "GTGCRM_NO_KEYCHAIN": "1",
        "GTGCRM_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "gtgcrm_desktop", "--data-dir", str(path), "sync", "--json"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_when(process: subprocess.Popen[bytes], ready, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        assert process.poll() is None, "the sync finished before it could be killed"
        assert time.monotonic() < deadline, "the sync never got far enough"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)


def _sync_again(path: Path) -> None:
    with Workspace.open(path, Secrets(passphrase=PASSPHRASE)) as workspace:
        SyncService(workspace, retry=FAST_RETRY).sync()


def test_killed_mid_push_resumes_without_loss_or_duplicates(tmp_path, server, no_keychain):
    path = tmp_path / "laptop"
    _signed_in_workspace(path, server)
    with Workspace.open(path, Secrets(passphrase=PASSPHRASE)) as workspace:
        workspace.contacts.add_many([Contact(given_name=f"عميل {i}") for i in range(COUNT)])
    # Each push is stored, then its answer is held back: the kill lands between batches.
    faults(
        server,
        {
            "kind": "slow",
            "path": "/v1/changes",
            "method": "POST",
            "times": 100,
            "when": "after",
            "delay": 0.6,
        },
    )
    process = _start_sync(path)
    _kill_when(process, lambda: server.storage.stats("default")["feed"] >= 500)
    pushed_before_kill = server.storage.stats("default")["feed"]
    assert 0 < pushed_before_kill < COUNT

    faults(server)  # the network is fine again
    _sync_again(path)
    stats = server.storage.stats("default")
    assert stats["live"]["contact"] == COUNT  # nothing lost
    assert stats["feed"] == COUNT  # nothing applied twice
    with Workspace.open(path, Secrets(passphrase=PASSPHRASE)) as workspace:
        assert workspace.changes.unpushed() == []
        assert workspace.contacts.count() == COUNT


def test_killed_mid_pull_resumes_without_loss_or_duplicates(tmp_path, server, no_keychain):
    server.storage.seed_contacts(
        "default",
        (
            (
                f"remote-{i:05d}",
                {"given_name": f"Remote {i}"},
                f"{1_700_000_000_000 + i:015d}-000000-seed",
            )
            for i in range(COUNT)
        ),
    )
    path = tmp_path / "laptop"
    _signed_in_workspace(path, server)
    # Each page is answered late, so the kill lands after some pages are applied, not all.
    faults(
        server, {"kind": "slow", "path": "/v1/changes", "method": "GET", "times": 100, "delay": 0.8}
    )

    def some_pages_applied() -> bool:
        with Workspace.open(path, Secrets(passphrase=PASSPHRASE)) as peek:
            return peek.contacts.count() > 0

    process = _start_sync(path)
    _kill_when(process, some_pages_applied)
    with Workspace.open(path, Secrets(passphrase=PASSPHRASE)) as workspace:
        applied_before_kill = workspace.contacts.count()
    assert 0 < applied_before_kill < COUNT

    faults(server)
    _sync_again(path)
    with Workspace.open(path, Secrets(passphrase=PASSPHRASE)) as workspace:
        assert workspace.contacts.count() == COUNT
        remote_entries = workspace.db.scalar(
            "SELECT count(*) FROM change_log WHERE origin = 'remote' AND entity = 'contact'"
        )
        assert remote_entries == COUNT  # each remote change applied exactly once
