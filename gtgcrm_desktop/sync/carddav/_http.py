"""WebDAV over `requests`: Basic auth, TLS always verified, bounded answers (size and a total
deadline per request), retries, and no redirect ever followed with the credentials."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import requests
import requests.adapters
import requests.auth
import urllib3.connection
import urllib3.connectionpool

from gtgcrm_desktop.sync.carddav._errors import (
    AddressBookRefusedError,
    AnswerTooLargeError,
    CardDavCredentialsError,
    DeadlinePassedError,
)
from gtgcrm_desktop.sync.carddav._xml import Multistatus, parse_multistatus
from gtgcrm_desktop.sync.client import DEFAULT_TIMEOUT, check_server_url
from gtgcrm_desktop.sync.errors import (
    ServerBusyError,
    ServerFailedError,
    ServerUnreachableError,
    TlsError,
)
from gtgcrm_desktop.sync.retry import RetryPolicy

_log = logging.getLogger(__name__)

_XML = "application/xml; charset=utf-8"
_VCARD = "text/vcard; charset=utf-8"
_SAFE = "/:@!$&'()*+,;=-._~"
_MB = 1024 * 1024
#: The most a multistatus answer (a REPORT or PROPFIND page) may weigh.
PAGE_LIMIT = 50 * _MB
#: The most a single card (or any other answer) may weigh.
CARD_LIMIT = 5 * _MB
#: Seconds one request may take in all, however slowly the server trickles its answer.
DEFAULT_DEADLINE = 120.0
REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024

_current = threading.local()


class _Watch:
    """Shuts the connection of one request down when its total deadline passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._connection: Any = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watch:
        _current.watch = self
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._timer.cancel()
        _current.watch = None

    def attach(self, connection: Any) -> None:
        with self._lock:
            self._connection = connection
        if self.fired:
            self._fire()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sock = getattr(self._connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _watched(base: type) -> type:
    """`base` (a urllib3 connection class) telling the running request's watch its socket."""

    class Watched(base):  # type: ignore[misc]
        def connect(self) -> None:
            super().connect()
            watch = getattr(_current, "watch", None)
            if watch is not None:
                watch.attach(self)

        def request(self, *args: Any, **kwargs: Any) -> None:
            watch = getattr(_current, "watch", None)
            if watch is not None:
                watch.attach(self)
            super().request(*args, **kwargs)

    return Watched


class _HttpPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _watched(urllib3.connection.HTTPConnection)


class _HttpsPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _watched(urllib3.connection.HTTPSConnection)


class _DeadlineAdapter(requests.adapters.HTTPAdapter):
    """An adapter whose connections a request's deadline can cut."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _HttpPool, "https": _HttpsPool}


@dataclass(frozen=True, slots=True)
class Credentials:
    """A user name and password for HTTP Basic authentication."""

    username: str
    password: str

    def __repr__(self) -> str:  # never print a password
        return f"Credentials(username={self.username!r})"


@dataclass(frozen=True, slots=True)
class Answer:
    """What a call returned: status, ETag header and body."""

    status: int
    etag: str | None
    body: bytes
    location: str | None = None


class _Retryable(Exception):
    """One attempt failed in a way worth trying again (`retry_after`: the server's header)."""

    def __init__(self, kind: str, status: int = 0, retry_after: str | None = None) -> None:
        super().__init__(kind)
        self.kind, self.status, self.retry_after = kind, status, retry_after


class DavClient:
    """Calls on one CardDAV server; thread-confined, not thread-safe."""

    def __init__(
        self,
        url: str,
        credentials: Credentials,
        *,
        ca_file: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        self.url = check_server_url(url) + "/"
        parts = urlsplit(self.url)
        self.origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        self.timeout = timeout
        self.deadline = deadline
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._session = session or requests.Session()
        for prefix in ("http://", "https://"):
            self._session.mount(prefix, _DeadlineAdapter())
        self._session.verify = ca_file or True  # TLS is always verified
        self._session.trust_env = False  # no proxy or netrc surprises
        # UTF-8, not requests' default latin-1: Arabic user names and passwords must work.
        self._session.auth = requests.auth.HTTPBasicAuth(
            credentials.username.encode("utf-8"), credentials.password.encode("utf-8")
        )
        self._session.headers["User-Agent"] = "gtgcrm-desktop"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def absolute(self, path: str) -> str:
        """The URL of a decoded server path."""
        return self.origin + quote(path, safe=_SAFE)

    # -- WebDAV verbs ---------------------------------------------------------------------

    def propfind(self, url: str, body: bytes, depth: str) -> Multistatus:
        answer = self.call("PROPFIND", url, body, {"Depth": depth, "Content-Type": _XML})
        return self._multistatus(answer)

    def report(self, url: str, body: bytes) -> Answer:
        """A REPORT with `Depth: 0`: RFC 6578 section 3.2 defines sync-collection only for it,
        and RFC 6352 section 8.7 says it for addressbook-multiget."""
        headers = {"Depth": "0", "Content-Type": _XML}
        return self.call("REPORT", url, body, headers, (400, 403, 409, 410, 412, 507))

    def multistatus(self, answer: Answer) -> Multistatus:
        return self._multistatus(answer)

    def put(self, url: str, card: str, *, etag: str | None) -> Answer:
        """PUT a card: If-Match `etag` to replace, If-None-Match * to create."""
        headers = {"Content-Type": _VCARD}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        expected = (404, 412, 409, 403, 413, 415, 507)
        return self.call("PUT", url, card.encode("utf-8"), headers, expected, CARD_LIMIT)

    def head(self, url: str) -> Answer:
        """The status and ETag of one resource, without its content."""
        return self.call("HEAD", url, None, {}, (404,), CARD_LIMIT)

    def delete(self, url: str, etag: str) -> Answer:
        return self.call("DELETE", url, None, {"If-Match": etag}, (404, 412, 403, 409), CARD_LIMIT)

    # -- plumbing ---------------------------------------------------------------------------

    def _multistatus(self, answer: Answer) -> Multistatus:
        if answer.status != 207:
            raise AddressBookRefusedError(status=answer.status)
        return parse_multistatus(answer.body)

    def call(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        expected: tuple[int, ...] = (),
        limit: int = PAGE_LIMIT,
    ) -> Answer:
        """One call with retries: Retry-After for 429/503, backoff for 5xx and cut connections.

        Statuses in `expected` are returned (a redirect only when listed, never followed);
        other 4xx raise. The answer is read up to `limit` bytes, all within the deadline."""
        attempt = 0
        while True:
            try:
                with _Watch(self.deadline) as watch:
                    return self._attempt(method, url, body, headers, expected, limit, watch)
            except _Retryable as problem:
                attempt += 1
                if attempt >= self.retry.attempts:
                    _log.warning(
                        "carddav %s gave up after %d attempts (%s)", method, attempt, problem.kind
                    )
                    if problem.kind == "unreachable":
                        raise ServerUnreachableError(server=self.origin) from None
                    if problem.kind == "busy":
                        raise ServerBusyError() from None
                    raise ServerFailedError(status=problem.status or problem.kind) from None
                # A busy server's Retry-After, else a backoff that grows with each attempt.
                wait = self.retry.retry_after(problem.retry_after, attempt)
                _log.info("carddav %s retry %d in %.2fs (%s)", method, attempt, wait, problem.kind)
                self._sleep(wait)

    def _attempt(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        expected: tuple[int, ...],
        limit: int,
        watch: _Watch,
    ) -> Answer:
        try:
            # Never follow a redirect: it must not turn PROPFIND into GET, and the credentials
            # and body must not reach another origin. Discovery follows same-origin ones itself.
            response = self._session.request(
                method,
                url,
                data=body,
                headers=headers,
                timeout=self.timeout,
                allow_redirects=False,
                stream=True,
            )
            try:
                status = response.status_code
                _log.debug("carddav %s -> %d", method, status)
                if status in (429, 503):
                    raise _Retryable("busy", status, response.headers.get("Retry-After") or None)
                if status >= 500 and status not in expected:
                    raise _Retryable("failed", status)
                if status == 401:
                    raise CardDavCredentialsError()
                if status not in expected and status >= 300:
                    raise AddressBookRefusedError(status=status)
                content = b"" if method == "HEAD" else self._read(response, limit)
                location = response.headers.get("Location") if status in REDIRECTS else None
                return Answer(status, response.headers.get("ETag"), content, location)
            finally:
                response.close()
        except requests.exceptions.SSLError:
            if watch.fired:
                raise DeadlinePassedError(seconds=round(watch.seconds)) from None
            raise TlsError(server=self.origin) from None
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.Timeout,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ):
            if watch.fired:
                raise DeadlinePassedError(seconds=round(watch.seconds)) from None
            raise _Retryable("unreachable") from None

    def _read(self, response: requests.Response, limit: int) -> bytes:
        """The body, refused as soon as it is known to weigh more than `limit`."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise AnswerTooLargeError(megabytes=limit // _MB)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise AnswerTooLargeError(megabytes=limit // _MB)
            chunks.append(chunk)
        return b"".join(chunks)
