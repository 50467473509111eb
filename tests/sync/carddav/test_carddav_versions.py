"""A card keeps its vCard version (issue 14, point 2): an edited 4.0 card goes back as 4.0 with
its own property names; new cards use the best version the address book advertises."""

from __future__ import annotations

import re

from tests.sync.carddav.conftest import USERS, card
from tests.sync.carddav.dav_proxy import strict_proxy

LAYLA_4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:layla-4\r\nFN:ليلى حسن\r\nN:حسن;ليلى;;;\r\n"
    "KIND:individual\r\nGENDER:F\r\nANNIVERSARY:20150620\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+966501112233\r\nX-OTHER-APP;X-P=1:kept as it was\r\n"
    "END:VCARD\r\n"
)


def _lines(text: str) -> list[str]:
    """The unfolded content lines of a card."""
    return re.sub(r"\r?\n[ \t]", "", text).replace("\r\n", "\n").strip().split("\n")


def _server_card(book, uid: str) -> list[str]:
    return next(_lines(text) for text in book.cards().values() if f"UID:{uid}" in _lines(text))


def _has(lines: list[str], name: str, value: str, *params: str) -> bool:
    for line in lines:
        head, _, found = line.partition(":")
        parts = [p.upper() for p in head.split(";")]
        if parts[0] == name and found == value and all(p.upper() in parts for p in params):
            return True
    return False


def test_an_edited_4_0_card_goes_back_as_4_0(any_book, devices):
    device = devices()
    any_book.put("layla.vcf", LAYLA_4)
    device.connect(any_book)
    device.sync()
    layla = device.by_name("ليلى")
    assert layla.extra.get("anniversary") == "2015-06-20"

    device.edit(layla.id, title="مديرة المبيعات")
    assert device.sync().pushed == 1

    lines = _server_card(any_book, "layla-4")
    assert "VERSION:4.0" in lines
    assert _has(lines, "TITLE", "مديرة المبيعات")
    assert _has(lines, "ANNIVERSARY", "20150620")
    assert not any(line.upper().startswith("X-ANNIVERSARY") for line in lines)
    assert _has(lines, "KIND", "individual") and _has(lines, "GENDER", "F")
    assert _has(lines, "TEL", "tel:+966501112233", "VALUE=URI")
    assert _has(lines, "X-OTHER-APP", "kept as it was", "X-P=1")


def test_an_edited_3_0_card_stays_3_0(any_book, devices):
    device = devices()
    any_book.put(
        "k.vcf",
        card("k-3", FN="Karim", N=";Karim;;;", X_ANNIVERSARY="2012-01-02", TEL="+966551230000"),
    )
    device.connect(any_book)
    device.sync()
    device.edit(device.by_name("Karim").id, title="CEO")
    device.sync()
    lines = _server_card(any_book, "k-3")
    assert "VERSION:3.0" in lines and _has(lines, "TITLE", "CEO")
    assert _has(lines, "X-ANNIVERSARY", "2012-01-02")
    assert not any(line.startswith("ANNIVERSARY") or "VALUE=uri" in line for line in lines)


def test_new_cards_use_3_0_unless_the_server_offers_4_0(radicale, devices):
    from tests.sync.carddav.conftest import Book

    plain = Book(radicale)
    device = devices()
    device.add(given_name="Nadia", phones=[{"value": "+966501234567", "e164": "+966501234567"}])
    device.connect(plain)
    device.sync()
    (text,) = plain.cards().values()
    assert "VERSION:3.0" in _lines(text)

    offering = Book(radicale)
    with strict_proxy(radicale.url, advertise_vcard4=True) as proxy:
        other = devices()
        other.add(given_name="Nadia", phones=[{"value": "+966501234567", "e164": "+966501234567"}])
        other.service.add(proxy.url + offering.path, "ana", USERS["ana"])
        other.sync()
    (text,) = offering.cards().values()
    lines = _lines(text)
    assert "VERSION:4.0" in lines
    assert _has(lines, "TEL", "tel:+966501234567", "VALUE=URI")


def test_migration_0009_gives_pairings_a_version(tmp_path):
    """A workspace made by the first version upgrades; its pairings then keep their version."""
    import shutil

    from gtgcrm_desktop.store import Secrets, Workspace
    from gtgcrm_desktop.store.carddav_state import CardDavState, CardItem
    from tests.store.make_fixtures import FIXTURE_PASSPHRASE, TARGET

    shutil.copytree(TARGET, tmp_path / "v1")
    with Workspace.open(tmp_path / "v1", Secrets(passphrase=FIXTURE_PASSPHRASE)) as workspace:
        columns = [row[1] for row in workspace.db.all("PRAGMA table_info(carddav_items)")]
        assert "version" in columns
        contact_id = next(iter(workspace.contacts.iter_all())).id
        state = CardDavState(workspace.db)
        with workspace.db.transaction():
            state.save(CardItem(contact_id, "/b/x.vcf", "x", '"1"', version="4.0"))
        assert state.by_contact(contact_id).version == "4.0"
        assert state.card_version == "3.0"  # nothing advertised yet
