"""Real CardDAV servers on 127.0.0.1 for the session (Radicale, and Xandikos as a second
implementation), a strict-mode proxy in front of either, and a fresh address book per test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from gtgcrm_desktop.commands.carddav import VCardCodec
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.sync.carddav import CardDavHooks, CardDavService
from gtgcrm_desktop.sync.retry import RetryPolicy

USERS = {"ana": "pw-ana-كلمة", "badr": "pw-badr"}
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, max_wait=1.0)
_MKCOL = (
    '<?xml version="1.0" encoding="utf-8"?><D:mkcol xmlns:D="DAV:"'
    ' xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop><D:resourcetype><D:collection/>'
    "<C:addressbook/></D:resourcetype></D:prop></D:set></D:mkcol>"
)


def _die_with_parent() -> None:
    """In the server's process before it starts: on Linux, stop when the test process dies,
    even killed (PR_SET_PDEATHSIG), so that no server outlives an aborted run."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Radicale:
    """The running server: its base URL, its log file and its process."""

    url: str
    log: Path
    process: subprocess.Popen[bytes] | None = None

    def stop(self) -> None:
        """Stop the server (the address books stay on disk); calling it twice is harmless."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


def _start_radicale(root: Path) -> Radicale:
    """Radicale 3 bound to 127.0.0.1 only, htpasswd users, on a free port; waits until it listens."""
    root.mkdir(parents=True, exist_ok=True)
    users = root / "users"
    users.write_text("".join(f"{u}:{p}\n" for u, p in USERS.items()), encoding="utf-8")
    port = _free_port()
    log = root / "radicale.log"
    command = [
        sys.executable, "-m", "radicale",
        "--server-hosts", f"127.0.0.1:{port}",
        "--storage-filesystem-folder", str(root / "storage"),
        "--auth-type", "htpasswd",
        "--auth-htpasswd-filename", str(users),
        "--auth-htpasswd-encryption", "plain",
        "--logging-level", "warning",
    ]  # fmt: skip
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
        )
    server = Radicale(f"http://127.0.0.1:{port}", log, process)
    return _wait_listening(server, port)


def _wait_listening(server: Radicale, port: int) -> Radicale:
    assert server.process is not None
    deadline = time.monotonic() + 15
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            if server.process.poll() is not None or time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(server.log.read_text(errors="replace")) from None
            time.sleep(0.05)


#: Where Xandikos keeps the address books of its one user.
XANDIKOS_HOME = "/user/contacts/"


def _start_xandikos(root: Path) -> Radicale:
    """Xandikos (a second CardDAV implementation) bound to 127.0.0.1 on a free port. It has no
    accounts of its own here: the Basic credentials the client sends are ignored."""
    root.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    log = root / "xandikos.log"
    command = [
        sys.executable, "-m", "xandikos", "serve",
        "-d", str(root / "storage"), "--defaults",
        "--state-dir", str(root / "state"),
        "-l", "127.0.0.1", "-p", str(port),
    ]  # fmt: skip
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
        )
    return _wait_listening(Radicale(f"http://127.0.0.1:{port}", log, process), port)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """The session's server, killed at the end of the session."""
    server = _start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """A Xandikos server for the session, stopped at its end."""
    server = _start_xandikos(tmp_path_factory.mktemp("xandikos"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def own_radicale(tmp_path: Path) -> Iterator[Radicale]:
    """A server for this test alone, which the test may stop (an unreachable address book)."""
    server = _start_radicale(tmp_path / "own-radicale")
    try:
        yield server
    finally:
        server.stop()


class Book:
    """One address book on the server, edited directly over HTTP like another client would."""

    def __init__(self, radicale: Radicale, user: str = "ana", home: str | None = None) -> None:
        self.user = user
        self.path = f"{home or f'/{user}/'}book-{uuid.uuid4().hex[:8]}/"
        self.url = radicale.url + self.path
        self.http = requests.Session()
        self.http.auth = (user.encode(), USERS[user].encode())
        done = self.http.request(
            "MKCOL",
            self.url,
            data=_MKCOL.encode(),
            headers={"Content-Type": "application/xml"},
            timeout=5,
        )
        assert done.status_code == 201, done.text

    def hrefs(self) -> dict[str, str]:
        """href -> ETag of every card."""
        answer = self.http.request(
            "PROPFIND",
            self.url,
            data=b'<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>',
            headers={"Depth": "1", "Content-Type": "application/xml"},
            timeout=5,
        )
        import xml.etree.ElementTree as ET

        found = {}
        for response in ET.fromstring(answer.content).iter("{DAV:}response"):
            href = response.findtext("{DAV:}href") or ""
            etag = response.findtext(".//{DAV:}getetag")
            if href.rstrip("/") != self.path.rstrip("/") and etag:
                found[href] = etag
        return found

    def get(self, href: str) -> tuple[str, str]:
        answer = self.http.get(self.url.split(self.path)[0] + href, timeout=5)
        answer.raise_for_status()
        answer.encoding = "utf-8"
        return answer.text, answer.headers["ETag"]

    def put(self, name: str, card: str, etag: str | None = None) -> str:
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        answer = self.http.put(
            self.url + name, data=card.encode("utf-8"), headers=headers, timeout=5
        )
        assert answer.status_code in (201, 204), answer.status_code
        return answer.headers.get("ETag", "")

    def edit(self, href: str, change: Callable[[str], str]) -> None:
        """Rewrite one card as another client would (PUT with If-Match)."""
        text, etag = self.get(href)
        name = href.rsplit("/", 1)[1]
        self.put(name, change(text), etag)

    def delete(self, href: str) -> None:
        answer = self.http.delete(self.url.split(self.path)[0] + href, timeout=5)
        assert answer.status_code in (200, 204), answer.status_code

    def cards(self) -> dict[str, str]:
        return {href: self.get(href)[0] for href in self.hrefs()}


def card(uid: str, version: str = "3.0", **props: str) -> str:
    """A small vCard (3.0 unless told) as another client would write it."""
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"UID:{uid}"]
    lines += [f"{name.replace('_', '-')}:{value}" for name, value in props.items()]
    return "\r\n".join([*lines, "END:VCARD", ""])


@pytest.fixture
def book(radicale: Radicale) -> Book:
    return Book(radicale)


@pytest.fixture(params=["radicale", "xandikos"])
def any_book(request: pytest.FixtureRequest) -> Book:
    """A fresh address book on each of the two server implementations in turn."""
    server = request.getfixturevalue(request.param)
    return Book(server, home=XANDIKOS_HOME if request.param == "xandikos" else None)


class Device:
    """One workspace and its CardDAV service."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ws = Workspace.open(path, Secrets())
        self.hooks = CardDavHooks()
        self.service = CardDavService(
            self.ws, VCardCodec(), retry=FAST_RETRY, timeout=(2.0, 10.0), hooks=self.hooks
        )

    def connect(self, book: Book, url: str | None = None, name: str | None = None) -> None:
        """Add `book` (through `url`, a proxy's, when given; `name` among several)."""
        self.service.add(url or book.url, book.user, USERS[book.user], name)

    def sync(self) -> Any:
        return self.service.sync()

    def add(self, **fields: Any) -> str:
        return str(self.ws.contacts.add(Contact().with_fields(fields)).id)

    def edit(self, contact_id: str, **fields: Any) -> None:
        current = self.ws.contacts.get(contact_id)
        edited = current.with_fields(fields)
        edited.id = contact_id
        self.ws.contacts.update(edited)

    def contacts(self) -> dict[str, Contact]:
        return {c.id: c for c in self.ws.contacts.iter_all()}

    def by_name(self, given: str) -> Contact:
        return next(c for c in self.contacts().values() if c.given_name == given)


@pytest.fixture
def devices(tmp_path: Path, _template_workspace: Any) -> Iterator[Callable[[], Device]]:
    """A factory of devices, each a fresh copy of the session's empty workspace."""
    made: list[Device] = []

    def make() -> Device:
        path = tmp_path / f"device{len(made)}"
        shutil.copytree(_template_workspace.path, path)
        made.append(Device(path))
        return made[-1]

    yield make
    for device in made:
        device.ws.close()
