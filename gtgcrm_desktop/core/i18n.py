"""Translations without Qt: marks strings for lupdate and reads `i18n/*.ts` for the CLI."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache

from gtgcrm_desktop.core.resources import i18n_dir

SUPPORTED_LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


@cache
def _catalog(language: str) -> dict[tuple[str, str], str]:
    """All finished translations of one `.ts` file, keyed by (context, source)."""
    path = i18n_dir() / f"gtgcrm_{language}.ts"
    if not path.is_file():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if message.get("numerus") == "yes":  # plural forms need Qt's rules: only in .qm
                continue
            if translation.text:
                catalog[(name, source)] = translation.text
    return catalog


def translate(context: str, text: str, language: str) -> str:
    """`text` in `language`, or `text` itself when there is no finished translation."""
    if language == "en":
        return text
    return _catalog(language).get((context, text), text)


def cli_language(explicit: str | None = None) -> str:
    """The language for command-line messages: --lang, GTGCRM_LANG, the locale, else English."""
    for candidate in (explicit, os.environ.get("GTGCRM_LANG")):
        if candidate:
            return candidate if candidate in SUPPORTED_LANGUAGES else "en"
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "ar" if value.lower().startswith("ar") else "en"
    return "en"
