"""Exporting from the contacts screen can be cancelled, and a cancelled export leaves no file."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.ui.screens.contacts import ContactsScreen
from tests.ui.conftest import sample_contacts, wait_idle

#: More than one batch: the writer reports progress (and can stop) after each 1,000 contacts.
CONTACTS = 1_001


def open_screen(qtbot, context) -> ContactsScreen:
    screen = ContactsScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitExposed(screen)
    wait_idle(qtbot, context)
    return screen


def hold_after_first_batch(context, monkeypatch) -> threading.Event:
    """Make the export wait, just before its first progress report, until the event is set."""
    repository = context.workspace.contacts
    original = repository.iter_all
    release = threading.Event()

    def slow_iter_all(*args, **kwargs) -> Iterator[Contact]:
        for number, contact in enumerate(original(*args, **kwargs), start=1):
            if number == 1_000:
                release.wait(10)
            yield contact

    monkeypatch.setattr(repository, "iter_all", slow_iter_all)
    return release


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, context, tmp_path, monkeypatch):
    context.workspace.contacts.add_many(sample_contacts(CONTACTS))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "contacts.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON (*.json)")
    )
    release = hold_after_first_batch(context, monkeypatch)
    messages: list[str] = []
    context.events.status_message.connect(messages.append)
    screen = open_screen(qtbot, context)

    screen.export_action.trigger()
    progress = screen.findChild(QProgressDialog)
    assert progress is not None
    qtbot.waitUntil(progress.isVisible, timeout=5000)  # shown once the export takes a while
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.isVisible(), "the progress dialog has no Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    wait_idle(qtbot, context)

    assert messages[-1] == "Export cancelled; no file was written."
    assert list(folder.iterdir()) == []  # neither the file nor a partial one


def test_an_export_left_alone_finishes(qtbot, context, tmp_path, monkeypatch):
    context.workspace.contacts.add_many(sample_contacts(CONTACTS))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "contacts.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON (*.json)")
    )
    messages: list[str] = []
    context.events.status_message.connect(messages.append)
    screen = open_screen(qtbot, context)
    screen.export_action.trigger()
    wait_idle(qtbot, context)
    assert messages[-1] == f"Exported {CONTACTS} contacts."
    assert [p.name for p in folder.iterdir()] == ["contacts.json"]
