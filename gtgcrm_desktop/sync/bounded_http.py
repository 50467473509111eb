"""One HTTP request within a total deadline and a size cap, never following a redirect."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3 import connection, connectionpool
from urllib3 import exceptions as urllib3_errors
from urllib3.response import HTTPResponse

READ_SIZE = 64 * 1024
#: The most of an error answer (4xx) that is read: enough for its problem JSON.
ERROR_BODY_CAP = 64 * 1024


class DeadlinePassed(Exception):
    """The answer was still coming when the request's total deadline passed."""


class AnswerTooLarge(Exception):
    """The answer was (or said it would be) larger than the cap."""


_request_state = threading.local()


def _note_socket(sock: socket.socket | None) -> None:
    """Tell the waiting thread which socket this request's thread is using."""
    outcome: dict[str, Any] | None = getattr(_request_state, "outcome", None)
    if outcome is not None and sock is not None:
        outcome["socket"] = sock


class _TrackedHTTPConnection(connection.HTTPConnection):
    """Notes its socket when it connects and before each response (HTTPS through the MRO)."""

    def connect(self) -> None:
        super().connect()
        _note_socket(self.sock)

    def getresponse(self) -> HTTPResponse:  # type: ignore[override]
        _note_socket(self.sock)
        return super().getresponse()


class _TrackedHTTPSConnection(_TrackedHTTPConnection, connection.HTTPSConnection):
    pass


class _TrackedPool(connectionpool.HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection


class _TrackedTlsPool(connectionpool.HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter, with connections that let a request past its deadline be cut off
    (its socket shut down from the waiting thread), even while the headers are still coming."""

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _TrackedPool, "https": _TrackedTlsPool}


class _Inflater:
    """Decodes a gzip or deflate body in bounded steps (a small body may inflate hugely)."""

    def __init__(self, encoding: str) -> None:
        self._decoder = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header
        self.identity = encoding in ("", "identity")
        if not self.identity and encoding not in ("gzip", "x-gzip", "deflate"):
            raise requests.exceptions.ContentDecodingError(encoding)

    def feed(self, data: bytes, room: int) -> bytes:
        if self.identity:
            return data
        try:
            out = self._decoder.decompress(data, room + 1)
        except zlib.error as exc:
            raise requests.exceptions.ContentDecodingError(str(exc)) from None
        if self._decoder.unconsumed_tail:
            raise AnswerTooLarge()
        return out


def read_body(response: requests.Response, cap: int, deadline: float) -> bytes:
    """The body of a streamed `response`, refused beyond `cap` bytes (declared or decoded) and
    cut when `deadline` (a `time.monotonic()` value) passes between two reads."""
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > cap:
        raise AnswerTooLarge()
    inflater = _Inflater(response.headers.get("Content-Encoding", "").strip().lower())
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise DeadlinePassed()
        chunk = _read1(response)
        if not chunk:
            return b"".join(parts)
        piece = inflater.feed(chunk, cap - size)
        size += len(piece)
        if size > cap:
            raise AnswerTooLarge()
        parts.append(piece)


def _read1(response: requests.Response) -> bytes:
    """At most `READ_SIZE` bytes, as soon as any arrive; urllib3's errors as requests' ones
    (as `Response.iter_content` would raise them)."""
    try:
        data: bytes = response.raw.read1(READ_SIZE, decode_content=False)
    except urllib3_errors.ProtocolError as exc:
        raise requests.exceptions.ChunkedEncodingError(exc) from None
    except urllib3_errors.ReadTimeoutError as exc:
        raise requests.exceptions.ReadTimeout(exc) from None
    except urllib3_errors.SSLError as exc:
        raise requests.exceptions.SSLError(exc) from None
    except (urllib3_errors.HTTPError, OSError) as exc:
        raise requests.exceptions.ConnectionError(exc) from None
    return data


def fetch(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: tuple[float, float],
    deadline: float,
    cap: int,
    **kwargs: Any,
) -> requests.Response:
    """`session.request` with redirects left unfollowed and the body read within `cap` and
    `deadline`; the body of any other answer (an error, a redirect) only up to a few KiB."""
    response = session.request(
        method, url, timeout=timeout, allow_redirects=False, stream=True, **kwargs
    )
    complete = False
    try:
        if 200 <= response.status_code < 300:
            body = read_body(response, cap, deadline)
            complete = True
        else:
            try:
                body = read_body(response, ERROR_BODY_CAP, deadline)
                complete = True
            except AnswerTooLarge:
                body = b""  # the status says enough; the connection is closed
        response._content = body
        response._content_consumed = True  # type: ignore[attr-defined]
    finally:
        if complete:
            response.raw.release_conn()
        else:
            response.close()
    return response


def fetch_with_deadline(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: tuple[float, float],
    seconds: float,
    cap: int,
    **kwargs: Any,
) -> requests.Response:
    """`fetch` on a worker thread, given up after `seconds` in all: connecting, sending, a
    server that drips its headers or body a byte at a time. Raises `DeadlinePassed` then (the
    worker stops at its next read); the request's own exceptions are raised as they are."""
    deadline = time.monotonic() + seconds
    connect, read = timeout
    bounded = (min(connect, seconds), min(read, seconds))
    outcome: dict[str, Any] = {}

    def work() -> None:
        _request_state.outcome = outcome
        try:
            outcome["response"] = fetch(
                session, method, url, timeout=bounded, deadline=deadline, cap=cap, **kwargs
            )
        except BaseException as exc:  # handed to the waiting thread
            outcome["error"] = exc
        finally:
            _request_state.outcome = None

    worker = threading.Thread(target=work, name="sync-request", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        sock = outcome.get("socket")
        if sock is not None:  # wakes the worker from a read that would go on trickling
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        raise DeadlinePassed()
    if "error" in outcome:
        raise outcome["error"]
    response: requests.Response = outcome["response"]
    return response
