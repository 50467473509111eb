"""CardDAV sync against Radicale and Xandikos: both ways, edits, deletes, 412, sync-token."""

from __future__ import annotations

import pytest

from gtgcrm_desktop.commands.carddav import VCardCodec
from gtgcrm_desktop.store.carddav_state import CardDavState
from gtgcrm_desktop.sync.carddav import CardDavCredentialsError
from gtgcrm_desktop.sync.errors import InsecureServerError
from gtgcrm_desktop.sync.resolve import resolve_conflict
from tests.sync.carddav.conftest import USERS, Book, card

parse_card = VCardCodec().read


@pytest.fixture
def book(any_book):
    """Every test here runs on Radicale and on Xandikos (a second implementation)."""
    return any_book


def _server_contacts(book):
    return {href: parse_card(text)[0] for href, text in book.cards().items()}


def _by_given(contacts, given):
    return next(c for c in contacts.values() if c.given_name == given)


def test_first_sync_goes_both_ways_and_keeps_arabic(book, devices):
    device = devices()
    device.add(
        given_name="فاطمة",
        family_name="الزهراء",
        organization="مؤسسة النور، فرع جدة",
        notes="تحب القهوة العربية\nوتفضل الاتصال مساءً",
        emails=[{"value": "fatima@example.com", "label": "work"}],
        custom_fields={"المدينة": "جدة"},
    )
    device.add(given_name="Omar", phones=[{"value": "+966501234567", "label": "mobile"}])
    book.put(
        "remote1.vcf", card("remote-1", FN="خالد بن الوليد", N="بن الوليد;خالد;;;", ORG="شركة")
    )
    device.connect(book)

    report = device.sync()

    assert (report.pulled, report.pushed, report.conflicts) == (1, 2, 0)
    local = device.contacts()
    assert len(local) == 3
    khalid = _by_given(local, "خالد")
    assert (khalid.family_name, khalid.organization) == ("بن الوليد", "شركة")
    remote = _server_contacts(book)
    assert len(remote) == 3
    fatima = _by_given(remote, "فاطمة")
    assert fatima.family_name == "الزهراء"
    assert fatima.organization == "مؤسسة النور، فرع جدة"
    assert fatima.notes == "تحب القهوة العربية\nوتفضل الاتصال مساءً"
    assert fatima.custom_fields == {"المدينة": "جدة"}

    again = device.sync()
    assert (again.pulled, again.pushed, again.fetched, again.conflicts) == (0, 0, 0, 0)


def test_arabic_contacts_reach_a_second_device_unchanged(book, devices):
    first, second = devices(), devices()
    cid = first.add(
        given_name="عبد الرحمن",
        family_name="الفيصل",
        title="مدير المبيعات",
        tags=["عميل مهم", "الرياض"],
        addresses=[{"label": "work", "street": "طريق الملك فهد", "city": "الرياض"}],
        notes="ملاحظة: يفضّل البريد؛ لا يتصل بعد ٩ مساءً",
    )
    first.connect(book)
    first.sync()
    second.connect(book)
    second.sync()

    original = first.ws.contacts.get(cid).field_values()
    (copy,) = second.contacts().values()
    received = copy.field_values()
    for name in ("given_name", "family_name", "title", "tags", "addresses", "notes"):
        assert received[name] == original[name], name


def test_local_edit_then_server_edit(book, devices):
    device = devices()
    cid = device.add(given_name="Layla", organization="Old Co")
    device.connect(book)
    device.sync()

    device.edit(cid, organization="شركة جديدة")
    pushed = device.sync()
    assert (pushed.pushed, pushed.pulled) == (1, 0)
    ((href, text),) = book.cards().items()
    assert parse_card(text)[0].organization == "شركة جديدة"

    book.edit(href, lambda text: text.replace("ORG:شركة جديدة", "ORG:Server Org\r\nTITLE:CEO"))
    pulled = device.sync()
    assert (pulled.pulled, pulled.pushed, pulled.fetched, pulled.full_listing) == (1, 0, 1, False)
    contact = device.ws.contacts.get(cid)
    assert (contact.organization, contact.title) == ("Server Org", "CEO")
    assert device.sync().to_json()["pushed"] == 0


def test_deletes_travel_both_ways(book, devices):
    device = devices()
    gone_here = device.add(given_name="Here")
    device.add(given_name="There")
    device.connect(book)
    device.sync()
    assert len(book.hrefs()) == 2

    device.ws.contacts.delete(gone_here)
    report = device.sync()
    assert report.pushed == 1
    remaining = _server_contacts(book)
    assert [c.given_name for c in remaining.values()] == ["There"]

    book.delete(next(iter(remaining)))
    report = device.sync()
    assert report.pulled == 1
    assert device.contacts() == {}
    assert CardDavState(device.ws.db).count() == 0
    assert device.ws.contacts.tombstone_hlc(gone_here) is not None


def test_concurrent_edit_gets_412_and_keeps_a_conflict(book, devices):
    device = devices()
    cid = device.add(given_name="Sara", organization="Start", title="Engineer")
    device.connect(book)
    device.sync()
    (href,) = book.hrefs()

    device.edit(cid, organization="Local Org", title="Lead")

    def someone_else_edits() -> None:
        book.edit(href, lambda text: text.replace("ORG:Start", "ORG:Remote Org"))
        device.hooks.before_push = None

    device.hooks.before_push = someone_else_edits
    report = device.sync()

    assert report.precondition_failed == 1
    assert report.conflicts == 1
    (conflict,) = device.service.state and _open_conflicts(device)
    assert (conflict.field, conflict.local_value, conflict.remote_value) == (
        "organization",
        "Local Org",
        "Remote Org",
    )
    # Nothing silently overwritten: the server's edit stands, the local title went through,
    # and the local organisation waits in the conflict.
    (server,) = _server_contacts(book).values()
    assert (server.organization, server.title) == ("Remote Org", "Lead")
    local = device.ws.contacts.get(cid)
    assert (local.organization, local.title) == ("Remote Org", "Lead")

    resolve_conflict(device.ws, conflict.id, "local")
    after = device.sync()
    assert after.pushed == 1
    (server,) = _server_contacts(book).values()
    assert server.organization == "Local Org"
    assert _open_conflicts(device) == []


def _open_conflicts(device):
    from gtgcrm_desktop.store.sync_state import SyncStore

    return SyncStore(device.ws.db).conflicts()


def test_edits_of_different_fields_merge_without_conflict(book, devices):
    device = devices()
    cid = device.add(given_name="Hind", organization="Start")
    device.connect(book)
    device.sync()
    (href,) = book.hrefs()

    device.edit(cid, title="Designer")
    book.edit(href, lambda text: text.replace("ORG:Start", "ORG:الشركة"))
    report = device.sync()

    assert report.conflicts == 0
    (server,) = _server_contacts(book).values()
    local = device.ws.contacts.get(cid)
    assert (server.organization, server.title) == ("الشركة", "Designer")
    assert (local.organization, local.title) == ("الشركة", "Designer")


def test_edit_on_server_of_a_contact_deleted_here_is_a_conflict(book, devices):
    device = devices()
    cid = device.add(given_name="Nour", organization="A")
    device.connect(book)
    device.sync()
    (href,) = book.hrefs()

    device.ws.contacts.delete(cid)
    book.edit(href, lambda text: text.replace("ORG:A", "ORG:B"))
    report = device.sync()

    assert report.conflicts == 1
    (conflict,) = _open_conflicts(device)
    assert (conflict.kind, conflict.local_value) == ("delete", None)
    assert conflict.remote_value["organization"] == "B"
    assert book.hrefs() == {}
    assert not device.ws.contacts.exists(cid)


def test_incremental_sync_fetches_only_what_changed(book, devices):
    device = devices()
    for index in range(12):
        book.put(
            f"c{index}.vcf", card(f"uid-{index}", FN=f"Person {index}", N=f"{index};Person;;;")
        )
    device.connect(book)
    first = device.sync()
    assert (first.fetched, first.full_listing, first.pulled) == (12, True, 12)
    assert CardDavState(device.ws.db).sync_token

    quiet = device.sync()
    assert (quiet.fetched, quiet.full_listing) == (0, False)

    href = next(h for h in book.hrefs() if h.endswith("/c7.vcf"))
    book.edit(href, lambda text: text.replace("FN:Person 7", "FN:سبعة"))
    book.put("new.vcf", card("uid-new", FN="New One", N="One;New;;;"))
    report = device.sync()
    assert (report.fetched, report.full_listing, report.pulled) == (2, False, 2)
    assert any(c.display_name == "سبعة" for c in device.contacts().values())

    # Our own pushes come back in the sync-collection answer but are not downloaded again.
    device.add(given_name="Local")
    assert device.sync().pushed == 1
    assert device.sync().fetched == 0


def test_a_refused_sync_token_falls_back_to_a_full_listing(book, devices):
    device = devices()
    book.put("a.vcf", card("a", FN="A", N="A;;;;"))
    device.connect(book)
    device.sync()
    state = CardDavState(device.ws.db)
    with device.ws.db.transaction():
        state.put("sync_token", "http://radicale.org/ns/sync/not-a-token")
    report = device.sync()
    assert (report.full_listing, report.fetched, report.pulled) == (True, 0, 0)


def test_wrong_password_and_insecure_urls_are_refused(devices, radicale):
    book = Book(radicale)  # Radicale has accounts here; Xandikos is run without any
    device = devices()
    with pytest.raises(CardDavCredentialsError):
        device.service.add(book.url, "ana", "wrong")
    with pytest.raises(InsecureServerError):
        device.service.add("http://example.com/ana/book/", "ana", USERS["ana"])
    assert device.service.vault.load() is None


def test_discovery_from_the_server_root(radicale, devices):
    from tests.sync.carddav.conftest import Book

    only = Book(radicale, "badr")
    device = devices()
    found = device.service.add(radicale.url + "/", "badr", USERS["badr"])
    assert found == only.url
