"""Hostile CardDAV answers are bounded (issue 14 point 4, issue 10 point 6): no entity
expansion, a size limit on every body, a total deadline on every request, and no credentials
or bodies sent to another origin on a redirect."""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from gtgcrm_desktop.sync.carddav import BadServerAnswerError, Credentials, DavClient
from gtgcrm_desktop.sync.carddav._errors import (
    AddressBookRefusedError,
    AnswerTooLargeError,
    DeadlinePassedError,
    RedirectedElsewhereError,
)
from gtgcrm_desktop.sync.carddav._xml import propfind
from gtgcrm_desktop.sync.retry import RetryPolicy

BOOK = b"""<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"
 xmlns:C="urn:ietf:params:xml:ns:carddav"><D:response><D:href>/book/</D:href><D:propstat>
<D:prop><D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
<D:displayname>Book</D:displayname></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response></D:multistatus>"""

BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<D:multistatus xmlns:D="DAV:"><D:response><D:href>/book/&lol9;</D:href></D:response>
</D:multistatus>"""


class Hostile(ThreadingHTTPServer):
    """A server whose answers `mode` chooses; `seen` lists (method, path, Authorization)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = "book"
        self.location = ""
        self.seen: list[tuple[str, str, str | None]] = []
        self.stop = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Hostile
    protocol_version = "HTTP/1.1"

    def log_message(self, *_: object) -> None:
        pass

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization")))
        mode = self.server.mode
        if mode in ("book", "bomb"):
            body = BOOK if mode == "book" else BOMB
            self.send_response(207)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif mode == "redirect":
            self.send_response(307)
            self.send_header("Location", self.server.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif mode in ("endless", "trickle"):
            self.send_response(207)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self._stream(b"<" * 65536 if mode == "endless" else b"x", mode == "trickle")
        elif mode == "huge":  # says 60 MB, sends nothing
            self.send_response(207)
            self.send_header("Content-Length", str(60 * 1024 * 1024))
            self.end_headers()

    def _stream(self, piece: bytes, slowly: bool) -> None:
        chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        try:
            while not self.server.stop.is_set():
                self.wfile.write(chunk)
                self.wfile.flush()
                if slowly:
                    time.sleep(0.1)
        except OSError:
            pass

    do_PROPFIND = do_REPORT = do_PUT = do_GET = do_DELETE = _any


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    server = Hostile()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def other() -> Iterator[Hostile]:
    """Another origin that must never be asked anything."""
    server = Hostile()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def _client(server: Hostile, deadline: float = 30.0) -> DavClient:
    return DavClient(
        server.url + "/book/",
        Credentials("ana", "secret-كلمة"),
        retry=RetryPolicy(attempts=1),
        deadline=deadline,
    )


def _propfind(client: DavClient) -> object:
    return client.propfind(client.url, propfind("D:getetag"), "0")


def test_an_entity_bomb_is_refused_without_expanding(hostile):
    hostile.mode = "bomb"
    tracemalloc.start()
    try:
        with _client(hostile) as client, pytest.raises(BadServerAnswerError) as caught:
            _propfind(client)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.exit_code == 4
    assert peak < 5 * 1024 * 1024


def test_an_endless_body_stops_at_the_limit_with_memory_bounded(hostile):
    hostile.mode = "endless"
    tracemalloc.start()
    try:
        with _client(hostile) as client, pytest.raises(AnswerTooLargeError) as caught:
            _propfind(client)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.exit_code == 4 and "50 MB" in str(caught.value)
    assert peak < 80 * 1024 * 1024


def test_a_declared_huge_body_is_refused_before_reading(hostile):
    hostile.mode = "huge"
    with _client(hostile) as client, pytest.raises(AnswerTooLargeError):
        _propfind(client)


def test_a_trickling_server_meets_the_total_deadline(hostile):
    hostile.mode = "trickle"  # one byte every 0.1 s: no single read ever times out
    started = time.monotonic()
    with _client(hostile, deadline=1.0) as client, pytest.raises(DeadlinePassedError) as caught:
        _propfind(client)
    assert time.monotonic() - started < 5
    assert caught.value.exit_code == 4


def test_no_credentials_or_body_follow_a_redirect_to_another_origin(hostile, other):
    hostile.mode = "redirect"
    hostile.location = other.url + "/book/"
    with _client(hostile) as client, pytest.raises(AddressBookRefusedError):
        client.put(client.url + "x.vcf", "BEGIN:VCARD\r\nEND:VCARD\r\n", etag=None)
    assert other.seen == []
    assert hostile.seen and all(auth for _, _, auth in hostile.seen)


def test_discovery_redirected_to_another_origin_sends_nothing_there(hostile, other, devices):
    hostile.mode = "redirect"
    hostile.location = other.url + "/book/"
    with pytest.raises(RedirectedElsewhereError) as caught:
        devices().service.add(hostile.url + "/start/", "ana", "secret")
    assert caught.value.exit_code == 1 and other.url in str(caught.value)
    assert other.seen == []


@pytest.mark.parametrize("mode", ["bomb", "endless"])
def test_cli_sync_against_a_hostile_server_exits_4_with_one_line(run_cli, hostile, mode):
    env = {"GTGCRM_CARDDAV_PASSWORD": "secret", "GTGCRM_NO_KEYCHAIN": "1"}
    added = run_cli("carddav", "add", "--url", hostile.url + "/book/", "--username", "a", env=env)
    assert added.code == 0, added.stderr
    hostile.mode = mode
    done = run_cli("carddav", "sync", env=env)
    assert done.code == 4
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr and "secret" not in done.stderr


def test_a_card_over_5_mb_is_left_alone_and_the_rest_syncs(book, devices):
    from tests.sync.carddav.conftest import card

    big = card("big", FN="Big", N=";Big;;;", NOTE="x" * (6 * 1024 * 1024))
    answer = book.http.put(
        book.url + "big.vcf", data=big.encode(), headers={"Content-Type": "text/vcard"}, timeout=120
    )
    assert answer.status_code == 201
    book.put("small.vcf", card("small", FN="Small", N=";Small;;;"))
    device = devices()
    device.connect(book)
    report = device.sync()
    assert (report.pulled, report.skipped) == (1, 1)
    assert [c.given_name for c in device.contacts().values()] == ["Small"]
    again = device.sync()
    assert again.pushed == 0 and len(book.hrefs()) == 2  # the big card is never touched
