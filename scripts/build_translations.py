"""Update i18n/gtgcrm_{ar,en}.ts from the sources (pyside6-lupdate) and build the .qm files.

Usage: python scripts/build_translations.py [--no-update] [--check]
  --no-update  only compile the .ts files into .qm (what CI and packaging run)
  --check      fail if the Arabic file has an unfinished or empty translation
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gtgcrm_desktop"
I18N = ROOT / "i18n"
LANGUAGES = ("ar", "en")


def _tool(name: str) -> str:
    """The PySide6 tool `name`, from the running interpreter's environment first."""
    beside_python = Path(sys.executable).with_name(name)
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 into this environment")
    return found


def lrelease() -> str:
    """Qt's lrelease from the PySide6 package itself (a build requirement: no entry point needed)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6 is needed to compile the translations (lrelease)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / "lrelease.exe", folder / "lrelease"):
        if candidate.is_file():
            return str(candidate)
    return _tool("pyside6-lrelease")


def source_digest(ts_file: Path) -> str:
    """The SHA-256 of a .ts file, recorded beside the .qm compiled from it."""
    return hashlib.sha256(ts_file.read_bytes()).hexdigest()


def sources() -> list[Path]:
    """Every Python module of the package (core, store and commands hold QT_TRANSLATE_NOOP)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def update_ts() -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        target = I18N / f"gtgcrm_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(target.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    missing: list[tuple[str, str]] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                missing.append((name, source))
                continue
            forms = translation.findall("numerusform")
            texts = [f.text for f in forms] if forms else [translation.text]
            if not all(t and t.strip() for t in texts):
                missing.append((name, source))
    return missing


def release(target: Path = I18N) -> None:
    """Compile each .ts into `target`/gtgcrm_<lang>.qm, with the .ts digest beside it.

    The app reads the digest (`ui/language.py`): a .qm whose .ts changed since is not used.
    """
    target.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = I18N / f"gtgcrm_{language}.ts"
        qm_file = target / f"gtgcrm_{language}.qm"
        subprocess.run([lrelease(), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        stamp = qm_file.with_name(qm_file.name + ".source")
        stamp.write_text(source_digest(ts_file) + "\n", encoding="ascii")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-update", action="store_true")
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args(argv)
    if not options.no_update:
        update_ts()
    if options.check:
        missing = unfinished(I18N / "gtgcrm_ar.ts")
        for context, source in missing:
            print(f"unfinished: [{context}] {source}", file=sys.stderr)
        if missing:
            return 1
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
