"""The templates screen, driven as a user would: typing, menus, shortcuts, the live preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gtgcrm_desktop.core.bidi import strip_isolates
from gtgcrm_desktop.core.models import Contact, EmailAddress, Template
from gtgcrm_desktop.ui.models.templates import TemplateIdRole, TemplateListModel
from gtgcrm_desktop.ui.screens.templates import TemplatesScreen
from tests.ui.conftest import type_text, wait_idle


def open_screen(qtbot, context) -> TemplatesScreen:
    screen = TemplatesScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    qtbot.waitExposed(screen)
    wait_idle(qtbot, context)
    return screen


def settle(qtbot, screen: TemplatesScreen) -> None:
    """Let the debounced preview run and its result arrive."""
    qtbot.wait(screen._preview_timer.interval() + 50)
    wait_idle(qtbot, screen.context)


def press(qtbot, widget, key) -> None:
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def new_blank_template(qtbot, screen: TemplatesScreen, name: str) -> None:
    press(qtbot, screen, QKeySequence.StandardKey.New)
    assert screen.name_edit.hasFocus()
    type_text(screen.name_edit, name)


def choose_preview_contact(qtbot, screen: TemplatesScreen, search: str) -> None:
    type_text(screen.contact_search, search)
    qtbot.waitUntil(
        lambda: (
            search in screen.contact_combo.currentText()
            and screen._preview_contact.given_name.startswith(search)
        ),
        timeout=5000,
    )
    settle(qtbot, screen)


def preview_text(screen: TemplatesScreen) -> str:
    """What the HTML preview shows, without the invisible bidi isolates."""
    return strip_isolates(screen.preview_browser.toPlainText())


@pytest.fixture
def fatima(context) -> Contact:
    return context.workspace.contacts.add(
        Contact(
            given_name="فاطمة",
            family_name="الزهراء",
            emails=[EmailAddress("fatima@example.com")],
            custom_fields={"branch": "العليا"},
        )
    )


def test_first_use_offers_the_sample_templates(qtbot, context):
    screen = open_screen(qtbot, context)
    kinds = {screen.model.template(r).kind for r in range(screen.model.rowCount())}
    assert kinds == {"email", "landing_page"}
    assert screen.table.isVisible()


def test_deleting_every_template_shows_the_sample_offer(qtbot, context, monkeypatch):
    screen = open_screen(qtbot, context)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    while screen.model.rowCount():
        screen.table.selectRow(0)
        wait_idle(qtbot, context)
        screen.table.setFocus()
        press(qtbot, screen.table, QKeySequence.StandardKey.Delete)
        wait_idle(qtbot, context)
        qtbot.waitUntil(lambda: not context.tasks.busy)
    assert context.workspace.templates.all() == []
    assert screen.samples_button.isVisible()
    assert "No templates yet" in screen.empty_label.text()
    qtbot.mouseClick(screen.samples_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert screen.model.rowCount() == 2


def test_create_a_template_with_a_merge_field_and_see_the_contact_in_the_preview(
    qtbot, context, fatima
):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "ترحيب")
    screen.html_edit.setFocus()
    type_text(screen.html_edit, "<p>مرحبا ")
    # the merge-field menu inserts at the cursor
    screen._fill_merge_menu()
    contact_menu = screen.merge_menu.actions()[0].menu()
    given = next(a for a in contact_menu.actions() if a.data() == "{{ contact.given_name }}")
    given.trigger()
    type_text(screen.html_edit, "</p>")
    assert screen.html_edit.toPlainText() == "<p>مرحبا {{ contact.given_name }}</p>"
    choose_preview_contact(qtbot, screen, "فاطمة")
    assert "مرحبا فاطمة" in preview_text(screen)
    assert screen.error_text == ""

    press(qtbot, screen.html_edit, QKeySequence.StandardKey.Save)
    wait_idle(qtbot, context)
    stored = [t for t in context.workspace.templates.all() if t.name == "ترحيب"]
    assert len(stored) == 1
    assert stored[0].body_html == "<p>مرحبا {{ contact.given_name }}</p>"
    assert stored[0].direction == "ltr"  # the UI is English here
    assert not screen.is_dirty
    row = screen.model.row_of(stored[0].id)
    assert row >= 0 and screen.table.selectionModel().isRowSelected(row)


def test_a_custom_field_of_the_contact_is_in_the_menu(qtbot, context, fatima):
    screen = open_screen(qtbot, context)
    choose_preview_contact(qtbot, screen, "فاطمة")
    new_blank_template(qtbot, screen, "فرع")
    screen.html_edit.setFocus()
    screen._fill_merge_menu()
    menus = [a.menu() for a in screen.merge_menu.actions() if a.menu()]
    custom = [a.data() for menu in menus for a in menu.actions()]
    assert "{{ contact.custom.branch }}" in custom
    screen.insert_text("{{ contact.custom.branch }}")
    settle(qtbot, screen)
    assert "العليا" in preview_text(screen)


def test_an_unknown_field_is_shown_with_its_line_and_marked(qtbot, context, fatima):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "خطأ")
    screen.html_edit.setFocus()
    type_text(screen.html_edit, "<p>مرحبا</p>")
    qtbot.keyClick(screen.html_edit, Qt.Key.Key_Return)
    qtbot.keyClick(screen.html_edit, Qt.Key.Key_Return)
    type_text(screen.html_edit, "<p>{{ contact.nickname }}</p>")
    settle(qtbot, screen)
    assert screen.error_label.isVisible()
    assert "line 3" in screen.error_text
    assert "contact.nickname" in screen.error_text
    selections = screen.html_edit.extraSelections()
    assert len(selections) == 1 and selections[0].cursor.blockNumber() == 2
    # "Show the line" puts the cursor there
    screen.html_edit.moveCursor(screen.html_edit.textCursor().MoveOperation.Start)
    screen.go_to_error()
    assert screen.html_edit.textCursor().blockNumber() == 2
    # fixing it clears the error
    screen.html_edit.moveCursor(screen.html_edit.textCursor().MoveOperation.End)
    for _ in range(len("nickname }}</p>")):
        qtbot.keyClick(screen.html_edit, Qt.Key.Key_Backspace)
    screen.html_edit.moveCursor(screen.html_edit.textCursor().MoveOperation.End)
    type_text(screen.html_edit, "given_name }}</p>")
    settle(qtbot, screen)
    assert screen.error_text == ""
    assert screen.html_edit.extraSelections() == []


def test_a_syntax_error_is_shown_with_its_line_never_a_crash(qtbot, context):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "صياغة")
    screen.html_edit.setFocus()
    type_text(screen.html_edit, "<p>أهلاً</p>")
    qtbot.keyClick(screen.html_edit, Qt.Key.Key_Return)
    type_text(screen.html_edit, "{% if contact.given_name %}")
    qtbot.keyClick(screen.html_edit, Qt.Key.Key_Return)
    type_text(screen.html_edit, "{{ contact.given_name ")
    settle(qtbot, screen)
    assert screen.error_label.isVisible()
    assert "line 3" in screen.error_text or "line 2" in screen.error_text
    assert "HTML body" in screen.error_text


def test_an_error_in_the_subject_names_the_subject(qtbot, context):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "موضوع")
    type_text(screen.subject_edit, "{{ contact.nam }}")
    settle(qtbot, screen)
    assert screen.error_text.startswith("subject, line 1")
    assert "border" in screen.subject_edit.styleSheet()


def test_the_preview_is_marked_with_the_direction(qtbot, context):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "اتجاه")
    screen.direction_combo.setCurrentIndex(screen.direction_combo.findData("rtl"))
    type_text(screen.subject_edit, "أهلاً {{ contact.given_name }}")
    screen.html_edit.setFocus()
    type_text(screen.html_edit, "<p>{{ contact.email }}</p>")
    settle(qtbot, screen)
    assert "أهلاً" in screen.preview_subject.text() and "نورة" in screen.preview_subject.text()
    assert "\u2066\u200enoura@example.com\u200e\u2069" in screen.preview_browser.toPlainText()
    assert screen.text_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.html_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_marketing_template_is_not_rendered_for_a_contact_without_consent(qtbot, context, fatima):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "عرض")
    screen.purpose_combo.setCurrentIndex(screen.purpose_combo.findData("marketing"))
    screen.html_edit.setFocus()
    type_text(screen.html_edit, "<p>عرض خاص لـ {{ contact.given_name }}</p>")
    choose_preview_contact(qtbot, screen, "فاطمة")
    assert screen.preview_notice.isVisible()
    assert "marketing" in screen.preview_notice.text()
    assert "فاطمة" not in preview_text(screen)


def test_images_are_attached_stored_and_shown(qtbot, context, tmp_path: Path, monkeypatch):
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = tmp_path / "شعار المتجر.png"
    assert image.save(str(path), "PNG")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], "Images"))
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "صورة")
    screen.html_edit.setFocus()
    qtbot.mouseClick(screen.add_image_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert screen.images_list.count() == 1
    name = screen._images[0].name
    assert name.endswith(".png") and " " not in name
    assert f'<img src="cid:{name}" alt="">' in screen.html_edit.toPlainText()
    settle(qtbot, screen)
    assert not screen.preview_notice.isVisible()
    # the image is stored with the template, encrypted in the database
    press(qtbot, screen.html_edit, QKeySequence.StandardKey.Save)
    wait_idle(qtbot, context)
    stored = next(t for t in context.workspace.templates.all() if t.name == "صورة")
    images = context.workspace.templates.images(stored.id)
    assert [i.name for i in images] == [name]
    assert images[0].data == path.read_bytes()
    # and the preview resolves cid: from it
    loaded = screen.preview_browser.loadResource(2, f"cid:{name}")
    assert isinstance(loaded, QImage) and not loaded.isNull()
    assert screen.preview_browser.loadResource(2, "https://tracker.example/pixel.gif") is None


def test_a_missing_image_is_reported_in_the_preview(qtbot, context):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "صورة مفقودة")
    screen.html_edit.setFocus()
    type_text(screen.html_edit, '<img src="cid:banner.jpg">')
    settle(qtbot, screen)
    assert screen.preview_notice.isVisible()
    assert "banner.jpg" in screen.preview_notice.text()


def test_delete_asks_first(qtbot, context, monkeypatch):
    template = context.workspace.templates.add(Template(name="قديم", body_html="<p>x</p>"))
    screen = open_screen(qtbot, context)
    screen.table.selectRow(screen.model.row_of(template.id))
    wait_idle(qtbot, context)
    assert screen.name_edit.text() == "قديم"
    asked: list[str] = []

    def answer(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert asked and "قديم" in asked[0]
    assert context.workspace.templates.get(template.id).name == "قديم"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert template.id not in {t.id for t in context.workspace.templates.all()}
    assert screen.name_edit.text() == ""


def test_an_empty_name_is_refused_inline(qtbot, context):
    screen = open_screen(qtbot, context)
    press(qtbot, screen, QKeySequence.StandardKey.New)
    screen.html_edit.setFocus()
    type_text(screen.html_edit, "<p>x</p>")
    count = len(context.workspace.templates.all())
    press(qtbot, screen.html_edit, QKeySequence.StandardKey.Save)
    wait_idle(qtbot, context)
    assert "name is empty" in screen.error_text
    assert screen.name_edit.hasFocus()
    assert len(context.workspace.templates.all()) == count


def test_switching_away_from_unsaved_changes_asks(qtbot, context, monkeypatch):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "مسودة")
    asked: list[str] = []

    def cancel(*_args, **_kwargs):
        asked.append("asked")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    screen.table.selectRow(0)
    wait_idle(qtbot, context)
    assert asked
    assert screen.name_edit.text() == "مسودة"


def test_find_and_filters(qtbot, context):
    screen = open_screen(qtbot, context)
    press(qtbot, screen, QKeySequence.StandardKey.Find)
    assert screen.search.hasFocus()
    type_text(screen.search, "صفحة")
    assert screen.model.rowCount() == 1
    assert screen.model.template(0).kind == "landing_page"
    screen.search.clear()
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData("email"))
    assert {screen.model.template(r).kind for r in range(screen.model.rowCount())} == {"email"}
    screen.search.setText("nothing like this")
    assert screen.empty_label.text() == "No template matches."


def test_landing_pages_have_a_page_title_and_no_plain_text(qtbot, context):
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "صفحة")
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("landing_page"))
    assert screen.subject_label.text() == "Page title"
    assert not screen.body_tabs.isTabEnabled(1)


def test_widgets_have_accessible_names_and_shortcuts(qtbot, context):
    screen = open_screen(qtbot, context)
    for widget in (
        screen.search,
        screen.table,
        screen.name_edit,
        screen.kind_combo,
        screen.purpose_combo,
        screen.direction_combo,
        screen.subject_edit,
        screen.html_edit,
        screen.text_edit,
        screen.insert_button,
        screen.images_list,
        screen.contact_search,
        screen.contact_combo,
        screen.preview_browser,
        screen.preview_text,
    ):
        assert widget.accessibleName(), widget.objectName()
    assert "(" in screen.save_button.toolTip() and "(" in screen.new_button.toolTip()


def test_arabic_ui_defaults_new_templates_to_right_to_left(qtbot, context):
    context.language = "ar"
    screen = open_screen(qtbot, context)
    press(qtbot, screen, QKeySequence.StandardKey.New)
    assert screen.direction_combo.currentData() == "rtl"
    assert screen.editor_template().language == "ar"


def test_the_list_model_passes_the_model_tester(qtmodeltester, context):
    model = TemplateListModel()
    model.set_templates(
        [
            Template(name="ب", kind="landing_page", id="2", purpose="marketing"),
            Template(name="أ", subject="موضوع", id="1"),
            Template(name="Welcome", direction="ltr", id="3"),
        ]
    )
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0), TemplateIdRole) for r in range(3)] == ["3", "1", "2"]
    model.set_kind_filter("landing_page")
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    model.set_kind_filter(None)
    model.set_search("ا")  # matches "أ" after Arabic normalisation
    assert [model.template(r).id for r in range(model.rowCount())] == ["1"]
    qtmodeltester.check(model)


def test_a_preview_contact_deleted_meanwhile_falls_back_to_the_sample(qtbot, context, fatima):
    screen = open_screen(qtbot, context)
    choose_preview_contact(qtbot, screen, "فاطمة")
    context.workspace.contacts.delete(fatima.id)
    screen._on_preview_contact_chosen(screen.contact_combo.currentIndex())
    wait_idle(qtbot, context)
    assert screen._preview_contact.given_name == "نورة"


def test_in_the_mirrored_layout_the_first_template_opens_and_clicks_open_others(qtbot, context):
    context.language = "ar"
    screen = TemplatesScreen(context)
    qtbot.addWidget(screen)
    screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.resize(1280, 760)
    screen.show()
    qtbot.waitExposed(screen)
    wait_idle(qtbot, context)
    assert screen.name_edit.text() == screen.model.template(0).name
    assert screen.table.selectionModel().isRowSelected(0)
    second = screen.model.template(1)
    rect = screen.table.visualRect(screen.model.index(1, 0))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, context)
    assert screen.name_edit.text() == second.name
    settle(qtbot, screen)
    assert screen.preview_subject.text()


def test_the_purpose_is_shown_whole_beside_the_navigation(qtbot, context):
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    screen = open_screen(qtbot, context)
    screen.resize(1070, 760)  # the room it has in the main window, beside the navigation
    qtbot.wait(50)
    combo = screen.purpose_combo
    for value in ("transactional", "marketing"):
        combo.setCurrentIndex(combo.findData(value))
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        text = combo.currentText()
        assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), text


def test_a_marketing_template_is_not_rendered_for_a_contact_who_objected(qtbot, context, fatima):
    from gtgcrm_desktop.privacy.ledger import ConsentLedger
    from gtgcrm_desktop.privacy.objection import record_objection

    ConsentLedger(context.workspace).set_contact(
        fatima.id,
        purpose="marketing",
        channel="email",
        status="granted",
        lawful_basis="consent",
        source="shop counter",
    )
    screen = open_screen(qtbot, context)
    new_blank_template(qtbot, screen, "عرض")
    screen.purpose_combo.setCurrentIndex(screen.purpose_combo.findData("marketing"))
    type_text(screen.subject_edit, "عرض لـ {{ contact.given_name }}")
    screen.html_edit.setFocus()
    type_text(screen.html_edit, "<p>عرض خاص لـ {{ contact.given_name }}</p>")
    choose_preview_contact(qtbot, screen, "فاطمة")
    # With consent, she sees the offer addressed to her.
    assert "عرض خاص لـ فاطمة" in preview_text(screen)
    assert not screen.preview_notice.isVisible()

    record_objection(context.workspace, fatima.id, source="phone call")
    context.events.contacts_changed.emit()
    screen.refresh_preview()
    settle(qtbot, screen)
    assert screen.preview_notice.isVisible()
    assert "objected to direct marketing" in screen.preview_notice.text()
    assert "not rendered" in screen.preview_notice.text()
    assert "فاطمة" not in preview_text(screen)
    assert screen.preview_text.toPlainText() == ""
    assert "فاطمة" not in screen.preview_subject.text()
    assert screen.error_text == ""  # not a mistake in the template


def test_an_image_over_the_limit_is_refused_without_being_read_whole(tmp_path):
    """A picked "image" of 2 GiB (sparse) is refused after reading at most the limit."""
    import resource

    import pytest

    from gtgcrm_desktop.ui.widgets.template_images import MAX_IMAGE_BYTES, read_image

    huge = tmp_path / "poster.png"
    with huge.open("wb") as out:
        out.truncate(2 << 30)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ValueError, match="larger than 5 MB"):
        read_image(huge, set())
    assert (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
        < 4 * MAX_IMAGE_BYTES // 1024
    )
