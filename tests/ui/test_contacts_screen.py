"""The contacts screen, driven as a user would: typing, clicking and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.ui.models.contacts import ContactIdRole
from gtgcrm_desktop.ui.screens.contacts import ContactsScreen
from tests.ui.conftest import sample_contacts, type_text, wait_idle


def open_screen(qtbot, context) -> ContactsScreen:
    screen = ContactsScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitExposed(screen)
    wait_idle(qtbot, context)
    return screen


def visible_names(screen: ContactsScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, 0)).strip("\u2068\u2069") for r in range(model.rowCount())]


def press(qtbot, widget, key: QKeySequence.StandardKey) -> None:
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def test_typing_in_search_shows_matching_rows_while_typing(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(12))
    screen = open_screen(qtbot, context)
    assert len(visible_names(screen)) == 12
    assert screen.count_label.text() == "12 contact(s)"
    type_text(screen.search, "فاط")
    qtbot.waitUntil(lambda: screen.model.search_text == "فاط", timeout=2000)
    wait_idle(qtbot, context)
    names = visible_names(screen)
    assert names and all(name.startswith("فاطمة") for name in names)
    assert "match" in screen.count_label.text()
    screen.search.clear()
    qtbot.keyClicks(screen.search, "nobody-has-this-name")
    qtbot.waitUntil(lambda: screen.empty_label.isVisible(), timeout=3000)
    assert screen.empty_label.text() == "No contact matches your search."


def test_new_contact_with_a_bad_email_shows_the_message_at_the_field(qtbot, context):
    screen = open_screen(qtbot, context)
    press(qtbot, screen, QKeySequence.StandardKey.New)
    assert screen.editor.given_name.hasFocus()
    type_text(screen.editor.given_name, "ليلى")
    email_row = screen.editor.emails.rows()[0]
    qtbot.keyClicks(email_row.value, "not-an-email")
    press(qtbot, screen.editor.given_name, QKeySequence.StandardKey.Save)
    assert screen.editor.error_text("emails") == "not a valid e-mail address"
    assert email_row.value.property("invalid") is True
    assert email_row.value.hasFocus()
    assert context.workspace.contacts.count() == 0

    email_row.value.clear()
    qtbot.keyClicks(email_row.value, "layla@example.com")
    press(qtbot, email_row.value, QKeySequence.StandardKey.Save)
    wait_idle(qtbot, context)
    assert screen.editor.error_text("emails") == ""
    assert context.workspace.contacts.count() == 1
    qtbot.waitUntil(lambda: visible_names(screen) == ["ليلى"], timeout=3000)
    saved = context.workspace.contacts.get(screen.editor.contact_id)
    assert saved.emails[0].value == "layla@example.com"


def test_a_bad_phone_and_birthday_are_reported_under_their_fields(qtbot, context):
    screen = open_screen(qtbot, context)
    qtbot.keyClicks(screen.editor.given_name, "Sam")
    qtbot.keyClicks(screen.editor.phones.rows()[0].value, "12")
    screen.save_button.click()
    assert screen.editor.error_text("phones") == "not a valid phone number"
    screen.editor.phones.rows()[0].value.clear()
    qtbot.keyClicks(screen.editor.birthday, "2020-02-31")
    screen.save_button.click()
    assert screen.editor.error_text("birthday").startswith("not a date")
    assert screen.editor.error_text("phones") == ""


def test_editing_every_field_round_trips(qtbot, context):
    screen = open_screen(qtbot, context)
    editor = screen.editor
    qtbot.keyClicks(editor.given_name, "Omar")
    qtbot.keyClicks(editor.family_name, "Haddad")
    qtbot.keyClicks(editor.organization, "Haddad Trading")
    qtbot.keyClicks(editor.title, "Owner")
    qtbot.keyClicks(editor.emails.rows()[0].value, "omar@example.com")
    editor.emails.add_button.click()
    qtbot.keyClicks(editor.emails.rows()[1].value, "o.haddad@example.org")
    qtbot.keyClicks(editor.phones.rows()[0].value, "0501234567")
    editor.addresses.add_button.click()
    address = editor.addresses.rows()[0]
    qtbot.keyClicks(address.street, "King Fahd Road")
    qtbot.keyClicks(address.city, "Riyadh")
    type_text(editor.tags, "vip، wholesale")
    qtbot.keyClicks(editor.birthday, "--04-12")
    qtbot.keyClicks(editor.notes, "Prefers WhatsApp")
    editor.custom_fields.add_button.click()
    field = editor.custom_fields.rows()[0]
    qtbot.keyClicks(field.name, "CR number")
    qtbot.keyClicks(field.value, "1010123456")
    screen.save_button.click()
    wait_idle(qtbot, context)
    stored = context.workspace.contacts.get(editor.contact_id)
    assert [e.value for e in stored.emails] == ["omar@example.com", "o.haddad@example.org"]
    assert stored.phones[0].e164 == "+966501234567"
    assert stored.addresses[0].city == "Riyadh"
    assert stored.tags == ["vip", "wholesale"]
    assert stored.birthday == "--04-12"
    assert stored.notes == "Prefers WhatsApp"
    assert stored.custom_fields == {"CR number": "1010123456"}
    assert stored.title == "Owner"


def test_delete_then_undo_restores_the_same_contact(qtbot, context):
    added = context.workspace.contacts.add(Contact(given_name="Hana", family_name="Saleh"))
    screen = open_screen(qtbot, context)
    screen.table.setFocus()
    screen.table.selectRow(0)
    wait_idle(qtbot, context)
    assert screen.editor.contact_id == added.id
    press(qtbot, screen.table, QKeySequence.StandardKey.Delete)
    wait_idle(qtbot, context)
    assert not context.workspace.contacts.exists(added.id)
    assert screen.undo_bar.isVisible()
    assert "Hana Saleh" in screen.undo_label.text()
    qtbot.waitUntil(lambda: screen.empty_label.isVisible(), timeout=3000)

    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert context.workspace.contacts.exists(added.id)
    assert context.workspace.contacts.get(added.id).family_name == "Saleh"
    qtbot.waitUntil(lambda: visible_names(screen) == ["Hana Saleh"], timeout=3000)
    assert not screen.undo_bar.isVisible()


def test_undo_shortcut_restores_several_deleted_contacts(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(5))
    screen = open_screen(qtbot, context)
    screen.table.setFocus()
    screen.table.selectAll()
    screen.delete_button.click()
    wait_idle(qtbot, context)
    assert context.workspace.contacts.count() == 0
    press(qtbot, screen.table, QKeySequence.StandardKey.Undo)
    wait_idle(qtbot, context)
    assert context.workspace.contacts.count() == 5


def test_find_shortcut_focuses_the_search_field(qtbot, context):
    screen = open_screen(qtbot, context)
    screen.table.setFocus()
    press(qtbot, screen.table, QKeySequence.StandardKey.Find)
    assert screen.search.hasFocus()


def test_selecting_a_row_opens_it_and_editing_saves_it(qtbot, context):
    added = context.workspace.contacts.add(Contact(given_name="Rami"))
    screen = open_screen(qtbot, context)
    screen.table.selectRow(0)
    wait_idle(qtbot, context)
    assert screen.editor.given_name.text() == "Rami"
    qtbot.keyClicks(screen.editor.family_name, "Nasser")
    assert screen.revert_button.isEnabled()
    press(qtbot, screen.editor.family_name, QKeySequence.StandardKey.Save)
    wait_idle(qtbot, context)
    assert context.workspace.contacts.get(added.id).family_name == "Nasser"
    qtbot.waitUntil(lambda: visible_names(screen) == ["Rami Nasser"], timeout=3000)


def test_widgets_have_accessible_names_and_ltr_fields(qtbot, context):
    screen = open_screen(qtbot, context)
    assert screen.search.accessibleName() == "Search contacts"
    assert screen.table.accessibleName() == "Contacts"
    email = screen.editor.emails.rows()[0].value
    assert email.accessibleName() == "E-mail address"
    assert email.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.editor.phones.rows()[0].value.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_rows_identify_their_contact(qtbot, context):
    added = context.workspace.contacts.add(Contact(given_name="Zaid"))
    screen = open_screen(qtbot, context)
    assert screen.model.data(screen.model.index(0, 0), ContactIdRole) == added.id


def test_import_export_and_duplicates_open_from_the_contacts_screen(qtbot, context, monkeypatch):
    import gtgcrm_desktop.ui.screens.duplicates as duplicates
    import gtgcrm_desktop.ui.screens.import_wizard as wizard

    opened: list[str] = []
    monkeypatch.setattr(wizard, "open_import_wizard", lambda ctx, parent: opened.append("import"))
    monkeypatch.setattr(wizard, "open_export_dialog", lambda ctx, parent: opened.append("export"))
    monkeypatch.setattr(duplicates, "open_duplicates", lambda ctx, parent: opened.append("dupes"))
    screen = open_screen(qtbot, context)
    assert screen.more_button.menu() is not None
    for action in (screen.import_action, screen.export_action, screen.duplicates_action):
        action.trigger()
    assert opened == ["import", "export", "dupes"]


def test_an_import_elsewhere_refreshes_the_list(qtbot, context):
    screen = open_screen(qtbot, context)
    assert visible_names(screen) == []
    context.workspace.contacts.add_many(sample_contacts(3))
    context.events.contacts_changed.emit()
    qtbot.waitUntil(lambda: len(visible_names(screen)) == 3, timeout=3000)


def test_the_editor_says_why_an_objecting_contact_gets_no_marketing(qtbot, context):
    from gtgcrm_desktop.privacy.ledger import ConsentLedger

    contact = context.workspace.contacts.add_many(sample_contacts(1))[0]
    ledger = ConsentLedger(context.workspace)
    ledger.set_contact(
        contact.id,
        purpose="marketing",
        channel="email",
        status="granted",
        lawful_basis="consent",
        source="shop counter",
    )
    screen = open_screen(qtbot, context)
    screen.table.selectRow(0)
    screen._open_in_editor(contact.id)
    qtbot.waitUntil(lambda: screen.marketing_note.isVisible(), timeout=3000)
    assert "consented" in screen.marketing_note.text()
    ledger.object_to_marketing(contact.id, source="phone call")
    screen._open_in_editor(contact.id)
    qtbot.waitUntil(lambda: "object" in screen.marketing_note.text(), timeout=3000)


def test_the_birthday_hint_is_in_arabic_and_the_date_stays_left_to_right(qtbot, context, arabic):
    context.language = "ar"
    screen = open_screen(qtbot, context)
    birthday = screen.editor.birthday.edit
    hint = birthday.placeholderText()
    assert "YYYY" not in hint and "مثال" in hint
    assert "\u200e1990-03-14\u200e" in hint  # the example date reads left to right
    assert "YYYY" not in birthday.toolTip()
    assert birthday.layoutDirection() == Qt.LayoutDirection.LeftToRight
