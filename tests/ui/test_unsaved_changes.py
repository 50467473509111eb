"""Closing the window, or restarting it for a new language, never loses an unsaved edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.ui import restart as restart_module
from gtgcrm_desktop.ui.dialogs import settings as settings_dialog
from gtgcrm_desktop.ui.main_window import MainWindow
from gtgcrm_desktop.ui.screens.contacts import ContactsScreen
from gtgcrm_desktop.ui.screens.templates import TemplatesScreen
from tests.ui.conftest import type_text, wait_idle
from tests.ui.dialogs import DialogScript, press

SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel
CONTACT_QUESTION = "Save the changes to this contact?"
TEMPLATE_QUESTION = "Save the changes to this template?"


@pytest.fixture
def window(qtbot, context) -> Iterator[MainWindow]:
    """The main window, open; at the end any edit left over is discarded, never waited on.

    Not handed to qtbot.addWidget: its teardown would close the window before this fixture
    could answer the unsaved-changes question, and wait for an answer forever.
    """
    opened = MainWindow(context)
    opened.restore_state()
    opened.show()
    qtbot.waitExposed(opened)
    wait_idle(qtbot, context)
    yield opened
    script = DialogScript(press(DISCARD), press(DISCARD))
    opened.close()
    script.stop()
    opened.deleteLater()


@pytest.fixture
def ahmed(context) -> Contact:
    return context.workspace.contacts.add(Contact(given_name="أحمد", family_name="الشهري"))


def edit_contact(qtbot, window: MainWindow, contact: Contact, given_name: str) -> ContactsScreen:
    """Open `contact` in the editor and retype its given name, without saving."""
    window.show_screen("contacts")
    screen = window.screen("contacts")
    assert isinstance(screen, ContactsScreen)
    screen.table.selectRow(screen.model.row_of(contact.id))
    qtbot.waitUntil(lambda: screen.editor.contact_id == contact.id, timeout=5000)
    screen.editor.given_name.setFocus()
    screen.editor.given_name.selectAll()
    type_text(screen.editor.given_name, given_name)
    return screen


def edit_template(qtbot, window: MainWindow, name: str) -> TemplatesScreen:
    """Rename the template the templates screen opened first, without saving."""
    window.show_screen("templates")
    screen = window.screen("templates")
    assert isinstance(screen, TemplatesScreen)
    wait_idle(qtbot, window.context)
    qtbot.waitUntil(lambda: bool(screen._template_id), timeout=5000)
    screen.name_edit.setFocus()
    screen.name_edit.selectAll()
    type_text(screen.name_edit, name)
    return screen


def test_closing_with_an_unsaved_contact_asks_and_cancel_keeps_window_and_edit(
    qtbot, context, ahmed, window
):
    screen = edit_contact(qtbot, window, ahmed, "خالد")
    window.show_screen("privacy")  # the question brings the edited contact back into view
    script = DialogScript(press(CANCEL))
    assert not window.close()
    assert script.seen == [CONTACT_QUESTION]
    assert window.isVisible()
    assert window.current_screen_name == "contacts"
    assert screen.editor.given_name.text() == "خالد"
    assert context.workspace.contacts.get(ahmed.id).given_name == "أحمد"


def test_save_on_close_stores_the_contact_before_the_window_goes(qtbot, context, ahmed, window):
    edit_contact(qtbot, window, ahmed, "خالد")
    script = DialogScript(press(SAVE))
    assert window.close()
    assert script.seen == [CONTACT_QUESTION]
    assert not window.isVisible()
    assert context.workspace.contacts.get(ahmed.id).given_name == "خالد"


def test_discard_on_close_leaves_the_contact_as_it_was(qtbot, context, ahmed, window):
    edit_contact(qtbot, window, ahmed, "خالد")
    script = DialogScript(press(DISCARD))
    assert window.close()
    assert script.seen == [CONTACT_QUESTION]
    assert context.workspace.contacts.get(ahmed.id).given_name == "أحمد"


def test_an_invalid_contact_is_not_saved_and_the_window_stays(qtbot, context, ahmed, window):
    screen = edit_contact(qtbot, window, ahmed, "خالد")
    qtbot.keyClicks(screen.editor.emails.rows()[0].value, "not-an-email")
    script = DialogScript(press(SAVE))
    assert not window.close()
    assert script.seen == [CONTACT_QUESTION]
    assert window.isVisible()
    assert screen.editor.error_text("emails") == "not a valid e-mail address"
    assert context.workspace.contacts.get(ahmed.id).given_name == "أحمد"


def test_closing_with_an_unsaved_template_asks_cancel_keeps_it_and_save_stores_it(
    qtbot, context, window
):
    screen = edit_template(qtbot, window, "عرض الصيف")
    template_id = screen._template_id
    window.show_screen("contacts")
    script = DialogScript(press(CANCEL))
    assert not window.close()
    assert script.seen == [TEMPLATE_QUESTION]
    assert window.isVisible()
    assert window.current_screen_name == "templates"
    assert screen.name_edit.text() == "عرض الصيف"
    assert context.workspace.templates.get(template_id).name != "عرض الصيف"

    script = DialogScript(press(SAVE))
    assert window.close()
    assert script.seen == [TEMPLATE_QUESTION]
    assert context.workspace.templates.get(template_id).name == "عرض الصيف"


def test_both_editors_are_asked_about_in_turn(qtbot, context, ahmed, window):
    edit_contact(qtbot, window, ahmed, "خالد")
    template_id = edit_template(qtbot, window, "عرض الصيف")._template_id
    script = DialogScript(press(SAVE), press(SAVE))
    assert window.close()
    assert script.seen == [CONTACT_QUESTION, TEMPLATE_QUESTION]
    assert context.workspace.contacts.get(ahmed.id).given_name == "خالد"
    assert context.workspace.templates.get(template_id).name == "عرض الصيف"


def _choose_other_language(dialog: QWidget) -> None:
    assert isinstance(dialog, settings_dialog.SettingsDialog)
    combo = dialog.language
    combo.setCurrentIndex(1 - combo.currentIndex())
    press("OK")(dialog)


@pytest.fixture
def restarts(monkeypatch) -> list[list[str]]:
    """Records the new instances a restart would start; this one is never quit for real."""
    started: list[list[str]] = []
    monkeypatch.setattr(
        restart_module.QProcess,
        "startDetached",
        lambda _program, arguments: started.append(list(arguments)) or True,
    )
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    return started


def open_settings_and_restart(qtbot, window: MainWindow, answer: QMessageBox.StandardButton):
    script = DialogScript(_choose_other_language, press("Restart now"), press(answer))
    button = next(b for b in window.findChildren(QPushButton) if b.text() == "Settings…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return script


def test_restart_for_a_new_language_asks_and_cancel_stays(qtbot, context, ahmed, window, restarts):
    screen = edit_contact(qtbot, window, ahmed, "خالد")
    script = open_settings_and_restart(qtbot, window, CANCEL)
    assert script.seen[1:] == [
        "The new language is used after GTG CRM restarts. Your data is saved. Restart now?",
        CONTACT_QUESTION,
    ]
    assert restarts == []
    assert window.isVisible()
    assert screen.editor.given_name.text() == "خالد"
    assert context.machine_settings.get(app_settings.LANGUAGE) == "en"


def test_restart_after_saving_stores_the_edit_first(qtbot, context, ahmed, window, restarts):
    edit_contact(qtbot, window, ahmed, "خالد")
    script = open_settings_and_restart(qtbot, window, SAVE)
    assert script.seen[-1] == CONTACT_QUESTION
    assert len(restarts) == 1 and "--lang" not in restarts[0]
    assert not window.isVisible()
    assert context.workspace.contacts.get(ahmed.id).given_name == "خالد"
