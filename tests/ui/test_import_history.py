"""The import history: earlier imports listed from the contacts screen, each undoable as a whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gtgcrm_desktop.interchange import import_file
from gtgcrm_desktop.ui.models.import_history import (
    COLUMN_COUNT,
    FORMAT_COLUMN,
    NEW_COLUMN,
    STATUS_COLUMN,
    TIME_COLUMN,
    UPDATED_COLUMN,
    ImportHistoryModel,
)
from gtgcrm_desktop.ui.screens.import_history import ImportHistoryDialog
from tests.ui.conftest import wait_idle

DATA = Path(__file__).resolve().parents[1] / "interchange" / "data"


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the confirmation with `button`; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _open_from_contacts_screen(qtbot, context) -> tuple[object, ImportHistoryDialog]:
    from gtgcrm_desktop.ui.screens.contacts import ContactsScreen

    screen = ContactsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    wait_idle(qtbot, context)
    assert screen.history_action in screen.more_button.menu().actions()
    screen.history_action.trigger()
    dialog = screen.findChild(ImportHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    wait_idle(qtbot, context)
    return screen, dialog


def _cell(dialog: ImportHistoryDialog, row: int, column: int) -> str:
    return dialog.table.model().index(row, column).data()


def _select(qtbot, dialog: ImportHistoryDialog, row: int) -> None:
    rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_undo_from_the_history_removes_the_contacts(qtbot, context, monkeypatch):
    import_file(context.workspace, DATA / "google_current.csv")
    screen, dialog = _open_from_contacts_screen(qtbot, context)
    assert screen.model.total == 4  # issue 12: the person with an invalid e-mail is kept
    assert dialog.table.model().rowCount() == 1
    assert _cell(dialog, 0, FORMAT_COLUMN) == "Google Contacts CSV"
    assert (_cell(dialog, 0, NEW_COLUMN), _cell(dialog, 0, UPDATED_COLUMN)) == ("4", "0")
    assert _cell(dialog, 0, STATUS_COLUMN) == "Imported"
    assert _cell(dialog, 0, TIME_COLUMN)
    assert not dialog.undo_button.isEnabled()  # nothing selected yet

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _select(qtbot, dialog, 0)
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.model.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert "google_current.csv" in asked[0]
    assert context.workspace.contacts.count() == 0
    assert screen.model.total == 0  # the contacts list was refreshed
    assert _cell(dialog, 0, STATUS_COLUMN) == "Undone"
    assert "The import was undone." in dialog.status.text()
    assert "4 added contact" in dialog.status.text()
    _select(qtbot, dialog, 0)
    assert not dialog.undo_button.isEnabled()  # an undone import cannot be undone again


def test_saying_no_changes_nothing(qtbot, context, monkeypatch):
    import_file(context.workspace, DATA / "google_current.csv")
    _screen, dialog = _open_from_contacts_screen(qtbot, context)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    _select(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert len(asked) == 1
    assert context.workspace.contacts.count() == 4
    assert _cell(dialog, 0, STATUS_COLUMN) == "Imported"


def test_contacts_deleted_since_the_import_are_reported_as_left_alone(qtbot, context, monkeypatch):
    report = import_file(context.workspace, DATA / "google_current.csv")
    repository = context.workspace.contacts
    first = next(iter(repository.iter_all()))
    repository.delete(first.id)
    _screen, dialog = _open_from_contacts_screen(qtbot, context)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _select(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert report.new == 4 and repository.count() == 0
    assert dialog.last_report is not None and dialog.last_report.skipped == 1
    assert "3 added contact" in dialog.status.text()
    assert "1 contact(s) deleted after the import left deleted." in dialog.status.text()


def test_a_contact_edited_since_the_import_is_kept_and_named(qtbot, context, monkeypatch):
    import_file(context.workspace, DATA / "google_current.csv")
    repository = context.workspace.contacts
    edited = next(iter(repository.iter_all()))
    edited.notes = "called back on Sunday"
    repository.update(edited)
    screen, dialog = _open_from_contacts_screen(qtbot, context)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _select(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert [c.id for c in repository.iter_all()] == [edited.id]
    assert screen.model.total == 1
    text = dialog.status.text()
    assert "3 added contact" in text
    assert "1 contact(s) edited after the import kept as they are now." in text
    assert edited.effective_display_name() in text


def test_closing_the_dialog_during_an_undo_still_refreshes_the_contacts(
    qtbot, context, monkeypatch
):
    import_file(context.workspace, DATA / "google_current.csv")
    screen, dialog = _open_from_contacts_screen(qtbot, context)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _select(qtbot, dialog, 0)
    messages: list[str] = []
    context.events.status_message.connect(messages.append)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    dialog.close()  # before the undo's answer arrives
    wait_idle(qtbot, context)
    assert context.workspace.contacts.count() == 0
    assert screen.model.total == 0
    assert any("The import was undone." in m for m in messages)


def test_newest_import_is_listed_first_and_an_empty_history_says_so(qtbot, context):
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert dialog.status.text() == "No imports yet."
    import_file(context.workspace, DATA / "google_current.csv")
    import_file(context.workspace, DATA / "mapped.csv", format="csv")
    with qtbot.waitSignal(dialog.model.loaded, timeout=10_000):
        dialog.model.refresh()
    assert dialog.table.model().rowCount() == 2
    assert _cell(dialog, 0, FORMAT_COLUMN) == "CSV with a column mapping"
    assert _cell(dialog, 1, FORMAT_COLUMN) == "Google Contacts CSV"


@pytest.mark.parametrize("count", [0, 2])
def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, context, count):
    for _ in range(count):
        import_file(context.workspace, DATA / "google_current.csv")
    from gtgcrm_desktop.interchange import list_imports

    model = ImportHistoryModel(lambda: list_imports(context.workspace), context.tasks)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    assert (model.rowCount(), model.columnCount()) == (count, COLUMN_COUNT)
    qtmodeltester.check(model, force_py=True)


def test_arabic_history_is_right_to_left_and_translated(qtbot, context):
    from gtgcrm_desktop.ui.language import install_language

    app = QApplication.instance()
    translators = install_language(app, "ar")
    try:
        context.language = "ar"
        import_file(context.workspace, DATA / "google_current.csv")
        dialog = ImportHistoryDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_idle(qtbot, context)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.windowTitle() == "سجل الاستيراد"
        model = dialog.table.model()
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert all(h and not any("a" <= ch.lower() <= "z" for ch in h) for h in headers)
        assert _cell(dialog, 0, STATUS_COLUMN) == "مستورد"
        assert dialog.undo_button.text() == "التراجع عن هذا الاستيراد"
        assert not dialog.undo_button.isEnabled()
        _select(qtbot, dialog, 0)  # a click selects the row in the mirrored table too
        assert dialog.undo_button.isEnabled()
        # The undo button sits on the right, where an Arabic reader starts.
        left = dialog.undo_button.mapTo(dialog, dialog.undo_button.rect().topLeft()).x()
        assert left > dialog.width() / 2
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English))
