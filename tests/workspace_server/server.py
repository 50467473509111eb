"""The HTTP side of the reference server: routes of workspace.yaml, faults, and an admin API."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import ssl
import threading
import time
from collections.abc import Sequence
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.workspace_server.faults import Fault, FaultPlan
from tests.workspace_server.storage import Storage

MAX_BODY = 64 * 1024 * 1024
PAGE_LIMIT_MAX = 5000


class HttpError(Exception):
    """An error answer as a problem document."""

    def __init__(self, status: int, code: str, title: str, headers: dict[str, str] | None = None):
        super().__init__(title)
        self.status, self.code, self.title, self.headers = status, code, title, headers or {}


class WorkspaceServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer bound to 127.0.0.1 with the storage and fault plan attached."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        port: int,
        data_dir: Path,
        token_ttl: float = 3600.0,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.storage = Storage(data_dir / "server.sqlite3", token_ttl)
        self.faults = FaultPlan()
        self.requests_seen: dict[str, int] = {}
        self._count_lock = threading.Lock()
        self.tls = tls
        super().__init__(("127.0.0.1", port), Handler)

    @property
    def url(self) -> str:
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://127.0.0.1:{self.server_address[1]}"

    def get_request(self) -> tuple[socket.socket, Any]:
        """Accept; with TLS, the handshake happens in the request's own thread."""
        connection, address = super().get_request()
        if self.tls is not None:
            connection = self.tls.wrap_socket(
                connection, server_side=True, do_handshake_on_connect=False
            )
        return connection, address

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that refuses our certificate (or hangs up) is not a server error."""
        return

    def count(self, name: str) -> None:
        with self._count_lock:
            self.requests_seen[name] = self.requests_seen.get(name, 0) + 1

    def server_close(self) -> None:
        super().server_close()
        self.storage.close()


class Handler(BaseHTTPRequestHandler):
    """One request: fault check, authentication, route, answer."""

    protocol_version = "HTTP/1.1"
    server: WorkspaceServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read no access log
        return

    # -- plumbing ------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise HttpError(413, "too_large", "request body too large")
        return self.rfile.read(length) if length else b""

    def _json_body(self, raw: bytes) -> dict[str, Any]:
        try:
            value = json.loads(raw or b"{}")
        except ValueError as exc:
            raise HttpError(400, "bad_request", "the body is not JSON") from exc
        if not isinstance(value, dict):
            raise HttpError(400, "bad_request", "the body must be an object")
        return value

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
        fault: Fault | None = None,
    ) -> None:
        if fault is not None and fault.kind == "malformed":
            body, status, content_type = (
                b'{"changes": [{"seq": 1, "entity": ',
                200,
                "application/json",
            )
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if fault is not None and fault.kind == "cut":
            self.wfile.write(body[: max(1, len(body) // 2)])
            self.wfile.flush()
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(body)

    def _problem(self, error: HttpError, fault: Fault | None = None) -> None:
        body = json.dumps(
            {"code": error.code, "title": error.title, "status": error.status}
        ).encode()
        self._send(error.status, body, "application/problem+json", error.headers, fault)

    def _handle(self, method: str) -> None:
        url = urlsplit(self.path)
        path, query = url.path, parse_qs(url.query)
        self.server.count(f"{method} {_route_name(path)}")
        fault = None if path.startswith("/_admin") else self.server.faults.take(method, path)
        try:
            raw = self._read_body()
            errors = ("500", "503", "429")
            if fault is not None and (fault.when == "before" or fault.kind not in errors):
                self._fault(fault)
            status, payload, content_type, headers = self._route(method, path, query, raw)
            if fault is not None and fault.when == "after" and fault.kind in errors:
                self._fault(fault)
            if isinstance(payload, bytes):
                body = payload
            else:
                body = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode()
            after = fault if fault is not None and fault.kind in ("cut", "malformed") else None
            self._send(status, body, content_type, headers, after)
        except HttpError as error:
            cut = fault if fault is not None and fault.kind == "cut" else None
            self._problem(error, cut)
        except Exception:  # a server bug still answers, as a 500
            self._problem(HttpError(500, "server_error", "internal server error"))

    def _fault(self, fault: Fault) -> None:
        if fault.kind == "slow":
            time.sleep(fault.delay)
        elif fault.kind == "expire_token":
            self.server.storage.expire_access_tokens()
        elif fault.kind in ("500", "503", "429"):
            headers = (
                {}
                if fault.kind == "500" or fault.retry_after is None
                else {"Retry-After": str(fault.retry_after)}
            )
            code = {"500": "server_error", "503": "unavailable", "429": "rate_limited"}[fault.kind]
            raise HttpError(int(fault.kind), code, code.replace("_", " "), headers)

    def _auth(self) -> tuple[str, str, str]:
        header = self.headers.get("Authorization") or ""
        if not header.startswith("Bearer "):
            raise HttpError(401, "token_invalid", "sign in first")
        found = self.server.storage.token(header[7:], "access")
        if found is None:
            raise HttpError(401, "token_invalid", "unknown token")
        user_id, workspace, device_id, expired = found
        if expired:
            raise HttpError(401, "token_expired", "the token has expired")
        return user_id, workspace, device_id

    # -- routes --------------------------------------------------------------------------

    def _route(
        self, method: str, path: str, query: dict[str, list[str]], raw: bytes
    ) -> tuple[int, Any, str, dict[str, str]]:
        store = self.server.storage
        json_type = "application/json"
        if path.startswith("/_admin/"):
            return self._admin(method, path, raw)
        if (method, path) == ("POST", "/v1/auth/login"):
            body = self._json_body(raw)
            found = store.check_password(str(body.get("email", "")), str(body.get("password", "")))
            if found is None or not body.get("device_id"):
                raise HttpError(401, "bad_credentials", "wrong e-mail or password")
            return (
                200,
                store.issue_tokens(found[0], found[1], str(body["device_id"])),
                json_type,
                {},
            )
        if (method, path) == ("POST", "/v1/auth/refresh"):
            tokens = store.refresh(str(self._json_body(raw).get("refresh_token", "")))
            if tokens is None:
                raise HttpError(401, "token_invalid", "sign in again")
            return 200, tokens, json_type, {}
        user_id, workspace, device_id = self._auth()
        if (method, path) == ("POST", "/v1/auth/logout"):
            store.revoke(user_id, device_id)
            return 204, None, json_type, {}
        if (method, path) == ("GET", "/v1/changes"):
            cursor = (query.get("cursor") or ["0"])[0] or "0"
            try:
                after = int(cursor)
                limit = min(int((query.get("limit") or ["1000"])[0]), PAGE_LIMIT_MAX)
            except ValueError as exc:
                raise HttpError(400, "bad_request", "bad cursor or limit") from exc
            changes, last, more = store.feed_page(workspace, after, max(1, limit))
            return (
                200,
                {"changes": changes, "next_cursor": str(last), "has_more": more},
                json_type,
                {},
            )
        if (method, path) == ("POST", "/v1/changes"):
            body = self._json_body(raw)
            changes = body.get("changes")
            if not isinstance(changes, list) or len(changes) > 1000:
                raise HttpError(400, "bad_request", "changes must be a list of at most 1000")
            if not all(isinstance(c, dict) and c.get("idempotency_key") for c in changes):
                raise HttpError(400, "bad_request", "every change needs an idempotency_key")
            results = store.push(workspace, user_id, device_id, changes)
            return 200, {"results": results}, json_type, {}
        if (method, path) == ("GET", "/v1/account/consents"):
            return 200, {"consents": store.consents(workspace, user_id)}, json_type, {}
        match = re.fullmatch(r"/v1/account/consents/([^/]+)", path)
        if match and method == "PUT":
            body = self._json_body(raw)
            if body.get("status") not in ("granted", "withdrawn", "unknown") or not body.get("hlc"):
                raise HttpError(400, "bad_request", "status and hlc are required")
            consent = store.set_consent(
                workspace,
                user_id,
                match.group(1),
                str(body["status"]),
                str(body["hlc"]),
                str(body.get("policy_version", "")),
            )
            return 200, consent, json_type, {}
        if path == "/v1/data-requests" and method == "POST":
            body = self._json_body(raw)
            key = self.headers.get("Idempotency-Key") or ""
            if (
                body.get("kind") not in ("access", "erasure", "correction", "objection")
                or len(key) < 8
            ):
                raise HttpError(400, "bad_request", "kind and Idempotency-Key are required")
            request = store.create_request(
                workspace, user_id, str(body["kind"]), str(body.get("note", "")), key
            )
            return 201, request, json_type, {}
        if path == "/v1/data-requests" and method == "GET":
            return 200, {"requests": store.requests(workspace, user_id)}, json_type, {}
        match = re.fullmatch(r"/v1/data-requests/([^/]+)(/download)?", path)
        if match and method == "GET":
            request = store.request(workspace, user_id, match.group(1))
            if request is None:
                raise HttpError(404, "not_found", "no such request")
            if not match.group(2):
                return 200, request, json_type, {}
            if request["download_url"] is None:
                raise HttpError(409, "not_ready", "the request is not completed")
            archive = _export_zip(store, workspace)
            return 200, archive, "application/zip", {}
        match = re.fullmatch(r"/v1/attachments/([^/]+)", path)
        if match and method == "PUT":
            store.put_attachment(workspace, match.group(1), raw)
            return 204, None, json_type, {}
        if match and method == "GET":
            data = store.attachment(workspace, match.group(1))
            if data is None:
                raise HttpError(404, "not_found", "no such attachment")
            return 200, data, "application/octet-stream", {}
        raise HttpError(404, "not_found", "no such route")

    def _admin(self, method: str, path: str, raw: bytes) -> tuple[int, Any, str, dict[str, str]]:
        store, json_type = self.server.storage, "application/json"
        if (method, path) == ("POST", "/_admin/faults"):
            body = self._json_body(raw)
            try:
                rules = [Fault.from_json(r) for r in body.get("rules", [])]
            except (KeyError, ValueError) as exc:
                raise HttpError(400, "bad_request", str(exc)) from exc
            self.server.faults.set(rules)
            return 200, {"rules": len(rules)}, json_type, {}
        if (method, path) == ("GET", "/_admin/faults"):
            faults = self.server.faults
            return 200, {"pending": faults.pending(), "fired": faults.fired}, json_type, {}
        if (method, path) == ("POST", "/_admin/users"):
            body = self._json_body(raw)
            store.add_user(
                str(body["email"]), str(body["password"]), str(body.get("workspace", "default"))
            )
            return 200, {"ok": True}, json_type, {}
        match = re.fullmatch(r"/_admin/workspaces/([^/]+)/(stats|entities/([^/]+))", path)
        if match and method == "GET":
            if match.group(2) == "stats":
                stats = store.stats(match.group(1))
                stats["requests"] = dict(self.server.requests_seen)
                return 200, stats, json_type, {}
            return 200, store.entity_state(match.group(1), match.group(3)), json_type, {}
        match = re.fullmatch(r"/_admin/data-requests/([^/]+)", path)
        if match and method == "POST":
            store.set_request_status(match.group(1), str(self._json_body(raw).get("status")))
            return 200, {"ok": True}, json_type, {}
        raise HttpError(404, "not_found", "no such admin route")


def _route_name(path: str) -> str:
    return re.sub(r"/v1/(data-requests|attachments|account/consents)/[^/]+", r"/v1/\1/{id}", path)


def _export_zip(store: Storage, workspace: str) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "contacts.json",
            json.dumps(store.entity_state(workspace, "contact"), ensure_ascii=False),
        )
    return buffer.getvalue()


def serve(
    port: int,
    data_dir: Path,
    users: Sequence[tuple[str, ...]],
    workspace: str = "default",
    token_ttl: float = 3600.0,
    tls: ssl.SSLContext | None = None,
) -> WorkspaceServer:
    """A started server (in a daemon thread); call shutdown().

    Each user is (email, password) in `workspace`, or (email, password, its own workspace).
    With `tls` (a server-side SSLContext holding the certificate) it speaks https.
    """
    server = WorkspaceServer(port, data_dir, token_ttl, tls)
    for email, password, *own in users:
        server.storage.add_user(email, password, own[0] if own else workspace)
    thread = threading.Thread(
        target=server.serve_forever, args=(0.05,), name="workspace-server", daemon=True
    )
    thread.start()
    return server


__all__ = ["HTTPStatus", "WorkspaceServer", "serve"]
