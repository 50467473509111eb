"""The WebDAV client without a server: retries, no redirects, credentials stay on one host."""

from __future__ import annotations

import random

import pytest
import requests

from gtgcrm_desktop.sync.carddav import Credentials, DavClient, NotAnAddressBookError
from gtgcrm_desktop.sync.carddav._discovery import find_address_book
from gtgcrm_desktop.sync.errors import ServerBusyError
from gtgcrm_desktop.sync.retry import RetryPolicy

_PRINCIPAL_ELSEWHERE = b"""<?xml version="1.0"?><multistatus xmlns="DAV:"><response>
<href>/</href><propstat><prop><resourcetype><collection/></resourcetype>
<current-user-principal><href>https://evil.example/ana/</href></current-user-principal>
</prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>"""


class FakeSession(requests.Session):
    """Answers from a list; remembers what was asked."""

    def __init__(self, answers: list[tuple[int, bytes, dict[str, str]]]) -> None:
        super().__init__()
        self.answers = answers
        self.calls: list[tuple[str, str, dict[str, object]]] = []

    def request(self, method, url, **kwargs):  # type: ignore[override]
        self.calls.append((method, url, kwargs))
        status, body, headers = self.answers.pop(0)
        response = requests.Response()
        response.status_code, response._content = status, body
        response._content_consumed = True  # read already, as `stream=True` allows
        response.headers.update(headers)
        return response


def _client(session: FakeSession, url: str = "https://dav.example/ana/") -> DavClient:
    return DavClient(
        url,
        Credentials("أنا", "سر"),
        retry=RetryPolicy(attempts=3, base_delay=0.0),
        sleep=lambda _: None,
        session=session,
    )


def test_busy_answers_are_retried_then_reported():
    session = FakeSession([(503, b"", {"Retry-After": "0"})] * 3)
    with pytest.raises(ServerBusyError):
        _client(session).call("PROPFIND", "https://dav.example/ana/", b"", {})
    assert len(session.calls) == 3
    for _, _, options in session.calls:
        assert options["timeout"] and options["allow_redirects"] is False


def test_discovery_never_follows_a_principal_on_another_host():
    session = FakeSession([(207, _PRINCIPAL_ELSEWHERE, {})])
    with pytest.raises(NotAnAddressBookError):
        find_address_book(_client(session, "https://dav.example/"))
    assert [url for _, url, _ in session.calls] == ["https://dav.example/"]


def test_credentials_are_never_printed():
    assert "سر" not in repr(Credentials("أنا", "سر"))


def test_busy_answers_without_retry_after_wait_longer_each_time(monkeypatch):
    monkeypatch.setattr(random, "uniform", lambda low, high: high)  # the longest jittered wait
    session = FakeSession([(429, b"", {})] * 4)
    waits: list[float] = []
    client = DavClient(
        "https://dav.example/ana/",
        Credentials("أنا", "سر"),
        retry=RetryPolicy(attempts=4, base_delay=1.0, max_delay=100.0),
        sleep=waits.append,
        session=session,
    )
    with pytest.raises(ServerBusyError):
        client.call("PROPFIND", "https://dav.example/ana/", b"", {})
    assert waits == [2.0, 4.0, 8.0]


def test_a_busy_server_is_waited_for_as_long_as_it_asks():
    session = FakeSession([(503, b"", {"Retry-After": "7"}), (207, _PRINCIPAL_ELSEWHERE, {})])
    waits: list[float] = []
    client = DavClient(
        "https://dav.example/ana/",
        Credentials("أنا", "سر"),
        retry=RetryPolicy(attempts=3, base_delay=1.0),
        sleep=waits.append,
        session=session,
    )
    assert client.call("PROPFIND", "https://dav.example/ana/", b"", {}).status == 207
    assert waits == [7.0]
