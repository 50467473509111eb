"""Sync benchmark: first sync of 100,000 contacts, then 100 local + 100 remote changes.

Run: `.venv/bin/python -m tests.benchmarks.bench_sync [--contacts 100000]`
The reference server runs as a separate process on 127.0.0.1; figures are for the client.
Baseline in the same run: fetching every page over HTTP and parsing it, without applying.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["GTGCRM_NO_KEYCHAIN"] = "1"

ROOT = Path(__file__).resolve().parents[2]
GIVEN = ["محمد", "أحمد", "فاطمة", "عائشة", "Omar", "Sara", "John", "Layla", "يوسف", "Mona"]
FAMILY = ["العتيبي", "القحطاني", "Smith", "Haddad", "الشمري", "Khan", "Nasser", "الدوسري"]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _seed(data: Path, count: int) -> None:
    from tests.workspace_server.storage import Storage

    rng = random.Random(7)
    storage = Storage(data / "server.sqlite3")
    storage.add_user("bench@example.com", "pw", "default")
    storage.add_user("other@example.com", "pw", "default")
    base = 1_700_000_000_000

    def rows():  # type: ignore[no-untyped-def]
        for n in range(count):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            fields = {
                "given_name": given,
                "family_name": family,
                "emails": [{"value": f"user{n}@example.com", "label": "work"}],
                "phones": [{"value": f"+9665{n:08d}", "e164": f"+9665{n:08d}", "label": "mobile"}],
                "organization": rng.choice(["", "GTG", "شركة النور"]),
                "tags": ["customer"] if n % 3 else [],
            }
            yield f"c{n:07d}", fields, f"{base + n:015d}-000000-seed"

    storage.seed_contacts("default", rows())
    storage.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from gtgcrm_desktop.store import Secrets, Workspace
    from gtgcrm_desktop.sync.client import WorkspaceClient
    from gtgcrm_desktop.sync.service import SyncService

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        started = time.perf_counter()
        _seed(tmp / "server", args.contacts)
        print(
            f"seeded {args.contacts} contacts on the server in {time.perf_counter() - started:.1f} s"
        )
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.workspace_server",
                "--port",
                "0",
                "--data",
                str(tmp / "server"),
                "--watch-stdin",
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            url = server.stdout.readline().split()[-1] if server.stdout else ""
            # Baseline: the same pages fetched and parsed, nothing applied.
            raw = WorkspaceClient(url)
            raw.login("other@example.com", "pw", "baseline")
            started, cursor, count = time.perf_counter(), None, 0
            while True:
                page = raw.pull(cursor, 1000)
                count += len(page["changes"])
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    break
            baseline = time.perf_counter() - started
            print(f"baseline: fetch + parse {count} changes: {baseline:.1f} s")

            workspace, _ = Workspace.create(tmp / "client", "bench passphrase")
            workspace.close()
            workspace = Workspace.open(tmp / "client", Secrets(passphrase="bench passphrase"))
            service = SyncService(workspace)
            service.login(url, "bench@example.com", "pw")
            rss_before = _rss_mb()
            started = time.perf_counter()
            report = service.sync()
            first = time.perf_counter() - started
            rss_after = _rss_mb()
            print(
                f"first sync: {report.pulled} contacts pulled in {first:.1f} s;"
                f" client peak RSS {rss_after:.0f} MB (before the sync {rss_before:.0f} MB,"
                f" growth {rss_after - rss_before:.0f} MB); contacts stored: {workspace.contacts.count()}"
            )

            other = WorkspaceClient(url)
            other.login("other@example.com", "pw", "otherdevice")
            stamp = int(time.time() * 1000)
            remote = [
                {
                    "idempotency_key": f"bench-remote-{n}",
                    "entity": "contact",
                    "entity_id": f"c{n * 7:07d}",
                    "operation": "update",
                    "fields": {"notes": f"remote {n}"},
                    "hlc": f"{stamp:015d}-{n:06d}-otherdevice",
                    "base": {"*": f"{1_700_000_000_000 + n * 7:015d}-000000-seed"},
                }
                for n in range(100)
            ]
            other.push("otherdevice", remote)
            for contact in workspace.contacts.get_many([f"c{n * 11 + 1:07d}" for n in range(100)]):
                contact.title = "local edit"
                workspace.contacts.update(contact)
            started = time.perf_counter()
            report = service.sync()
            second = time.perf_counter() - started
            print(
                f"sync with 100 local + 100 remote changes: {second * 1000:.0f} ms"
                f" (pulled {report.pulled}, pushed {report.pushed}, conflicts {report.conflicts})"
            )
            workspace.close()
        finally:
            if server.stdin:
                server.stdin.close()
            server.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
