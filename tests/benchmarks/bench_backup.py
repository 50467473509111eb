"""Issue 11 benchmark: `backup create` and `backup verify` of a 100,000-contact workspace,
beside copying the same database file (a plain file copy: the baseline) in the same run.

Run: .venv/bin/python -m tests.benchmarks.bench_backup [--contacts 100000] [--repeat 3]

The copy is of the checkpointed database file (the WAL folded in first), so both sides copy
the same bytes; create adds the consistent snapshot (VACUUM INTO on its own connection), the
count from the snapshot, the SHA-256 and the zip; verify adds the Argon2id unlock of the
backup's passphrase slot, the extraction and both integrity checks."""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BATCH = 5000
PASSPHRASE = "benchmark passphrase"


def _build(folder: Path, count: int):  # type: ignore[no-untyped-def]
    import keyring

    from gtgcrm_desktop.store import Workspace
    from gtgcrm_desktop.store.keychain import Keychain
    from tests.benchmarks.generate import contacts
    from tests.support.memory_keyring import MemoryKeyring

    chain = MemoryKeyring()
    keyring.set_keyring(chain)
    workspace, _ = Workspace.create(folder, PASSPHRASE, Keychain(chain))
    source = contacts(count)
    while batch := [c for _, c in zip(range(BATCH), source, strict=False)]:
        workspace.contacts.add_many(batch)
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return workspace


def _timed(repeat: int, run: Callable[[int], object]) -> tuple[float, list[float]]:
    times = []
    for i in range(repeat):
        started = time.perf_counter()
        run(i)
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from gtgcrm_desktop.store import Secrets
    from gtgcrm_desktop.store.backups import create_backup, verify_backup

    with tempfile.TemporaryDirectory(prefix="gtgcrm-bench-backup-") as temporary:
        root = Path(temporary)
        started = time.perf_counter()
        workspace = _build(root / "workspace", args.contacts)
        print(
            f"workspace of {args.contacts:,} contacts built in {time.perf_counter() - started:.1f} s"
        )
        database = workspace.db.path
        size_mb = database.stat().st_size / 1_048_576
        out = root / "out"
        out.mkdir()

        copy, copies = _timed(args.repeat, lambda i: shutil.copyfile(database, out / f"copy{i}.db"))
        create, creates = _timed(
            args.repeat, lambda i: create_backup(workspace, out / f"backup{i}.gtgbackup")
        )
        backup = out / "backup0.gtgbackup"
        secrets = Secrets(passphrase=PASSPHRASE, use_keychain=False)
        verify, verifies = _timed(args.repeat, lambda i: verify_backup(backup, secrets))
        checked = verify_backup(backup, secrets)
        backup_mb = backup.stat().st_size / 1_048_576
        workspace.close()

    assert checked.contacts == args.contacts
    print(f"database file: {size_mb:.1f} MB; backup file: {backup_mb:.1f} MB")
    print(f"{'':24}{'median':>10}   runs")
    for name, median, runs in (
        ("file copy (baseline)", copy, copies),
        ("backup create", create, creates),
        ("backup verify", verify, verifies),
    ):
        print(f"{name:24}{median:9.2f}s   " + " ".join(f"{t:.2f}" for t in runs))
    print(f"create / copy: {create / copy:.1f}x; verify / copy: {verify / copy:.1f}x")
    print(f"goal create < 5 s: {'met' if create < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
