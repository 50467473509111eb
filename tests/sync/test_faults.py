"""Every fault of the reference server, during push and during pull; syncs killed midway resume."""

from __future__ import annotations

import pytest

from gtgcrm_desktop.sync.engine import SyncHooks
from gtgcrm_desktop.sync.errors import ServerUnreachableError, SignInRequiredError
from tests.sync.conftest import assert_converged, faults, settle

KINDS = ["500", "503", "429", "slow", "cut", "malformed", "expire_token"]


class Killed(Exception):
    """Stands for the process dying at that point."""


def _setup(clients):
    a, b = clients[:2]
    for n in range(10):
        a.add(given_name=f"A{n}")
    for n in range(10):
        b.add(given_name=f"B{n}")
    return a, b


PUSH_FAULTS = [
    ("500", "before"),
    ("500", "after"),  # committed, then the answer is lost: the retry must not duplicate
    ("503", "before"),
    ("429", "after"),
    ("slow", "before"),
    ("cut", "after"),
    ("malformed", "after"),
    ("expire_token", "before"),
]


@pytest.mark.parametrize(("kind", "when"), PUSH_FAULTS)
def test_fault_during_push(clients, server, kind, when):
    a, b = _setup(clients)
    a.sync()
    faults(
        server,
        {
            "kind": kind,
            "path": "/v1/changes",
            "method": "POST",
            "when": when,
            "times": 1 if kind == "expire_token" else 2,
            "retry_after": 0,
            "delay": 0.2,
        },
    )
    report = b.sync()
    assert report.pushed == 10
    settle(a, b)
    state = assert_converged(server, a, b)
    assert len(state) == 20
    stats = server.storage.stats("default")
    assert stats["feed"] == 20 and stats["idempotency_keys"] == 20


@pytest.mark.parametrize("kind", KINDS)
def test_fault_during_pull(clients, server, kind):
    a, b = _setup(clients)
    a.sync()
    b.service.engine  # noqa: B018 - signed in
    faults(
        server,
        {
            "kind": kind,
            "path": "/v1/changes",
            "method": "GET",
            "times": 1 if kind == "expire_token" else 2,
            "retry_after": 0,
            "delay": 0.2,
        },
    )
    b.sync()
    settle(a, b)
    assert len(assert_converged(server, a, b)) == 20


def test_retry_after_is_honoured(clients, server, monkeypatch):
    a = clients[0]
    a.add(given_name="X")
    waits: list[float] = []
    faults(server, {"kind": "429", "path": "/v1/changes", "method": "POST", "retry_after": 7})
    engine = a.service.engine()
    engine.client._sleep = waits.append
    engine.run()
    assert waits == [1.0]  # capped by the test policy's max_wait; 7 s otherwise
    engine.client.retry = engine.client.retry.__class__(max_wait=120)
    faults(server, {"kind": "503", "path": "/v1/changes", "method": "GET", "retry_after": 7})
    waits.clear()
    engine.run()
    assert waits == [7.0]


def test_persistent_failure_is_a_typed_error_and_loses_nothing(clients, server):
    a, b = _setup(clients)
    faults(server, {"kind": "cut", "path": "/v1/changes", "method": "POST", "times": 100})
    with pytest.raises(ServerUnreachableError) as caught:
        a.sync()
    assert caught.value.exit_code == 4
    assert a.service.store.pending_count() == 10
    faults(server)
    settle(a, b)
    assert len(assert_converged(server, a, b)) == 20


def test_refresh_once_then_sign_in_again(clients, server):
    a = clients[0]
    a.add(given_name="T")
    faults(server, {"kind": "expire_token", "path": "/v1/changes", "times": 1})
    a.sync()  # refreshed transparently
    server.storage.revoke(
        server.storage.query("SELECT user_id FROM users WHERE email = ?", (a.email,))[0][0],
        a.ws.device_id,
    )
    a.add(given_name="U")
    with pytest.raises(SignInRequiredError):
        a.sync()
    assert a.service.store.pending_count() == 1


@pytest.mark.parametrize("where", ["pull", "push"])
def test_sync_killed_midway_resumes_without_loss_or_duplicates(clients, server, where):
    a, b = clients[:2]
    from gtgcrm_desktop.core.models import Contact

    a.ws.contacts.add_many([Contact(given_name=f"K{n}") for n in range(1200)])
    if where == "pull":
        a.sync()
        engine_hooks = SyncHooks(
            after_page=lambda page: (_ for _ in ()).throw(Killed()) if page == 1 else None
        )
        b.service.hooks = engine_hooks
        victim = b
    else:
        engine_hooks = SyncHooks(
            after_push_response=lambda batch: (
                (_ for _ in ()).throw(Killed()) if batch == 2 else None
            )
        )
        a.service.hooks = engine_hooks
        victim = a
    engine = victim.service.engine(page_size=500, batch_size=500)
    with pytest.raises(Killed):
        engine.run()
    victim.reopen()  # a new process: nothing in memory survives
    victim.service.hooks = SyncHooks()
    settle(a, b)
    state = assert_converged(server, a, b)
    assert len(state) == 1200
    stats = server.storage.stats("default")
    assert stats["feed"] == 1200 and stats["idempotency_keys"] == 1200
    changes = victim.ws.db.scalar("SELECT count(*) FROM change_log WHERE origin = 'remote'")
    assert changes == (1200 if where == "pull" else 0)
