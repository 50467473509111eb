"""The screen contract: each screen is a QWidget built as `Screen(context, parent=None)`.

The main window shows, in this order, the screens named in SCREENS. Each lives in
`gtgcrm_desktop/ui/screens/<name>.py` and defines the class named here, a `QWidget`
subclass whose constructor is `__init__(self, context: AppContext, parent: QWidget | None
= None)`. It reads and writes through `context.workspace`, runs anything slow through
`context.tasks`, reports through `context.notify(...)` and `context.events`, and puts every
visible string through `self.tr(...)`.

Optional hooks the main window calls when present:
- `screen_shown(self) -> None`: the screen just became the visible one.
- `focus_search(self) -> None`: the user pressed the Find shortcut on this screen.
- `confirm_leaving(self) -> bool`: the window is closing; offer to save unsaved edits and
  return False when the person chose to stay.
- `unsaved_state(self) -> object | None` and `restore_unsaved_state(self, state) -> None`: the
  window is locking (the screen is thrown away with the closed workspace); return the unsaved
  edits to keep in memory, and show them again, still unsaved, on the rebuilt screen.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class ScreenSpec:
    """Where a screen's class lives and its navigation title (source text, context MainWindow)."""

    name: str
    module: str
    class_name: str
    title: str


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "contacts",
        "gtgcrm_desktop.ui.screens.contacts",
        "ContactsScreen",
        QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
    ),
    ScreenSpec(
        "templates",
        "gtgcrm_desktop.ui.screens.templates",
        "TemplatesScreen",
        QT_TRANSLATE_NOOP("MainWindow", "Templates"),
    ),
    ScreenSpec(
        "privacy",
        "gtgcrm_desktop.ui.screens.privacy",
        "PrivacyScreen",
        QT_TRANSLATE_NOOP("MainWindow", "Privacy"),
    ),
    ScreenSpec(
        "sync",
        "gtgcrm_desktop.ui.screens.sync",
        "SyncScreen",
        QT_TRANSLATE_NOOP("MainWindow", "Sync"),
    ),
)

SCREEN_NAMES: tuple[str, ...] = tuple(spec.name for spec in SCREENS)


def screen_spec(name: str) -> ScreenSpec:
    for spec in SCREENS:
        if spec.name == name:
            return spec
    raise KeyError(name)


def screen_class(name: str) -> type[QWidget] | None:
    """The screen's class, or None while its module has not been written yet.

    Only a missing module counts as "not there yet"; an error inside an existing module
    is raised, so a broken screen is never hidden behind a placeholder.
    """
    spec = screen_spec(name)
    if importlib.util.find_spec(spec.module) is None:
        return None
    module = importlib.import_module(spec.module)
    found: type[QWidget] = getattr(module, spec.class_name)
    return found
