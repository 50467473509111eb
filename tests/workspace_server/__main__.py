"""`python -m tests.workspace_server --port N --data DIR --user EMAIL:PASSWORD[:WORKSPACE] ...`."""

from __future__ import annotations

import argparse
import json
import os
import signal
import ssl
import sys
import threading
import time
from pathlib import Path

from tests.workspace_server.faults import Fault
from tests.workspace_server.server import serve


def _parse_user(text: str) -> tuple[str, ...]:
    """EMAIL:PASSWORD, or EMAIL:PASSWORD:WORKSPACE for a user in a workspace of their own."""
    parts = text.split(":", 2)
    if len(parts) < 2 or not all(parts):
        raise argparse.ArgumentTypeError("users are written EMAIL:PASSWORD[:WORKSPACE]")
    return tuple(parts)


def _tls_context(cert: Path | None, key: Path | None) -> ssl.SSLContext | None:
    if cert is None:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def _watch_parent(server_shutdown: threading.Event, parent: int) -> None:
    """Stop when the process that started us is gone (tests that die still clean up)."""
    while not server_shutdown.wait(0.5):
        if os.getppid() != parent:
            server_shutdown.set()


def _watch_stdin(server_shutdown: threading.Event) -> None:
    """Stop when stdin reaches end of file (the parent closed the pipe or died)."""
    try:
        while sys.stdin.buffer.read(1):
            pass
    except (OSError, ValueError):
        pass
    server_shutdown.set()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.workspace_server")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed)")
    parser.add_argument("--data", type=Path, required=True, help="folder for the server database")
    parser.add_argument(
        "--user",
        type=_parse_user,
        action="append",
        default=[],
        metavar="EMAIL:PASSWORD[:WORKSPACE]",
        help="an account (repeat for more); WORKSPACE puts it in that workspace, else the"
        " --workspace one (the password may not contain ':')",
    )
    parser.add_argument(
        "--workspace",
        default="default",
        help="workspace of the --user accounts that name none (default: %(default)s)",
    )
    parser.add_argument(
        "--token-ttl", type=float, default=3600.0, help="access token lifetime, seconds"
    )
    parser.add_argument("--faults", type=Path, help='a JSON fault plan: {"rules": [...]}')
    parser.add_argument("--tls-cert", type=Path, help="PEM certificate (chain): serve https")
    parser.add_argument("--tls-key", type=Path, help="PEM private key of --tls-cert")
    parser.add_argument("--watch-stdin", action="store_true", help="exit when stdin closes")
    parser.add_argument(
        "--max-seconds", type=float, default=0, help="exit after this long (0: never)"
    )
    args = parser.parse_args(argv)

    tls = _tls_context(args.tls_cert, args.tls_key)
    server = serve(args.port, args.data, args.user, args.workspace, args.token_ttl, tls)
    if args.faults:
        plan = json.loads(args.faults.read_text(encoding="utf-8"))
        server.faults.set([Fault.from_json(r) for r in plan.get("rules", [])])
    print(f"listening on {server.url}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=_watch_parent, args=(stop, os.getppid()), daemon=True).start()
    if args.watch_stdin:
        threading.Thread(target=_watch_stdin, args=(stop,), daemon=True).start()
    deadline = time.monotonic() + args.max_seconds if args.max_seconds else None
    try:
        while not stop.wait(0.2):
            if deadline is not None and time.monotonic() > deadline:
                break
    except KeyboardInterrupt:
        pass
    server.shutdown()
    server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
