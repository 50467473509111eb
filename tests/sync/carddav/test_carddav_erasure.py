"""Erasure and CardDAV against Radicale: the card is deleted on the server and never comes back."""

from __future__ import annotations

import json

from gtgcrm_desktop.privacy import retention
from gtgcrm_desktop.privacy.erasure import anonymise_contacts, erase_contact
from gtgcrm_desktop.store.carddav_state import CardDavState
from tests.sync.carddav.conftest import card

EMAIL = "erasme@example.com"


def _synced_person(devices, book):  # type: ignore[no-untyped-def]
    device = devices()
    contact_id = device.add(
        given_name="Erasme",
        family_name="Quillfeather",
        emails=[{"value": EMAIL, "label": "work"}],
        phones=[{"value": "+966501112233", "label": "mobile"}],
        notes="met at the fair",
    )
    device.add(given_name="Keeper")
    device.connect(book)
    device.sync()
    assert len(book.hrefs()) == 2
    return device, contact_id


def _server_text(book) -> str:  # type: ignore[no-untyped-def]
    return "".join(book.cards().values())


def test_erased_contact_is_deleted_on_the_server_and_stays_gone(book, devices):
    device, contact_id = _synced_person(devices, book)

    erase_contact(device.ws, contact_id)
    report = device.sync()

    assert report.pushed == 1 and report.pulled == 0
    assert "Erasme" not in _server_text(book) and len(book.hrefs()) == 1
    again = device.sync()
    assert (again.pulled, again.pushed, again.conflicts) == (0, 0, 0)
    assert [c.given_name for c in device.contacts().values()] == ["Keeper"]
    assert CardDavState(device.ws.db).by_contact(contact_id) is None


def test_a_card_readded_with_the_same_email_is_not_imported(book, devices):
    device, contact_id = _synced_person(devices, book)
    erase_contact(device.ws, contact_id)
    device.sync()

    book.put("again.vcf", card("another-client-1", FN="E. Q.", EMAIL=EMAIL.upper()))
    book.put("by-phone.vcf", card("another-client-2", FN="Phone Only", TEL="+966 50 111 2233"))
    book.put("stranger.vcf", card("another-client-3", FN="Stranger", EMAIL="new@example.com"))
    report = device.sync()

    assert report.suppressed == 2 and report.pulled == 1
    names = sorted(c.display_name or c.given_name for c in device.contacts().values())
    assert names == ["Keeper", "Stranger"]
    assert report.to_json()["suppressed"] == 2
    assert device.sync().suppressed == 0  # nothing changed on the server since


def test_erased_card_edited_elsewhere_is_still_deleted_without_a_conflict(book, devices):
    device, contact_id = _synced_person(devices, book)
    href = next(h for h, text in book.cards().items() if "Erasme" in text)
    erase_contact(device.ws, contact_id)

    def edit_on_server() -> None:  # between pull and push: the DELETE gets a 412
        book.edit(href, lambda text: text.replace("met at the fair", "called on Monday"))

    device.hooks.before_push = edit_on_server
    report = device.sync()

    assert report.precondition_failed == 1 and report.pushed == 1
    assert href not in book.hrefs()
    assert report.open_conflicts == 0
    assert device.ws.db.scalar("SELECT count(*) FROM sync_conflicts") == 0
    device.hooks.before_push = None
    device.sync()
    assert [c.given_name for c in device.contacts().values()] == ["Keeper"]


def test_erased_card_edited_before_the_pull_keeps_nothing_of_the_edit(book, devices):
    device, contact_id = _synced_person(devices, book)
    href = next(h for h, text in book.cards().items() if "Erasme" in text)
    erase_contact(device.ws, contact_id)
    book.edit(href, lambda text: text.replace("met at the fair", "Secretnote"))

    report = device.sync()

    assert href not in book.hrefs() and report.conflicts == 0
    dump = json.dumps(device.ws.db.all("SELECT * FROM carddav_items"))
    assert "Secretnote" not in dump and "Erasme" not in dump
    assert [c.given_name for c in device.contacts().values()] == ["Keeper"]


def test_anonymised_contact_replaces_the_card_with_an_anonymous_one(book, devices):
    device, contact_id = _synced_person(devices, book)

    anonymise_contacts(device.ws, [contact_id])
    device.sync()

    text = _server_text(book)
    assert len(book.hrefs()) == 2
    assert "Erasme" not in text and EMAIL not in text and "fair" not in text
    assert device.ws.contacts.get(contact_id).display_name == "—"
    again = device.sync()
    assert (again.pulled, again.pushed, again.conflicts) == (0, 0, 0)
    assert len(device.contacts()) == 2


def test_retention_delete_does_not_come_back_through_the_address_book(book, devices):
    device, contact_id = _synced_person(devices, book)
    device.ws.db.execute(
        "UPDATE contacts SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = ?", (contact_id,)
    )
    retention.set_policy(device.ws, 12, retention.DELETE)
    assert retention.run_at_start(device.ws) is not None

    device.sync()
    device.sync()

    assert [c.given_name for c in device.contacts().values()] == ["Keeper"]
    assert "Erasme" not in _server_text(book)
