"""The cloud workspace client (resources/api/workspace.yaml) over `requests`: timeouts, total
deadlines, size caps, TLS, retries; redirects are never followed."""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from gtgcrm_desktop.sync.bounded_http import (
    AnswerTooLarge,
    DeadlineAdapter,
    DeadlinePassed,
    fetch_with_deadline,
)
from gtgcrm_desktop.sync.errors import (
    AnswerTooLargeError,
    BadCredentialsError,
    InsecureServerError,
    RequestRejectedError,
    ServerBusyError,
    ServerFailedError,
    ServerRedirectedError,
    ServerTimeoutError,
    ServerTooSlowError,
    ServerUnreachableError,
    SignInRequiredError,
    TlsError,
)
from gtgcrm_desktop.sync.retry import RetryPolicy

_log = logging.getLogger(__name__)

#: (connect, read) seconds for every call.
DEFAULT_TIMEOUT = (5.0, 60.0)
#: Seconds one request may take in all, however the server paces its answer.
DEFAULT_DEADLINE = 60.0
#: The largest answers accepted: sign-in tokens, JSON pages, template images, cloud exports.
MAX_TOKEN_ANSWER = 64 * 1024
MAX_PAGE = 32 * 1024 * 1024
MAX_ATTACHMENT = 20 * 1024 * 1024  # the editor takes images up to 5 MiB
MAX_DOWNLOAD = 256 * 1024 * 1024
#: The most of a refusal's `code` that is shown (it comes from the server).
MAX_CODE = 64
_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass(frozen=True, slots=True)
class Tokens:
    """An access token and the refresh token that renews it."""

    access_token: str
    refresh_token: str
    workspace_id: str = ""
    user_id: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tokens:
        return cls(
            str(data["access_token"]),
            str(data["refresh_token"]),
            str(data.get("workspace_id") or ""),
            str(data.get("user_id") or ""),
        )

    def to_json(self) -> dict[str, str]:
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "workspace_id": self.workspace_id,
            "user_id": self.user_id,
        }

    def __repr__(self) -> str:  # never print a token
        return f"Tokens(workspace_id={self.workspace_id!r}, user_id={self.user_id!r})"


def check_server_url(url: str) -> str:
    """`url` without a trailing slash; https, or plain http to this computer only."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and parts.hostname in _LOOPBACK:
        return url.strip().rstrip("/")
    raise InsecureServerError(url=url)


class _Retryable(Exception):
    """One attempt failed in a way worth trying again (`retry_after`: the server's header)."""

    def __init__(self, kind: str, status: int = 0, retry_after: str | None = None) -> None:
        super().__init__(kind)
        self.kind, self.status, self.retry_after = kind, status, retry_after


def _read_timed_out(error: requests.exceptions.RequestException) -> bool:
    """True when the server was reached but its answer did not come in time."""
    if isinstance(error, requests.exceptions.ReadTimeout):
        return True
    cause = error.args[0] if error.args else None
    return type(cause).__name__ == "ReadTimeoutError"


class WorkspaceClient:
    """One signed-in connection to the cloud workspace; thread-confined, not thread-safe."""

    def __init__(
        self,
        base_url: str,
        *,
        tokens: Tokens | None = None,
        on_tokens: Callable[[Tokens], None] | None = None,
        ca_file: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self.tokens = tokens
        self._on_tokens = on_tokens
        self.timeout = timeout
        self.deadline = DEFAULT_DEADLINE if deadline is None else deadline
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        if session is None:
            session = requests.Session()
            for prefix in ("https://", "http://"):
                session.mount(prefix, DeadlineAdapter())
        self._session = session
        self._session.verify = ca_file or True  # TLS is always verified
        self._session.trust_env = False  # no proxy or netrc surprises
        self._session.headers["User-Agent"] = "gtgcrm-desktop"

    def close(self) -> None:
        self._session.close()

    # -- the contract ------------------------------------------------------------------

    def login(self, email: str, password: str, device_id: str, device_name: str = "") -> Tokens:
        try:
            body = self._call(
                "POST",
                "/v1/auth/login",
                json={
                    "email": email,
                    "password": password,
                    "device_id": device_id,
                    "device_name": device_name,
                },
                auth=False,
                cap=MAX_TOKEN_ANSWER,
            )
        except SignInRequiredError as exc:
            raise BadCredentialsError() from exc
        self._set_tokens(Tokens.from_json(body))
        assert self.tokens is not None
        return self.tokens

    def logout(self) -> None:
        if self.tokens is not None:
            self._call("POST", "/v1/auth/logout", expect_json=False)

    def pull(self, cursor: str | None, limit: int = 1000) -> dict[str, Any]:
        params: dict[str, str | int] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self._call("GET", "/v1/changes", params=params)

    def push(self, device_id: str, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        body = self._call("POST", "/v1/changes", json={"device_id": device_id, "changes": changes})
        results = body.get("results")
        if not isinstance(results, list) or len(results) != len(changes):
            raise ServerFailedError(status="bad results")
        return results

    def put_attachment(self, attachment_id: str, data: bytes) -> None:
        self._call(
            "PUT",
            f"/v1/attachments/{attachment_id}",
            data=data,
            headers={"Content-Type": "application/octet-stream"},
            expect_json=False,
        )

    def get_attachment(self, attachment_id: str) -> bytes:
        return self._call_bytes("GET", f"/v1/attachments/{attachment_id}", MAX_ATTACHMENT)

    def consents(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "/v1/account/consents").get("consents") or [])

    def set_consent(
        self, purpose: str, status: str, hlc: str, policy_version: str = ""
    ) -> dict[str, Any]:
        return self._call(
            "PUT",
            f"/v1/account/consents/{purpose}",
            json={"status": status, "hlc": hlc, "policy_version": policy_version},
        )

    def create_data_request(self, kind: str, key: str, note: str = "") -> dict[str, Any]:
        return self._call(
            "POST",
            "/v1/data-requests",
            json={"kind": kind, "note": note},
            headers={"Idempotency-Key": key},
        )

    def data_request(self, request_id: str) -> dict[str, Any]:
        return self._call("GET", f"/v1/data-requests/{request_id}")

    def download_data_request(self, request_id: str) -> bytes:
        return self._call_bytes("GET", f"/v1/data-requests/{request_id}/download", MAX_DOWNLOAD)

    # -- plumbing ----------------------------------------------------------------------

    def _set_tokens(self, tokens: Tokens) -> None:
        self.tokens = tokens
        if self._on_tokens is not None:
            self._on_tokens(tokens)

    def _refresh(self) -> bool:
        """Trade the refresh token for a new access token; False when it is refused."""
        if self.tokens is None:
            return False
        try:
            body = self._call(
                "POST",
                "/v1/auth/refresh",
                json={"refresh_token": self.tokens.refresh_token},
                auth=False,
                cap=MAX_TOKEN_ANSWER,
            )
        except SignInRequiredError:
            return False
        fresh = Tokens.from_json(body)
        self._set_tokens(
            Tokens(
                fresh.access_token,
                fresh.refresh_token,
                fresh.workspace_id or self.tokens.workspace_id,
                fresh.user_id or self.tokens.user_id,
            )
        )
        return True

    def _call(
        self, method: str, path: str, *, expect_json: bool = True, **kwargs: Any
    ) -> dict[str, Any]:
        response = self._request(method, path, expect_json=expect_json, **kwargs)
        parsed: dict[str, Any] = getattr(response, "_parsed", None) or {}
        return parsed

    def _call_bytes(self, method: str, path: str, cap: int) -> bytes:
        return self._request(method, path, expect_json=False, cap=cap).content

    def _request(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        expect_json: bool = True,
        headers: dict[str, str] | None = None,
        cap: int = MAX_PAGE,
        **kwargs: Any,
    ) -> requests.Response:
        """One call with retries: Retry-After for 429/503 (else backoff), backoff with jitter for
        5xx, timeouts and cut connections, growing with each retry; one token refresh on 401.
        A redirect, an answer over `cap` bytes or one still coming at the deadline is final."""
        refreshed = False
        attempt = 0
        waited = 0.0
        while True:
            send_headers = dict(headers or {})
            if auth:
                if self.tokens is None:
                    raise SignInRequiredError()
                send_headers["Authorization"] = f"Bearer {self.tokens.access_token}"
            try:
                response = self._attempt(method, path, send_headers, expect_json, cap, kwargs)
            except _Retryable as problem:
                attempt += 1
                wait = self.retry.retry_after(problem.retry_after, attempt, self._rng)
                if attempt >= self.retry.attempts or waited + wait > self.retry.max_total_wait:
                    _log.warning(
                        "sync %s %s gave up after %d attempts (%s)",
                        method,
                        path,
                        attempt,
                        problem.kind,
                    )
                    raise self._gave_up(problem) from None
                _log.info(
                    "sync %s %s retry %d in %.2fs (%s)", method, path, attempt, wait, problem.kind
                )
                self._sleep(wait)
                waited += wait
                continue
            if response.status_code == 401:
                if auth and not refreshed and self._refresh():
                    refreshed = True
                    continue
                raise SignInRequiredError()
            return response

    def _gave_up(self, problem: _Retryable) -> Exception:
        """The error for a request that failed on every attempt it was given."""
        if problem.kind == "unreachable":
            return ServerUnreachableError(server=self.base_url)
        if problem.kind == "timeout":
            return ServerTimeoutError(server=self.base_url, seconds=f"{self.timeout[1]:g}")
        if problem.kind == "busy":
            return ServerBusyError()
        return ServerFailedError(status=problem.status or problem.kind)

    def _attempt(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        expect_json: bool,
        cap: int,
        kwargs: dict[str, Any],
    ) -> requests.Response:
        try:
            response = fetch_with_deadline(
                self._session,
                method,
                self.base_url + path,
                headers=headers,
                timeout=self.timeout,
                seconds=self.deadline,
                cap=cap,
                **kwargs,
            )
        except DeadlinePassed:
            _log.warning("sync %s %s still answering after %gs", method, path, self.deadline)
            raise ServerTooSlowError(server=self.base_url, seconds=f"{self.deadline:g}") from None
        except AnswerTooLarge:
            _log.warning("sync %s %s answer over %d bytes", method, path, cap)
            raise AnswerTooLargeError(server=self.base_url) from None
        except requests.exceptions.SSLError:
            raise TlsError(server=self.base_url) from None
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.Timeout,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ) as error:
            raise _Retryable("timeout" if _read_timed_out(error) else "unreachable") from None
        status = response.status_code
        if 300 <= status < 400:
            _log.warning("sync %s %s redirected (%d), not followed", method, path, status)
            raise ServerRedirectedError(server=self.base_url, status=status)
        if status in (429, 503):
            raise _Retryable("busy", status, response.headers.get("Retry-After") or None)
        if status >= 500:
            raise _Retryable("failed", status)
        if status == 401:
            return response
        if status >= 400:
            code = ""
            with contextlib.suppress(ValueError, AttributeError, RecursionError):
                code = str(response.json().get("code") or "")
            code = "".join(ch for ch in code[:MAX_CODE] if ch.isprintable())
            raise RequestRejectedError(status, code)
        if expect_json and status != 204:
            try:
                parsed = response.json()
            except (ValueError, RecursionError):  # RecursionError: nested too deeply
                raise _Retryable("malformed", status) from None
            if not isinstance(parsed, dict):
                raise _Retryable("malformed", status)
            response._parsed = parsed  # type: ignore[attr-defined]
        _log.debug("sync %s %s -> %d", method, path, status)
        return response
