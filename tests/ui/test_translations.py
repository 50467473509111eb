"""The translation files: every Arabic entry finished, English complete, .qm built by the script."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET

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
