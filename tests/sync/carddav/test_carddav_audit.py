"""CardDAV findings of an outside audit (issue 14): cards written by other clients with one odd
value are still normalised everywhere else, so they pair and their phones keep an E.164 form."""

from __future__ import annotations

import pytest

from tests.sync.carddav.conftest import card
from tests.sync.carddav.dav_proxy import strict_proxy

#: A 4.0 card with a text birthday (valid vCard 4.0, no date) and a tel: URI with separators.
FATIMAH_4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:fatimah-4\r\nFN:Fatimah Alzahrani\r\n"
    "N:Alzahrani;Fatimah;;;\r\nTEL;VALUE=uri;TYPE=cell:tel:+966-55-999-8888\r\n"
    "BDAY;VALUE=text:circa 1985\r\nANNIVERSARY:20100615\r\nEND:VCARD\r\n"
)


def test_a_card_with_one_odd_value_still_pairs_by_phone(any_book, devices):
    device = devices()
    local = device.add(given_name="فاطمة", phones=[{"value": "055 999 8888", "label": "mobile"}])
    any_book.put("fatimah.vcf", FATIMAH_4)
    device.connect(any_book)

    report = device.sync()

    assert (report.paired, report.pulled) == (1, 0)
    contacts = device.contacts()
    assert list(contacts) == [local]
    assert [p.e164 for p in contacts[local].phones] == ["+966559998888"]
    assert contacts[local].birthday == "circa 1985"  # kept as written
    assert len(any_book.hrefs()) == 1


def test_a_pulled_card_with_one_odd_value_keeps_its_phone_in_e164(any_book, devices):
    device = devices()
    device.connect(any_book)
    device.sync()
    any_book.put("fatimah.vcf", FATIMAH_4)
    any_book.put(
        "odd.vcf",
        card("odd-3", FN="Odd Mail", N="Mail;Odd;;;", EMAIL="not an address", TEL="0501112222"),
    )

    report = device.sync()

    assert report.pulled == 2
    fatimah, odd = device.by_name("Fatimah"), device.by_name("Odd")
    assert [p.e164 for p in fatimah.phones] == ["+966559998888"]
    assert [p.e164 for p in odd.phones] == ["+966501112222"]
    assert [e.value for e in odd.emails] == ["not an address"]  # kept, flagged


@pytest.mark.parametrize("status", [403, 409, 410, 412])
def test_a_forgotten_sync_token_answered_with_any_refusal_resyncs(book, radicale, devices, status):
    """410 Gone is what some servers answer for a token they dropped (as Google's sync APIs do)."""
    device = devices()
    book.put("a.vcf", card("a", FN="A", N=";A;;;"))
    with strict_proxy(radicale.url) as proxy:
        device.connect(book, proxy.url + book.path)
        device.sync()
        book.put("c.vcf", card("c", FN="C", N=";C;;;"))
        proxy.token_status = status

        report = device.sync()

    assert report.full_listing and (report.pulled, report.fetched) == (1, 1)
    assert len(device.contacts()) == 2 and len(book.hrefs()) == 2


def test_vcard_4_advertised_the_xandikos_way_is_understood(xandikos, devices):
    """Xandikos lists `<C:content-type content-type=... version=...>` in supported-address-data
    where RFC 6352 names the element `address-data-type`: both are read."""
    from tests.sync.carddav.conftest import XANDIKOS_HOME, Book

    offering = Book(xandikos, home=XANDIKOS_HOME)
    with strict_proxy(xandikos.url, advertise_vcard4=True) as proxy:
        device = devices()
        device.add(given_name="Nadia", phones=[{"value": "+966501234567", "e164": "+966501234567"}])
        device.connect(offering, proxy.url + offering.path)
        device.sync()
    (text,) = offering.cards().values()
    assert "VERSION:4.0" in text.splitlines()


def test_a_restored_workspace_is_told_to_add_its_address_book_again(book, devices, tmp_path):
    """Its password was sealed for the device that made the backup: the restored copy (a new
    device) is told to sign in to the address book again, not that none is set up; adding
    the same address book again doubles nothing."""
    from gtgcrm_desktop.commands.carddav import VCardCodec
    from gtgcrm_desktop.store import Secrets, Workspace
    from gtgcrm_desktop.store.backups import create_backup, restore_backup
    from gtgcrm_desktop.sync.carddav import CardDavService
    from tests.conftest import PASSPHRASE
    from tests.sync.carddav.conftest import USERS

    device = devices()
    device.add(given_name="Huda", emails=[{"value": "huda@example.com", "label": ""}])
    device.connect(book)
    device.sync()
    backup = create_backup(device.ws, tmp_path / "b.gtgbackup").path
    secret = Secrets(passphrase=PASSPHRASE, use_keychain=False)
    target = restore_backup(backup, tmp_path / "restored", secret).target
    with Workspace.open(target, secret) as restored:
        service = CardDavService(restored, VCardCodec())
        with pytest.raises(Exception) as caught:
            service.sync()
        assert caught.value.exit_code == 5
        assert "again" in str(caught.value) and book.url in str(caught.value)
        service.add(book.url, book.user, USERS[book.user])
        report = service.sync()
        assert (report.pulled, report.pushed) == (0, 0)
        assert restored.contacts.count() == 1 and len(book.hrefs()) == 1
