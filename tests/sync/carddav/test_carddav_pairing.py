"""First sync pairs with the people already here (issue 14, point 1), on two server
implementations, with conflicts stored in the shape of a stored contact (point 5)."""

from __future__ import annotations

import json

from gtgcrm_desktop.commands.carddav import VCardCodec
from gtgcrm_desktop.store.sync_state import SyncStore
from tests.sync.carddav.conftest import USERS, card

parse_card = VCardCodec().read

#: Written by another client in vCard 4.0: the phone as a tel: URI, with an e-mail we lack.
AHMAD_4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:ahmad-4\r\nFN:أحمد العلي\r\nN:العلي;أحمد;;;\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+966501234567\r\nEMAIL:ahmad@example.com\r\n"
    "ANNIVERSARY:20150620\r\nEND:VCARD\r\n"
)


def _conflicts(device):
    return {c.field: c for c in SyncStore(device.ws.db).conflicts() if c.entity == "contact"}


def test_first_sync_pairs_instead_of_doubling(any_book, devices):
    device = devices()
    huda = device.add(
        given_name="Huda",
        family_name="Salem",
        organization="Noor",
        emails=[{"value": "huda@example.com", "label": "work"}],
    )
    ahmad = device.add(
        given_name="احمد",  # written without the hamza here: the names still agree
        family_name="العلي",
        phones=[{"value": "0501234567", "label": "mobile"}],
    )
    device.add(given_name="Only", family_name="Here")
    any_book.put(
        "huda.vcf",
        card("huda-1", FN="Huda Salem", N="Salem;Huda;;;", EMAIL="HUDA@Example.com",
             TITLE="Manager", ORG="Nour Trading"),
    )  # fmt: skip
    any_book.put("ahmad.vcf", AHMAD_4)
    any_book.put("there.vcf", card("there-1", FN="Only There", N="There;Only;;;"))
    device.connect(any_book)

    report = device.sync()

    assert (report.paired, report.pulled, report.pushed) == (2, 1, 3)
    local = device.contacts()
    assert len(local) == 4
    assert len(any_book.hrefs()) == 4
    # Merged per field: blanks filled from the card, lists united, nothing dropped.
    assert local[huda].title == "Manager"
    assert [e.value for e in local[huda].emails] == ["huda@example.com"]
    assert [e.value for e in local[ahmad].emails] == ["ahmad@example.com"]
    assert [p.e164 for p in local[ahmad].phones] == ["+966501234567"]
    # Two values of one field: the local one stays, the card's is kept in a conflict.
    assert local[huda].organization == "Noor"
    conflict = _conflicts(device)["organization"]
    assert (conflict.entity_id, conflict.local_value, conflict.remote_value) == (
        huda,
        "Noor",
        "Nour Trading",
    )
    # The cards now hold the merged contacts; the 4.0 card is still 4.0.
    cards = {parse_card(t)[1]: t for t in any_book.cards().values()}
    assert "Huda" in cards["huda-1"] and "TITLE:Manager" in cards["huda-1"]
    assert "VERSION:4.0" in cards["ahmad-4"] and "ahmad@example.com" in cards["ahmad-4"]

    again = device.sync()
    assert (again.paired, again.pulled, again.pushed, again.conflicts) == (0, 0, 0, 0)
    assert len(device.contacts()) == 4 and len(any_book.hrefs()) == 4


def test_a_second_device_with_the_same_people_pairs_too(book, devices):
    first, second = devices(), devices()
    for device in (first, second):
        device.add(given_name="Reem", emails=[{"value": "reem@example.com", "label": ""}])
        device.add(given_name="Sami", phones=[{"value": "+966551112222", "label": "work"}])
    first.connect(book)
    first.sync()
    second.connect(book)
    report = second.sync()
    assert report.paired == 2 and report.pushed == 0
    assert len(second.contacts()) == 2 and len(book.hrefs()) == 2


def test_conflicts_keep_both_values_in_the_stored_shape(book, devices):
    device = devices()
    cid = device.add(given_name="Maha", phones=[{"value": "0501110000", "label": "mobile"}])
    device.connect(book)
    device.sync()
    (href,) = book.hrefs()
    # As the app stores an edit: validated, with the E.164 form.
    device.edit(cid, phones=[{"value": "0502220000", "e164": "+966502220000", "label": "mobile"}])
    book.edit(href, lambda text: text.replace("0501110000", "0503330000"))

    device.sync()

    conflict = _conflicts(device)["phones"]
    assert conflict.local_value == [
        {"value": "0502220000", "e164": "+966502220000", "label": "mobile"}
    ]
    assert conflict.remote_value == [
        {"value": "0503330000", "e164": "+966503330000", "label": "mobile"}
    ]


def test_cli_sync_reports_paired(run_cli, book):
    assert run_cli("contacts", "add", "--given", "Huda", "--email", "huda@example.com").code == 0
    book.put("h.vcf", card("h", FN="Huda S", N="S;Huda;;;", EMAIL="huda@example.com"))
    env = {"GTGCRM_CARDDAV_PASSWORD": USERS["ana"], "GTGCRM_NO_KEYCHAIN": "1"}
    added = run_cli("carddav", "add", "--url", book.url, "--username", "ana", env=env)
    assert added.code == 0, added.stderr
    done = run_cli("carddav", "sync", "--json", env=env)
    assert done.code == 0, done.stderr
    counts = json.loads(done.stdout)
    assert (counts["paired"], counts["pulled"]) == (1, 0)
    assert len(json.loads(run_cli("contacts", "list", "--json").stdout)) == 1
    assert len(book.hrefs()) == 1
