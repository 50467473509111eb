"""Fill translations in i18n/*.ts from a JSON file, after pyside6-lupdate collected the strings.

Usage: python scripts/fill_translations.py FILE.json

FILE.json: {"CONTEXT": {"English source": "Arabic text" | ["6 Arabic plural forms"]}, ...}
with optional "en" overrides under the key "@en": {"CONTEXT": {"source": ["one", "other"]}}.
English entries without an override get their source text (plural entries need an override).
Run it under `flock /tmp/gtgcrm-i18n.lock` when several people edit the .ts files at once.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "i18n"
Texts = dict[str, dict[str, "str | list[str]"]]


def _fill(ts_file: Path, texts: Texts, copy_source: bool) -> list[str]:
    tree = ET.parse(ts_file)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        wanted = texts.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") not in ("unfinished", "vanished") and (
                translation.text or translation.findall("numerusform")
            ):
                continue
            value = wanted.get(source)
            if value is None and copy_source and message.get("numerus") != "yes":
                value = source
            if value is None:
                missing.append(f"[{name}] {source}")
                continue
            translation.attrib.pop("type", None)
            for form in translation.findall("numerusform"):
                translation.remove(form)
            if isinstance(value, list):
                translation.text = None
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts_file.write_text(header + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 1
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    english = data.pop("@en", {})
    missing = _fill(I18N / "gtgcrm_ar.ts", data, copy_source=False)
    missing_en = _fill(I18N / "gtgcrm_en.ts", english, copy_source=True)
    for line in missing:
        print(f"still unfinished (ar): {line}", file=sys.stderr)
    for line in missing_en:
        print(f"still unfinished (en): {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
