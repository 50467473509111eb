"""No source-English string in the Arabic UI, no Arabic string in the English UI.

Every screen, tab and dialog is built, many times over (also beside busy processes, as on a
loaded machine), from the compiled .qm files and from the .ts fallback; every visible text is
collected (window titles, labels, buttons, placeholders, tooltips, accessible names, group
titles, tab texts, combo items, menu actions, wizard pages, the status bar, and the headers and
cells of every item view's model) and compared with the messages of i18n/*.ts.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

import gtgcrm_desktop.ui
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.settings import MachineSettings
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.templates.defaults import default_templates
from tests.conftest import ROOT
from tests.ui.conftest import sample_contacts, wait_idle

_PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{\w+\}")
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")


class Catalogue:
    """Exact texts and placeholder patterns of one language's messages, from the .ts files."""

    def __init__(self, texts: set[str]) -> None:
        self.exact = {t for t in texts if not _PLACEHOLDER.search(t)}
        self.pattern = re.compile(
            "|".join(f"(?:{_pattern(t)})" for t in texts - self.exact if _meaningful(t))
        )

    def matches(self, text: str) -> bool:
        return text in self.exact or bool(self.pattern.fullmatch(text))


def _meaningful(text: str) -> bool:
    rest = _PLACEHOLDER.sub("", text)
    return bool(_LATIN.search(rest) or _ARABIC.search(rest))


def _pattern(text: str) -> str:
    pieces = _PLACEHOLDER.split(text)
    return ".+?".join(re.escape(piece) for piece in pieces)


def _messages() -> Iterator[tuple[str, list[str], list[str]]]:
    """(source, Arabic forms, English forms) of every message."""
    roots = {lang: ET.parse(ROOT / "i18n" / f"gtgcrm_{lang}.ts").getroot() for lang in ("ar", "en")}
    english: dict[tuple[str, str], list[str]] = {}
    for context in roots["en"].iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            english[key] = _forms(message)
    for context in roots["ar"].iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            yield key[1], _forms(message), english.get(key, [])


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return [f for f in (forms or [translation.text or ""]) if f]


def catalogues() -> tuple[Catalogue, Catalogue]:
    """What must not show in Arabic (English sources and plural forms whose Arabic differs),
    and what must not show in English (the Arabic translations)."""
    english, arabic = set(), set()
    for source, ar_forms, en_forms in _messages():
        if source in ar_forms or not _LATIN.search(source):
            continue  # the same in both languages (a format, a product name)
        english.add(source)
        english.update(f for f in en_forms if f not in ar_forms)
        arabic.update(f for f in ar_forms if _ARABIC.search(f))
    return Catalogue(english), Catalogue(arabic)


# -- collecting the visible texts -----------------------------------------------------------


def _plain(text: str) -> str:
    if "<" in text and Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text


def _action_texts(action: QAction, seen: set[int]) -> Iterator[str]:
    if id(action) in seen:
        return
    seen.add(id(action))
    yield action.text()
    yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
    yield action.statusTip()
    if action.menu() is not None:
        menu = action.menu()
        yield menu.title()
        for child in menu.actions():
            yield from _action_texts(child, seen)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # private in QListWidget's model: one column
        columns = 1
    for section in range(columns):
        for role in roles:
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    for row in range(min(model.rowCount(QModelIndex()), 30)):
        for column in range(columns):
            index = model.index(row, column)
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every text `widget` shows or tells about itself (not its children)."""
    yield QWidget.windowTitle(widget)
    yield QWidget.toolTip(widget)
    yield QWidget.statusTip(widget)
    yield QWidget.whatsThis(widget)
    yield QWidget.accessibleName(widget)
    yield QWidget.accessibleDescription(widget)
    seen: set[int] = set()
    for action in QWidget.actions(widget):
        yield from _action_texts(action, seen)
    if isinstance(widget, QLabel):
        yield QLabel.text(widget)
    if isinstance(widget, QAbstractButton):
        yield QAbstractButton.text(widget)
    for kind in (QPushButton, QToolButton):
        if isinstance(widget, kind) and kind.menu(widget) is not None:
            yield from widget_texts(kind.menu(widget))
    if isinstance(widget, QLineEdit):
        yield QLineEdit.placeholderText(widget)
        if QLineEdit.isReadOnly(widget):
            yield QLineEdit.text(widget)
    for kind in (QTextEdit, QPlainTextEdit):
        if isinstance(widget, kind):
            yield kind.placeholderText(widget)
            if kind.isReadOnly(widget):
                yield from kind.toPlainText(widget).split("\n")
    if isinstance(widget, QComboBox):
        yield QComboBox.placeholderText(widget)
        for i in range(QComboBox.count(widget)):
            yield QComboBox.itemText(widget, i)
            tip = QComboBox.itemData(widget, i, Qt.ItemDataRole.ToolTipRole)
            yield tip if isinstance(tip, str) else ""
    if isinstance(widget, QGroupBox):
        yield QGroupBox.title(widget)
    if isinstance(widget, QTabWidget):
        for i in range(QTabWidget.count(widget)):
            yield QTabWidget.tabText(widget, i)
            yield QTabWidget.tabToolTip(widget, i)
    if isinstance(widget, QTabBar):
        for i in range(QTabBar.count(widget)):
            yield QTabBar.tabText(widget, i)
            yield QTabBar.tabToolTip(widget, i)
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    if isinstance(widget, QAbstractSpinBox):
        yield QAbstractSpinBox.specialValueText(widget)
    if isinstance(widget, QProgressBar):
        yield QProgressBar.text(widget)
    if isinstance(widget, QWizardPage):
        yield QWizardPage.title(widget)
        yield QWizardPage.subTitle(widget)
    if isinstance(widget, QWizard):
        for button in QWizard.WizardButton:
            if button.value <= QWizard.WizardButton.CustomButton3.value:
                yield QWizard.buttonText(widget, button)
    if isinstance(widget, QMainWindow) and QMainWindow.statusBar(widget) is not None:
        yield QMainWindow.statusBar(widget).currentMessage()
    if isinstance(widget, QMenu):
        yield QMenu.title(widget)


def all_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for `top` and every widget under it, lines of multi-line texts too."""
    for widget in [top, *top.findChildren(QWidget)]:
        where = f"{type(widget).__name__}#{widget.objectName()}"
        for raw in widget_texts(widget):
            text = _plain(raw or "").translate(_INVISIBLE).replace("&&", "\0").replace("&", "")
            text = text.replace("\0", "&").strip()
            if not text:
                continue
            yield where, text
            for line in text.split("\n"):
                if line.strip() and line.strip() != text:
                    yield where, line.strip()


def offending(top: QWidget, forbidden: Catalogue) -> set[str]:
    return {f"{where}: {text!r}" for where, text in all_texts(top) if forbidden.matches(text)}


# -- building every screen, tab and dialog ---------------------------------------------------


def _settle(qtbot, context) -> None:
    wait_idle(qtbot, context)
    QApplication.processEvents()


def _visit_tabs(qtbot, context, top: QWidget) -> None:
    """Open every tab (some build their pages when first shown)."""
    for tabs in top.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            _settle(qtbot, context)


def _walk_main_window(qtbot, context, forbidden: Catalogue) -> set[str]:
    from gtgcrm_desktop.ui.main_window import MainWindow
    from gtgcrm_desktop.ui.screens import SCREEN_NAMES

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()
    window.show()
    qtbot.waitExposed(window)
    window.start_background_screens()
    window.refresh_count()
    _settle(qtbot, context)
    found: set[str] = set()
    for name in SCREEN_NAMES:
        window.show_screen(name)
        _settle(qtbot, context)
        _visit_tabs(qtbot, context, window)
        for view in window.screen(name).findChildren(QAbstractItemView):
            if view.model() is not None and view.model().rowCount(QModelIndex()):
                view.setCurrentIndex(view.model().index(0, 0))  # fills editors and details
        _settle(qtbot, context)
        found |= offending(window, forbidden)
    window.hide()
    return found


def _dialog_factories(context, folder: Path) -> dict[str, object]:
    """How to build each dialog that needs more than the context, from its class."""
    from gtgcrm_desktop.privacy.policy import PolicyNotice, current_policy
    from gtgcrm_desktop.store.sync_state import Conflict

    language, tasks = context.language, context.tasks
    contact = context.workspace.contacts.add(
        validate_contact(Contact(given_name="Sara", family_name="Test", organization="Acme"))
    )
    policy = current_policy()
    conflict = Conflict(
        id=uuid.uuid4().hex,
        entity="contact",
        entity_id=contact.id,
        field="organization",
        kind="field",
        local_value="Acme",
        remote_value="Tienda",
        local_hlc="1",
        remote_hlc="2",
        winner="remote",
        detected_at="2024-12-09T10:00:00Z",
        resolved_at=None,
        resolution=None,
    )
    notice = PolicyNotice(policy, "2020-01-01", policy.changes_since("2020-01-01"))
    return {
        "FirstRunWizard": lambda cls: cls(folder / "new", tasks, language),
        "FirstRunPolicyDialog": lambda cls: cls(language),
        "UnlockDialog": lambda cls: cls(context.workspace.data_dir, tasks, language),
        "PolicyNoticeDialog": lambda cls: cls(context, notice, None),
        "CorrectionDialog": lambda cls: cls(context, contact, None),
        "ExportOptionsDialog": lambda cls: cls("Sara", None),
        "MergeDialog": lambda cls: cls(conflict, None),
        "RecoveryCodeDialog": lambda cls: cls("ABCD-EFGH-JKLM-NPQR", "demo", language),
    }


def dialog_classes() -> dict[str, type]:
    """Every QDialog subclass defined in the ui package, by name."""
    found = {}
    for info in pkgutil.walk_packages(gtgcrm_desktop.ui.__path__, "gtgcrm_desktop.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QDialog):
                found[name] = cls
    return found


def _takes_only_the_context(cls: type) -> bool:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    required = [p for p in parameters if p.default is inspect.Parameter.empty]
    return [p.name for p in required] == ["context"]


def all_dialogs(context, folder: Path) -> dict[str, object]:
    """A factory for every dialog class that can be built here (see the test below)."""
    special = _dialog_factories(context, folder)
    factories = {}
    for name, cls in dialog_classes().items():
        if name in special:
            factories[name] = lambda cls=cls, make=special[name]: make(cls)
        elif _takes_only_the_context(cls):
            factories[name] = lambda cls=cls: cls(context)
    return factories


def _walk_dialogs(qtbot, context, folder: Path, forbidden: Catalogue) -> set[str]:
    found: set[str] = set()
    for name, make in all_dialogs(context, folder).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        _settle(qtbot, context)
        _visit_tabs(qtbot, context, dialog)
        if isinstance(dialog, QWizard):
            for page_id in dialog.pageIds():
                found |= {f"{name}: {o}" for o in offending(dialog.page(page_id), forbidden)}
        found |= {f"{name}: {o}" for o in offending(dialog, forbidden)}
        dialog.hide()
    return found


# -- the tests --------------------------------------------------------------------------------


@pytest.fixture
def populated(workspace):
    """A workspace with contacts (Arabic and Latin) and the sample templates."""
    workspace.contacts.add_many(sample_contacts(12))
    for template in default_templates():
        workspace.templates.add(template)
    return workspace


def _ui(qapp, workspace, language: str, from_source: bool, monkeypatch):
    from gtgcrm_desktop.core import i18n as core_i18n
    from gtgcrm_desktop.ui import language as language_module
    from gtgcrm_desktop.ui.context import AppContext
    from gtgcrm_desktop.ui.language import SourceTranslator, install_language
    from gtgcrm_desktop.ui.tasks import TaskRunner

    # The .ts files as they are now, compiled here (the tree's .qm may lag behind a .ts that
    # is being edited; tests/packaging checks the tree's own).
    folder = Path(tempfile.mkdtemp(prefix="i18n-", dir=Path(workspace.data_dir).parent))
    for ts_file in (ROOT / "i18n").glob("*.ts"):
        shutil.copy(ts_file, folder / ts_file.name)
    if not from_source:
        _build_translations().release(folder)
        for ts_file in folder.glob("*.ts"):  # the build compiled the tree's .ts files
            shutil.copy(ROOT / "i18n" / ts_file.name, ts_file)
    monkeypatch.setattr(language_module, "i18n_dir", lambda: folder)
    monkeypatch.setattr(core_i18n, "i18n_dir", lambda: folder)
    core_i18n._messages.cache_clear()
    translators = install_language(qapp, language)
    assert any(isinstance(t, SourceTranslator) for t in translators) == from_source
    settings = MachineSettings(Path(workspace.data_dir) / "settings.json")
    return AppContext(workspace, TaskRunner(), language, settings), translators


def _build_translations():
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _uninstall(qapp, context, translators) -> None:
    from gtgcrm_desktop.core import i18n as core_i18n

    core_i18n._messages.cache_clear()
    context.tasks.cancel_all()
    context.tasks.wait_for_done()
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def busy_processes(count: int) -> list[subprocess.Popen]:
    code = "import time\nend = time.time() + 600\nwhile time.time() < end: pass\n"
    return [subprocess.Popen([sys.executable, "-c", code]) for _ in range(count)]


def test_every_dialog_of_the_ui_is_walked(qapp, context, tmp_path):
    assert set(dialog_classes()) <= set(all_dialogs(context, tmp_path))


@pytest.mark.parametrize(
    ("language", "from_source", "rounds", "load"),
    [
        ("ar", False, 3, 0),
        ("ar", True, 1, 0),
        pytest.param("ar", False, 2, 2, marks=pytest.mark.slow, id="ar-under-cpu-load"),
        ("en", False, 2, 0),
        ("en", True, 1, 0),
    ],
)
def test_no_word_of_the_other_language(
    qapp, qtbot, populated, tmp_path, monkeypatch, language, from_source, rounds, load
):
    english_sources, arabic_texts = catalogues()
    forbidden = english_sources if language == "ar" else arabic_texts
    context, translators = _ui(qapp, populated, language, from_source, monkeypatch)
    busy = busy_processes(load)
    try:
        for round_number in range(rounds):
            found = _walk_main_window(qtbot, context, forbidden)
            found |= _walk_dialogs(qtbot, context, tmp_path / f"r{round_number}", forbidden)
            assert not found, f"round {round_number + 1}: " + "\n".join(sorted(found))
    finally:
        for process in busy:
            process.kill()
            process.wait()
        _uninstall(qapp, context, translators)


def test_the_walk_sees_english_in_arabic(qapp, qtbot, populated, tmp_path, monkeypatch):
    """Without our translations the same walk finds the template list's English headers."""
    english_sources, _ = catalogues()
    context, translators = _ui(qapp, populated, "ar", False, monkeypatch)
    try:
        for translator in translators:
            qapp.removeTranslator(translator)
        found = _walk_main_window(qtbot, context, english_sources)
    finally:
        _uninstall(qapp, context, translators)
    assert any("'Type'" in f for f in found) and any("'Landing page" in f for f in found)
    assert any("contact(s)" in f for f in found)
