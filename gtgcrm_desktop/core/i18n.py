"""Translations without Qt: marks strings for lupdate and reads `i18n/*.ts` for the CLI."""

from __future__ import annotations

import hashlib
import os
from functools import cache

from gtgcrm_desktop.core.resources import i18n_dir

SUPPORTED_LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


@cache
def _messages(language: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[str]]]:
    """The finished translations of one `.ts` file, keyed by (context, source): the singular
    ones, and the plural ones as their forms in Qt's order for the language."""
    import xml.etree.ElementTree as ET  # only the CLI and the .ts fallback read the .ts

    path = i18n_dir() / f"gtgcrm_{language}.ts"
    singular: dict[tuple[str, str], str] = {}
    plural: dict[tuple[str, str], list[str]] = {}
    if not path.is_file():
        return singular, plural
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            # As lrelease compiles them: unfinished translations too, never obsolete ones.
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.findall("numerusform")]
                if forms and all(forms):
                    plural[(name, source)] = forms
            elif translation.text:
                singular[(name, source)] = translation.text
    return singular, plural


def _catalog(language: str) -> dict[tuple[str, str], str]:
    return _messages(language)[0]


def lookup(context: str, text: str, language: str) -> str | None:
    """The translation of `text` in the .ts of `language` (English too), or None."""
    return _messages(language)[0].get((context, text))


def plural_form(language: str, n: int) -> int:
    """Which numerus form Qt uses for `n` in `language` (Qt's rules, as lrelease writes them)."""
    if language == "ar":
        rest = n % 100
        if n in (0, 1, 2):
            return n
        if 3 <= rest <= 10:
            return 3
        if rest >= 11:
            return 4
        return 5
    return 0 if n == 1 else 1


def translate_plural(context: str, text: str, n: int, language: str) -> str | None:
    """The form of a plural message for `n` (with %n left in), or None when there is none."""
    forms = _messages(language)[1].get((context, text))
    if not forms:
        return None
    return forms[min(plural_form(language, n), len(forms) - 1)]


def compiled_is_fresh(language: str) -> bool:
    """Whether `gtgcrm_<language>.qm` was compiled from the `.ts` beside it as it is now.

    The build records the .ts digest beside each .qm; a .qm without the .ts (nothing to compare
    with) counts as fresh, one without a digest or with another digest as stale.
    """
    folder = i18n_dir()
    ts_file = folder / f"gtgcrm_{language}.ts"
    stamp = folder / f"gtgcrm_{language}.qm.source"
    if not ts_file.is_file():
        return True
    try:
        recorded = stamp.read_text(encoding="ascii").strip()
    except OSError:
        return False
    return recorded == hashlib.sha256(ts_file.read_bytes()).hexdigest()


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
