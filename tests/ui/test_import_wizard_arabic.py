"""The import wizard in Arabic: the character set and phone region choices are there and
translated, and an undecidable file's best guess is explained in Arabic."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import wait_idle

OUTSIDE = Path(__file__).resolve().parents[1] / "interchange" / "data" / "outside"


def test_character_set_and_region_choices_in_arabic(qtbot, context, arabic):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFormLayout

    from gtgcrm_desktop.ui.screens.import_wizard import ImportWizard

    context.language = "ar"
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = wizard.file_page
    form = page.findChild(QFormLayout)
    assert form.labelForField(page.encoding_combo).text() == "ترميز الأحرف"
    assert form.labelForField(page.region_combo).text() == "منطقة أرقام الهاتف"
    assert page.encoding_combo.itemText(0) == "التعرّف تلقائيًا"
    assert page.region_combo.currentData() == "SA"
    assert "رمز الدولة" in page.region_combo.toolTip()
    # A German Outlook file in Windows-1252: named as a guess, previewed, not taken unchosen.
    page.path_edit.setText(str(OUTSIDE / "outlook_de_cp1252.csv"))
    page.inspect()
    wait_idle(qtbot, context)
    detected = page.detected.text()
    assert "CSV من Outlook" in detected and "تعذّر تحديد ترميز الأحرف بيقين" in detected
    assert "cp1252" in detected
    assert page.preview.item(0, 0).text() == "Jörg Weiß"
    assert not page.isComplete()
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("cp1252"))
    page.region_combo.setCurrentIndex(page.region_combo.findData("DE"))
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    with qtbot.waitSignal(context.events.contacts_changed, timeout=10_000):
        wizard.next()
    joerg = next(c for c in context.workspace.contacts.iter_all() if c.given_name == "Jörg")
    assert [p.e164 for p in joerg.phones] == ["+49211123456", "+491712345678"]
