"""The Sync tab's address book panel: find the account's address books on a real Radicale,
pick one of several, sync it (issue 14, point 3: the user picks among several books)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gtgcrm_desktop.commands.carddav import VCardCodec
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.sync.carddav import CardDavService
from gtgcrm_desktop.ui.widgets.sync_carddav import CardDavPanel
from tests.sync.carddav.conftest import FAST_RETRY, USERS, Book, Radicale, _start_radicale, card
from tests.ui.conftest import type_text, wait_idle


@pytest.fixture
def radicale_server(tmp_path: Path) -> Iterator[Radicale]:
    server = _start_radicale(tmp_path / "radicale")
    try:
        yield server
    finally:
        server.stop()


def test_pick_one_of_several_address_books_then_sync(qtbot, context, radicale_server):
    wanted, other = Book(radicale_server), Book(radicale_server, user="badr")
    wanted.put("r.vcf", card("r", FN="Reem", N=";Reem;;;", EMAIL="reem@example.com"))
    Book(radicale_server)  # a second book of the same account
    del other
    context.workspace.contacts.add(
        Contact(given_name="Reem").with_fields({"emails": [{"value": "reem@example.com"}]})
    )
    service = CardDavService(context.workspace, VCardCodec(), retry=FAST_RETRY)
    panel = CardDavPanel(context, service=service)
    qtbot.addWidget(panel)
    panel.show()
    wait_idle(qtbot, context)
    assert panel.pages.currentWidget() is not panel._in_use_page

    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert "Fill in" in panel.error_label.text()  # nothing typed yet

    qtbot.keyClicks(panel.url, radicale_server.url + "/ana/")
    qtbot.keyClicks(panel.username, "ana")
    type_text(panel.password, USERS["ana"])  # an Arabic password
    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.books.count() >= 2, timeout=10_000)
    names = [panel.books.itemText(i) for i in range(panel.books.count())]
    wanted_name = wanted.path.rstrip("/").rsplit("/", 1)[-1]
    (index,) = [i for i, name in enumerate(names) if name.endswith(wanted_name)]
    panel.books.setCurrentIndex(index)
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "paired 1" in panel.state_label.text(), timeout=15_000)
    wait_idle(qtbot, context)
    assert panel.pages.currentWidget() is panel._in_use_page
    assert wanted.url in panel.account_label.text()
    assert panel.password.text() == ""
    assert context.workspace.contacts.count() == 1 and len(wanted.hrefs()) == 1
