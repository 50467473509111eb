"""Applies the UI language: Qt's own translations, ours (.qm, else the .ts source), direction, font."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from gtgcrm_desktop.core.i18n import (
    SUPPORTED_LANGUAGES,
    compiled_is_fresh,
    lookup,
    translate_plural,
)
from gtgcrm_desktop.core.resources import i18n_dir, resource_path

_log = logging.getLogger(__name__)

#: Latin first, then Arabic: Qt takes each character from the first family that has it.
UI_FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]
UI_FONT_POINT_SIZE = 10


class SourceTranslator(QTranslator):
    """Reads the finished translations of `i18n/gtgcrm_<lang>.ts` when no fresh `.qm` exists."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self._language

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n >= 0:  # Qt replaces %n in whatever comes back
            return translate_plural(context, source_text, n, self._language)
        # None is a null QString: "not here", so Qt asks the next translator.
        return lookup(context, source_text, self._language)


def load_fonts() -> list[str]:
    """Register the bundled fonts; returns the families found."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            _log.warning("font not loaded: %s", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


_fonts_thread: threading.Thread | None = None


def load_fonts_in_background() -> None:
    """Register the bundled fonts on a thread while the GUI thread goes on with start-up
    (QFontDatabase is thread-safe, and reading the font files lets go of the GIL); call
    `wait_for_fonts()` before the first widget is made."""
    global _fonts_thread
    _fonts_thread = threading.Thread(target=load_fonts, name="fonts", daemon=True)
    _fonts_thread.start()


def wait_for_fonts() -> None:
    """Return once the fonts started by `load_fonts_in_background` are registered."""
    global _fonts_thread
    if _fonts_thread is not None:
        _fonts_thread.join()
        _fonts_thread = None


def ui_font() -> QFont:
    font = QFont()
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSize(UI_FONT_POINT_SIZE)
    return font


def install_language(
    app: QApplication, language: str, fonts_in_background: bool = False
) -> list[QTranslator]:
    """Install the translators for `language`, mirror the layout for Arabic, set the font
    (with `fonts_in_background`, the bundled fonts are registered on a thread: call
    `wait_for_fonts()` before making widgets).

    Returns the translators, which must stay referenced for as long as they are installed.
    """
    if language not in SUPPORTED_LANGUAGES:
        language = "ar"
    locale = QLocale(QLocale.Language.Arabic if language == "ar" else QLocale.Language.English)
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    if language != "en":
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", qt_translations):
            translators.append(qtbase)
        else:
            _log.warning("qtbase_%s not found in %s", language, qt_translations)
    # English too: its file holds the plural forms ("1 entry shown", "30 entries shown").
    ours = QTranslator(app)
    if not compiled_is_fresh(language):  # a .ts edited since: its .qm would miss the changes
        _log.warning("gtgcrm_%s.qm is older than its .ts: reading the .ts", language)
        translators.append(SourceTranslator(language))
    elif ours.load(f"gtgcrm_{language}", str(i18n_dir())):
        translators.append(ours)
    else:
        translators.append(SourceTranslator(language))
    for translator in translators:
        app.installTranslator(translator)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    if fonts_in_background:
        load_fonts_in_background()
    else:
        load_fonts()
    app.setFont(ui_font())
    return translators
