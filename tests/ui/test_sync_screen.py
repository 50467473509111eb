"""The Sync tab, driven as a user would against the reference server on 127.0.0.1."""

from __future__ import annotations

import re
import shutil
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QLabel

from gtgcrm_desktop.core.bidi import strip_isolates
from gtgcrm_desktop.core.models import Contact, Template, TemplateImage
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.sync_state import Conflict, ParkedChange
from gtgcrm_desktop.sync.service import SyncService
from gtgcrm_desktop.ui.dates import clock_text, local_time
from gtgcrm_desktop.ui.models.conflicts import (
    ConflictListModel,
    ConflictRow,
    DataRequestModel,
    ParkedChangeModel,
    ParkedRow,
)
from gtgcrm_desktop.ui.screens import sync as sync_screen
from gtgcrm_desktop.ui.screens.sync import SyncScreen
from tests.sync.conftest import FAST_RETRY, USERS, Client, faults
from tests.ui.conftest import wait_idle
from tests.workspace_server import WorkspaceServer, serve

EMAIL, PASSWORD = USERS[0]
TIMEOUT = (2.0, 5.0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[WorkspaceServer]:
    running = serve(0, tmp_path / "server", USERS, token_ttl=3600)
    yield running
    running.shutdown()
    running.server_close()


@pytest.fixture(autouse=True)
def no_startup_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start syncs themselves; the automatic first sync would race with them."""
    monkeypatch.setattr(sync_screen, "STARTUP_SYNC_DELAY_MS", 3_600_000)


@pytest.fixture
def fast_service(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every SyncService the screen makes retries quickly (a 500 fails in well under a second)."""

    def make(workspace: Workspace) -> SyncService:
        return SyncService(workspace, retry=FAST_RETRY, timeout=TIMEOUT)

    monkeypatch.setattr(sync_screen, "SyncService", make)


def other_device(tmp_path: Path, template, server: WorkspaceServer, user: int = 1) -> Client:  # type: ignore[no-untyped-def]
    """A second computer on the same cloud workspace (its own workspace and device id)."""
    path = tmp_path / f"other{user}"
    shutil.copytree(template.path, path)
    with Workspace.open(path, Secrets()) as ws:
        ws.settings.set_raw("device_id", f"other{uuid.uuid4().hex[:8]}")
    email, password = USERS[user]
    client = Client(path, email, password, server)
    client.login()
    return client


def open_screen(qtbot, context) -> SyncScreen:  # type: ignore[no-untyped-def]
    screen = SyncScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1000, 680)
    screen.show()
    qtbot.waitExposed(screen)
    wait_idle(qtbot, context)
    return screen


def record_states(context) -> list[str]:  # type: ignore[no-untyped-def]
    states: list[str] = []
    context.events.sync_state_changed.connect(states.append)
    return states


def sign_in(qtbot, screen: SyncScreen, url: str, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    form = screen.account.form
    form.server.clear()
    form.email.clear()
    qtbot.keyClicks(form.server, url)
    qtbot.keyClicks(form.email, EMAIL)
    qtbot.keyClicks(form.password, password)
    qtbot.mouseClick(form.sign_in_button, Qt.MouseButton.LeftButton)


def wait_synced(qtbot, screen: SyncScreen, context) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not screen.syncing, timeout=10_000)
    wait_idle(qtbot, context)


def cell(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return strip_isolates(str(model.data(model.index(row, column))))


def test_sign_in_then_sync_now_shows_synced_at(qtbot, context, server, fast_service):
    context.workspace.contacts.add(Contact(given_name="Huda", family_name="Saleh"))
    context.workspace.contacts.add(Contact(given_name="Rami"))
    context.workspace.contacts.add(Contact(given_name="Dana"))
    states = record_states(context)
    screen = open_screen(qtbot, context)
    assert screen.account.showing_form
    sign_in(qtbot, screen, server.url)
    qtbot.waitUntil(lambda: not screen.account.showing_form, timeout=10_000)
    wait_synced(qtbot, screen, context)
    assert "Syncing… sending 3 of 3" in states  # the first sync sends what was made offline
    assert EMAIL in screen.account.account_label.text()
    assert server.url in screen.account.account_label.text()
    assert screen.account.form.password.text() == ""
    assert screen.timer.isActive()
    assert screen.timer.interval() == 15 * 60_000

    states.clear()
    qtbot.mouseClick(screen.account.sync_button, Qt.MouseButton.LeftButton)
    assert states[0] == "Syncing…"
    wait_synced(qtbot, screen, context)
    assert states[-1].startswith("Synced at ")
    assert screen.account.state_label.text().startswith("Synced at ")
    assert screen.account.details_label.text() == "Every change of this computer has been sent."
    assert len(server.storage.entity_state("default", "contact")) == 3

    qtbot.mouseClick(screen.account.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.account.showing_form, timeout=5_000)
    wait_idle(qtbot, context)
    assert not screen.timer.isActive()
    assert screen.account.form.email.text() == EMAIL


def test_plain_http_to_another_computer_and_a_wrong_password_are_refused(
    qtbot, context, server, fast_service
):
    screen = open_screen(qtbot, context)
    sign_in(qtbot, screen, "http://crm.example.com")
    assert "https://" in screen.account.form.error_label.text()
    assert screen.account.showing_form
    sign_in(qtbot, screen, server.url, password="not-the-password")
    qtbot.waitUntil(lambda: screen.account.form.error_label.text() != "", timeout=5_000)
    wait_idle(qtbot, context)
    assert screen.account.form.error_label.text() == "Wrong e-mail or password."
    assert screen.account.showing_form
    assert screen.account.form.sign_in_button.isEnabled()


def test_a_conflict_is_shown_side_by_side_and_keep_mine_resolves_it(
    qtbot, context, server, fast_service, tmp_path, _template_workspace
):
    workspace = context.workspace
    contact = workspace.contacts.add(Contact(given_name="Sara", organization="Start"))
    screen = open_screen(qtbot, context)
    sign_in(qtbot, screen, server.url)
    qtbot.waitUntil(lambda: not screen.account.showing_form, timeout=10_000)
    wait_synced(qtbot, screen, context)

    other = other_device(tmp_path, _template_workspace, server)
    try:
        other.sync()
        other.edit(contact.id, organization="From the shop")
        other.sync()
    finally:
        other.ws.close()
    mine = workspace.contacts.get(contact.id)
    mine.organization = "From the laptop"
    workspace.contacts.update(mine)

    qtbot.mouseClick(screen.account.sync_button, Qt.MouseButton.LeftButton)
    wait_synced(qtbot, screen, context)
    model = screen.conflict_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert screen.tabs.currentWidget() is screen.conflicts
    assert screen.tabs.tabText(0) == "Conflicts (1)"
    assert cell(model, 0, model.RECORD) == "Contact · Sara"
    assert cell(model, 0, model.FIELD) == "Organisation"
    assert cell(model, 0, model.LOCAL) == "From the laptop"
    assert cell(model, 0, model.REMOTE) == "From the shop"
    assert screen.conflicts.table.isVisible()

    qtbot.waitUntil(screen.conflicts.keep_mine_button.isEnabled, timeout=2_000)
    qtbot.mouseClick(screen.conflicts.keep_mine_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5_000)
    assert screen.conflicts.list.empty_label.isVisible()
    assert screen.tabs.tabText(0) == "Conflicts (0)"
    assert workspace.contacts.get(contact.id).organization == "From the laptop"
    assert not screen.service.conflicts()

    qtbot.mouseClick(screen.account.sync_button, Qt.MouseButton.LeftButton)
    wait_synced(qtbot, screen, context)
    on_server = server.storage.entity_state("default", "contact")[contact.id]
    assert on_server["organization"] == "From the laptop"


def test_merge_keeps_the_value_written_in_the_dialog(
    qtbot, context, server, fast_service, tmp_path, _template_workspace, monkeypatch
):
    from gtgcrm_desktop.ui.widgets import sync_conflicts

    workspace = context.workspace
    contact = workspace.contacts.add(Contact(given_name="Omar", notes="first"))
    screen = open_screen(qtbot, context)
    sign_in(qtbot, screen, server.url)
    qtbot.waitUntil(lambda: not screen.account.showing_form, timeout=10_000)
    wait_synced(qtbot, screen, context)
    other = other_device(tmp_path, _template_workspace, server)
    try:
        other.sync()
        other.edit(contact.id, notes="theirs")
        other.sync()
    finally:
        other.ws.close()
    mine = workspace.contacts.get(contact.id)
    mine.notes = "mine"
    workspace.contacts.update(mine)
    screen.sync_now()
    wait_synced(qtbot, screen, context)
    qtbot.waitUntil(lambda: screen.conflict_model.rowCount() == 1, timeout=5_000)

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        assert dialog.editor.toPlainText() == "mine"
        dialog.editor.setPlainText("mine and theirs")
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(sync_conflicts.MergeDialog, "exec", fake_exec)
    qtbot.waitUntil(screen.conflicts.merge_button.isEnabled, timeout=2_000)
    qtbot.mouseClick(screen.conflicts.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: screen.conflict_model.rowCount() == 0, timeout=5_000)
    assert workspace.contacts.get(contact.id).notes == "mine and theirs"


def test_a_server_error_shows_plain_words_in_the_status_bar_without_freezing(
    qtbot, context, server, fast_service
):
    from gtgcrm_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show_screen("sync")
    window.show()
    screen = window.screen("sync")
    assert isinstance(screen, SyncScreen)
    wait_idle(qtbot, context)
    sign_in(qtbot, screen, server.url)
    qtbot.waitUntil(lambda: not screen.account.showing_form, timeout=10_000)
    wait_synced(qtbot, screen, context)
    status_label = next(
        w for w in window.statusBar().findChildren(QLabel) if w.accessibleName() == "Sync state"
    )
    online_label = next(
        w for w in window.statusBar().findChildren(QLabel) if w.accessibleName() == "Connection"
    )
    assert status_label.text().startswith("Synced at ")
    assert online_label.text() == "Online"

    faults(
        server,
        {"kind": "slow", "path": "/v1/changes", "delay": 0.6, "times": 1},
        {"kind": "500", "path": "/v1/changes", "times": 100},
    )
    started = time.monotonic()
    qtbot.mouseClick(screen.account.sync_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 0.3
    assert status_label.text() == "Syncing…"
    assert not screen.account.sync_button.isEnabled()
    ticked: list[bool] = []
    QTimer.singleShot(50, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=400)
    assert screen.syncing  # the event loop ran while the sync was still waiting on the server
    wait_synced(qtbot, screen, context)
    assert status_label.text() == "Sync failed: the server had a problem, trying again later"
    assert online_label.text() == "Online"
    assert "500" in screen.account.state_label.text()
    assert screen.account.sync_button.isEnabled()

    requests.post(server.url + "/_admin/faults", json={"rules": []}, timeout=5)
    screen.sync_now()
    wait_synced(qtbot, screen, context)
    assert status_label.text().startswith("Synced at ")


def test_an_unreachable_server_means_offline(qtbot, context, server, fast_service):
    screen = open_screen(qtbot, context)
    sign_in(qtbot, screen, server.url)
    qtbot.waitUntil(lambda: not screen.account.showing_form, timeout=10_000)
    wait_synced(qtbot, screen, context)
    online: list[bool] = []
    context.events.online_changed.connect(online.append)
    states = record_states(context)
    server.shutdown()
    server.server_close()
    screen.sync_now()
    wait_synced(qtbot, screen, context)
    assert states[-1] == "Offline: the sync server cannot be reached"
    assert online[-1] is False


def test_account_data_requests_are_sent_and_their_status_follows(
    qtbot, context, server, fast_service
):
    screen = open_screen(qtbot, context)
    sign_in(qtbot, screen, server.url)
    qtbot.waitUntil(lambda: not screen.account.showing_form, timeout=10_000)
    wait_synced(qtbot, screen, context)
    screen.tabs.setCurrentWidget(screen.account_data)
    qtbot.mouseClick(screen.account_data.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    wait_synced(qtbot, screen, context)
    model = screen.request_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert cell(model, 0, model.KIND) == "Export my data"
    assert cell(model, 0, model.STATUS) == "Received by the cloud"

    remote_id = model.request(0)["remote_id"]
    requests.post(
        f"{server.url}/_admin/data-requests/{remote_id}", json={"status": "completed"}, timeout=5
    ).raise_for_status()
    screen.sync_now()
    wait_synced(qtbot, screen, context)
    qtbot.waitUntil(lambda: cell(model, 0, model.STATUS) == "Done", timeout=5_000)
    screen.account_data.table.selectRow(0)
    assert screen.account_data.download_button.isEnabled()


def test_changes_from_the_cloud_not_applied_yet_are_listed_until_a_sync_applies_them(
    qtbot, context, server, fast_service, tmp_path, _template_workspace
):
    other = other_device(tmp_path, _template_workspace, server)
    try:
        template = other.ws.templates.add(Template(name="Welcome"))
        logo = TemplateImage("logo.png", "image/png", b"\x89PNG" + bytes(64))
        image = other.ws.templates.add_image(template.id, logo)
        other.sync()
    finally:
        other.ws.close()
    saved = server.storage.attachment("default", image.id)
    server.storage.query("DELETE FROM attachments WHERE id = ?", (image.id,))

    screen = open_screen(qtbot, context)
    sign_in(qtbot, screen, server.url)
    qtbot.waitUntil(lambda: not screen.account.showing_form, timeout=10_000)
    wait_synced(qtbot, screen, context)
    model = screen.held_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    index = screen.tabs.indexOf(screen.held)
    assert screen.tabs.tabText(index) == "Not applied yet (1)"
    assert cell(model, 0, model.RECORD) == "Template image · logo.png"
    assert cell(model, 0, model.CHANGE) == "Added"
    assert cell(model, 0, model.REASON) == "Its image could not be downloaded from the cloud yet"
    screen.tabs.setCurrentWidget(screen.held)
    assert screen.held.table.isVisible()

    server.storage.put_attachment("default", image.id, saved)
    screen.sync_now()
    wait_synced(qtbot, screen, context)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5_000)
    assert screen.tabs.tabText(index) == "Not applied yet (0)"
    assert screen.held.list.empty_label.isVisible()
    assert context.workspace.templates.images(template.id)[0].data == logo.data


def test_times_in_the_sync_lists_use_the_24_hour_clock_of_the_status_bar(qapp):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        model = ConflictListModel()
        conflict = _conflict("organization", "A", "B")
        afternoon = "2024-12-09T15:07:00Z"
        model.set_rows([ConflictRow(Conflict(**{**conflict.to_json(), "detected_at": afternoon}))])
        shown = cell(model, 0, model.DETECTED)
        moment = datetime.fromisoformat(afternoon.replace("Z", "+00:00")).astimezone()
        assert shown.endswith(" " + clock_text(moment))
        assert clock_text(moment) == f"{moment.hour:02d}:07"
        assert "AM" not in shown and "PM" not in shown
    finally:
        QLocale.setDefault(previous)


def test_arabic_times_are_written_with_the_digits_of_the_privacy_tab(
    qtbot, context, server, fast_service
):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic))  # what `--lang ar` sets
    try:
        states = record_states(context)
        screen = open_screen(qtbot, context)
        sign_in(qtbot, screen, server.url)
        qtbot.waitUntil(lambda: not screen.account.showing_form, timeout=10_000)
        wait_synced(qtbot, screen, context)
        assert re.fullmatch(r"Synced at [0-9]{2}:[0-9]{2}", states[-1]), states[-1]
        assert screen.account.state_label.text() == states[-1]

        stamp = "2024-12-09T15:07:00Z"
        conflict = _conflict("organization", "A", "B")
        screen.conflict_model.set_rows(
            [ConflictRow(Conflict(**{**conflict.to_json(), "detected_at": stamp}))]
        )
        model = screen.conflict_model
        shown = str(model.data(model.index(0, ConflictListModel.DETECTED)))
        assert shown == local_time(stamp)  # one formatter for the Sync and privacy tabs
        assert re.fullmatch(r"9\u200f/12\u200f/2024 [0-9]{2}:07", shown), shown
        assert screen._last_sync_text(stamp) == f"Last synced {shown}"
    finally:
        QLocale.setDefault(previous)


def test_a_signed_in_workspace_syncs_by_itself(qtbot, context, server, monkeypatch):
    service = SyncService(context.workspace, retry=FAST_RETRY, timeout=TIMEOUT)
    service.login(server.url, EMAIL, PASSWORD)
    monkeypatch.setattr(sync_screen, "STARTUP_SYNC_DELAY_MS", 50)
    states = record_states(context)
    screen = SyncScreen(context, service=service)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.syncing, timeout=5_000)
    wait_synced(qtbot, screen, context)
    assert any(s.startswith("Synced at ") for s in states)
    assert screen.timer.isActive()


def _conflict(field: str, local: object, remote: object, kind: str = "field") -> Conflict:
    return Conflict(
        id=uuid.uuid4().hex,
        entity="contact",
        entity_id="c1",
        field=field,
        kind=kind,
        local_value=local,
        remote_value=remote,
        local_hlc="1",
        remote_hlc="2",
        winner="remote",
        detected_at="2024-12-09T10:00:00Z",
        resolved_at=None,
        resolution=None,
    )


def test_the_sync_models_pass_qt_model_tester(qtmodeltester, qapp):
    conflicts = ConflictListModel()
    conflicts.set_rows(
        [
            ConflictRow(_conflict("organization", "A", "B"), "Sara"),
            ConflictRow(_conflict("emails", [{"value": "a@x.com", "label": "work"}], None), "سارة"),
            ConflictRow(_conflict("*", None, {"given_name": "Sara"}, kind="delete"), ""),
        ]
    )
    qtmodeltester.check(conflicts)
    assert cell(conflicts, 1, conflicts.LOCAL) == "a@x.com"
    assert cell(conflicts, 1, conflicts.REMOTE) == "(empty)"
    assert cell(conflicts, 2, conflicts.LOCAL) == "Deleted"

    parked = ParkedChangeModel()
    parked.set_rows(
        [
            ParkedRow(
                ParkedChange(1, "k", "contact", "c1", "update", "invalid_change", "bad", "2024"),
                "Sara",
            )
        ]
    )
    qtmodeltester.check(parked)
    assert cell(parked, 0, parked.REASON) == "The cloud found the change invalid"

    data_requests = DataRequestModel()
    data_requests.set_requests(
        [
            {
                "id": "r1",
                "kind": "erasure",
                "status": "open",
                "remote_id": None,
                "created_at": "2024-12-09T10:00:00Z",
                "updated_at": "2024-12-09T10:00:00Z",
            }
        ]
    )
    qtmodeltester.check(data_requests)
    assert cell(data_requests, 0, 1) == "Waiting to be sent with the next sync"
    conflicts.set_rows([])
    qtmodeltester.check(conflicts)
