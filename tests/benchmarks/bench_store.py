"""Issue 2 benchmark: 100,000 inserts, prefix search and unlock, beside plain sqlite3.

Two baselines for the inserts: plain sqlite3 doing the same inserts (the statements and rows
the repository issues, recorded and replayed timed into the same schema, each batch right after
the repository wrote it: what is left is the cost of the repository's Python and of
encryption; the goal's ratio), and a minimal one (contacts,
e-mails and phones only: no search index, change log or other indexes).

Run: .venv/bin/python -m tests.benchmarks.bench_store [--contacts 100000]
Each insert side runs in its own child process so that its peak memory is its own."""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BATCH = 5000


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def insert_repository(folder: Path, count: int) -> dict[str, float]:
    import keyring

    from gtgcrm_desktop.store import Workspace
    from gtgcrm_desktop.store.keychain import Keychain
    from tests.benchmarks.generate import contacts
    from tests.support.memory_keyring import MemoryKeyring

    chain = MemoryKeyring()
    keyring.set_keyring(chain)
    workspace, _ = Workspace.create(folder, "benchmark passphrase", Keychain(chain))
    elapsed = 0.0
    source = contacts(count)
    # Generating a batch is untimed, as on the replay side: only the inserts are measured.
    while batch := [c for _, c in zip(range(BATCH), source, strict=False)]:
        started = time.perf_counter()
        workspace.contacts.add_many(batch)
        elapsed += time.perf_counter() - started
    workspace.close()
    (folder / "keyring.json").write_text(
        json.dumps({"\n".join(k): v for k, v in chain.secrets.items()})
    )
    return {"seconds": elapsed, "peak_rss_mb": _peak_rss_mb()}


def insert_plain_sqlite(folder: Path, count: int) -> dict[str, float]:
    from tests.benchmarks.generate import contacts

    folder.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(folder / "plain.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(
        "CREATE TABLE contacts (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, given_name TEXT,"
        " family_name TEXT, organization TEXT, created_at TEXT, updated_at TEXT);"
        "CREATE TABLE emails (contact_rowid INTEGER, position INTEGER, value TEXT, label TEXT,"
        " PRIMARY KEY (contact_rowid, position)) WITHOUT ROWID;"
        "CREATE TABLE phones (contact_rowid INTEGER, position INTEGER, value TEXT, e164 TEXT,"
        " label TEXT, PRIMARY KEY (contact_rowid, position)) WITHOUT ROWID;"
    )
    import uuid

    def flush(batch: list) -> None:
        connection.execute("BEGIN")
        for contact in batch:
            cursor = connection.execute(
                "INSERT INTO contacts (id, given_name, family_name, organization, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, datetime('now'), datetime('now'))",
                (str(uuid.uuid4()), contact.given_name, contact.family_name, contact.organization),
            )
            rowid = cursor.lastrowid
            connection.executemany(
                "INSERT INTO emails VALUES (?, ?, ?, ?)",
                [(rowid, i, e.value, e.label) for i, e in enumerate(contact.emails)],
            )
            connection.executemany(
                "INSERT INTO phones VALUES (?, ?, ?, ?, ?)",
                [(rowid, i, p.value, p.e164, p.label) for i, p in enumerate(contact.phones)],
            )
        connection.execute("COMMIT")

    elapsed = 0.0
    source = contacts(count)
    while batch := [c for _, c in zip(range(BATCH), source, strict=False)]:
        started = time.perf_counter()
        flush(batch)
        elapsed += time.perf_counter() - started
    connection.close()
    return {"seconds": elapsed, "peak_rss_mb": _peak_rss_mb()}


def insert_same_plain(folder: Path, count: int) -> dict[str, float]:
    """Plain stdlib sqlite3 doing exactly the repository's inserts: each batch is written
    through the repository into a scratch workspace (untimed) while its statements and rows
    are recorded, then the recording is replayed into plain sqlite3 with the same schema."""
    import keyring

    from gtgcrm_desktop.store import Workspace
    from gtgcrm_desktop.store.database import Database
    from gtgcrm_desktop.store.keychain import Keychain
    from tests.benchmarks.generate import contacts
    from tests.support.memory_keyring import MemoryKeyring

    chain = MemoryKeyring()
    keyring.set_keyring(chain)
    recorder, _ = Workspace.create(folder / "recording", "benchmark passphrase", Keychain(chain))
    plain = sqlite3.connect(folder / "same.db", isolation_level=None)
    # The store's own settings (store/database.py), so only encryption and Python differ.
    for pragma in (
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -65536",
    ):
        plain.execute(pragma)
    for name, sql in recorder.db.all(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ):
        if not name.startswith(("contact_search_", "sqlite_")):  # FTS5 makes its own tables
            plain.execute(sql)
    recorded: list[tuple[str, object, bool]] = []
    real_many, real_one = Database.executemany, Database.execute

    def record_many(self: Database, sql: str, rows: object) -> None:
        rows = list(rows)  # type: ignore[call-overload]
        recorded.append((sql, rows, True))
        real_many(self, sql, rows)

    def record_one(self: Database, sql: str, params: object = ()) -> object:
        recorded.append((sql, params, False))
        return real_one(self, sql, params)  # type: ignore[arg-type]

    Database.executemany, Database.execute = record_many, record_one  # type: ignore[method-assign]
    ours_total = plain_total = 0.0
    ratios: list[float] = []
    source = contacts(count)
    while batch := [c for _, c in zip(range(BATCH), source, strict=False)]:
        recorded.clear()
        # The repository's own run of the batch is timed too (its recording costs it a list
        # copy per statement): both sides of each batch run back to back, so a burst of load
        # on this shared machine hits both alike.
        started = time.perf_counter()
        recorder.contacts.add_many(batch)
        ours = time.perf_counter() - started
        started = time.perf_counter()
        plain.execute("BEGIN")
        for sql, params, many in recorded:
            if many:
                plain.executemany(sql, params)  # type: ignore[arg-type]
            else:
                plain.execute(sql, params).fetchall()  # type: ignore[arg-type]
        plain.execute("COMMIT")
        same = time.perf_counter() - started
        ours_total, plain_total = ours_total + ours, plain_total + same
        ratios.append(ours / same)
    Database.executemany, Database.execute = real_many, real_one  # type: ignore[method-assign]
    recorder.close()
    plain.close()
    return {
        "seconds": plain_total,
        "repository_seconds": ours_total,
        "median_batch_ratio": statistics.median(ratios),
        "peak_rss_mb": _peak_rss_mb(),
    }


def search_and_unlock(folder: Path, _count: int = 0) -> dict[str, float]:
    import keyring

    from gtgcrm_desktop.store import Secrets, Workspace
    from tests.benchmarks.generate import queries
    from tests.support.memory_keyring import MemoryKeyring

    chain = MemoryKeyring()
    chain.secrets = {
        tuple(k.split("\n")): v
        for k, v in json.loads((folder / "keyring.json").read_text()).items()
    }
    keyring.set_keyring(chain)
    unlocks = []
    for _ in range(7):
        started = time.perf_counter()
        workspace = Workspace.open(folder, Secrets())
        unlocks.append(time.perf_counter() - started)
        assert workspace.unlocked_with == "keychain"
        workspace.close()
    started = time.perf_counter()
    workspace = Workspace.open(
        folder, Secrets(passphrase="benchmark passphrase", use_keychain=False)
    )
    passphrase_unlock = time.perf_counter() - started
    timings, hits = [], []
    for query in queries(200):
        started = time.perf_counter()
        rows = workspace.contacts.list_summaries(query, limit=200)
        timings.append(time.perf_counter() - started)
        hits.append(len(rows))
    workspace.close()
    timings.sort()
    return {
        "unlock_keychain_median_ms": statistics.median(unlocks) * 1000,
        "unlock_passphrase_ms": passphrase_unlock * 1000,
        "search_median_ms": statistics.median(timings) * 1000,
        "search_p95_ms": timings[int(len(timings) * 0.95) - 1] * 1000,
        "search_max_ms": timings[-1] * 1000,
        "queries_with_200_hits": sum(1 for h in hits if h == 200),
    }


def _child(function: str, folder: Path, count: int) -> dict[str, float]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.benchmarks.bench_store",
            "--child",
            function,
            str(folder),
            str(count),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GTGCRM_NO_KEYCHAIN": "0"},
    )
    if done.returncode != 0:
        raise SystemExit(f"{function} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--child", nargs=3, metavar=("FUNCTION", "DIR", "COUNT"))
    args = parser.parse_args()
    if args.child:
        function, folder, count = args.child
        print(json.dumps(globals()[function](Path(folder), int(count))))
        return
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        plain = _child("insert_plain_sqlite", root / "plain", args.contacts)
        same = _child("insert_same_plain", root / "same", args.contacts)
        ours = _child("insert_repository", root / "ours", args.contacts)
        reads = _child("search_and_unlock", root / "ours", args.contacts)
    n = args.contacts
    print(f"contacts: {n:,}")
    print(
        f"insert, plain sqlite3, minimal (contacts, e-mails, phones only): {plain['seconds']:.2f} s,"
        f" peak RSS {plain['peak_rss_mb']:.0f} MB"
    )
    print(
        f"insert, repository (SQLCipher + FTS + change log): {ours['seconds']:.2f} s, "
        f"peak RSS {ours['peak_rss_mb']:.0f} MB"
    )
    print(
        "insert, plain sqlite3 doing the same inserts (same schema, statements and rows;"
        f" baseline): {same['seconds']:.2f} s"
    )
    print(
        "insert, paired (each batch of 5,000 through the repository, then the same statements"
        f" in plain sqlite3): repository {same['repository_seconds']:.2f} s, plain"
        f" {same['seconds']:.2f} s, ratio {same['repository_seconds'] / same['seconds']:.2f}x,"
        f" median per batch {same['median_batch_ratio']:.2f}x (goal <= 2x)"
    )
    print(
        f"insert ratio, separate runs: repository / same inserts {ours['seconds'] / same['seconds']:.2f}x;"
        f" repository / minimal baseline: {ours['seconds'] / plain['seconds']:.2f}x"
    )
    print(
        f"prefix search, 200 queries, first 200 rows: median {reads['search_median_ms']:.1f} ms, "
        f"p95 {reads['search_p95_ms']:.1f} ms, max {reads['search_max_ms']:.1f} ms (goal p95 < 20 ms); "
        f"{reads['queries_with_200_hits']} queries filled all 200 rows"
    )
    print(
        f"unlock with the keychain slot: median {reads['unlock_keychain_median_ms']:.0f} ms (goal < 300 ms); "
        f"with the passphrase (Argon2id): {reads['unlock_passphrase_ms']:.0f} ms"
    )


if __name__ == "__main__":
    main()
