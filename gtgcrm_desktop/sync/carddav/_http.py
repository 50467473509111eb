"""WebDAV over `requests`: Basic auth, TLS always verified, timeouts, retries, no redirects."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

import requests
import requests.auth

from gtgcrm_desktop.sync.carddav._errors import (
    AddressBookRefusedError,
    CardDavCredentialsError,
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
    ) -> None:
        self.url = check_server_url(url) + "/"
        parts = urlsplit(self.url)
        self.origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._session = session or requests.Session()
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

    def report(self, url: str, body: bytes, depth: str = "1") -> Answer:
        return self.call("REPORT", url, body, {"Depth": depth, "Content-Type": _XML}, (403, 409))

    def multistatus(self, answer: Answer) -> Multistatus:
        return self._multistatus(answer)

    def put(self, url: str, card: str, *, etag: str | None) -> Answer:
        """PUT a card: If-Match `etag` to replace, If-None-Match * to create."""
        headers = {"Content-Type": _VCARD}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        return self.call("PUT", url, card.encode("utf-8"), headers, (404, 412, 409, 403, 413, 415))

    def head(self, url: str) -> Answer:
        """The status and ETag of one resource, without its content."""
        return self.call("HEAD", url, None, {}, (404,))

    def delete(self, url: str, etag: str) -> Answer:
        return self.call("DELETE", url, None, {"If-Match": etag}, (404, 412, 403, 409))

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
    ) -> Answer:
        """One call with retries: Retry-After for 429/503, backoff for 5xx and cut connections.

        Statuses in `expected` are returned; other 4xx raise."""
        attempt = 0
        while True:
            try:
                return self._attempt(method, url, body, headers, expected)
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
    ) -> Answer:
        try:
            response = self._session.request(
                method,
                url,
                data=body,
                headers=headers,
                timeout=self.timeout,
                allow_redirects=False,  # a redirect must not turn PROPFIND into GET
            )
        except requests.exceptions.SSLError:
            raise TlsError(server=self.origin) from None
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.Timeout,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ):
            raise _Retryable("unreachable") from None
        status = response.status_code
        _log.debug("carddav %s -> %d", method, status)
        if status in (429, 503):
            raise _Retryable("busy", status, response.headers.get("Retry-After") or None)
        if status >= 500:
            raise _Retryable("failed", status)
        if status == 401:
            raise CardDavCredentialsError()
        if status in expected or status < 300:
            return Answer(status, response.headers.get("ETag"), response.content)
        raise AddressBookRefusedError(status=status)
