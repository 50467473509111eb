"""The translation files: every Arabic entry finished, English complete, .qm built by the script."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "build_translations.py"


def _script():
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_arabic_file_has_no_unfinished_or_empty_translation():
    missing = _script().unfinished(ROOT / "i18n" / "gtgcrm_ar.ts")
    assert missing == [], f"{len(missing)} unfinished Arabic translations, e.g. {missing[:5]}"


def test_english_file_is_finished_too():
    assert _script().unfinished(ROOT / "i18n" / "gtgcrm_en.ts") == []


def test_both_files_hold_the_same_messages():
    def keys(language):
        root = ET.parse(ROOT / "i18n" / f"gtgcrm_{language}.ts").getroot()
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in root.iter("context")
            for m in c.iter("message")
        }

    assert keys("ar") == keys("en")


def test_contexts_read_by_the_cli_are_kept():
    root = ET.parse(ROOT / "i18n" / "gtgcrm_ar.ts").getroot()
    names = {c.findtext("name") for c in root.iter("context")}
    assert {"errors", "fields", "cli"} <= names


def test_placeholders_survive_translation():
    import re

    root = ET.parse(ROOT / "i18n" / "gtgcrm_ar.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        wanted = set(re.findall(r"\{\w+\}|%\d", source))
        for text in texts:
            assert set(re.findall(r"\{\w+\}|%\d", text)) == wanted, source


def test_release_builds_qm_files(tmp_path):
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--no-update"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert (ROOT / "i18n" / "gtgcrm_ar.qm").stat().st_size > 1000


def _compiled_and_source(tmp_path, language):
    """A QTranslator on a .qm compiled now from the .ts, and the .ts fallback, side by side."""
    import shutil

    from PySide6.QtCore import QTranslator

    from gtgcrm_desktop.core import i18n as core_i18n
    from gtgcrm_desktop.ui.language import SourceTranslator

    shutil.copy(ROOT / "i18n" / f"gtgcrm_{language}.ts", tmp_path / f"gtgcrm_{language}.ts")
    _script().release(tmp_path)
    shutil.copy(ROOT / "i18n" / f"gtgcrm_{language}.ts", tmp_path / f"gtgcrm_{language}.ts")
    compiled = QTranslator()
    assert compiled.load(str(tmp_path / f"gtgcrm_{language}.qm"))
    core_i18n._messages.cache_clear()
    return compiled, SourceTranslator(language)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_ts_fallback_shows_what_the_qm_shows(qapp, tmp_path, monkeypatch, language):
    """Installed without .qm files, the app reads the .ts: every message, every plural form
    (the Arabic status bar said "7 contact(s)" that way) must come out as the .qm has it."""
    from gtgcrm_desktop.core import i18n as core_i18n

    monkeypatch.setattr(core_i18n, "i18n_dir", lambda: tmp_path)
    compiled, source = _compiled_and_source(tmp_path, language)
    root = ET.parse(tmp_path / f"gtgcrm_{language}.ts").getroot()
    checked = 0
    try:
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                text = message.findtext("source")
                comment = message.findtext("comment")
                counts = range(0, 112) if message.get("numerus") == "yes" else [-1]
                for n in counts:
                    expected = compiled.translate(name, text, comment, n)
                    got = source.translate(name, text, comment, n)
                    # What Qt shows: the translation, or the source when there is none.
                    assert (got or text) == (expected or text), (name, text, n)
                    checked += 1
    finally:
        core_i18n._messages.cache_clear()
    assert checked > 1000


def test_a_qm_older_than_its_ts_is_not_used(qapp, tmp_path, monkeypatch):
    """A stale .qm (its .ts changed since it was compiled) would show new strings in English."""
    import shutil

    from gtgcrm_desktop.core import i18n as core_i18n
    from gtgcrm_desktop.ui import language as language_module

    for name in ("gtgcrm_ar.ts", "gtgcrm_en.ts"):
        shutil.copy(ROOT / "i18n" / name, tmp_path / name)
    _script().release(tmp_path)
    for name in ("gtgcrm_ar.ts", "gtgcrm_en.ts"):
        shutil.copy(ROOT / "i18n" / name, tmp_path / name)
    monkeypatch.setattr(core_i18n, "i18n_dir", lambda: tmp_path)
    monkeypatch.setattr(language_module, "i18n_dir", lambda: tmp_path)

    def installed_kinds():
        translators = language_module.install_language(qapp, "ar")
        for translator in translators:
            qapp.removeTranslator(translator)
        return [type(t).__name__ for t in translators]

    try:
        assert "SourceTranslator" not in installed_kinds()
        ts_file = tmp_path / "gtgcrm_ar.ts"
        ts_file.write_text(ts_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert "SourceTranslator" in installed_kinds()
    finally:
        from PySide6.QtCore import QLocale, Qt

        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        core_i18n._messages.cache_clear()
