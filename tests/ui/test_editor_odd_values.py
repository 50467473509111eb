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
