"""The contact list model pages from SQL, sorts in SQL, searches through FTS; Qt's model tester agrees."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gtgcrm_desktop.ui.models.contacts import ContactIdRole, ContactListModel
from tests.ui.conftest import sample_contacts, wait_idle


def loaded_model(qtbot, context, page_size: int = 200) -> ContactListModel:
    model = ContactListModel(context.workspace.contacts, context.tasks, page_size=page_size)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    return model


def test_pages_instead_of_loading_everything(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(450))
    model = loaded_model(qtbot, context)
    assert model.total == 450
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    wait_idle(qtbot, context)
    assert model.rowCount() == 400
    model.fetchMore()
    wait_idle(qtbot, context)
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    ids = [model.data(model.index(r, 0), ContactIdRole) for r in range(450)]
    assert len(set(ids)) == 450


def test_sorting_reloads_in_sql_order(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(30))
    model = loaded_model(qtbot, context)
    ascending = [model.data(model.index(r, 0), ContactIdRole) for r in range(model.rowCount())]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    descending = [model.data(model.index(r, 0), ContactIdRole) for r in range(model.rowCount())]
    assert descending == list(reversed(ascending))


def test_search_uses_the_arabic_aware_index(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(24))
    model = loaded_model(qtbot, context)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_search("احم")  # finds أحمد
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names and all("أحمد" in name for name in names)
    assert model.total == len(names)


def test_emails_and_phones_are_isolated_left_to_right(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(1))
    model = loaded_model(qtbot, context)
    email = model.data(model.index(0, 2))
    assert email.startswith("\u2066") and email.endswith("\u2069")


def test_qt_model_tester_accepts_the_model(qtbot, qtmodeltester, context):
    context.workspace.contacts.add_many(sample_contacts(250))
    model = loaded_model(qtbot, context, page_size=100)
    qtmodeltester.check(model, force_py=True)
    model.fetchMore()
    wait_idle(qtbot, context)
    qtmodeltester.check(model, force_py=True)


def test_qt_model_tester_accepts_an_empty_model(qtbot, qtmodeltester, context):
    model = loaded_model(qtbot, context)
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_a_full_first_page_shows_before_the_matches_are_counted(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(450))
    model = ContactListModel(context.workspace.contacts, context.tasks, page_size=200)
    seen_at_reset: list[tuple[int, bool]] = []
    model.modelReset.connect(lambda: seen_at_reset.append((model.rowCount(), model.loading)))
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    assert seen_at_reset == [(200, True)]  # rows painted while the count was still running
    assert (model.total, model.loading, model.canFetchMore()) == (450, False, True)


def test_a_short_first_page_is_its_own_count(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(5))
    model = loaded_model(qtbot, context)
    assert (model.total, model.rowCount(), model.loading) == (5, 5, False)
