"""Two and three clients against the reference server: offline edits, merges, conflicts, deletes."""

from __future__ import annotations

import itertools

import pytest

from gtgcrm_desktop.core.models import Template, TemplateImage
from tests.sync.conftest import assert_converged, server_contacts, settle


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_offline_edits_on_every_client_then_sync_in_any_order(clients, server, order):
    a, b, c = clients
    shared = a.add(given_name="Shared", family_name="One")
    settle(a, b, c)
    made = {0: [], 1: [], 2: []}
    for index, client in enumerate(clients):
        for n in range(3):
            made[index].append(client.add(given_name=f"C{index}", family_name=f"N{n}"))
    a.edit(shared, organization="Org A")
    b.edit(shared, title="Title B")
    c.edit(shared, notes="Note C")
    b.ws.contacts.delete(made[1][0])
    for index in order:
        clients[index].sync()
    settle(*clients)
    state = assert_converged(server, *clients)
    assert len(state) == 1 + 9 - 1
    merged = state[shared]
    assert (merged["organization"], merged["title"], merged["notes"]) == (
        "Org A",
        "Title B",
        "Note C",
    )
    assert all(not cl.service.conflicts() for cl in clients)
    stats = server.storage.stats("default")
    assert stats["live"]["contact"] == 9 and stats["deleted"]["contact"] == 1


def test_different_fields_of_one_contact_merge(clients, server):
    a, b = clients[:2]
    cid = a.add(given_name="Mona", family_name="Ali")
    settle(a, b)
    a.edit(cid, given_name="Muna")
    b.edit(cid, emails=[{"value": "mona@example.com", "label": "work"}])
    settle(a, b)
    state = assert_converged(server, a, b)
    assert state[cid]["given_name"] == "Muna"
    assert state[cid]["emails"][0]["value"] == "mona@example.com"
    assert not a.service.conflicts() and not b.service.conflicts()


@pytest.mark.parametrize("first", [0, 1])
@pytest.mark.parametrize("choice", ["local", "remote", "value"])
def test_same_field_makes_exactly_one_conflict_resolvable(clients, server, first, choice):
    a, b = clients[:2]
    cid = a.add(given_name="Sara", organization="Start")
    settle(a, b)
    a.edit(cid, organization="From A")
    b.edit(cid, organization="From B")
    ordered = (a, b) if first == 0 else (b, a)
    for client in ordered:
        client.sync()
    settle(a, b)
    conflicts = a.service.conflicts() + b.service.conflicts()
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert {conflict.local_value, conflict.remote_value} == {"From A", "From B"}
    holder = a if a.service.conflicts() else b
    assert holder is ordered[1]
    state = assert_converged(
        server, a, b
    )  # LWW already converged; both values kept in the conflict
    expected = {
        "local": conflict.local_value,
        "remote": conflict.remote_value,
        "value": "Merged AB",
    }[choice]
    holder.service.resolve(conflict.id, choice, "Merged AB" if choice == "value" else None)
    settle(a, b)
    state = assert_converged(server, a, b)
    assert state[cid]["organization"] == expected
    assert not a.service.conflicts() and not b.service.conflicts()


@pytest.mark.parametrize("deleter_first", [True, False])
@pytest.mark.parametrize("choice", ["local", "remote"])
def test_delete_versus_edit_is_a_conflict_not_a_resurrection(
    clients, server, deleter_first, choice
):
    a, b = clients[:2]
    cid = a.add(given_name="Omar")
    settle(a, b)
    a.ws.contacts.delete(cid)
    b.edit(cid, title="Edited on B")
    for client in (a, b) if deleter_first else (b, a):
        client.sync()
    settle(a, b)
    state = assert_converged(server, a, b)
    assert cid not in state  # the delete holds until someone decides
    conflicts = a.service.conflicts() + b.service.conflicts()
    assert len(conflicts) == 1 and conflicts[0].kind == "delete"
    conflict = conflicts[0]
    holder = a if a.service.conflicts() else b
    edited = conflict.local_value or conflict.remote_value
    assert edited["title"] == "Edited on B"
    holder.service.resolve(conflict.id, choice)
    settle(a, b)
    state = assert_converged(server, a, b)
    kept_edit = (conflict.local_value if choice == "local" else conflict.remote_value) is not None
    assert (cid in state) == kept_edit
    if kept_edit:
        assert state[cid]["title"] == "Edited on B"


def test_five_thousand_changes_in_one_sync(clients, server):
    a, b = clients[:2]
    from gtgcrm_desktop.core.models import Contact

    stored = a.ws.contacts.add_many(
        [Contact(given_name=f"محمد {n}", family_name="Latin") for n in range(4000)]
    )
    for contact in stored[:1000]:
        contact.notes = "edited"
        a.ws.contacts.update(contact)
    report = a.sync()
    assert report.pushed == 5000 and report.rejected == 0
    report_b = b.sync()
    assert report_b.pulled == 5000
    state = assert_converged(server, a, b)
    assert len(state) == 4000
    assert sum(1 for v in state.values() if v["notes"] == "edited") == 1000
    assert server.storage.stats("default")["idempotency_keys"] == 5000


def test_templates_and_images_sync(clients, server):
    a, b = clients[:2]
    template = a.ws.templates.add(Template(name="مرحبا", body_html="<p dir='rtl'>أهلا</p>"))
    image = a.ws.templates.add_image(
        template.id, TemplateImage("logo.png", "image/png", b"\x89PNG" + bytes(100))
    )
    settle(a, b)
    assert b.ws.templates.get(template.id).name == "مرحبا"
    assert b.ws.templates.images(template.id)[0].data == image.data
    b.ws.templates.update(
        Template.from_json({**b.ws.templates.get(template.id).to_json(), "subject": "Hi"})
    )
    a.ws.templates.remove_image(image.id)
    settle(a, b)
    assert a.ws.templates.get(template.id).subject == "Hi"
    assert b.ws.templates.images(template.id) == []


def test_a_refused_change_is_parked_without_blocking_the_queue(clients, server):
    a, b = clients[:2]
    good = a.add(given_name="Good")
    a.ws.db.execute(
        "INSERT INTO change_log (op_id, entity, entity_id, operation, fields, hlc, device_id, origin,"
        " created_at) VALUES ('op-bad', 'contact', 'x', 'update', '{\"_secret\": 1}', ?, ?, 'local', '')",
        (a.ws.clock.tick(), a.ws.device_id),
    )
    after = a.add(given_name="After")
    report = a.sync()
    assert report.rejected == 1 and report.pushed == 2
    parked = a.service.parked()
    assert len(parked) == 1 and parked[0].reason == "invalid_change"
    b.sync()
    assert set(b.contacts()) == {good, after}
    assert a.sync().rejected == 0  # parked, not retried forever


def test_server_holds_every_change_once(clients, server):
    a, b, c = clients
    ids = [a.add(given_name=f"P{n}") for n in range(20)]
    settle(a, b, c)
    for n, cid in enumerate(ids):
        (b if n % 2 else c).edit(cid, notes=f"n{n}")
    settle(a, b, c)
    assert_converged(server, a, b, c)
    stats = server.storage.stats("default")
    assert stats["feed"] == 40 and stats["idempotency_keys"] == 40
    assert len(server_contacts(server)) == 20


def test_a_new_contact_has_the_same_creation_time_on_every_device(clients, server):
    a, b = clients[:2]
    cid = a.add(given_name="Hala", family_name="Saad")
    settle(a, b)
    on_a, on_b = a.ws.contacts.get(cid), b.ws.contacts.get(cid)
    assert on_a.created_at == on_b.created_at
    assert on_a.created_at.endswith("Z") and on_a.created_at[:4] >= "2026"
