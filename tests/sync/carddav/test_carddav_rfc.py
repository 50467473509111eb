"""RFC-exact requests (issue 14, point 3) against a strict-mode front of Radicale and of
Xandikos, with another client writing cards in between; discovery and the choice of a book."""

from __future__ import annotations

import pytest

from gtgcrm_desktop.store.carddav_state import CardDavState
from gtgcrm_desktop.sync.carddav import NotAnAddressBookError
from gtgcrm_desktop.sync.carddav._errors import (
    AddressBookFullError,
    SeveralAddressBooksError,
    UnknownAddressBookError,
)
from tests.sync.carddav.conftest import USERS, XANDIKOS_HOME, Book, card
from tests.sync.carddav.dav_proxy import strict_proxy

VCARD_4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:{uid}\r\nFN:{name}\r\nN:;{name};;;\r\n"
    "ANNIVERSARY:20200101\r\nTEL;VALUE=uri:tel:+9665{digits}\r\nEND:VCARD\r\n"
)


def _origin(book: Book) -> str:
    return book.url[: -len(book.path)]


def test_a_strict_server_syncs_both_ways_with_depth_0_reports(any_book, devices):
    device = devices()
    any_book.put("a.vcf", card("a", FN="Amal", N=";Amal;;;"))
    any_book.put("b.vcf", VCARD_4.format(uid="b", name="Bilal", digits="01234567"))
    device.add(given_name="Local")
    with strict_proxy(_origin(any_book)) as proxy:
        device.connect(any_book, proxy.url + any_book.path)
        first = device.sync()
        assert (first.pulled, first.pushed) == (2, 1)

        # Another client adds and edits cards between two syncs: sync-collection with Depth 0.
        any_book.put("c.vcf", VCARD_4.format(uid="c", name="Chadi", digits="07654321"))
        href = next(h for h in any_book.hrefs() if h.endswith("/a.vcf"))
        any_book.edit(href, lambda text: text.replace("FN:Amal", "FN:Amal Saad"))
        second = device.sync()
        assert (second.full_listing, second.pulled, second.fetched) == (False, 2, 2)

        proxy.requests.clear()
        unchanged = device.sync()
        assert (unchanged.pulled, unchanged.pushed, unchanged.fetched) == (0, 0, 0)
        assert [r[0] for r in proxy.requests] == ["REPORT"]  # one request when nothing changed

        assert any(r[0] == "REPORT" for r in proxy.requests)
        assert proxy.reports_not_depth_0() == []
    assert len(device.contacts()) == 4 and len(any_book.hrefs()) == 4


def test_the_strict_proxy_refuses_depth_1(radicale):
    import requests

    book = Book(radicale)
    with strict_proxy(radicale.url) as proxy:
        answer = requests.request(
            "REPORT", proxy.url + book.path, data=b"<x/>", headers={"Depth": "1"}, timeout=5
        )
    assert answer.status_code == 400


def test_an_expired_sync_token_resyncs_without_duplicates(any_book, devices):
    device = devices()
    any_book.put("a.vcf", card("a", FN="A", N=";A;;;"))
    device.add(given_name="B", emails=[{"value": "b@example.com", "label": ""}])
    device.connect(any_book)
    device.sync()
    with device.ws.db.transaction():
        CardDavState(device.ws.db).put("sync_token", "http://example.com/ns/sync/expired-token")
    any_book.put("c.vcf", card("c", FN="C", N=";C;;;"))

    report = device.sync()

    assert report.full_listing and (report.pulled, report.pushed, report.fetched) == (1, 0, 1)
    assert len(device.contacts()) == 3 and len(any_book.hrefs()) == 3
    assert device.sync().full_listing is False  # a fresh token again


def test_507_is_told_and_nothing_is_lost(book, radicale, devices):
    device = devices()
    device.add(given_name="One")
    device.add(given_name="Two")
    with strict_proxy(radicale.url) as proxy:
        device.connect(book, proxy.url + book.path)
        proxy.put_status = 507
        with pytest.raises(AddressBookFullError) as caught:
            device.sync()
        assert caught.value.exit_code == 4 and "507" in str(caught.value)
        assert "2 change(s)" in str(caught.value)
        assert book.hrefs() == {}
        proxy.put_status = None
        assert device.sync().pushed == 2
    assert len(book.hrefs()) == 2 and len(device.contacts()) == 2


def test_discovery_through_well_known_and_a_choice_among_books(xandikos, devices):
    first = Book(xandikos, home=XANDIKOS_HOME)
    Book(xandikos, home=XANDIKOS_HOME)
    device = devices()
    with strict_proxy(xandikos.url) as proxy:
        # Nothing at this address: the server's /.well-known/carddav leads to the account.
        start = proxy.url + "/nothing/here/"
        with pytest.raises(SeveralAddressBooksError) as several:
            device.service.add(start, "ana", USERS["ana"])
        assert first.path.rstrip("/").rsplit("/", 1)[-1] in str(several.value)
        assert any(r[1] == "/.well-known/carddav" for r in proxy.requests)
        with pytest.raises(UnknownAddressBookError):
            device.service.add(start, "ana", USERS["ana"], "no-such-book")
        name = first.path.rstrip("/").rsplit("/", 1)[-1]
        url = device.service.add(start, "ana", USERS["ana"], name)
    assert url.endswith(first.path)


def test_discovery_from_a_principal_url_on_radicale(radicale, devices):
    book = Book(radicale)
    device = devices()
    with pytest.raises(SeveralAddressBooksError):  # other tests' books are there too
        device.service.add(radicale.url + "/ana/", "ana", USERS["ana"])
    url = device.service.add(radicale.url + "/ana/", "ana", USERS["ana"], book.path)
    assert url == book.url


def test_no_address_book_anywhere_is_told(radicale, devices):
    device = devices()
    with pytest.raises(NotAnAddressBookError):
        device.service.add(radicale.url + "/badr/", "badr", USERS["badr"])


def test_cli_add_takes_the_address_book_among_several(run_cli, xandikos):
    book = Book(xandikos, home=XANDIKOS_HOME)
    Book(xandikos, home=XANDIKOS_HOME)
    env = {"GTGCRM_CARDDAV_PASSWORD": "x", "GTGCRM_NO_KEYCHAIN": "1"}
    several = run_cli("carddav", "add", "--url", xandikos.url, "--username", "u", env=env)
    assert several.code == 1 and "--address-book" in several.stderr
    assert len(several.stderr.strip().splitlines()) == 1
    name = book.path.rstrip("/").rsplit("/", 1)[-1]
    chosen = run_cli(
        "carddav", "add", "--url", xandikos.url, "--username", "u", "--address-book", name,
        env=env,
    )  # fmt: skip
    assert chosen.code == 0, chosen.stderr
    assert book.url in chosen.stdout
