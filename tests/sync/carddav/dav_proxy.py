"""A strict-mode CardDAV front for the tests: forwards to a real server on 127.0.0.1, answers 400
to any REPORT whose Depth is not 0 (RFC 6578 section 3.2 allows it), and counts requests."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import requests

_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "content-encoding",
    "host",
}
_TOKEN = re.compile(rb"sync-collection.*<[A-Za-z]*:?sync-token>[^<]+<", re.DOTALL)
#: Radicale's <address-data-type .../> and Xandikos' <content-type .../> (its own spelling).
_VERSION_3 = re.compile(rb'((?:address-data-type|content-type)[^>]*version=")3\.0(")')


class StrictProxy(ThreadingHTTPServer):
    """The proxy; `requests` lists (method, path, Depth) of every request it was sent."""

    daemon_threads = True

    def __init__(self, target: str, *, advertise_vcard4: bool = False) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.target = target.rstrip("/")
        self.advertise_vcard4 = advertise_vcard4
        #: When set, every PUT is answered with this status instead (507: the server is full).
        self.put_status: int | None = None
        #: When set, a sync-collection REPORT carrying a sync token is answered with this
        #: status and a DAV:valid-sync-token error (the server forgot the token).
        self.token_status: int | None = None
        self.requests: list[tuple[str, str, str | None]] = []
        self.http = requests.Session()
        self.http.trust_env = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def reports_not_depth_0(self) -> list[tuple[str, str, str | None]]:
        return [r for r in self.requests if r[0] == "REPORT" and r[2] != "0"]


class _Handler(BaseHTTPRequestHandler):
    server: StrictProxy
    protocol_version = "HTTP/1.1"

    def log_message(self, *_: object) -> None:  # quiet
        pass

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        depth = self.headers.get("Depth")
        self.server.requests.append((self.command, self.path, depth))
        if self.command == "REPORT" and depth != "0":
            self._answer(400, b"Depth must be 0", {"Content-Type": "text/plain"})
            return
        if self.server.token_status is not None and _TOKEN.search(body):
            error = b'<?xml version="1.0"?><D:error xmlns:D="DAV:"><D:valid-sync-token/></D:error>'
            self._answer(self.server.token_status, error, {"Content-Type": "application/xml"})
            return
        if self.command == "PUT" and self.server.put_status is not None:
            self._answer(self.server.put_status, b"", {})
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
        answer = self.server.http.request(
            self.command,
            self.server.target + self.path,
            data=body,
            headers=headers,
            allow_redirects=False,
            timeout=30,
        )
        content = answer.content
        if self.server.advertise_vcard4 and self.command == "PROPFIND":
            content = _VERSION_3.sub(rb"\g<1>4.0\g<2>", content)
        out = {k: v for k, v in answer.headers.items() if k.lower() not in _HOP}
        if "Location" in out:  # keep redirects on the proxy
            out["Location"] = urlsplit(out["Location"])._replace(scheme="", netloc="").geturl()
        self._answer(answer.status_code, content, out)

    def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_PUT = do_DELETE = do_HEAD = do_PROPFIND = do_REPORT = do_MKCOL = _any
    do_OPTIONS = do_PROPPATCH = _any


@contextmanager
def strict_proxy(target: str, *, advertise_vcard4: bool = False) -> Iterator[StrictProxy]:
    """A running proxy in front of `target`, stopped when the block ends."""
    proxy = StrictProxy(target, advertise_vcard4=advertise_vcard4)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.shutdown()
        proxy.server_close()
        proxy.http.close()
        thread.join(5)
