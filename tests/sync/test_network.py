"""Network behaviour of the cloud client: verified TLS, growing jittered backoff, read timeouts."""

from __future__ import annotations

import datetime
import ipaddress
import json
import random
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from gtgcrm_desktop.sync.client import WorkspaceClient
from gtgcrm_desktop.sync.errors import ServerTimeoutError, TlsError
from gtgcrm_desktop.sync.retry import RetryPolicy
from gtgcrm_desktop.sync.service import SyncService
from tests.sync.conftest import USERS, assert_converged, faults, settle
from tests.workspace_server import WorkspaceServer, serve

EMAIL, PASSWORD = USERS[0]


class Ceiling(random.Random):
    """A 'random' source that always picks the longest wait, to see the ceilings."""

    def uniform(self, a: float, b: float) -> float:
        return b


# -- TLS --------------------------------------------------------------------------------------


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca_and_server_cert(folder: Path) -> tuple[Path, Path, Path]:
    """(ca.pem, server.pem, server.key): a private CA and a certificate for 127.0.0.1."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("GTG test CA"))
        .issuer_name(_name("GTG test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    paths = (folder / "ca.pem", folder / "server.pem", folder / "server.key")
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[WorkspaceServer, Path]]:
    ca, cert, key = make_ca_and_server_cert(tmp_path / "tls")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    running = serve(0, tmp_path / "tls-server", USERS, tls=context)
    yield running, ca
    running.shutdown()
    running.server_close()


def test_a_private_ca_is_refused_until_it_is_set_as_sync_ca_file(run_cli, tls_server):
    server, ca = tls_server
    assert server.url.startswith("https://127.0.0.1:")
    login = ["sync", "login", "--server", server.url, "--email", EMAIL]
    env = {"GTGCRM_CLOUD_PASSWORD": PASSWORD}

    refused = run_cli(*login, env=env)
    assert refused.code == 4
    assert "could not be verified" in refused.stderr
    assert server.storage.query("SELECT count(*) FROM tokens")[0][0] == 0

    assert run_cli("settings", "set", "sync.ca_file", str(ca)).code == 0
    accepted = run_cli(*login, env=env)
    assert accepted.code == 0, accepted.stderr
    run_cli("contacts", "add", "--given", "Noor")
    synced = run_cli("sync", "--json")
    assert synced.code == 0, synced.stderr
    assert json.loads(synced.stdout)["pushed"] == 1
    assert len(server.storage.entity_state("default", "contact")) == 1


def test_the_client_verifies_tls_and_trusts_only_the_given_ca(tls_server, tmp_path):
    server, ca = tls_server
    with pytest.raises(TlsError):
        WorkspaceClient(server.url).login(EMAIL, PASSWORD, "dev")
    other_ca, _, _ = make_ca_and_server_cert(tmp_path / "other")
    with pytest.raises(TlsError):
        WorkspaceClient(server.url, ca_file=str(other_ca)).login(EMAIL, PASSWORD, "dev")
    tokens = WorkspaceClient(server.url, ca_file=str(ca)).login(EMAIL, PASSWORD, "dev")
    assert tokens.access_token


# -- backoff ------------------------------------------------------------------------------------


def test_backoff_ceilings_double_up_to_the_cap_and_waits_are_jittered_below_them():
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0)
    assert [policy.ceiling(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    rng = random.Random(1234)
    waits = [policy.backoff(n, rng) for n in range(1, 7) for _ in range(50)]
    ceilings = [policy.ceiling(n) for n in range(1, 7) for _ in range(50)]
    assert all(0 <= w <= c for w, c in zip(waits, ceilings, strict=True))
    assert len(set(waits)) == len(waits)  # jitter: no two retries wait alike
    assert max(waits[:50]) < 1.0 < max(waits[-50:])  # and the waits do grow
    again = random.Random(1234)
    assert waits == [policy.backoff(n, again) for n in range(1, 7) for _ in range(50)]


@pytest.fixture
def signed_in(server) -> tuple[WorkspaceServer, dict[str, str]]:  # type: ignore[no-untyped-def]
    tokens = WorkspaceClient(server.url).login(EMAIL, PASSWORD, "dev-net")
    return server, {"access": tokens.access_token, "refresh": tokens.refresh_token}


def _client(server, tokens, rng, waits, **options) -> WorkspaceClient:  # type: ignore[no-untyped-def]
    from gtgcrm_desktop.sync.client import Tokens

    return WorkspaceClient(
        server.url,
        tokens=Tokens(tokens["access"], tokens["refresh"]),
        retry=RetryPolicy(attempts=6, base_delay=0.5, max_delay=30.0),
        sleep=waits.append,
        rng=rng,
        **options,
    )


def test_server_errors_are_retried_with_growing_jittered_waits(signed_in):
    server, tokens = signed_in
    faults(server, {"kind": "500", "path": "/v1/changes", "method": "GET", "times": 4})
    waits: list[float] = []
    page = _client(server, tokens, random.Random(7), waits).pull(None)
    assert page["changes"] == []
    expected = random.Random(7)
    assert waits == [expected.uniform(0, ceiling) for ceiling in (1.0, 2.0, 4.0, 8.0)]

    faults(server, {"kind": "500", "path": "/v1/changes", "method": "GET", "times": 4})
    waits.clear()
    _client(server, tokens, Ceiling(), waits).pull(None)
    assert waits == [1.0, 2.0, 4.0, 8.0]


@pytest.mark.parametrize("status", ["429", "503"])
def test_busy_without_retry_after_backs_off_longer_each_time(signed_in, status):
    server, tokens = signed_in
    rule = {"kind": status, "path": "/v1/changes", "method": "GET", "times": 3}
    faults(server, {**rule, "retry_after": None})
    waits: list[float] = []
    _client(server, tokens, Ceiling(), waits).pull(None)
    assert waits == [1.0, 2.0, 4.0]

    faults(server, {**rule, "retry_after": 3})  # a Retry-After is honoured as it is
    waits.clear()
    _client(server, tokens, Ceiling(), waits).pull(None)
    assert waits == [3.0, 3.0, 3.0]


# -- read timeouts ------------------------------------------------------------------------------


def _slow_service(client, attempts: int) -> SyncService:  # type: ignore[no-untyped-def]
    policy = RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=0.02)
    return SyncService(client.ws, retry=policy, timeout=(2.0, 0.3))


def test_an_answer_slower_than_the_read_timeout_is_retried(clients, server):
    a, b = clients[:2]
    for n in range(5):
        a.add(given_name=f"S{n}")
    faults(server, {"kind": "slow", "path": "/v1/changes", "method": "POST", "delay": 1.0})
    report = _slow_service(a, attempts=4).sync()
    assert report.pushed == 5
    assert server.requests_seen["POST /v1/changes"] == 2
    time.sleep(1.0)  # the first, slow request finishes on the server too
    settle(a, b)
    assert len(assert_converged(server, a, b)) == 5
    assert server.storage.stats("default")["idempotency_keys"] == 5


def test_a_server_that_stays_too_slow_is_a_clear_error_and_nothing_is_lost(clients, server):
    a, b = clients[:2]
    for n in range(5):
        a.add(given_name=f"T{n}")
    faults(
        server,
        {"kind": "slow", "path": "/v1/changes", "method": "POST", "delay": 1.0, "times": 100},
    )
    service = _slow_service(a, attempts=3)
    started = time.monotonic()
    with pytest.raises(ServerTimeoutError) as caught:
        service.sync()
    assert time.monotonic() - started < 5
    assert caught.value.exit_code == 4
    assert "did not answer within 0.3 seconds" in str(caught.value)
    assert server.requests_seen["POST /v1/changes"] == 3
    assert service.store.pending_count() == 5  # not marked sent: no answer came
    faults(server)
    time.sleep(1.2)  # the slow requests finish on the server
    settle(a, b)
    assert len(assert_converged(server, a, b)) == 5
    stats = server.storage.stats("default")
    assert stats["feed"] == 5 and stats["idempotency_keys"] == 5
