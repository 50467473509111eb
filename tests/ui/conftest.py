"""Fixtures for GUI tests: an AppContext on the test workspace, and sample contacts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber
from gtgcrm_desktop.core.settings import MachineSettings
from gtgcrm_desktop.core.validation import validate_contact


def sample_contacts(count: int) -> list[Contact]:
    """`count` valid contacts, alternating Arabic and Latin names."""
    arabic = ["أحمد", "محمد", "فاطمة", "نورة", "خالد", "سارة"]
    latin = ["John", "Maria", "Ali", "Emma", "Omar", "Lina"]
    contacts = []
    for i in range(count):
        given = (arabic if i % 2 else latin)[(i // 2) % 6]
        contacts.append(
            validate_contact(
                Contact(
                    given_name=given,
                    family_name=f"N{i:05d}",
                    emails=[EmailAddress(f"person{i}@example.com")],
                    phones=[PhoneNumber(f"05{i:08d}")],
                )
            )
        )
    return contacts


@pytest.fixture
def context(qapp, workspace) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """An English AppContext on the test workspace; waits for background tasks at the end."""
    from gtgcrm_desktop.ui.context import AppContext
    from gtgcrm_desktop.ui.tasks import TaskRunner

    tasks = TaskRunner()
    settings = MachineSettings(Path(workspace.data_dir) / "settings.json")
    made = AppContext(workspace, tasks, "en", settings)
    yield made
    tasks.cancel_all()
    tasks.wait_for_done()
    qapp.processEvents()


@pytest.fixture(autouse=True)
def _dialog_scripts_end_with_their_test() -> Iterator[None]:
    """No DialogScript of one test answers (or closes) the next test's dialogs."""
    yield
    from tests.ui.dialogs import stop_all_scripts

    stop_all_scripts()


def wait_idle(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """Wait until no background task runs and their results have been delivered."""
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` into `widget` key by key (QTest's keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def arabic(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The Arabic UI (translations, right to left) for one test; English again afterwards."""
    from PySide6.QtCore import QLocale, Qt

    from gtgcrm_desktop.ui.language import install_language

    translators = install_language(qapp, "ar")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English))
