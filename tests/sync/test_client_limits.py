"""The cloud client against a hostile or broken server: no credentials or bodies to another
origin on a redirect, a total deadline on every request, bounded answers."""

from __future__ import annotations

import contextlib
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from gtgcrm_desktop.sync import client as client_module
from gtgcrm_desktop.sync.client import Tokens, WorkspaceClient
from gtgcrm_desktop.sync.errors import (
    AnswerTooLargeError,
    ServerRedirectedError,
    ServerTooSlowError,
    SyncError,
)
from gtgcrm_desktop.sync.retry import RetryPolicy

PASSWORD = "hunter2-secret-password"
Behaviour = Callable[[BaseHTTPRequestHandler], None]


class Recorder:
    """What a loopback server saw: each request line and body."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, bytes]] = []


def start(behaviour: Behaviour) -> tuple[str, Recorder, ThreadingHTTPServer]:
    recorder = Recorder()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            recorder.seen.append((self.command, self.path, body))
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                behaviour(self)

        do_GET = do_POST = do_PUT = _any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", recorder, server


@pytest.fixture
def servers() -> Iterator[list[ThreadingHTTPServer]]:
    running: list[ThreadingHTTPServer] = []
    yield running
    for server in running:
        server.shutdown()
        server.server_close()


def serve(servers: list[ThreadingHTTPServer], behaviour: Behaviour) -> tuple[str, Recorder]:
    url, recorder, server = start(behaviour)
    servers.append(server)
    return url, recorder


def answer(status: int, body: bytes = b"{}", **headers: str) -> Behaviour:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    return respond


TOKENS = b'{"access_token": "a", "refresh_token": "r", "workspace_id": "w", "user_id": "u"}'


def fast_client(url: str, **options: object) -> WorkspaceClient:
    return WorkspaceClient(
        url,
        retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02),
        **options,  # type: ignore[arg-type]
    )


# -- redirects ------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_gets_no_password_and_no_body(servers, status) -> None:
    elsewhere, other = serve(servers, answer(200, TOKENS))
    url, first = serve(servers, answer(status, b"", Location=f"{elsewhere}/v1/auth/login"))
    with pytest.raises(ServerRedirectedError) as caught:
        fast_client(url).login("a@b.c", PASSWORD, "dev")
    assert other.seen == []  # another port is another origin: nothing reached it
    assert len(first.seen) == 1  # and a redirect is not retried
    assert caught.value.exit_code == 4
    assert "redirect" in str(caught.value)


def test_a_redirect_on_an_authenticated_call_sends_no_token_elsewhere(servers) -> None:
    elsewhere, other = serve(servers, answer(200, b'{"changes": []}'))
    url, _ = serve(servers, answer(307, b"", Location=f"{elsewhere}/v1/changes"))
    client = fast_client(url, tokens=Tokens("access-secret", "refresh-secret"))
    with pytest.raises(ServerRedirectedError):
        client.pull(None)
    with pytest.raises(ServerRedirectedError):
        client.push("dev", [{"op": "x", "secret": PASSWORD}])
    assert other.seen == []


def test_cli_login_redirected_ends_with_exit_4_and_one_line(run_cli, servers) -> None:
    elsewhere, other = serve(servers, answer(200, TOKENS))
    url, _ = serve(servers, answer(307, b"", Location=f"{elsewhere}/v1/auth/login"))
    result = run_cli(
        "sync", "login", "--server", url, "--email", "a@b.c",
        env={"GTGCRM_CLOUD_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert result.code == 4, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "redirect" in result.stderr and PASSWORD not in result.stderr
    assert other.seen == []
    arabic = run_cli(
        "--lang", "ar", "sync", "login", "--server", url, "--email", "a@b.c",
        env={"GTGCRM_CLOUD_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert arabic.code == 4 and "redirect" not in arabic.stderr


# -- a total deadline -----------------------------------------------------------------------


def drip_body(delay: float) -> Behaviour:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(TOKENS)))
        handler.end_headers()
        for byte in TOKENS:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(delay)

    return respond


def drip_headers(delay: float) -> Behaviour:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"z" * 1000:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(delay)

    return respond


@pytest.mark.parametrize("drip", [drip_body, drip_headers])
def test_a_server_dripping_its_answer_is_cut_at_the_total_deadline(servers, drip) -> None:
    url, seen = serve(servers, drip(0.2))  # each byte well within the read timeout
    client = fast_client(url, timeout=(2.0, 5.0), deadline=1.0)
    started = time.monotonic()
    with pytest.raises(ServerTooSlowError) as caught:
        client.login("a@b.c", PASSWORD, "dev")
    assert time.monotonic() - started < 2.0
    assert caught.value.exit_code == 4
    assert len(seen.seen) == 1  # a drip is not retried: it would only drip again


def test_cli_login_against_a_drip_ends_with_exit_4_and_one_line(run_cli, servers, monkeypatch):
    url, _ = serve(servers, drip_body(0.3))
    monkeypatch.setattr(client_module, "DEFAULT_DEADLINE", 1.0)
    started = time.monotonic()
    result = run_cli(
        "sync", "login", "--server", url, "--email", "a@b.c",
        env={"GTGCRM_CLOUD_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert time.monotonic() - started < 4
    assert result.code == 4, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_default_deadline_bounds_what_the_read_timeout_does_not() -> None:
    client = WorkspaceClient("https://example.com")
    connect, read = client.timeout
    assert client.deadline <= 90
    assert client.deadline < client.retry.attempts * (connect + read)


# -- answer sizes ---------------------------------------------------------------------------


def test_a_declared_huge_answer_is_refused_before_reading(servers) -> None:
    def huge(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(10**10))
        handler.end_headers()
        handler.wfile.write(b"{" + b" " * 100_000)

    url, _ = serve(servers, huge)
    started = time.monotonic()
    with pytest.raises(AnswerTooLargeError) as caught:
        fast_client(url).login("a@b.c", PASSWORD, "dev")
    assert time.monotonic() - started < 1.0
    assert caught.value.exit_code == 4


def endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b" " * 65536
    for _ in range(100_000):
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.login("a@b.c", PASSWORD, "dev"),
        lambda c: c.pull(None),
        lambda c: c.get_attachment("img1"),
    ],
)
def test_an_endless_answer_is_cut_at_a_size_cap_with_little_memory(servers, call) -> None:
    url, _ = serve(servers, endless)
    client = fast_client(url, tokens=Tokens("a", "r"))
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(AnswerTooLargeError):
            call(client)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 10
    assert peak < 150 * 1024 * 1024


def test_an_error_answer_is_read_with_a_small_cap(servers) -> None:
    url, _ = serve(servers, _endless_status(409))
    with pytest.raises(SyncError):
        fast_client(url, tokens=Tokens("a", "r")).pull(None)


def _endless_status(status: int) -> Behaviour:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.send_header("Content-Type", "application/json")
        handler.end_headers()
        chunk = b'{"code": "' + b"x" * 65536
        for _ in range(100_000):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    return respond


def test_ordinary_answers_still_work(servers) -> None:
    url, seen = serve(servers, answer(200, TOKENS, **{"Content-Type": "application/json"}))
    tokens = fast_client(url).login("a@b.c", PASSWORD, "dev")
    assert tokens.access_token == "a" and tokens.workspace_id == "w"
    assert seen.seen[0][0] == "POST" and PASSWORD.encode() in seen.seen[0][2]


def test_retry_after_waits_of_one_request_add_up_to_a_bounded_total(servers) -> None:
    url, seen = serve(servers, answer(503, b"", **{"Retry-After": "120"}))
    waits: list[float] = []
    client = WorkspaceClient(
        url, tokens=Tokens("a", "r"), retry=RetryPolicy(attempts=10), sleep=waits.append
    )
    with pytest.raises(SyncError) as caught:
        client.pull(None)
    assert caught.value.exit_code == 4
    assert sum(waits) <= client.retry.max_total_wait
    assert waits == [120.0, 120.0] and len(seen.seen) == 3


def test_a_refusal_code_from_the_server_is_shown_short_and_on_one_line(servers) -> None:
    code = "bad\nline" + "x" * 10_000
    body = ('{"code": "' + code.replace("\n", "\\n") + '"}').encode()
    url, _ = serve(servers, answer(409, body, **{"Content-Type": "application/json"}))
    with pytest.raises(SyncError) as caught:
        fast_client(url, tokens=Tokens("a", "r")).pull(None)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300


def test_cli_sync_redirected_or_dripping_ends_with_exit_4_and_one_line(
    run_cli, servers, monkeypatch
) -> None:
    elsewhere, other = serve(servers, answer(200, b'{"changes": []}'))
    mode = {"after_login": answer(307, b"", Location=f"{elsewhere}/v1/changes")}

    def behaviour(handler: BaseHTTPRequestHandler) -> None:
        if handler.path.startswith("/v1/auth/login"):
            answer(200, TOKENS, **{"Content-Type": "application/json"})(handler)
        else:
            mode["after_login"](handler)

    url, _ = serve(servers, behaviour)
    env = {"GTGCRM_NO_KEYCHAIN": "1", "GTGCRM_CLOUD_PASSWORD": PASSWORD}
    login = run_cli("sync", "login", "--server", url, "--email", "a@b.c", env=env)
    assert login.code == 0, login.stderr
    redirected = run_cli("sync", env=env)
    assert redirected.code == 4, redirected.stderr
    assert len(redirected.stderr.strip().splitlines()) == 1 and "redirect" in redirected.stderr
    assert other.seen == []
    mode["after_login"] = drip_body(0.3)
    monkeypatch.setattr(client_module, "DEFAULT_DEADLINE", 1.0)
    started = time.monotonic()
    dripped = run_cli("sync", env=env)
    assert time.monotonic() - started < 4
    assert dripped.code == 4, dripped.stderr
    assert len(dripped.stderr.strip().splitlines()) == 1
    assert "1 seconds" in dripped.stderr


@pytest.mark.parametrize("drip", [drip_body, drip_headers])
def test_the_request_thread_does_not_linger_after_the_deadline(servers, drip) -> None:
    url, _ = serve(servers, drip(0.2))
    client = fast_client(url, timeout=(2.0, 5.0), deadline=1.0)
    with pytest.raises(ServerTooSlowError):
        client.login("a@b.c", PASSWORD, "dev")
    time.sleep(0.5)
    assert not [t for t in threading.enumerate() if t.name == "sync-request"]


@pytest.mark.parametrize("status", [200, 409])
def test_deeply_nested_json_is_a_server_failure_not_a_crash(servers, status) -> None:
    body = b"[" * 60_000
    url, _ = serve(servers, answer(status, body, **{"Content-Type": "application/json"}))
    with pytest.raises(SyncError) as caught:
        fast_client(url, tokens=Tokens("a", "r")).pull(None)
    assert caught.value.exit_code == 4
