"""Issue 10 benchmark: what the workspace lock costs, and `db check` on 100,000 contacts.

(a) The lock: shared acquire + release, exclusive acquire + release and a shared hold turned
exclusive and back, each timed alone (medians of many); then one CLI command
(`gtgcrm contacts list --limit 20`, run in this process through `cli.main`, unlocking through
the keychain slot) with the real lock and with the lock replaced by a no-op, interleaved, so both
sides see the same machine load. Goal: the lock costs a command under 5 ms.
(b) `gtgcrm db check` (SQLCipher's cipher_integrity_check + SQLite's integrity_check) on a
generated workspace of 100,000 contacts, as a child process, beside `PRAGMA integrity_check`
(and quick_check) on a plaintext copy of the same database through the stdlib `sqlite3`.

Run: .venv/bin/python -m tests.benchmarks.bench_vault [--contacts 100000] [--runs 41]"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase for the vault"
BATCH = 5000


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(function: object, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        samples.append(time.perf_counter() - started)
    return samples


def lock_alone(folder: Path, runs: int) -> dict[str, float]:
    from gtgcrm_desktop.store.lock import WorkspaceLock

    def shared() -> None:
        WorkspaceLock(folder, "cli", "gtgcrm contacts list").acquire().release()

    def exclusive() -> None:
        WorkspaceLock(folder, "cli", "gtgcrm key rotate").acquire(exclusive=True).release()

    figures = {
        "shared_ms": _median_ms(_timed(shared, runs * 5)),
        "exclusive_ms": _median_ms(_timed(exclusive, runs * 5)),
    }
    held = WorkspaceLock(folder, "app").acquire()

    def upgrade() -> None:
        with held.exclusive():
            pass

    figures["upgrade_ms"] = _median_ms(_timed(upgrade, runs * 5))
    held.release()
    return figures


def lock_import(runs: int, cache: Path) -> float:
    """Median ms a fresh process spends importing the lock module and what only it brings in
    (`-X importtime`, cumulative): what every command pays for the lock before using it. With
    compiled bytecode, as an installed or packaged app has it (kept in `cache`)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    command = [sys.executable, "-X", "importtime", "-c", "import gtgcrm_desktop.store"]
    subprocess.run(command, capture_output=True, check=True, env=env)  # compiles the bytecode
    samples = []
    for _ in range(runs):
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
        for line in done.stderr.splitlines():
            fields = [f.strip() for f in line.removeprefix("import time:").split("|")]
            if len(fields) == 3 and fields[2] == "gtgcrm_desktop.store.lock":
                samples.append(int(fields[1]) / 1e6)
    return _median_ms(samples)


class _NoLock:
    """The lock's interface doing nothing: the 'without the lock' side of the comparison."""

    def __init__(self, *_: object, **__: object) -> None:
        self.held = False
        self.is_exclusive = False

    def acquire(self, **_: object) -> _NoLock:
        self.held = True
        return self

    def release(self) -> None:
        self.held = False

    def downgrade(self) -> None:
        pass


def command_with_and_without(folder: Path, runs: int) -> dict[str, float]:
    from gtgcrm_desktop.cli import main
    from gtgcrm_desktop.store import workspace as workspace_module

    real = workspace_module.WorkspaceLock
    argv = ["--data-dir", str(folder), "contacts", "list", "--limit", "20"]

    def run(lock_class: object) -> float:
        workspace_module.WorkspaceLock = lock_class  # type: ignore[assignment,misc]
        try:
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                started = time.perf_counter()
                code = main(argv)
                elapsed = time.perf_counter() - started
            if code != 0:
                raise SystemExit(f"contacts list failed: {err.getvalue()}")
            return elapsed
        finally:
            workspace_module.WorkspaceLock = real  # type: ignore[misc]

    run(real)
    run(_NoLock)  # warm both paths
    with_lock, without = [], []
    for _ in range(runs):
        with_lock.append(run(real))
        without.append(run(_NoLock))
    differences = [a - b for a, b in zip(with_lock, without, strict=True)]
    return {
        "with_ms": _median_ms(with_lock),
        "without_ms": _median_ms(without),
        "difference_ms": _median_ms(differences),
    }


def make_workspace(folder: Path, count: int) -> float:
    from gtgcrm_desktop.store import Workspace
    from tests.benchmarks.generate import contacts

    started = time.perf_counter()
    workspace, _ = Workspace.create(folder, PASSPHRASE)
    source = contacts(count)
    while batch := [c for _, c in zip(range(BATCH), source, strict=False)]:
        workspace.contacts.add_many(batch)
    workspace.close()
    return time.perf_counter() - started


def db_check(folder: Path, runs: int) -> dict[str, float]:
    from gtgcrm_desktop.store import Secrets, Workspace

    env = {
        **os.environ,
        "GTGCRM_NO_KEYCHAIN": "1",
        "GTGCRM_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    command = [sys.executable, "-m", "gtgcrm_desktop", "--data-dir", str(folder), "db", "check"]
    cli_samples = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        cli_samples.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"db check failed: {done.stderr}")
    plain = folder.parent / "plain.db"
    with Workspace.open(folder, Secrets(passphrase=PASSPHRASE), holder="cli") as workspace:
        full = _timed(workspace.check, runs)
        quick = _timed(workspace.quick_check, runs)
        workspace.decrypt_to(plain)
    connection = sqlite3.connect(plain)
    plain_full = _timed(lambda: connection.execute("PRAGMA integrity_check").fetchall(), runs)
    plain_quick = _timed(lambda: connection.execute("PRAGMA quick_check").fetchall(), runs)
    connection.close()
    return {
        "size_mb": (folder / "workspace.db").stat().st_size / 1e6,
        "cli_s": statistics.median(cli_samples),
        "check_s": statistics.median(full),
        "quick_s": statistics.median(quick),
        "plain_integrity_s": statistics.median(plain_full),
        "plain_quick_s": statistics.median(plain_quick),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=41, help="command runs per side")
    parser.add_argument("--check-runs", type=int, default=3)
    args = parser.parse_args()
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    # The command unlocks through the keychain slot (as the app and CLI usually do), so the
    # slow passphrase KDF does not drown the few milliseconds measured.
    keyring.set_keyring(MemoryKeyring())
    os.environ.pop("GTGCRM_NO_KEYCHAIN", None)
    os.environ.pop("GTGCRM_PASSPHRASE", None)
    os.environ.setdefault("GTGCRM_LANG", "en")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        small = root / "small"
        make_workspace(small, 200)
        alone = lock_alone(small, args.runs)
        alone["import_ms"] = lock_import(9, root / "pycache")
        command = command_with_and_without(small, args.runs)
        big = root / "big" / "workspace"
        generated = make_workspace(big, args.contacts)
        checks = db_check(big, args.check_runs)
    print(
        f"lock alone (median of {args.runs * 5}): shared acquire+release {alone['shared_ms']:.2f} ms,"
        f" exclusive {alone['exclusive_ms']:.2f} ms, shared -> exclusive -> shared"
        f" {alone['upgrade_ms']:.2f} ms; importing the lock module in a fresh process (median of 9)"
        f" {alone['import_ms']:.2f} ms"
    )
    print(
        f"`contacts list --limit 20` (200 contacts, keychain unlock), median of {args.runs}"
        f" interleaved runs: with the lock {command['with_ms']:.1f} ms, without"
        f" {command['without_ms']:.1f} ms, median difference {command['difference_ms']:.2f} ms"
        " (goal < 5 ms)"
    )
    print(
        f"workspace of {args.contacts:,} contacts generated in {generated:.0f} s,"
        f" database {checks['size_mb']:.0f} MB"
    )
    print(
        f"`gtgcrm db check` (child process, median of {args.check_runs}): {checks['cli_s']:.2f} s;"
        f" Workspace.check() {checks['check_s']:.2f} s; Workspace.quick_check() (the app's"
        f" background check) {checks['quick_s']:.2f} s"
    )
    print(
        f"plain sqlite3 copy of the same database: PRAGMA integrity_check"
        f" {checks['plain_integrity_s']:.2f} s, quick_check {checks['plain_quick_s']:.2f} s"
        f"; Workspace.check() / plain integrity_check"
        f" {checks['check_s'] / checks['plain_integrity_s']:.2f}x"
    )


if __name__ == "__main__":
    main()
