"""CardDAV benchmark: first sync of 5,000 cards, an unchanged second sync, and a first sync that
pairs 5,000 cards with the same 5,000 people already in the workspace; time and requests.

Run: `.venv/bin/python -m tests.benchmarks.bench_carddav [--cards 5000]`
Radicale runs on 127.0.0.1 as a separate process (the cards are written into its storage
folder as another client's files would be). Baseline in the same run: the same listing and
multiget REPORTs sent with plain `requests` and parsed, without applying anything.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

os.environ["GTGCRM_NO_KEYCHAIN"] = "1"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _workspace(folder: Path) -> Any:
    from gtgcrm_desktop.store import Workspace
    from gtgcrm_desktop.store.keychain import Keychain
    from tests.support.memory_keyring import MemoryKeyring

    return Workspace.create(folder, "correct horse battery staple", Keychain(MemoryKeyring()))[0]


class _Counted:
    """Counts the HTTP requests of one DavClient (every call, retries included)."""

    def __init__(self) -> None:
        self.count = 0

    def install(self) -> None:
        from gtgcrm_desktop.sync.carddav import _http

        original = _http.DavClient._attempt
        counter = self

        def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
            counter.count += 1
            return original(self, *args, **kwargs)

        _http.DavClient._attempt = counted  # type: ignore[method-assign]


def _seed_cards(book_dir: Path, count: int) -> None:
    """`count` cards as another client's files: two in three vCard 3.0, the rest 4.0."""
    from gtgcrm_desktop.commands.carddav import VCardCodec
    from tests.benchmarks.generate import contacts

    codec = VCardCodec()
    for index, contact in enumerate(contacts(count)):
        uid = f"bench-{index}"
        text = codec.write(contact, uid, "4.0" if index % 3 == 0 else "3.0")
        (book_dir / f"{uid}.vcf").write_text(text, encoding="utf-8", newline="")


def _baseline(book_url: str, user: str, password: str) -> float:
    """The listing and the multiget pages alone, with plain requests and ElementTree."""
    import xml.etree.ElementTree as ET

    import requests

    from gtgcrm_desktop.sync.carddav._xml import multiget, propfind

    started = time.perf_counter()
    with requests.Session() as http:
        http.auth = (user.encode(), password.encode())
        listing = http.request(
            "PROPFIND",
            book_url,
            data=propfind("D:getetag", "D:sync-token", "D:resourcetype"),
            headers={"Depth": "1", "Content-Type": "application/xml"},
            timeout=900,
        )
        hrefs = [
            r.findtext("{DAV:}href") or ""
            for r in ET.fromstring(listing.content).iter("{DAV:}response")
        ][1:]
        for start in range(0, len(hrefs), 100):
            answer = http.request(
                "REPORT",
                book_url,
                data=multiget(hrefs[start : start + 100]),
                headers={"Depth": "0", "Content-Type": "application/xml"},
                timeout=900,
            )
            ET.fromstring(answer.content)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=5000)
    args = parser.parse_args()

    import requests

    from gtgcrm_desktop.commands.carddav import VCardCodec
    from gtgcrm_desktop.store import Secrets, Workspace
    from gtgcrm_desktop.sync.carddav import CardDavService
    from tests.benchmarks.generate import contacts
    from tests.sync.carddav.conftest import _MKCOL, USERS, _start_radicale

    counter = _Counted()
    counter.install()
    password = USERS["ana"]
    with tempfile.TemporaryDirectory(prefix="gtgcrm-bench-carddav-") as tmp:
        root = Path(tmp)
        server = _start_radicale(root / "radicale")
        try:
            name = f"book-{uuid.uuid4().hex[:8]}"
            book_url = f"{server.url}/ana/{name}/"
            made = requests.request(
                "MKCOL", book_url, data=_MKCOL.encode(), auth=("ana", password.encode()), timeout=10
            )
            made.raise_for_status()
            _seed_cards(
                root / "radicale" / "storage" / "collection-root" / "ana" / name, args.cards
            )

            _baseline(book_url, "ana", password)  # warms Radicale's cache for everyone
            baseline = _baseline(book_url, "ana", password)

            results: list[tuple[str, float, int, str]] = []
            for label, prefill in (
                ("first sync, empty workspace", False),
                ("first sync, pairs", True),
            ):
                folder = root / f"ws-{prefill}"
                workspace = _workspace(folder)
                workspace.close()
                workspace = Workspace.open(
                    folder, Secrets(passphrase="correct horse battery staple")
                )
                if prefill:
                    workspace.contacts.add_many(list(contacts(args.cards)))
                service = CardDavService(workspace, VCardCodec())
                service.add(book_url, "ana", password)
                counter.count = 0
                started = time.perf_counter()
                report = service.sync()
                took = time.perf_counter() - started
                results.append(
                    (label, took, counter.count,
                     f"pulled {report.pulled} paired {report.paired} pushed {report.pushed}"),
                )  # fmt: skip
                counter.count = 0
                started = time.perf_counter()
                again = service.sync()
                took = time.perf_counter() - started
                results.append(
                    (f"{label}: unchanged second sync", took, counter.count,
                     f"pulled {again.pulled} pushed {again.pushed} fetched {again.fetched}"),
                )  # fmt: skip
                assert workspace.contacts.count() == args.cards, workspace.contacts.count()
                workspace.close()
        finally:
            server.stop()

    print(f"cards: {args.cards}")
    print(f"baseline (listing + multiget pages, requests + ElementTree): {baseline:.2f} s")
    for label, took, requests_made, detail in results:
        print(f"{label}: {took:.2f} s, {requests_made} requests ({detail})")
    print(f"peak RSS: {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
