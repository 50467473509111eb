"""The cloud workspace's first sync on a device that already holds contacts pairs them with the
same people from the cloud instead of doubling them (issue 14, point 1)."""

from __future__ import annotations

import json

import pytest

from gtgcrm_desktop.interchange import same_person
from gtgcrm_desktop.store.sync_state import SyncStore
from gtgcrm_desktop.sync.engine import SyncHooks
from gtgcrm_desktop.sync.service import SyncService
from tests.sync.conftest import FAST_RETRY


def _pairing(client) -> None:
    client.service = SyncService(
        client.ws, retry=FAST_RETRY, timeout=(2.0, 5.0), same_person=same_person
    )


def _names(client) -> list[str]:
    return sorted(
        f"{v['given_name']} {v['family_name']}".strip() for v in client.contacts().values()
    )


def test_first_sync_of_a_device_with_the_same_people_doubles_nobody(clients):
    a, b, _ = clients
    huda = a.add(
        given_name="Huda", family_name="Salem", organization="Noor",
        emails=[{"value": "huda@example.com", "label": "work"}],
    )  # fmt: skip
    a.add(
        given_name="أحمد",
        family_name="العلي",
        phones=[{"value": "+966501234567", "e164": "+966501234567"}],
    )
    a.sync()
    # The second device was used offline before it ever synced: the same two people and one more.
    b.add(
        given_name="Huda", family_name="Salem", organization="Noor Trading", title="Manager",
        emails=[{"value": "HUDA@example.com", "label": ""}],
        phones=[{"value": "+966551112222", "e164": "+966551112222", "label": "mobile"}],
    )  # fmt: skip
    b.add(given_name="احمد", family_name="العلي", phones=[{"value": "0501234567", "label": ""}])
    b.add(given_name="Only", family_name="Here")
    _pairing(b)

    report = b.sync()
    a.sync()

    assert report.paired == 2
    assert len(b.contacts()) == 3 and len(a.contacts()) == 3
    assert _names(a) == _names(b)
    merged = b.contacts()[huda]  # the cloud's contact kept its id, with this device's values
    assert merged["title"] == "Manager"
    assert [p["e164"] for p in merged["phones"]] == ["+966551112222"]
    assert a.contacts()[huda]["title"] == "Manager"  # pushed as an edit of the same person
    (conflict,) = [c for c in b.service.conflicts() if c.field == "organization"]
    assert (conflict.entity_id, conflict.local_value, conflict.remote_value) == (
        huda,
        "Noor Trading",
        "Noor",
    )
    assert b.contacts()[huda]["organization"] == "Noor"
    assert not SyncStore(b.ws.db).parked()

    again = b.sync()
    assert (again.paired, again.pushed) == (0, 0)


def test_cli_cloud_sync_reports_paired(clients, run_cli, data_dir, server):
    a = clients[0]
    a.add(given_name="Reem", emails=[{"value": "reem@example.com", "label": ""}])
    a.sync()
    env = {"GTGCRM_CLOUD_PASSWORD": "pw-ana", "GTGCRM_NO_KEYCHAIN": "1"}
    assert run_cli("contacts", "add", "--given", "Reem", "--email", "reem@example.com").code == 0
    login = run_cli("sync", "login", "--server", server.url, "--email", "ana@example.com", env=env)
    assert login.code == 0, login.stderr
    done = run_cli("sync", "--json", env=env)
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["paired"] == 1
    assert len(json.loads(run_cli("contacts", "list", "--json").stdout)) == 1
    again = run_cli("sync", env=env)
    assert again.code == 0 and "folded" not in again.stdout  # nothing paired this time


def test_cli_plain_sync_says_how_many_were_paired(clients, run_cli, server):
    clients[0].add(given_name="Amal", emails=[{"value": "amal@example.com", "label": ""}])
    clients[0].sync()
    env = {"GTGCRM_CLOUD_PASSWORD": "pw-ana", "GTGCRM_NO_KEYCHAIN": "1"}
    assert run_cli("contacts", "add", "--given", "Amal", "--email", "amal@example.com").code == 0
    assert (
        run_cli("sync", "login", "--server", server.url, "--email", "ana@example.com", env=env).code
        == 0
    )
    done = run_cli("sync", env=env)
    assert done.code == 0, done.stderr
    assert "1 contact(s) of this computer were folded into" in done.stdout


def test_a_first_sync_cut_after_its_pull_still_pairs_next_time(clients):
    a, b, _ = clients
    a.add(given_name="Sami", phones=[{"value": "+966551112222", "e164": "+966551112222"}])
    a.sync()
    b.add(given_name="Sami", phones=[{"value": "0551112222", "label": "mobile"}])
    cut = {"done": False}

    def stop_once(_: int) -> None:
        if not cut["done"]:
            cut["done"] = True
            raise KeyboardInterrupt  # the process killed right after the first page

    b.service = SyncService(
        b.ws, retry=FAST_RETRY, timeout=(2.0, 5.0), hooks=SyncHooks(after_page=stop_once),
        same_person=same_person,
    )  # fmt: skip
    with pytest.raises(KeyboardInterrupt):
        b.sync()
    report = b.sync()
    a.sync()
    assert report.paired == 1
    assert len(a.contacts()) == 1 and len(b.contacts()) == 1
