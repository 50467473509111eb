"""The import wizard: detected format and encoding, mapping, dry-run preview, import, undo."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import wait_idle

DATA = Path(__file__).resolve().parents[1] / "interchange" / "data"


def _open(qtbot, context):
    from gtgcrm_desktop.ui.screens.import_wizard import ImportWizard

    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_preview_then_import_then_undo(qtbot, context):
    wizard = _open(qtbot, context)
    page = wizard.file_page
    page.path_edit.setText(str(DATA / "google_current.csv"))
    page.inspect()
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert "Google Contacts CSV" in page.detected.text() and "UTF-8" in page.detected.text()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    assert preview.report.dry_run and preview.report.new == 4
    assert "Invalid rows: 0" in preview.summary.text()
    assert "Warnings (values kept as written or left out, to check): 1" in preview.summary.text()
    assert preview.rows.item(0, 0).text() == "7"
    assert "fatima(at)example" in preview.rows.item(0, 1).text()
    assert context.workspace.contacts.count() == 0  # the preview changed nothing
    with qtbot.waitSignal(context.events.contacts_changed, timeout=10_000):
        wizard.next()
    assert wizard.import_page.report.new == 4
    assert context.workspace.contacts.count() == 4
    wizard.import_page.undo_button.click()
    wait_idle(qtbot, context)
    assert context.workspace.contacts.count() == 0
    summary = wizard.import_page.summary.text()
    assert "The import was undone." in summary and "4 added contact" in summary


def test_mapping_page_for_other_csv(qtbot, context):
    wizard = _open(qtbot, context)
    page = wizard.file_page
    page.path_edit.setText(str(DATA / "mapped.csv"))
    page.format_combo.setCurrentIndex(page.format_combo.findData("csv"))
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.table.rowCount() == 7
    family = mapping.table.cellWidget(1, 1)
    family.setCurrentIndex(family.findData("family_name"))
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    assert wizard.preview_page.report.new == 2
    assert wizard.source.mapping.columns["العائلة"] == "family_name"


def test_refused_file_shows_the_reason(qtbot, context, tmp_path):
    wizard = _open(qtbot, context)
    page = wizard.file_page
    page.path_edit.setText(str(tmp_path / "missing.csv"))
    page.inspect()
    wait_idle(qtbot, context)
    assert "missing.csv" in page.detected.text()
    assert not page.isComplete()


def test_an_uncertain_character_set_is_chosen_with_a_live_preview(qtbot, context):
    wizard = _open(qtbot, context)
    page = wizard.file_page
    page.path_edit.setText(str(DATA / "odd" / "undeclared_cp1252.vcf"))
    page.inspect()
    wait_idle(qtbot, context)
    # The best guess is named and previewed, but not taken without a choice.
    assert "cannot be told for sure" in page.detected.text() and "cp1252" in page.detected.text()
    assert page.preview.item(0, 0).text() == "Renée François"
    assert not page.isComplete()
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("iso8859-6"))
    wait_idle(qtbot, context)
    assert page.preview.item(0, 0).text() != "Renée François"  # the preview follows the choice
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("cp1252"))
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.preview.item(0, 0).text() == "Renée François"
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(context.events.contacts_changed, timeout=10_000):
        wizard.next()
    [renee] = context.workspace.contacts.iter_all()
    assert renee.organization == "Café Crème Brûlée"


def test_the_phone_region_is_chosen_per_import(qtbot, context):
    wizard = _open(qtbot, context)
    page = wizard.file_page
    assert page.region() == "SA"  # the workspace's region by default
    page.region_combo.setCurrentIndex(page.region_combo.findData("US"))
    page.path_edit.setText(str(DATA / "odd" / "phones_odd.vcf"))
    page.inspect()
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(context.events.contacts_changed, timeout=10_000):
        wizard.next()
    local = next(
        c for c in context.workspace.contacts.iter_all() if c.display_name == "Local Foreign"
    )
    assert local.phones[0].e164 == "+14155550132"


def test_export_to(qtbot, context, tmp_path):
    from gtgcrm_desktop.ui.screens.import_wizard import export_to
    from tests.ui.conftest import sample_contacts

    context.workspace.contacts.add_many(sample_contacts(3))
    messages = []
    context.events.status_message.connect(messages.append)
    export_to(context, tmp_path / "c.vcf", "vcard4")
    wait_idle(qtbot, context)
    assert messages == ["Exported 3 contacts."]
    assert (tmp_path / "c.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 3


def test_duplicates_merge_with_choice_and_undo(qtbot, context):
    from gtgcrm_desktop.core.models import Contact, EmailAddress
    from gtgcrm_desktop.core.validation import validate_contact
    from gtgcrm_desktop.ui.screens.duplicates import DuplicatesDialog

    repo = context.workspace.contacts
    a = repo.add(
        validate_contact(
            Contact(given_name="منى", title="أ", emails=[EmailAddress("m@example.com")])
        )
    )
    b = repo.add(
        validate_contact(
            Contact(given_name="منى", title="ب", emails=[EmailAddress("M@example.com")])
        )
    )
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert dialog.group_list.count() == 1
    dialog._choices["title"].button(1).setChecked(True)
    dialog.merge()
    wait_idle(qtbot, context)
    kept = (
        repo.get(dialog.contacts[0].id if dialog.contacts else a.id)
        if repo.exists(a.id)
        else repo.get(b.id)
    )
    assert kept.title == "ب" and repo.count() == 1
    dialog.undo()
    wait_idle(qtbot, context)
    assert repo.count() == 2 and dialog.group_list.count() == 1


def _to_mapping_page(qtbot, context, path: Path):
    """Open the wizard on `path` as a CSV with a column mapping; return it on the mapping page."""
    wizard = _open(qtbot, context)
    page = wizard.file_page
    page.path_edit.setText(str(path))
    page.format_combo.setCurrentIndex(page.format_combo.findData("csv"))
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def _columns(mapping) -> list[str]:
    return [mapping.table.item(row, 0).text() for row in range(mapping.table.rowCount())]


def _import(qtbot, context, wizard):
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(context.events.contacts_changed, timeout=10_000):
        wizard.next()
    return wizard.import_page.report


def test_the_separator_can_be_chosen_when_the_guess_is_not_wanted(qtbot, context, tmp_path):
    path = tmp_path / "pipes.csv"
    path.write_text(
        "First name|Last name|Email|City\nHind|Salem|hind@example.com|Jeddah\n", encoding="utf-8"
    )
    wizard = _to_mapping_page(qtbot, context, path)
    mapping = wizard.mapping_page
    assert _columns(mapping) == ["First name", "Last name", "Email", "City"]  # guessed: bars
    assert "Vertical bar" in mapping.delimiter_combo.itemText(0)
    mapping.delimiter_combo.setCurrentIndex(mapping.delimiter_combo.findData(","))
    assert not mapping.isComplete()  # reading the header again
    qtbot.waitUntil(mapping.isComplete, timeout=10_000)
    assert _columns(mapping) == ["First name|Last name|Email|City"]
    mapping.delimiter_combo.setCurrentIndex(mapping.delimiter_combo.findData("|"))
    qtbot.waitUntil(lambda: len(_columns(mapping)) == 4, timeout=10_000)
    qtbot.waitUntil(mapping.isComplete, timeout=10_000)
    assert "Vertical bar" in mapping.delimiter_combo.itemText(0)  # still what "automatic" finds
    assert mapping.table.cellWidget(2, 1).currentData() == "email"
    report = _import(qtbot, context, wizard)
    assert report.new == 1
    (contact,) = list(context.workspace.contacts.iter_all())
    assert (contact.given_name, contact.family_name) == ("Hind", "Salem")
    assert contact.emails[0].value == "hind@example.com"
    assert contact.addresses[0].city == "Jeddah"


def test_month_day_year_order_reads_dates_the_american_way(qtbot, context, tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text(
        "First name,Email,Birthday\nAmal,amal@example.com,3/4/1980\n"
        "Badr,badr@example.com,3/14/1980\n",
        encoding="utf-8",
    )
    wizard = _to_mapping_page(qtbot, context, path)
    mapping = wizard.mapping_page
    assert mapping.date_order_combo.currentData() == "DMY"
    mapping.date_order_combo.setCurrentIndex(mapping.date_order_combo.findData("MDY"))
    report = _import(qtbot, context, wizard)
    assert (report.new, len(report.invalid)) == (2, 0)
    birthdays = {c.given_name: c.birthday for c in list(context.workspace.contacts.iter_all())}
    assert birthdays == {"Amal": "1980-03-04", "Badr": "1980-03-14"}


def test_day_month_year_stays_the_default_and_refuses_a_thirteenth_month(qtbot, context, tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text(
        "First name,Email,Birthday\nAmal,amal@example.com,3/4/1980\n"
        "Badr,badr@example.com,3/14/1980\n",
        encoding="utf-8",
    )
    wizard = _to_mapping_page(qtbot, context, path)
    report = _import(qtbot, context, wizard)
    # The thirteenth month is not a date: Badr is imported, his birthday kept as written.
    assert (report.new, report.invalid, [p.line for p in report.warnings]) == (2, [], [3])
    people = {c.given_name: c for c in context.workspace.contacts.iter_all()}
    assert people["Amal"].birthday == "1980-04-03"
    assert people["Badr"].birthday == "3/14/1980"
    assert people["Badr"].to_json()["birthday_valid"] is False
