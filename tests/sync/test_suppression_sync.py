"""Erasure sticks across devices (issue 11, point 4): suppression entries sync through the
reference server, and every device drops what would bring an erased person back."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from gtgcrm_desktop.interchange import import_file
from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.privacy.verify import verify_chains
from gtgcrm_desktop.store.suppression import ENTITY, SALT_ENTITY
from tests.sync.conftest import Client, server_contacts, settle

EMAIL = "erasme@example.com"
PHONE = "050 111 2233"  # as typed; E.164 +966501112233
CSV = (
    "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
    f"Erasme,Quill,work,{EMAIL},mobile,{PHONE}\n"
    "Keeper,Stay,work,keeper@example.com,,\n"
)


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "shop.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def _names(client: Client) -> list[str]:
    return sorted(c["given_name"] for c in client.contacts().values())


def _server_text(server: Any) -> str:
    return json.dumps(server_contacts(server), ensure_ascii=False)


def _person_id(client: Client) -> str:
    return next(cid for cid, c in client.contacts().items() if c["given_name"] == "Erasme")


def _actions(client: Client, action: str) -> list[Any]:
    return client.ws.audit.entries(action=action)


def _raw_push(server: Any, fields: dict[str, Any], device: str = "oldclient1") -> str:
    """What an old client that knows nothing of suppression pushes: the person again."""
    contact_id = uuid.uuid4().hex
    hlc = f"{9_000_000_000_000:015d}-000000-{device}"
    (result,) = server.storage.push(
        "default",
        "old-user",
        device,
        [
            {
                "idempotency_key": f"{device}:{contact_id}",
                "entity": "contact",
                "entity_id": contact_id,
                "operation": "create",
                "fields": fields,
                "hlc": hlc,
                "base": {},
            }
        ],
    )
    assert result["status"] == "applied"
    return contact_id


def test_a_file_imported_again_on_another_device_does_not_bring_the_person_back(
    clients, server, tmp_path
):
    a, b, _ = clients
    import_file(a.ws, _csv(tmp_path))
    settle(a, b)
    assert _names(b) == ["Erasme", "Keeper"]

    erase_contact(a.ws, _person_id(a))
    a.sync()
    b.sync()
    assert _names(b) == ["Keeper"]
    assert b.ws.suppression.count() == a.ws.suppression.count() == 2
    lingering = b.ws.db.all("SELECT fields FROM change_log WHERE entity = 'contact'")
    assert EMAIL not in str(lingering)  # the pulled create's values went with the erasure

    report = import_file(b.ws, _csv(tmp_path))

    assert len(report.suppressed) == 1
    assert _names(b) == ["Keeper"]
    settle(a, b)
    assert _names(a) == _names(b) == ["Keeper"]
    assert EMAIL not in _server_text(server)
    kinds = {e for (e,) in server.storage.query("SELECT DISTINCT entity FROM entities")}
    assert {ENTITY, SALT_ENTITY} <= kinds


def test_a_person_pushed_again_by_an_old_client_is_refused_by_every_device(clients, server):
    a, b, c = clients
    person = a.add(given_name="Erasme", emails=[{"value": EMAIL}], phones=[{"value": PHONE}])
    a.add(given_name="Keeper")
    settle(a, b, c)
    erase_contact(a.ws, person)
    settle(a, b, c)

    pushed = []
    for number, client in enumerate((b, c, a)):  # each device in turn is the first to see it
        by_email = _raw_push(
            server, {"given_name": "Erasme", "emails": [{"value": EMAIL.upper()}]}, f"old{number}e"
        )
        by_phone = _raw_push(
            server,
            {"given_name": "E.", "phones": [{"value": "+966 50 111 2233", "e164": None}]},
            f"old{number}p",
        )
        pushed += [by_email, by_phone]

        report = client.sync()

        assert report.to_json()["suppressed"] == 2, client.email
        assert _names(client) == ["Keeper"], client.email
        refused = [e.subject_id for e in _actions(client, "sync.change_suppressed")]
        assert sorted(refused) == sorted([by_email, by_phone])
        assert verify_chains(client.ws).intact
    # the devices told the cloud to delete the person again
    live = server.storage.entity_state("default", "contact")
    assert not set(pushed) & set(live)
    settle(a, b, c)
    for client in (a, b, c):
        assert _names(client) == ["Keeper"]
        assert not client.service.conflicts()
        assert "Erasme" not in json.dumps(
            client.ws.db.all("SELECT * FROM sync_conflicts"), ensure_ascii=False
        )


def test_devices_that_erased_before_their_first_sync_share_their_salts(clients, server, tmp_path):
    a, b, _ = clients
    one = a.add(given_name="Onlyona", emails=[{"value": "one@example.com"}])
    two = b.add(given_name="Onlyonb", emails=[{"value": "two@example.com"}])
    erase_contact(a.ws, one)
    erase_contact(b.ws, two)
    assert a.ws.suppression.current_salt() != b.ws.suppression.current_salt()

    settle(a, b)

    assert a.ws.suppression.current_salt() == b.ws.suppression.current_salt()
    assert set(a.ws.suppression.salts()) == set(b.ws.suppression.salts())
    path = tmp_path / "both.csv"
    path.write_text(
        "First Name,E-mail 1 - Value\nOne,ONE@example.com\nTwo,two@example.com\n", "utf-8"
    )
    for client in (a, b):
        assert len(import_file(client.ws, path, dry_run=True).suppressed) == 2


def test_an_entry_from_the_cloud_erases_a_copy_made_here(clients, server):
    a, b, _ = clients
    person = a.add(given_name="Erasme", emails=[{"value": EMAIL}])
    a.sync()
    copy = b.add(given_name="Erasme Copy", emails=[{"value": EMAIL}])  # not synced yet
    erase_contact(a.ws, person)
    a.sync()

    report = b.sync()

    assert report.suppressed >= 1
    assert not b.ws.contacts.exists(copy)
    erased = _actions(b, "contact.erased")
    assert [e.subject_id for e in erased] == [copy]
    assert erased[0].details["reason"] == "suppression"
    settle(a, b)
    assert EMAIL not in _server_text(server)
    assert _names(a) == _names(b) == []


def test_sync_json_reports_the_suppressed_count(run_cli, server, data_dir, clients):
    _, b, _ = clients
    login = run_cli(
        "sync",
        "login",
        "--server",
        server.url,
        "--email",
        "ana@example.com",
        env={"GTGCRM_CLOUD_PASSWORD": "pw-ana"},
    )
    assert login.code == 0, login.stderr
    person = b.add(given_name="Erasme", emails=[{"value": EMAIL}])
    b.sync()
    assert run_cli("sync", "--json").code == 0
    erase_contact(b.ws, person)
    b.sync()
    _raw_push(server, {"given_name": "Erasme", "emails": [{"value": EMAIL}]})

    result = run_cli("sync", "--json")

    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["suppressed"] == 1
    listed = json.loads(run_cli("contacts", "list", "--json").stdout)
    assert listed == []


def test_an_edit_that_adds_an_erased_address_to_someone_else_is_refused(clients, server):
    a, b, _ = clients
    person = a.add(given_name="Erasme", emails=[{"value": EMAIL}])
    keeper = a.add(given_name="Keeper", emails=[{"value": "keeper@example.com"}])
    settle(a, b)
    erase_contact(a.ws, person)
    settle(a, b)
    hlc = f"{9_000_000_000_000:015d}-000000-oldclient9"
    (result,) = server.storage.push(
        "default",
        "old-user",
        "oldclient9",
        [
            {
                "idempotency_key": "oldclient9:edit",
                "entity": "contact",
                "entity_id": keeper,
                "operation": "update",
                "fields": {"emails": [{"value": "keeper@example.com"}, {"value": EMAIL}]},
                "hlc": hlc,
                "base": {},
            }
        ],
    )
    assert result["status"] in ("applied", "conflict")

    reports = [b.sync(), a.sync()]

    for client, report in zip((b, a), reports, strict=True):
        assert report.suppressed == 1
        emails = [e["value"] for e in client.contacts()[keeper]["emails"]]
        assert emails == ["keeper@example.com"]  # Keeper stays, without the erased address
        assert [e.subject_id for e in _actions(client, "sync.change_suppressed")] == [keeper]
    b.edit(keeper, notes="edited later")
    settle(a, b)
    assert not a.service.conflicts() and not b.service.conflicts()
    assert a.contacts()[keeper]["notes"] == "edited later"


def test_a_new_device_never_receives_the_person(clients, server):
    a, b, c = clients
    person = a.add(given_name="Erasme", emails=[{"value": EMAIL}], phones=[{"value": PHONE}])
    a.add(given_name="Keeper")
    settle(a, b)
    erase_contact(a.ws, person)
    settle(a, b)
    _raw_push(server, {"given_name": "Erasmo", "emails": [{"value": EMAIL}]})
    assert b.sync().suppressed == 1  # refused, and deleted in the cloud

    engine = c.service.engine(page_size=1)  # one change per page: no page holds both
    try:
        engine.run()
    finally:
        engine.client.close()

    assert _names(c) == ["Keeper"]
    everything = "".join(
        str(c.ws.db.all(f"SELECT * FROM {table}"))
        for table in ("change_log", "sync_conflicts", "sync_inbox", "contact_emails")
    )
    assert "erasme" not in everything.lower() and "Erasm" not in everything
    feed = str(server.storage.query("SELECT fields FROM feed"))
    assert EMAIL not in feed and "Erasm" not in feed  # the cloud forgot the person too
