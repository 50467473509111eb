"""Erasure sticks on CardDAV (issue 11, point 5): a card of an erased person that another client
uploads again is deleted on the server at the next sync (If-Match), audited and counted, so a
new device adding the same address book never receives the person."""

from __future__ import annotations

from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.privacy.verify import verify_chains
from tests.sync.carddav.conftest import card

EMAIL = "erasme@example.com"


def _erased_on(devices, book):  # type: ignore[no-untyped-def]
    device = devices()
    person = device.add(given_name="Erasme", emails=[{"value": EMAIL, "label": "work"}])
    device.add(given_name="Keeper")
    device.connect(book)
    device.sync()
    erase_contact(device.ws, person)
    device.sync()
    assert len(book.hrefs()) == 1
    return device


def _deletions(device) -> list:  # type: ignore[no-untyped-def]
    return device.ws.audit.entries(action="carddav.card_suppressed")


def test_a_card_uploaded_again_by_another_client_is_deleted_again(book, devices):
    device = _erased_on(devices, book)
    book.put("again.vcf", card("other-app-1", FN="E. Q.", EMAIL=EMAIL.upper()))
    book.put("phone.vcf", card("other-app-2", FN="Phone", TEL="+966 50 111 2233"))
    book.put("stranger.vcf", card("other-app-3", FN="Stranger", EMAIL="new@example.com"))

    report = device.sync()

    assert report.suppressed == 1 and report.pulled == 2
    texts = "".join(book.cards().values())
    assert EMAIL not in texts.lower() and "again.vcf" not in " ".join(book.hrefs())
    assert "Stranger" in texts and "Phone" in texts
    (entry,) = _deletions(device)
    assert entry.details["deleted"] is True and EMAIL not in str(entry.details)
    assert device.sync().suppressed == 0
    assert verify_chains(device.ws).intact

    newcomer = devices()
    newcomer.connect(book)
    newcomer.sync()
    names = sorted(c.given_name or c.display_name for c in newcomer.contacts().values())
    assert "E. Q." not in names and "Erasme" not in names


def test_a_card_changed_again_before_the_delete_is_still_deleted(book, devices):
    device = _erased_on(devices, book)
    book.put("again.vcf", card("other-app-1", FN="E. Q.", EMAIL=EMAIL))
    href = next(h for h in book.hrefs() if h.endswith("/again.vcf"))

    def edit_on_server() -> None:  # between pull and delete: the DELETE gets a 412
        book.edit(href, lambda text: text.replace("E. Q.", "E. Q. (edited)"))

    device.hooks.before_push = edit_on_server
    report = device.sync()

    assert report.suppressed == 1 and report.precondition_failed >= 1
    assert href not in book.hrefs()
    assert device.ws.db.scalar("SELECT count(*) FROM sync_conflicts") == 0
