"""Remote changes that cannot be applied are kept, tried again at each sync, and counted."""

from __future__ import annotations

import json

from gtgcrm_desktop.core.models import Template, TemplateImage
from tests.sync.conftest import USERS, settle

LOGO = TemplateImage("logo.png", "image/png", b"\x89PNG" + bytes(100))


def _feed_unknown_kind(server, workspace: str = "default") -> None:  # type: ignore[no-untyped-def]
    """A change of a kind this version does not know, as a newer app would push it."""
    server.storage.query(
        "INSERT INTO feed (workspace, entity, entity_id, operation, fields, field_hlcs, hlc,"
        " device_id, user_id) VALUES (?, 'invoice', 'inv-1', 'create', '{\"total\": 5}', '{}',"
        " '2030-01-01T00:00:00.000Z-0000-newer', 'newer-device', 'u')",
        (workspace,),
    )


def test_a_change_kept_for_later_is_applied_by_a_later_sync_and_leaves_the_inbox(clients, server):
    a, b = clients[:2]
    template = a.ws.templates.add(Template(name="Welcome"))
    image = a.ws.templates.add_image(template.id, LOGO)
    a.sync()
    saved = server.storage.attachment("default", image.id)
    server.storage.query("DELETE FROM attachments WHERE id = ?", (image.id,))

    first = b.sync()
    assert first.kept_for_later == 1 and first.not_applied == 1
    (held,) = b.service.held()
    assert (held.entity, held.entity_id, held.reason) == (
        "template_image",
        image.id,
        "missing_image",
    )
    assert b.ws.templates.images(template.id) == []

    again = b.sync()  # still missing on the server: kept, counted, tried once more
    assert again.not_applied == 1 and again.applied_later == 0
    assert b.service.held()[0].attempts == 1

    server.storage.put_attachment("default", image.id, saved)
    last = b.sync()
    assert last.applied_later == 1 and last.not_applied == 0
    assert b.service.held() == []
    assert b.ws.templates.images(template.id)[0].data == LOGO.data
    assert b.service.status()["not_applied"] == 0


def test_a_retried_old_change_does_not_undo_newer_values(clients, server):
    a, b = clients[:2]
    cid = a.add(given_name="Lina", organization="Old")
    a.sync()
    b.sync()
    a.edit(cid, organization="Newer")
    a.sync()
    b.sync()
    # An older change of the same field, kept for later by an earlier sync of b.
    old = {
        "seq": 999_999,
        "entity": "contact",
        "entity_id": cid,
        "operation": "update",
        "fields": {"organization": "Older"},
        "field_hlcs": {"organization": "0001-01-01T00:00:00.000Z-0000-x"},
        "hlc": "0001-01-01T00:00:00.000Z-0000-x",
        "device_id": "x",
    }
    b.service.store.keep_for_later(old, "unreadable")
    report = b.sync()
    assert report.applied_later == 1
    assert b.ws.contacts.get(cid).organization == "Newer"
    b.edit(cid, organization="From b")
    assert b.sync().conflicts == 0  # the base did not go back to the old clock
    a.sync()
    assert a.ws.contacts.get(cid).organization == "From b"


def test_sync_json_counts_changes_still_not_applied(run_cli, server, data_dir):
    email, password = USERS[0]
    login = run_cli(
        "sync",
        "login",
        "--server",
        server.url,
        "--email",
        email,
        env={"GTGCRM_CLOUD_PASSWORD": password},
    )
    assert login.code == 0, login.stderr
    _feed_unknown_kind(server)

    first = json.loads(run_cli("sync", "--json").stdout)
    assert first["kept_for_later"] == 1 and first["not_applied"] == 1
    second = json.loads(run_cli("sync", "--json").stdout)
    assert second["kept_for_later"] == 0 and second["not_applied"] == 1
    assert second["applied_later"] == 0

    text = run_cli("sync")
    assert text.code == 0
    assert "1 change(s) from the cloud could not be applied here yet" in text.stdout
    status = json.loads(run_cli("sync", "status", "--json").stdout)
    assert status["not_applied"] == 1


def test_a_retried_old_delete_does_not_remove_a_record_made_again_since(clients, server):
    a, b = clients[:2]
    cid = a.add(given_name="Back again")
    settle(a, b)
    old_delete = {
        "seq": 999_998,
        "entity": "contact",
        "entity_id": cid,
        "operation": "delete",
        "fields": {},
        "field_hlcs": {},
        "hlc": "0001-01-01T00:00:00.000Z-0000-x",
        "device_id": "x",
    }
    b.service.store.keep_for_later(old_delete, "not_saved")
    assert b.sync().applied_later == 1
    assert b.ws.contacts.get(cid).given_name == "Back again"
    assert b.service.held() == []
