"""The contact editor names the values an import kept as written, so they can be fixed."""

from __future__ import annotations

from pathlib import Path

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber

ODD = Path(__file__).resolve().parents[1] / "interchange" / "data" / "odd"


def _editor(qtbot):  # type: ignore[no-untyped-def]
    from gtgcrm_desktop.ui.widgets.contact_editor import ContactEditor

    editor = ContactEditor()
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_odd_values_are_named_and_marked(qtbot, context):  # type: ignore[no-untyped-def]
    from gtgcrm_desktop.interchange import import_file

    import_file(context.workspace, ODD / "phones_odd.vcf")
    import_file(context.workspace, ODD / "emails_odd.vcf")
    import_file(context.workspace, ODD / "date_odd.vcf")
    people = {c.effective_display_name(): c for c in context.workspace.contacts.iter_all()}
    editor = _editor(qtbot)
    editor.load(people["Outlook User"])
    assert editor.notice.isVisible()
    assert "BusinessPhone" in editor.notice.text() and "Phone" in editor.notice.text()
    assert editor.phones.rows()[0].value_edit().styleSheet()
    editor.load(people["Typo"])
    text = editor.notice.text()
    assert "ahmad(at)example.com" in text and "ahmad@example.com" not in text
    assert editor.emails.rows()[0].value_edit().styleSheet()
    assert not editor.emails.rows()[1].value_edit().styleSheet()
    editor.load(people["Odd Date"])
    assert "31/02/1980" in editor.notice.text() and editor.birthday.styleSheet()
    assert editor.birthday.text() == "31/02/1980"  # shown as written, to be corrected


def test_an_ordinary_contact_has_no_notice(qtbot):  # type: ignore[no-untyped-def]
    editor = _editor(qtbot)
    editor.load(Contact(given_name="Odd", phones=[PhoneNumber("12345")]))
    assert editor.notice.isVisible()
    editor.load(
        Contact(
            given_name="Fine",
            emails=[EmailAddress("fine@example.com")],
            phones=[PhoneNumber("0501234567", "+966501234567")],
            birthday="1980-01-31",
        )
    )
    assert not editor.notice.isVisible()
    assert not editor.phones.rows()[0].value_edit().styleSheet()


def _screen_with(qtbot, context, name: str):  # type: ignore[no-untyped-def]
    from gtgcrm_desktop.interchange import import_file
    from tests.ui.conftest import wait_idle
    from tests.ui.test_contacts_screen import open_screen

    import_file(context.workspace, ODD / "phones_odd.vcf")
    contact = next(
        c for c in context.workspace.contacts.iter_all() if c.effective_display_name() == name
    )
    screen = open_screen(qtbot, context)
    screen._open_in_editor(contact.id)
    qtbot.waitUntil(lambda: screen.editor.contact_id == contact.id, timeout=3000)
    wait_idle(qtbot, context)
    return screen, contact


def test_the_editor_saves_another_field_of_a_contact_with_an_odd_phone(qtbot, context):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import wait_idle

    screen, contact = _screen_with(qtbot, context, "Outlook User")
    qtbot.keyClicks(screen.editor.title, "Buyer")
    screen.save_button.click()
    wait_idle(qtbot, context)
    assert screen.editor.error_text("phones") == ""
    saved = context.workspace.contacts.get(contact.id)
    assert saved.title == "Buyer"
    assert [(p.value, p.e164) for p in saved.phones] == [("BusinessPhone", None)]
    qtbot.waitUntil(lambda: screen.editor.title.text() == "Buyer", timeout=3000)
    assert screen.editor.notice.isVisible() and "BusinessPhone" in screen.editor.notice.text()


def test_the_editor_still_refuses_a_newly_typed_bad_phone(qtbot, context):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import wait_idle

    screen, contact = _screen_with(qtbot, context, "Outlook User")
    row = screen.editor.phones.rows()[0]
    row.value.clear()
    qtbot.keyClicks(row.value, "NotANumber")
    qtbot.keyClicks(screen.editor.title, "Buyer")
    screen.save_button.click()
    wait_idle(qtbot, context)
    assert screen.editor.error_text("phones") == "not a valid phone number"
    assert context.workspace.contacts.get(contact.id).title == ""
