"""Benchmark: what synced suppression entries cost an import (issue 11). The same 100,000-row
Google CSV as bench_import is imported into a fresh workspace with no suppression entries, and
into one holding entries as a sync leaves them (default 1,000 erased people = 2,000 hashes under
two salts: the workspace's and an older device's), in alternating child processes. Prints the
medians, their ratio (goal: under 1.05) and, measured inside the runs with entries, the time
spent checking rows against the list.

    .venv/bin/python -m tests.benchmarks.bench_suppression [--rows 100000] [--repeat 3]
        [--people 1000] [--salts 2]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_import import ROOT, _workspace, generate

#: People of the file among the erased ones (their rows are suppressed; the rest name nobody).
IN_FILE = 100


def _entries(rows: int, people: int, salts: int) -> list[dict[str, object]]:
    """Feed changes as the cloud sends them: salts first, then two hashes per person."""
    from gtgcrm_desktop.store.suppression import ENTITY, SALT_ENTITY, entry_hash, salt_id

    keys = [secrets.token_bytes(32) for _ in range(salts)]
    feed: list[dict[str, object]] = [
        {
            "seq": n + 1,
            "entity": SALT_ENTITY,
            "entity_id": salt_id(key),
            "operation": "create",
            "fields": {"salt": key.hex()},
        }
        for n, key in enumerate(keys)
    ]
    step = max(1, rows // IN_FILE)
    for person in range(people):
        key = keys[person % salts]
        if person < IN_FILE:  # rows of the file (bench_import's addresses and numbers)
            i = person * step
            email, phone = f"user{i}@example{i % 97}.com", f"+9665{i % 10}{i:07d}"
        else:
            email, phone = f"gone{person}@elsewhere.example", f"+9665{person % 10}9{person:06d}"
        for kind, value in (("email", email), ("phone", phone)):
            feed.append(
                {
                    "seq": len(feed) + 1,
                    "entity": ENTITY,
                    "entity_id": entry_hash(key, kind, value),
                    "operation": "create",
                    "fields": {"kind": kind, "salt_id": salt_id(key)},
                }
            )
    return feed


def phase(csv_path: Path, folder: Path, people: int, salts: int, rows: int) -> dict[str, object]:
    from gtgcrm_desktop.interchange import import_file

    workspace = _workspace(folder)  # key derivation and schema: not part of the import
    with workspace.db.transaction():
        for change in _entries(rows, people, salts) if people else []:
            workspace.suppression.apply_remote(change)
    spent = [0.0]
    if people:
        original = workspace.suppression.matches

        def timed(contact: object) -> bool:
            started = time.perf_counter()
            try:
                return original(contact)  # type: ignore[arg-type]
            finally:
                spent[0] += time.perf_counter() - started

        workspace.suppression.matches = timed  # type: ignore[method-assign]
    started, cpu = time.perf_counter(), time.process_time()
    report = import_file(workspace, csv_path)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    entries = workspace.suppression.count()
    workspace.close()
    return {
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "matching_seconds": spent[0],
        "entries": entries,
        "suppressed": len(report.suppressed),
        "new": report.new,
    }


def _child(args: list[str]) -> dict[str, object]:
    output = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_suppression", "--phase", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    ).stdout
    return dict(json.loads(output))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--people", type=int, default=1000, help="erased people (2 hashes each)")
    parser.add_argument("--salts", type=int, default=2)
    parser.add_argument("--phase", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        source, target, people, salts, rows = args.phase
        print(json.dumps(phase(Path(source), Path(target), int(people), int(salts), int(rows))))
        return
    folder = Path(tempfile.mkdtemp(prefix="gtgcrm-bench-suppression-"))
    try:
        source = folder / "contacts.csv"
        generate(source, args.rows)
        print(
            f"{args.rows:,} rows; {args.people:,} erased people under {args.salts} salt(s);"
            f" Python {sys.version.split()[0]}"
        )
        none, synced, ratios, matching, cpu_ratios = [], [], [], [], []
        for run in range(args.repeat):
            plan = [("none", 0), ("synced", args.people)]
            if run % 2:
                plan.reverse()
            result: dict[str, dict[str, object]] = {}
            for name, people in plan:
                target = folder / f"{name}{run}"
                result[name] = _child(
                    [str(source), str(target), str(people), str(args.salts), str(args.rows)]
                )
                shutil.rmtree(target)
            none.append(float(result["none"]["seconds"]))  # type: ignore[arg-type]
            synced.append(float(result["synced"]["seconds"]))  # type: ignore[arg-type]
            matching.append(float(result["synced"]["matching_seconds"]))  # type: ignore[arg-type]
            ratios.append(synced[-1] / none[-1])
            cpu_none = float(result["none"]["cpu_seconds"])  # type: ignore[arg-type]
            cpu_synced = float(result["synced"]["cpu_seconds"])  # type: ignore[arg-type]
            cpu_ratios.append(cpu_synced / cpu_none)
            print(
                f"  run {run + 1}: no entries {none[-1]:.2f} s; with {result['synced']['entries']}"
                f" entries {synced[-1]:.2f} s (checking the list {matching[-1]:.2f} s,"
                f" {result['synced']['suppressed']} rows suppressed); ratio {ratios[-1]:.3f};"
                f" CPU {cpu_none:.2f} s / {cpu_synced:.2f} s, ratio {cpu_ratios[-1]:.3f}"
            )
        m_none, m_synced = statistics.median(none), statistics.median(synced)
        print(
            f"median: no entries {m_none:.2f} s, with entries {m_synced:.2f} s,"
            f" ratio of medians {m_synced / m_none:.3f}, median of paired ratios"
            f" {statistics.median(ratios):.3f}; checking the list {statistics.median(matching):.2f} s"
            f" = {statistics.median(matching) / m_synced:.1%} of the import (goal: under 5%);"
            f" median CPU-time ratio {statistics.median(cpu_ratios):.3f}"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
